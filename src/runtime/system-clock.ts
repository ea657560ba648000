/**
 * The real clock and scheduler behind the engine's ports. Deadlines are absolute, so a wake-up
 * that Node's timer fires early (or a deadline beyond setTimeout's ~24.8-day limit) is simply
 * re-armed until the instant has really passed.
 */
import type { Cancel, Clock, Scheduler } from '../engine/clock.js';

const MAX_DELAY = 2 ** 31 - 1;

export const clock: Clock = { now: () => Date.now() };

export const scheduler: Scheduler = {
  schedule(at: number, callback: () => void): Cancel {
    let handle: NodeJS.Timeout | undefined;
    const arm = (): void => {
      const delay = at - Date.now();
      if (delay <= 0) {
        callback();
        return;
      }
      handle = setTimeout(arm, Math.min(delay, MAX_DELAY));
      handle.unref();
    };
    arm();
    return () => {
      if (handle !== undefined) clearTimeout(handle);
    };
  },
};

/** Both ports, to spread into `TenantActor.start({ …, ...systemClock })`. */
export const systemClock = { clock, scheduler };
