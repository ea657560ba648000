/**
 * Business hours as the admin enters them (issue 18): one row per window with the days it applies
 * to ("Mon–Fri 09:00–18:00"), expanded to and from the stored form of one entry per day and window.
 * Days are 1 (Monday) … 7 (Sunday), as in the server's `weekly`.
 */

export interface DayWindow {
  readonly day: number;
  readonly from: string;
  readonly to: string;
}

/** One row of the form: a window and the days it is open. */
export interface DaysWindow {
  readonly days: readonly number[];
  readonly from: string;
  readonly to: string;
}

/** Per-day windows grouped by their times, in first-seen order, each row's days sorted. */
export function groupByWindow(weekly: readonly DayWindow[]): DaysWindow[] {
  const rows = new Map<string, { days: number[]; from: string; to: string }>();
  for (const { day, from, to } of weekly) {
    const key = `${from}-${to}`;
    const row = rows.get(key);
    if (row === undefined) rows.set(key, { days: [day], from, to });
    else if (!row.days.includes(day)) row.days.push(day);
  }
  return [...rows.values()].map((row) => ({ ...row, days: [...row.days].sort((a, b) => a - b) }));
}

/** Rows expanded to one entry per day and window, by day then start, without repeats. */
export function expandRows(rows: readonly DaysWindow[]): DayWindow[] {
  const seen = new Set<string>();
  const weekly: DayWindow[] = [];
  for (const { days, from, to } of rows) {
    for (const day of days) {
      const key = `${day} ${from} ${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      weekly.push({ day, from, to });
    }
  }
  return weekly.sort((a, b) => a.day - b.day || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Days as ranges of consecutive days: [1,2,3,4,5,7] → [[1,5],[7,7]]. */
export function dayRuns(days: readonly number[]): [number, number][] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last !== undefined && last[1] === day - 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}
