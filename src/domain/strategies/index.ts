/** The strategy registry, by name. */
import type { StrategyName } from '../skill-group.js';
import { leastLoad } from './least-load.js';
import { mostSkilled } from './most-skilled.js';
import { random } from './random.js';
import { roundRobin } from './round-robin.js';
import type { RoutingStrategy } from './strategy.js';
import { weightedWait } from './weighted-wait.js';

export const strategies: Readonly<Record<StrategyName, RoutingStrategy>> = {
  'weighted-wait': weightedWait,
  'round-robin': roundRobin,
  'least-load': leastLoad,
  'most-skilled': mostSkilled,
  random,
};

export type { RankKey, RoutingStrategy, StrategyContext, StrategyInput } from './strategy.js';
