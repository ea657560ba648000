/** Round-robin: the agent whose last assignment is longest ago goes first. */
import { seconds, type RoutingStrategy } from './strategy.js';

export const roundRobin: RoutingStrategy = {
  name: 'round-robin',
  selection: 'ranked',
  rank: (input) => [-input.lastAssignedAt, 0],
  score: (input, _context, now) => seconds(now - input.lastAssignedAt),
};
