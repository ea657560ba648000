/**
 * Local wall-clock dates and times in an IANA zone, turned into instants with one rule for the
 * hours a DST change skips or repeats (docs/routing.md, "Business hours and DST"):
 *
 * - a local time inside a gap (spring forward, e.g. 02:30 in New York) is the first instant after
 *   the gap — the moment of the change, shown as 03:00;
 * - a local time inside an overlap (fall back, e.g. 01:30 in London) is its earlier occurrence.
 *
 * Luxon supplies the zone's UTC offsets; the choice above is ours (Luxon itself moves a gap time
 * forward by the gap's length and picks the later offset in an overlap).
 */
import { IANAZone } from 'luxon';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A calendar date in some zone. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** `YYYY-MM-DD`. */
  readonly iso: string;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The date whose midnight, read as UTC, is `utcMidnight`. */
function dateAt(utcMidnight: number): LocalDate {
  const date = new Date(utcMidnight);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return { year, month, day, weekday: date.getUTCDay() || 7, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

const naiveMidnight = (date: LocalDate): number => Date.UTC(date.year, date.month - 1, date.day);

/** The calendar date `days` after `date` (negative: before). */
export const addDays = (date: LocalDate, days: number): LocalDate => dateAt(naiveMidnight(date) + days * DAY);

/** The local calendar date at instant `now` (by the zone's offset at that instant). */
export function localDateOf(timeZone: string, now: number): LocalDate {
  const local = now + IANAZone.create(timeZone).offset(now) * MINUTE;
  return dateAt(local - (((local % DAY) + DAY) % DAY));
}

/**
 * The instant at which local time `minuteOfDay` (0…1440; 1440 is the next midnight) of `date`
 * happens in the zone, with the gap and overlap rule above.
 */
export function instantOf(timeZone: string, date: LocalDate, minuteOfDay: number): number {
  const zone = IANAZone.create(timeZone);
  const naive = naiveMidnight(date) + minuteOfDay * MINUTE;
  // No zone changes its offset twice within two days: the offsets a day either side are the only
  // two this local time can be read with.
  const before = zone.offset(naive - DAY);
  const after = zone.offset(naive + DAY);
  if (before === after) return naive - before * MINUTE;
  const readings = [naive - before * MINUTE, naive - after * MINUTE].filter(
    (instant) => zone.offset(instant) * MINUTE === naive - instant,
  );
  if (readings.length > 0) return Math.min(...readings);
  // A gap: the change happens between reading with the later offset (still before it) and with
  // the earlier one (already after it). Find the first instant on the new offset.
  let low = naive - after * MINUTE;
  let high = naive - before * MINUTE;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zone.offset(middle) === after) high = middle;
    else low = middle;
  }
  return high;
}
