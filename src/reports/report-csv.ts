/**
 * CSV export of a report (DESIGN.md §7): one line per bucket and dimension value (per bucket when
 * the report is not broken down), the bucket as the tenant-local label plus its UTC start, then every
 * metric as a column; status seconds become one column per status. Empty cells are metrics with
 * nothing to divide by. Text that a spreadsheet would run as a formula is quoted (csv-cell.ts).
 */
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './csv-cell.js';
import type { ReportResult } from './run-report.js';

type Cell = string | number | null;

/** The metric columns of `metrics`, nested objects flattened as `name.key`. */
function flatten(metrics: object): Record<string, Cell> {
  const result: Record<string, Cell> = {};
  for (const [name, value] of Object.entries(metrics)) {
    if (value !== null && typeof value === 'object') {
      for (const [inner, number] of Object.entries(value as Record<string, number>))
        result[`${name}.${inner}`] = number;
    } else {
      result[name] = typeof value === 'number' || typeof value === 'string' ? value : null;
    }
  }
  return result;
}

/** The report as CSV text with a header line. */
export function reportCsv(report: ReportResult<object>): string {
  const lines =
    report.groupBy === null
      ? report.series.map((point) => ({ ...point, key: null as string | null }))
      : report.rows.map((row) => ({ ...row, key: row.key }));
  const flat = lines.map((line) => ({ line, metrics: flatten(line.metrics) }));
  const metricColumns: string[] = [];
  for (const { metrics } of flat) {
    for (const name of Object.keys(metrics)) if (!metricColumns.includes(name)) metricColumns.push(name);
  }
  const header = ['bucket', 'bucketStart', ...(report.groupBy === null ? [] : [report.groupBy]), ...metricColumns];
  const records = flat.map(({ line, metrics }) => [
    line.label,
    new Date(line.bucket).toISOString(),
    ...(report.groupBy === null ? [] : [line.key]),
    ...metricColumns.map((name) => metrics[name] ?? null),
  ]);
  // Dimension values and labels come from customers and integrators: no cell may be a formula.
  return stringify([header, ...records].map((record) => record.map(neutraliseCell)));
}
