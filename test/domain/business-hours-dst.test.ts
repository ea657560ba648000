/**
 * Business hours across DST changes (DESIGN.md §3.2 "DST-correct"; docs/routing.md "Business hours
 * and DST"): a window end inside a skipped hour is the first instant after the gap, one inside a
 * repeated hour is its earlier occurrence — the same for `isOpen`, `nextOpening` and closing, in
 * America/New_York and Europe/London at their 2024 and 2025 switch dates, and end to end: an agent
 * never idles while a left message waits during open hours.
 */
import { describe, expect, it } from 'vitest';
import { isOpen, nextOpening } from '../../src/domain/business-hours.js';
import type { BusinessHours } from '../../src/domain/skill-group.js';
import { Harness } from '../support/harness.js';
import { MINUTE, hours, onlyAssignment, opened, patient, weekly } from '../support/routing-helpers.js';

const utc = (iso: string): number => Date.parse(`${iso}Z`);
const SUNDAY = 7;

/** The open intervals of `hours` sampled every minute over [from, to), as [open, close) instants. */
function openIntervals(hoursOf: BusinessHours, from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  let start: number | null = null;
  for (let at = from; at < to; at += MINUTE * 1000) {
    const open = isOpen(hoursOf, at);
    if (open && start === null) start = at;
    if (!open && start !== null) {
      found.push([start, at]);
      start = null;
    }
  }
  if (start !== null) found.push([start, to]);
  return found;
}

describe('a window starting inside the spring-forward gap opens at the first instant after it', () => {
  // New York skips 02:00–03:00 EST→EDT on 2024-03-10 and 2025-03-09 (07:00 UTC).
  const ny = hours('America/New_York', weekly([SUNDAY], '02:30', '05:00'));

  for (const [saturday, change] of [
    ['2024-03-09T17:00', '2024-03-10T07:00'],
    ['2025-03-08T17:00', '2025-03-09T07:00'],
  ] as const) {
    it(`America/New_York Sunday 02:30 on ${change.slice(0, 10)}: opens 03:00 EDT that day, not a week later`, () => {
      expect(nextOpening(ny, utc(saturday))).toBe(utc(change));
      expect(isOpen(ny, utc(change) - 1)).toBe(false);
      expect(isOpen(ny, utc(change))).toBe(true);
      // 05:00 EDT = 09:00 UTC closes it.
      expect(openIntervals(ny, utc(saturday), utc(saturday) + 24 * 3_600_000)).toEqual([
        [utc(change), utc(change) + 2 * 3_600_000],
      ]);
    });
  }

  it('a window ending inside the gap closes at the change (01:00–02:30 is open one hour)', () => {
    const early = hours('America/New_York', weekly([SUNDAY], '01:00', '02:30'));
    expect(openIntervals(early, utc('2025-03-09T00:00'), utc('2025-03-09T12:00'))).toEqual([
      [utc('2025-03-09T06:00'), utc('2025-03-09T07:00')],
    ]);
  });

  it('a window wholly inside the gap does not open that day', () => {
    const lost = hours('America/New_York', weekly([SUNDAY], '02:00', '03:00'));
    expect(nextOpening(lost, utc('2025-03-08T17:00'))).toBe(utc('2025-03-16T06:00')); // next Sunday 02:00 EDT
  });

  for (const [saturday, change] of [
    ['2024-03-30T12:00', '2024-03-31T01:00'],
    ['2025-03-29T12:00', '2025-03-30T01:00'],
  ] as const) {
    it(`Europe/London Sunday 01:30 on ${change.slice(0, 10)}: opens 02:00 BST`, () => {
      const london = hours('Europe/London', weekly([SUNDAY], '01:30', '04:00'));
      expect(nextOpening(london, utc(saturday))).toBe(utc(change));
      expect(isOpen(london, utc(change) - 1)).toBe(false);
      expect(isOpen(london, utc(change))).toBe(true);
    });
  }
});

