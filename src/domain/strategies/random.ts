/**
 * Random (seeded): every eligible routable agent is equally likely, and a run is reproducible from
 * its seed. Each decision draws from (seed, the tenant's assignment count), so consecutive
 * decisions are independent and nobody is favoured or starved by an old draw.
 */
import type { RoutingStrategy } from './strategy.js';

/** A number in [0, 1) from a seed and a counter (murmur3 finaliser over both). */
export function draw(seed: number, counter: number): number {
  let hash = Math.imul(seed ^ 0x811c9dc5, 0x01000193) ^ Math.imul(counter + 1, 0x9e3779b1);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 0x100000000;
}

export const random: RoutingStrategy = {
  name: 'random',
  selection: 'uniform',
  rank: () => [0, 0],
  score: () => 1,
};
