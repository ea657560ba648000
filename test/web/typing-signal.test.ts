/**
 * When the workspace and the widget say "typing" (web/src/api/typing-signal.ts): once on the first
 * keystroke, again only after the repeat interval while the text keeps changing, and "stopped" once
 * — when the text is emptied, after the idle time, or on leaving — never "stopped" without a
 * "typing" before it. Timers are vitest's fake ones; the clock is the signal's injected one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_MS, REPEAT_MS, TypingSignal } from '../../web/src/api/typing-signal.js';

let now = 0;
let said: boolean[];
let signal: TypingSignal;

beforeEach(() => {
  vi.useFakeTimers();
  now = 0;
  said = [];
  signal = new TypingSignal(
    (typing) => said.push(typing),
    () => now,
  );
});
afterEach(() => {
  vi.useRealTimers();
});

/** Moves both the signal's clock and the timers. */
function pass(ms: number): void {
  now += ms;
  vi.advanceTimersByTime(ms);
}

describe('typing signal', () => {
  it('says typing once, repeats it only after the interval, and stops once when emptied', () => {
    signal.input('H');
    pass(500);
    signal.input('He');
    pass(REPEAT_MS - 500);
    signal.input('Hel');
    expect(said).toEqual([true, true]);
    signal.input('');
    signal.input('  ');
    expect(said).toEqual([true, true, false]);
  });

  it('stops by itself after the idle time without a keystroke', () => {
    signal.input('Hello');
    pass(IDLE_MS - 1);
    expect(said).toEqual([true]);
    pass(1);
    expect(said).toEqual([true, false]);
    pass(IDLE_MS * 3);
    expect(said).toEqual([true, false]);
  });

  it('says nothing on leaving without having typed, and stops on leaving after typing', () => {
    signal.stop();
    signal.input('');
    expect(said).toEqual([]);
    signal.input('x');
    signal.stop();
    signal.stop();
    expect(said).toEqual([true, false]);
  });
});
