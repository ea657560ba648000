/**
 * Time buckets of a report in the tenant's time zone (DESIGN.md §7): local hours, days, ISO weeks
 * (Monday first) or months, as UTC instants. Luxon does the calendar, so a DST day is 23 or 25
 * hours long and still one bucket.
 *
 * The read models sum per UTC hour, so a local bucket boundary must fall on a UTC hour: true for
 * every zone with a whole-hour offset. In a zone with a :30 or :45 offset (India, Nepal, parts of
 * Australia) an hour row counts in the bucket its UTC start falls in, so day boundaries move by that
 * fraction of an hour for the rolled-up figures (docs/reports.md, "Time zones").
 */
import { DateTime } from 'luxon';

export const granularities = ['hour', 'day', 'week', 'month'] as const;
export type Granularity = (typeof granularities)[number];

const HOUR = 3_600_000;

/** The buckets of `[from, to]` (local dates, both included). */
export interface Buckets {
  /** Bucket starts, ascending, epoch ms (for `hour`: every hour of the range). */
  readonly starts: readonly number[];
  /** End of the last bucket, exclusive. */
  readonly to: number;
  readonly granularity: Granularity;
  readonly timeZone: string;
}

/** Local midnight of an ISO date in `zone`, or null when the date is not a real date. */
export function localDayStart(date: string, zone: string): DateTime | null {
  const day = DateTime.fromISO(date, { zone });
  return day.isValid ? day.startOf('day') : null;
}

/** Whether `zone` is an IANA zone Luxon knows. */
export const isTimeZone = (zone: string): boolean => DateTime.now().setZone(zone).isValid;

/** Days from `from` to `to`, both included (by calendar, not by hours). */
export function daysBetween(from: DateTime, to: DateTime): number {
  return Math.round(to.startOf('day').diff(from.startOf('day'), 'days').days) + 1;
}

/** The buckets covering the local dates `from` … `to` at `granularity`; weeks and months are whole. */
export function reportBuckets(options: {
  readonly from: DateTime;
  readonly to: DateTime;
  readonly granularity: Granularity;
}): Buckets {
  const { granularity } = options;
  const zone = options.from.zoneName ?? 'UTC';
  const unit = granularity === 'week' ? 'week' : granularity === 'month' ? 'month' : 'day';
  const first = options.from.startOf(unit);
  const end = options.to.startOf(unit).plus({ [`${unit}s`]: 1 });
  const starts: number[] = [];
  if (granularity === 'hour') {
    for (let at = first.toMillis(); at < end.toMillis(); at += HOUR) starts.push(at);
  } else {
    for (let at = first; at < end; at = at.plus({ [`${unit}s`]: 1 })) starts.push(at.toMillis());
  }
  return { starts, to: end.toMillis(), granularity, timeZone: zone };
}

/** A bucket's label in the tenant's zone: `2024-03-10T02:00` for hours, `2024-03-10`, `2024-W10`, `2024-03`. */
export function bucketLabel(start: number, granularity: Granularity, zone: string): string {
  const local = DateTime.fromMillis(start, { zone });
  switch (granularity) {
    case 'hour':
      return local.toFormat("yyyy-MM-dd'T'HH:mm");
    case 'day':
      return local.toFormat('yyyy-MM-dd');
    case 'week':
      return local.toFormat("kkkk-'W'WW");
    case 'month':
      return local.toFormat('yyyy-MM');
  }
}
