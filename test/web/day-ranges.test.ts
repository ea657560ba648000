/**
 * Business hours entered as day ranges (web/src/pages/admin/dayRanges.ts): the stored per-day
 * windows group into rows by their times and expand back to the same per-day form.
 */
import { describe, expect, it } from 'vitest';
import { dayRuns, expandRows, groupByWindow } from '../../web/src/pages/admin/dayRanges.js';

const officeHours = [
  ...[1, 2, 3, 4, 5].map((day) => ({ day, from: '09:00', to: '18:00' })),
  { day: 6, from: '10:00', to: '16:00' },
];

describe('day ranges', () => {
  it('groups per-day windows by their times, and expands them back unchanged', () => {
    const rows = groupByWindow(officeHours);
    expect(rows).toEqual([
      { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' },
      { days: [6], from: '10:00', to: '16:00' },
    ]);
    expect(expandRows(rows)).toEqual(officeHours);
  });

  it('expands rows sorted by day and start, dropping repeats', () => {
    expect(
      expandRows([
        { days: [2, 1], from: '13:00', to: '18:00' },
        { days: [1, 2], from: '09:00', to: '12:00' },
        { days: [1], from: '09:00', to: '12:00' },
      ]),
    ).toEqual([
      { day: 1, from: '09:00', to: '12:00' },
      { day: 1, from: '13:00', to: '18:00' },
      { day: 2, from: '09:00', to: '12:00' },
      { day: 2, from: '13:00', to: '18:00' },
    ]);
  });

  it('names days as runs of consecutive days', () => {
    expect(dayRuns([5, 1, 2, 3, 4, 7])).toEqual([
      [1, 5],
      [7, 7],
    ]);
    expect(dayRuns([])).toEqual([]);
  });
});
