/** Benchmark output: one JSON object per line, `{name, value, unit}` plus `baseline` and `ratio` where a baseline ran in the same process. */
export interface Metric {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number;
  readonly ratio?: number;
  readonly note?: string;
}

const round = (value: number): number => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 1000) / 1000);

export function report(metric: Metric): void {
  const rounded: Metric = {
    ...metric,
    value: round(metric.value),
    ...(metric.baseline === undefined ? {} : { baseline: round(metric.baseline) }),
    ...(metric.ratio === undefined ? {} : { ratio: round(metric.ratio) }),
  };
  process.stdout.write(`${JSON.stringify(rounded)}\n`);
}

/** The p-th percentile (0–100) of a list of samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** A small seeded generator (xorshift32) so every run replays the same workload. */
export function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}