describe('a window starting inside the repeated autumn hour opens at its earlier occurrence', () => {
  // London repeats 01:00–02:00 (BST, then GMT) on 2024-10-27 and 2025-10-26: 01:30 BST = 00:30 UTC.
  const london = hours('Europe/London', weekly([SUNDAY], '01:30', '03:00'));

  for (const [saturday, first] of [
    ['2024-10-26T12:00', '2024-10-27T00:30'],
    ['2025-10-25T12:00', '2025-10-26T00:30'],
  ] as const) {
    it(`Europe/London Sunday 01:30 on ${first.slice(0, 10)}: opens 01:30 BST, closes 03:00 GMT`, () => {
      expect(nextOpening(london, utc(saturday))).toBe(utc(first));
      expect(isOpen(london, utc(first) - 1)).toBe(false);
      expect(isOpen(london, utc(first))).toBe(true);
      // Open through the repeated hour (01:30 GMT) until 03:00 GMT.
      const close = utc(first) + 2.5 * 3_600_000;
      expect(openIntervals(london, utc(saturday), utc(saturday) + 24 * 3_600_000)).toEqual([[utc(first), close]]);
    });
  }

  it('a window ending inside the repeated hour closes at its earlier occurrence', () => {
    const short = hours('Europe/London', weekly([SUNDAY], '00:00', '01:30'));
    expect(openIntervals(short, utc('2025-10-25T20:00'), utc('2025-10-26T06:00'))).toEqual([
      [utc('2025-10-25T23:00'), utc('2025-10-26T00:30')],
    ]);
  });

  for (const [saturday, first] of [
    ['2024-11-02T17:00', '2024-11-03T05:30'],
    ['2025-11-01T17:00', '2025-11-02T05:30'],
  ] as const) {
    it(`America/New_York Sunday 01:30 on ${first.slice(0, 10)}: opens 01:30 EDT`, () => {
      const ny = hours('America/New_York', weekly([SUNDAY], '01:30', '06:00'));
      expect(nextOpening(ny, utc(saturday))).toBe(utc(first));
      expect(isOpen(ny, utc(first) - 1)).toBe(false);
      expect(isOpen(ny, utc(first))).toBe(true);
    });
  }
});

describe('nextOpening agrees with isOpen around every switch', () => {
  const zones = ['America/New_York', 'Europe/London'];
  const clocks: [string, string][] = [
    ['00:00', '01:30'],
    ['01:30', '03:00'],
    ['02:30', '05:00'],
    ['00:30', '02:00'],
    ['09:00', '17:00'],
    ['22:00', '24:00'],
  ];
  const weekends = ['2024-03-09', '2024-03-30', '2024-10-26', '2024-11-02', '2025-03-08', '2025-03-29', '2025-10-25'];

  it('the group is closed just before each opening and open at it; every closed-to-open step is an opening', () => {
    for (const timeZone of zones) {
      for (const [from, to] of clocks) {
        const hoursOf = hours(timeZone, weekly([6, SUNDAY, 1], from, to));
        for (const weekend of weekends) {
          const start = utc(`${weekend}T00:00`);
          let wasOpen = isOpen(hoursOf, start);
          for (let at = start; at < start + 3 * 86_400_000; at += 15 * 60_000) {
            const opening = nextOpening(hoursOf, at);
            const label = `${timeZone} ${from}–${to} at ${new Date(at).toISOString()}`;
            expect(opening, label).not.toBeNull();
            expect(isOpen(hoursOf, opening!), label).toBe(true);
            expect(isOpen(hoursOf, opening! - 1), label).toBe(false);
            const open = isOpen(hoursOf, at);
            if (open && !wasOpen) expect(nextOpening(hoursOf, at - 15 * 60_000)! <= at, label).toBe(true);
            wasOpen = open;
          }
        }
      }
    }
  });
});

describe('end to end: a left message is assigned the moment a DST-shifted window opens', () => {
  it('America/New_York Sunday 02:30 window on 2025-03-09: assigned at 03:00 EDT', () => {
    const saturday = utc('2025-03-08T17:00');
    const h = patient(
      new Harness(saturday).group('us', { hours: hours('America/New_York', weekly([SUNDAY], '02:30', '05:00')) }),
    );
    h.agent('u1', { groups: ['us'] });
    expect(opened(h.open('c1')).disposition).toMatchObject({ kind: 'left-message', opensAt: utc('2025-03-09T07:00') });
    const fired = h.advance((utc('2025-03-09T07:00') - saturday) / 1000);
    expect(onlyAssignment(fired)).toMatchObject({ conversationId: 'c1', agentId: 'u1', at: utc('2025-03-09T07:00') });
  });

  it('Europe/London Sunday 01:30 window on 2025-10-26: assigned at 01:30 BST, not an hour late', () => {
    const saturday = utc('2025-10-25T12:00');
    const h = patient(
      new Harness(saturday).group('uk', { hours: hours('Europe/London', weekly([SUNDAY], '01:30', '03:00')) }),
    );
    h.agent('k1', { groups: ['uk'] });
    expect(opened(h.open('c1')).disposition).toMatchObject({ kind: 'left-message', opensAt: utc('2025-10-26T00:30') });
    const fired = h.advance((utc('2025-10-26T00:30') - saturday) / 1000);
    expect(onlyAssignment(fired)).toMatchObject({ conversationId: 'c1', agentId: 'k1', at: utc('2025-10-26T00:30') });
  });
});
