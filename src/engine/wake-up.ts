/**
 * An actor's one scheduled wake-up: armed at the earliest deadline its state holds, moved when that
 * changes, cancelled when the actor stops leading. Also which timers are due at an instant.
 */
import type { TenantState } from '../domain/state.js';
import type { Cancel, Scheduler } from './clock.js';

/** One wake-up at a time on a scheduler. */
export class WakeUp {
  private armed: { at: number; cancel: Cancel } | null = null;

  constructor(private readonly scheduler: Scheduler) {}

  /** Wakes `fire` at `at` (replacing any other wake-up); `undefined` cancels. */
  arm(at: number | undefined, fire: () => void): void {
    if (at === this.armed?.at) return;
    this.cancel();
    if (at === undefined) return;
    const cancel = this.scheduler.schedule(at, () => {
      this.armed = null;
      fire();
    });
    this.armed = { at, cancel };
  }

  cancel(): void {
    this.armed?.cancel();
    this.armed = null;
  }
}

/** Keys of the timers due at `now`, earliest first. */
export function dueTimers(state: TenantState, now: number): string[] {
  const due: string[] = [];
  state.timers.queue.find((timer) => {
    if (timer.at > now) return true;
    due.push(timer.key);
    return false;
  });
  return due;
}
