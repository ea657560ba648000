/**
 * Coalesces bursts per key: after `touch(key)`, `run(key)` runs once — at once (on the next turn)
 * if it has not run for `intervalMs`, else when that much time has passed since it last ran. Real
 * timers: this paces network traffic in the transport, it decides nothing in the domain.
 */
export class Throttle {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastRun = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly run: (key: string) => void,
  ) {}

  touch(key: string): void {
    if (this.timers.has(key)) return;
    const last = this.lastRun.get(key);
    const wait = last === undefined ? 0 : Math.max(0, last + this.intervalMs - performance.now());
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.lastRun.set(key, performance.now());
      this.run(key);
    }, wait);
    timer.unref();
    this.timers.set(key, timer);
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
