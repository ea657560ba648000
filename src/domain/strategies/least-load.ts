/** Least-load: the lowest active / max goes first, then the longest idle. */
import type { RoutingStrategy } from './strategy.js';

export const leastLoad: RoutingStrategy = {
  name: 'least-load',
  selection: 'ranked',
  rank: (input) => [-(input.active / input.maxConcurrent), -input.lastAssignedAt],
  score: (input) => 1 - input.active / input.maxConcurrent,
};
