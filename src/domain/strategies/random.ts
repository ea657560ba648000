/**
 * Random (seeded): each routable agent holds a pseudo-random draw from (seed, agent, assignments),
 * redrawn whenever the agent's load changes, and the highest draw goes first. Every routable agent
 * is equally likely to be chosen, and a run is reproducible from its seed.
 */
import type { RoutingStrategy, StrategyContext, StrategyInput } from './strategy.js';

/** FNV-1a over the agent id, mixed with the seed and assignment count (murmur3 finaliser). */
function draw(input: StrategyInput, context: StrategyContext): number {
  let hash = 0x811c9dc5 ^ context.seed;
  for (let index = 0; index < input.agentId.length; index += 1) {
    hash = Math.imul(hash ^ input.agentId.charCodeAt(index), 0x01000193);
  }
  hash ^= Math.imul(input.assignments + 1, 0x9e3779b1);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 0x100000000;
}

export const random: RoutingStrategy = {
  name: 'random',
  rank: (input, context) => [draw(input, context), 0],
  score: (input, context) => draw(input, context),
};
