/**
 * Seeded randomness for the simulator (STYLE.md 2: no `Math.random()`). `Random` is sfc32, a
 * small, fast generator with a 128-bit state that passes PractRand far beyond the few million
 * draws a run needs; the same seed replays the same run exactly. Distributions are drawn by
 * inversion (or Box–Muller for the lognormal), so each sample costs one or two uniforms.
 */
import type { Distribution } from './scenario.js';

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0 || 1;
    // Mix the seed in: the first outputs of a fresh sfc32 state are poorly distributed.
    for (let index = 0; index < 20; index += 1) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Uniform in (0, 1]: safe under a logarithm. */
  positive(): number {
    return 1 - this.next();
  }

  exponential(mean: number): number {
    return -mean * Math.log(this.positive());
  }

  /** Standard normal by Box–Muller (one of the pair is used). */
  normal(): number {
    return Math.sqrt(-2 * Math.log(this.positive())) * Math.cos(2 * Math.PI * this.next());
  }

  /** Index drawn with the given weights (they need not sum to 1). */
  pick(weights: readonly number[], total: number): number {
    let target = this.next() * total;
    for (const [index, weight] of weights.entries()) {
      target -= weight;
      if (target < 0) return index;
    }
    return weights.length - 1;
  }
}

/** One sample of a duration distribution, in seconds (never negative). */
export function sample(random: Random, distribution: Distribution): number {
  switch (distribution.kind) {
    case 'exponential':
      return random.exponential(distribution.mean);
    case 'deterministic':
      return distribution.value;
    case 'uniform':
      return distribution.min + (distribution.max - distribution.min) * random.next();
    case 'lognormal': {
      // Parameters chosen so the sample's mean and coefficient of variation are the ones given.
      const sigma2 = Math.log(1 + distribution.cv * distribution.cv);
      const mu = Math.log(distribution.mean) - sigma2 / 2;
      return Math.exp(mu + Math.sqrt(sigma2) * random.normal());
    }
  }
}

/** The distribution's mean, in seconds. */
export function meanOf(distribution: Distribution): number {
  switch (distribution.kind) {
    case 'exponential':
    case 'lognormal':
      return distribution.mean;
    case 'deterministic':
      return distribution.value;
    case 'uniform':
      return (distribution.min + distribution.max) / 2;
  }
}
