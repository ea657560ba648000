/**
 * Business hours per skill group (DESIGN.md §3.2): weekly windows in the group's IANA time zone,
 * dated exceptions that replace a day's windows, DST-correct. Pure: `now` is an argument.
 *
 * A window never crosses midnight; an overnight shift is two windows (`22:00–24:00`, `00:00–06:00`).
 * Each window is read as the instants its two ends happen on that date (src/domain/local-time.ts):
 * an end inside a DST gap is the first instant after the gap, one inside a repeated hour is its
 * earlier occurrence. `isOpen`, `nextOpening` and closing all use these same instants, so the group
 * opens at the instant `nextOpening` names and `isOpen` is true from then on.
 */
import { IANAZone } from 'luxon';
import { addDays, instantOf, localDateOf, type LocalDate } from './local-time.js';
import type { BusinessHours, TimeWindow } from './skill-group.js';

const SEARCH_DAYS = 400;
/** Days remembered per hours object before the memo starts again. */
const MEMO_DAYS = 2_000;

export const isValidTimeZone = (zone: string): boolean => IANAZone.isValidZone(zone);

/** Minutes since local midnight for `HH:mm`; null when malformed. */
export function parseClock(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

function windowsOn(hours: BusinessHours, day: LocalDate): readonly TimeWindow[] {
  const exception = hours.exceptions.find((candidate) => candidate.date === day.iso);
  if (exception !== undefined) return exception.windows;
  return hours.weekly.filter((window) => window.day === day.weekday);
}

/** One local day: the instants of its midnight and the next, and its open intervals `[from, to)`. */
interface Day {
  readonly date: LocalDate;
  readonly start: number;
  readonly end: number;
  readonly open: readonly (readonly [number, number])[];
}

interface Memo {
  readonly days: Map<string, Day>;
  last: Day | null;
}

/**
 * Days already worked out, per hours object. Configurations are immutable values replaced on each
 * save, so an entry never goes stale; this keeps `isOpen` on the routing path to a lookup.
 */
const memos = new WeakMap<BusinessHours, Memo>();

function memoOf(hours: BusinessHours): Memo {
  let memo = memos.get(hours);
  if (memo === undefined) {
    memo = { days: new Map(), last: null };
    memos.set(hours, memo);
  }
  return memo;
}

function dayOf(hours: BusinessHours, memo: Memo, date: LocalDate): Day {
  const known = memo.days.get(date.iso);
  if (known !== undefined) return known;
  const zone = hours.timeZone;
  const open: [number, number][] = [];
  for (const window of windowsOn(hours, date)) {
    const from = parseClock(window.from);
    const to = parseClock(window.to);
    if (from === null || to === null || from >= to) continue;
    const interval: [number, number] = [instantOf(zone, date, from), instantOf(zone, date, to)];
    // A window wholly inside a DST gap has no instants left.
    if (interval[0] < interval[1]) open.push(interval);
  }
  open.sort((a, b) => a[0] - b[0]);
  const day: Day = { date, start: instantOf(zone, date, 0), end: instantOf(zone, date, 1440), open };
  if (memo.days.size >= MEMO_DAYS) memo.days.clear();
  memo.days.set(date.iso, day);
  return day;
}

/** The local day whose midnights enclose `now`. */
function dayAt(hours: BusinessHours, memo: Memo, now: number): Day {
  const last = memo.last;
  if (last !== null && last.start <= now && now < last.end) return last;
  let day = dayOf(hours, memo, localDateOf(hours.timeZone, now));
  // The offset-based date and the midnight instants can disagree inside a repeated midnight hour.
  if (now < day.start) day = dayOf(hours, memo, addDays(day.date, -1));
  else if (now >= day.end) day = dayOf(hours, memo, addDays(day.date, 1));
  memo.last = day;
  return day;
}

const inside = (day: Day, now: number): boolean => day.open.some(([from, to]) => from <= now && now < to);

/** Whether a group with these hours (null = always) is open at `now` (epoch ms). */
export function isOpen(hours: BusinessHours | null, now: number): boolean {
  if (hours === null) return true;
  return inside(dayAt(hours, memoOf(hours), now), now);
}

/**
 * The next instant (epoch ms, after `now`) at which the group opens — a window starts while the
 * group was closed just before — or null if never within about a year.
 */
export function nextOpening(hours: BusinessHours | null, now: number): number | null {
  if (hours === null) return null;
  const memo = memoOf(hours);
  let date = dayAt(hours, memo, now).date;
  for (let offset = 0; offset < SEARCH_DAYS; offset += 1, date = addDays(date, 1)) {
    if (windowsOn(hours, date).length === 0) continue;
    const day = dayOf(hours, memo, date);
    for (const [from] of day.open) {
      if (from > now && !isOpen(hours, from - 1)) return from;
    }
  }
  return null;
}
