/** Most-skilled: the highest ability goes first; weighted-wait breaks ties. */
import type { RoutingStrategy } from './strategy.js';
import { weightedWait } from './weighted-wait.js';

export const mostSkilled: RoutingStrategy = {
  name: 'most-skilled',
  selection: 'ranked',
  rank: (input, context) => [input.ability, weightedWait.rank(input, context)[0]],
  score: (input, context, now) => input.ability * 1e6 + weightedWait.score(input, context, now),
};
