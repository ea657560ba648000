/**
 * The system scheduler: the one place real time is used. Deadlines already passed run at once
 * (synchronously, so a restart fires overdue deadlines immediately); cancelled ones never run.
 */
import { describe, expect, it } from 'vitest';
import { clock, scheduler } from '../../src/runtime/system-clock.js';

describe('system scheduler', () => {
  it('runs a deadline that has already passed at once', () => {
    let ran = 0;
    scheduler.schedule(clock.now() - 1000, () => (ran += 1));
    expect(ran).toBe(1);
  });

  it('runs a future deadline no earlier than its instant, and a cancelled one never', async () => {
    const at = clock.now() + 30;
    let ranAt: number | null = null;
    let cancelledRan = false;
    scheduler.schedule(at, () => (ranAt = clock.now()));
    const cancel = scheduler.schedule(at, () => (cancelledRan = true));
    cancel();
    await new Promise<void>((resolve) => {
      scheduler.schedule(at + 50, resolve);
      // The test's own wait must keep the process alive: the scheduler's timers are unref'd.
      setTimeout(() => undefined, 200);
    });
    expect(ranAt).not.toBeNull();
    expect(ranAt!).toBeGreaterThanOrEqual(at);
    expect(cancelledRan).toBe(false);
  });
});
