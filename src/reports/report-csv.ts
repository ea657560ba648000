/**
 * CSV export of a report (DESIGN.md §7, docs/reports.md "CSV"), written to open well in Excel: a
 * UTF-8 byte-order mark first (Excel, in a Chinese locale above all, reads UTF-8 without one as the
 * local code page and garbles every Chinese character), then one line per bucket and dimension value
 * (per bucket when the report is not broken down): the bucket's tenant-local label and start (local
 * `yyyy-MM-dd HH:mm`, which Excel reads as a date and time, not a UTC instant), the dimension value,
 * then every metric; status seconds become one column per status. Shares (`…Rate`, `serviceLevel`)
 * are percentages with one decimal (`50.0%`, which Excel reads as 0.5 shown as a percentage), other
 * fractions are rounded to two decimals. Empty cells are metrics with nothing to divide by. The
 * header line is titled in the requester's language, or with the machine names on request. Text a
 * spreadsheet would run as a formula is quoted (csv-cell.ts).
 */
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { neutraliseCell } from './csv-cell.js';
import { csvColumnTitle, isPercentColumn, type CsvLanguage } from './report-csv-headers.js';
import type { ReportResult } from './run-report.js';

type Cell = string | number | null;

/** The UTF-8 byte-order mark every CSV export starts with. */
export const UTF8_BOM = '\uFEFF';

/** How the header line is written: titles in a language, or the metrics' machine names. */
export interface ReportCsvOptions {
  readonly language: CsvLanguage;
  readonly headers: 'human' | 'machine';
}

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

/** A metric's cell: shares as percentages with one decimal, fractions to two decimals. */
function metricCell(column: string, value: Cell): Cell {
  if (typeof value !== 'number') return value;
  if (isPercentColumn(column)) return `${(value * 100).toFixed(1)}%`;
  return Number.isInteger(value) ? value : Math.round(value * 100) / 100;
}

/** The report as CSV text: the byte-order mark, a header line, a line per bucket (and value). */
export function reportCsv(report: ReportResult<object>, options: ReportCsvOptions): string {
  const lines =
    report.groupBy === null
      ? report.series.map((point) => ({ ...point, key: null as string | null }))
      : report.rows.map((row) => ({ ...row, key: row.key }));
  const flat = lines.map((line) => ({ line, metrics: flatten(line.metrics) }));
  const metricColumns: string[] = [];
  for (const { metrics } of flat) {
    for (const name of Object.keys(metrics)) if (!metricColumns.includes(name)) metricColumns.push(name);
  }
  const columns = ['bucket', 'bucketStart', ...(report.groupBy === null ? [] : [report.groupBy]), ...metricColumns];
  const header =
    options.headers === 'machine'
      ? columns
      : columns.map((column) => csvColumnTitle(column, options.language, report.timeZone));
  const records = flat.map(({ line, metrics }) => [
    line.label,
    DateTime.fromMillis(line.bucket, { zone: report.timeZone }).toFormat('yyyy-MM-dd HH:mm'),
    ...(report.groupBy === null ? [] : [line.key]),
    ...metricColumns.map((name) => metricCell(name, metrics[name] ?? null)),
  ]);
  // Dimension values and labels come from customers and integrators: no cell may be a formula.
  return UTF8_BOM + stringify([header, ...records].map((record) => record.map(neutraliseCell)));
}
