/**
 * What a run measures, and the figures it reports. Arrivals are counted from the end of the
 * warm-up until arrivals stop; each counted arrival ends up answered (its wait is the time from
 * arrival to the first assignment) or abandoned (its wait is the time it waited before leaving).
 * Agent time is integrated over the same window.
 *
 * Confidence comes from batch means: the counted arrivals are split by arrival time into
 * `BATCHES` consecutive batches, each batch gives one estimate of every ratio, and the standard
 * error is the batches' standard deviation over √BATCHES. Batches a few hundred mean service
 * times long are nearly independent, which single arrivals (whose waits are strongly correlated)
 * are not.
 */

/** Number of batches for the batch-means standard errors. */
export const BATCHES = 20;

/** Upper bounds (seconds) of the cumulative wait distribution reported for charts. */
export const WAIT_MARKS = [0, 5, 10, 20, 30, 60, 120, 300, 600] as const;

export interface Tally {
  arrivals: number;
  answered: number;
  abandoned: number;
  waited: number;
  waitSum: number;
  withinThreshold: number;
  /** Answered within each of WAIT_MARKS. */
  readonly withinMarks: number[];
}

export const emptyTally = (): Tally => ({
  arrivals: 0,
  answered: 0,
  abandoned: 0,
  waited: 0,
  waitSum: 0,
  withinThreshold: 0,
  withinMarks: WAIT_MARKS.map(() => 0),
});

/** Records one counted arrival's outcome. */
export function record(tally: Tally, outcome: { waitSeconds: number; answered: boolean; threshold: number }): void {
  const { waitSeconds, answered, threshold } = outcome;
  if (waitSeconds > 0) tally.waited += 1;
  tally.waitSum += waitSeconds;
  if (!answered) {
    tally.abandoned += 1;
    return;
  }
  tally.answered += 1;
  if (waitSeconds <= threshold) tally.withinThreshold += 1;
  WAIT_MARKS.forEach((mark, index) => {
    if (waitSeconds <= mark) tally.withinMarks[index] = (tally.withinMarks[index] ?? 0) + 1;
  });
}

/** The queueing figures of one tally (a group, a batch, or the whole run). */
export interface QueueFigures {
  readonly arrivals: number;
  readonly served: number;
  readonly abandoned: number;
  /** Share of arrivals that waited at all. */
  readonly pWait: number;
  /** Mean wait of the arrivals, abandoned ones counting the time they waited. */
  readonly asaSeconds: number;
  /** Share of arrivals answered within the service-level threshold. */
  readonly serviceLevel: number;
  readonly abandonRate: number;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

export function figuresOf(tally: Tally): QueueFigures {
  return {
    arrivals: tally.arrivals,
    served: tally.answered,
    abandoned: tally.abandoned,
    pWait: ratio(tally.waited, tally.arrivals),
    asaSeconds: ratio(tally.waitSum, tally.arrivals),
    serviceLevel: ratio(tally.withinThreshold, tally.arrivals),
    abandonRate: ratio(tally.abandoned, tally.arrivals),
  };
}

export type StandardErrors = Readonly<Record<'pWait' | 'asaSeconds' | 'serviceLevel' | 'abandonRate', number>>;

/** Batch-means standard errors of the main ratios (0 when there are fewer than two batches with arrivals). */
export function standardErrors(batches: readonly Tally[]): StandardErrors {
  const figures = batches.filter((batch) => batch.arrivals > 0).map(figuresOf);
  const se = (pick: (figure: QueueFigures) => number): number => {
    const count = figures.length;
    if (count < 2) return 0;
    const values = figures.map(pick);
    const mean = values.reduce((sum, value) => sum + value, 0) / count;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (count - 1);
    return Math.sqrt(variance / count);
  };
  return {
    pWait: se((figure) => figure.pWait),
    asaSeconds: se((figure) => figure.asaSeconds),
    serviceLevel: se((figure) => figure.serviceLevel),
    abandonRate: se((figure) => figure.abandonRate),
  };
}

/** Share of arrivals answered within each of WAIT_MARKS, for charts. */
export const waitDistribution = (tally: Tally): { seconds: number; share: number }[] =>
  WAIT_MARKS.map((seconds, index) => ({ seconds, share: ratio(tally.withinMarks[index] ?? 0, tally.arrivals) }));

/** Mean and coefficient of variation of a list of values. */
export function spread(values: readonly number[]): { mean: number; cv: number } {
  if (values.length === 0) return { mean: 0, cv: 0 };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return { mean, cv: mean === 0 ? 0 : Math.sqrt(variance) / mean };
}
