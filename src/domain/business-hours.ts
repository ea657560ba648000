/**
 * Business hours per skill group (DESIGN.md §3.2): weekly windows in the group's IANA time zone,
 * dated exceptions that replace a day's windows, DST handled by Luxon. Pure: `now` is an argument.
 *
 * A window never crosses midnight; an overnight shift is two windows (`22:00–24:00`, `00:00–06:00`).
 */
import { DateTime, IANAZone } from 'luxon';
import type { BusinessHours, TimeWindow } from './skill-group.js';

const SEARCH_DAYS = 400;

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

function windowsOn(hours: BusinessHours, day: DateTime): readonly TimeWindow[] {
  const date = day.toISODate();
  const exception = hours.exceptions.find((candidate) => candidate.date === date);
  if (exception !== undefined) return exception.windows;
  return hours.weekly.filter((window) => window.day === day.weekday);
}

/** Whether a group with these hours (null = always) is open at `now` (epoch ms). */
export function isOpen(hours: BusinessHours | null, now: number): boolean {
  if (hours === null) return true;
  const local = DateTime.fromMillis(now, { zone: hours.timeZone });
  const minute = local.hour * 60 + local.minute;
  return windowsOn(hours, local).some((window) => {
    const from = parseClock(window.from);
    const to = parseClock(window.to);
    return from !== null && to !== null && minute >= from && minute < to;
  });
}

/** The next instant (epoch ms, after `now`) at which the group opens, or null if never within a year. */
export function nextOpening(hours: BusinessHours | null, now: number): number | null {
  if (hours === null) return null;
  const today = DateTime.fromMillis(now, { zone: hours.timeZone }).startOf('day');
  for (let offset = 0; offset < SEARCH_DAYS; offset += 1) {
    const day = today.plus({ days: offset });
    const starts = windowsOn(hours, day)
      .map((window) => parseClock(window.from))
      .filter((minute): minute is number => minute !== null)
      .map((minute) =>
        DateTime.fromObject(
          { year: day.year, month: day.month, day: day.day, hour: Math.floor(minute / 60), minute: minute % 60 },
          { zone: hours.timeZone },
        ).toMillis(),
      )
      .filter((at) => at > now && !isOpen(hours, at - 60_000))
      .sort((a, b) => a - b);
    if (starts.length > 0) return starts[0] ?? null;
  }
  return null;
}
