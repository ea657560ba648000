/**
 * Takes a tenant's snapshots on a size-or-time policy: after a batch is durable, if at least
 * `everyEvents` events, or `everyMs` of clock time with at least one event, have passed since the
 * last snapshot. The state is captured at once (it changes with the next batch, and the snapshot
 * must be exactly the state at its seq); writing it is left to a later microtask, after the batch's
 * acknowledgements, so a snapshot never delays a command. One write at a time: while one is in
 * flight, a due snapshot waits for the next batch. A failed write is reported and otherwise ignored:
 * snapshots only make start-up faster, the log stays complete.
 */
import { toSnapshot } from '../domain/snapshot.js';
import type { TenantState } from '../domain/state.js';
import type { SnapshotStore } from '../store/snapshot-store.js';
import type { Clock } from './clock.js';

/** When a snapshot is due: after so many events, or so much time with at least one event. */
export interface SnapshotPolicy {
  /** Events since the last snapshot that make one due. */
  readonly everyEvents: number;
  /** Milliseconds since the last snapshot that make one due (if any event came since). */
  readonly everyMs: number;
}

/**
 * Every 50,000 events, or every 5 minutes with activity. A snapshot costs in proportion to the
 * state (in the e2e bench, 2,000 sockets and 1,800 conversations: about as much CPU as replaying
 * 10,000 events), so at 10,000 (until issue 16) a busy tenant paid for one every second or two,
 * 2–3 % of the server's CPU, to spare a start-up replay of 26 ms; 50,000 events replay in about
 * 0.13 s (docs/performance.md: 2.65 s per million).
 */
export const defaultSnapshotPolicy: SnapshotPolicy = { everyEvents: 50_000, everyMs: 5 * 60_000 };

/** What a snapshotter needs: the tenant, where to write, the clock, the policy, who hears of failures. */
export interface SnapshotterOptions {
  readonly tenantId: string;
  readonly snapshots: SnapshotStore;
  readonly clock: Clock;
  readonly policy?: SnapshotPolicy;
  readonly onError?: (error: unknown) => void;
}

/** One tenant's snapshot taker (see the file header). */
export class Snapshotter {
  private lastSeq = 0;
  private lastAt = 0;
  private writing: Promise<void> | null = null;

  constructor(private readonly options: SnapshotterOptions) {}

  /** The state was (re)loaded: `seq` is the snapshot it started from, 0 for none. */
  reset(seq: number): void {
    this.lastSeq = seq;
    this.lastAt = this.options.clock.now();
  }

  /** Called after a batch is durable, with the state at `seq`. */
  afterAppend(state: TenantState, seq: number): void {
    const policy = this.options.policy ?? defaultSnapshotPolicy;
    const now = this.options.clock.now();
    const due = seq - this.lastSeq >= policy.everyEvents || (seq > this.lastSeq && now - this.lastAt >= policy.everyMs);
    if (!due || this.writing !== null) return;
    const data = toSnapshot(state);
    this.lastSeq = seq;
    this.lastAt = now;
    const snapshot = { tenantId: this.options.tenantId, seq, takenAt: now, data };
    this.writing = Promise.resolve()
      .then(() => this.options.snapshots.saveSnapshot(snapshot))
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        this.writing = null;
      });
  }

  /** Resolves once the snapshot being written, if any, is stored (or has failed). */
  async settled(): Promise<void> {
    await this.writing;
  }
}
