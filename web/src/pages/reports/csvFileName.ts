import type { DateRange, ReportKind } from './reportTypes.js';

/** `switchboard-transfers-2026-11-01_2026-11-21.csv`: the report and its local dates. */
export function csvFileName(kind: ReportKind, range: DateRange | undefined): string {
  return range === undefined ? `switchboard-${kind}.csv` : `switchboard-${kind}-${range.from}_${range.to}.csv`;
}
