/**
 * A bound on one connection's requests in flight (issue 14): each holds memory (its payload, its
 * promise, its reply) until its command is durable, so a client that sends faster than the tenant
 * acknowledges must not pile them up without end. Past the bound a request is refused with
 * `OVERLOADED` at once.
 */
export class PendingWork {
  private running = 0;

  constructor(private readonly max: number) {}

  /** Starts one piece of work, returning its `done`; null when `max` are already running. */
  start(): (() => void) | null {
    if (this.running >= this.max) return null;
    this.running += 1;
    let finished = false;
    return () => {
      if (finished) return;
      finished = true;
      this.running -= 1;
    };
  }

  get inFlight(): number {
    return this.running;
  }
}
