/**
 * Time per status (DESIGN.md §7, agents): the agents' status intervals clipped to the report's range
 * and split at its bucket boundaries, so a shift that runs past midnight counts in both days. The
 * status an agent is still in counts until now (or the range's end, if earlier).
 */
import type { ReportDimension, StatusTime as StatusRows } from '../store/report-read-model.js';
import type { Buckets } from './report-buckets.js';
import type { StatusSeconds } from './report-metrics.js';

const HOUR = 3_600_000;

export interface StatusTime {
  /** Every (bucket index, key) with some status time. */
  readonly cells: readonly { readonly index: number; readonly key: string }[];
  /** Seconds per status of one cell, one bucket (key null), or one key over the range (index null). */
  lookup(index: number | null, key: string | null): StatusSeconds;
}

/** The end of bucket `index`. */
const endOf = (buckets: Buckets, index: number): number =>
  buckets.granularity === 'hour'
    ? (buckets.starts[0] ?? 0) + (index + 1) * HOUR
    : (buckets.starts[index + 1] ?? buckets.to);

/** The index of the bucket containing `at` (at ≥ the first start). */
function bucketAt(buckets: Buckets, at: number): number {
  const first = buckets.starts[0] ?? 0;
  if (buckets.granularity === 'hour') return Math.floor((at - first) / HOUR);
  let low = 0;
  let high = buckets.starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((buckets.starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Seconds per status per bucket and key (agent, department, or `''`). */
export function statusSeconds(
  rows: StatusRows,
  options: { readonly buckets: Buckets; readonly groupBy: ReportDimension | null; readonly now: number },
): StatusTime {
  const { buckets, groupBy, now } = options;
  const from = buckets.starts[0] ?? buckets.to;
  const cells = new Map<string, { index: number; key: string; seconds: Record<string, number> }>();
  for (const sum of rows.sums) {
    const index = buckets.starts.indexOf(sum.bucket);
    const id = `${String(index < 0 ? 0 : index)}\u0000${sum.key}`;
    const cell = cells.get(id) ?? { index: index < 0 ? 0 : index, key: sum.key, seconds: {} };
    for (const [status, ms] of Object.entries(sum.ms)) cell.seconds[status] = (cell.seconds[status] ?? 0) + ms / 1000;
    cells.set(id, cell);
  }
  for (const interval of rows.intervals) {
    const key = groupBy === 'agent' ? interval.agentId : groupBy === 'department' ? interval.departmentId : '';
    const end = Math.min(interval.endedAt ?? now, buckets.to);
    let at = Math.max(interval.startedAt, from);
    while (at < end) {
      const index = bucketAt(buckets, at);
      const stop = Math.min(end, endOf(buckets, index));
      const id = `${String(index)}\u0000${key}`;
      const cell = cells.get(id) ?? { index, key, seconds: {} };
      cell.seconds[interval.status] = (cell.seconds[interval.status] ?? 0) + (stop - at) / 1000;
      cells.set(id, cell);
      at = stop;
    }
  }
  const byIndex = new Map<number, Record<string, number>>();
  const byKey = new Map<string, Record<string, number>>();
  const add = (into: Record<string, number>, seconds: Record<string, number>): Record<string, number> => {
    for (const [status, value] of Object.entries(seconds)) into[status] = (into[status] ?? 0) + value;
    return into;
  };
  for (const cell of cells.values()) {
    byIndex.set(cell.index, add(byIndex.get(cell.index) ?? {}, cell.seconds));
    byKey.set(cell.key, add(byKey.get(cell.key) ?? {}, cell.seconds));
  }
  return {
    cells: [...cells.values()].map(({ index, key }) => ({ index, key })),
    lookup(index, key) {
      if (index !== null && key !== null) return cells.get(`${String(index)}\u0000${key}`)?.seconds ?? {};
      if (index !== null) return byIndex.get(index) ?? {};
      if (key !== null) return byKey.get(key) ?? {};
      return [...byIndex.values()].reduce((total, seconds) => add(total, seconds), {});
    },
  };
}
