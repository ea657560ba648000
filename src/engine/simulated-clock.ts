/**
 * A clock and scheduler moved by hand: tests and the simulator advance time explicitly and every
 * due callback runs in deadline order (ties in scheduling order). Nothing here reads real time.
 */
import type { Cancel, Clock, Scheduler } from './clock.js';

interface Pending {
  readonly at: number;
  readonly order: number;
  readonly callback: () => void;
  cancelled: boolean;
}

export class SimulatedClock implements Clock, Scheduler {
  private current: number;
  private pending: Pending[] = [];
  private order = 0;

  constructor(start = 0) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  schedule(at: number, callback: () => void): Cancel {
    const entry: Pending = { at, order: (this.order += 1), callback, cancelled: false };
    this.pending.push(entry);
    return () => {
      entry.cancelled = true;
    };
  }

  /** The earliest pending deadline, if any. */
  nextDeadline(): number | undefined {
    this.pending = this.pending.filter((entry) => !entry.cancelled);
    return this.pending.reduce<number | undefined>(
      (min, entry) => (min === undefined || entry.at < min ? entry.at : min),
      undefined,
    );
  }

  /** Moves time to `at`, running every callback due by then, each at its own deadline. */
  advanceTo(at: number): void {
    for (;;) {
      const due = this.pending
        .filter((entry) => !entry.cancelled && entry.at <= at)
        .sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (due === undefined) break;
      this.current = Math.max(this.current, due.at);
      due.cancelled = true;
      this.pending = this.pending.filter((entry) => entry !== due);
      due.callback();
    }
    this.current = Math.max(this.current, at);
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.current + ms);
  }
}
