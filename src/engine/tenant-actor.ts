/**
 * One single-writer actor per tenant (DESIGN.md §2). Commands queue up; a batch is executed
 * against the in-memory state, its events appended to the store in one call (group commit), and
 * only then are the commands acknowledged and the events published. Deadlines live in the state as
 * absolute instants; the actor keeps exactly one wake-up scheduled for the earliest, so after a
 * restart the same deadlines are found by replay and fire as they would have.
 *
 * If an append fails, the state (which already holds the batch's effects) is rebuilt from the
 * store and the batch is refused: nothing is acknowledged that is not durable.
 *
 * With a snapshot store, start-up loads the latest snapshot and replays only the events after it
 * (load-state.ts), and snapshots are taken after durable batches on the policy of snapshotter.ts.
 */
import type { Command } from '../domain/commands.js';
import type { DomainError } from '../domain/errors.js';
import type { DomainEvent } from '../domain/events.js';
import { execute } from '../domain/execute.js';
import { createState, nextDeadline, type TenantState } from '../domain/state.js';
import type { EventStore, StoredEvent } from '../store/event-store.js';
import type { SnapshotStore } from '../store/snapshot-store.js';
import type { Cancel, Clock, Scheduler } from './clock.js';
import { loadState } from './load-state.js';
import { Snapshotter, type SnapshotPolicy } from './snapshotter.js';

export type CommandResult =
  { readonly ok: true; readonly events: readonly StoredEvent[] } | { readonly ok: false; readonly error: DomainError };

export type Listener = (events: readonly StoredEvent[]) => void;

export interface TenantActorOptions {
  readonly tenantId: string;
  readonly store: EventStore;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  /** Most commands in one storage transaction. */
  readonly maxBatch?: number;
  /**
   * Commands waiting beyond which `saturated` is true and transports refuse new client commands
   * (OVERLOADED); the actor itself still queues what it is given (its own timers, presence).
   */
  readonly queueLimit?: number;
  /** Events read per page while replaying. */
  readonly replayPageSize?: number;
  /** Where snapshots are kept; without one, start-up replays the whole log. */
  readonly snapshots?: SnapshotStore;
  readonly snapshotPolicy?: SnapshotPolicy;
  /** Told about a snapshot that could not be written (the log is unaffected). */
  readonly onSnapshotError?: (error: unknown) => void;
}

interface Queued {
  readonly command: Command;
  readonly resolve: (result: CommandResult) => void;
  readonly reject: (error: unknown) => void;
}

export class TenantActor {
  private state: TenantState = createState();
  private seq = 0;
  private queue: Queued[] = [];
  private draining: Promise<void> | null = null;
  private readonly listeners = new Set<Listener>();
  private wake: { at: number; cancel: Cancel } | null = null;
  private closed = false;
  private readonly snapshotter: Snapshotter | null;

  private constructor(private readonly options: TenantActorOptions) {
    const { tenantId, snapshots, clock, snapshotPolicy: policy, onSnapshotError: onError } = options;
    this.snapshotter =
      snapshots === undefined ? null : new Snapshotter({ tenantId, snapshots, clock, policy, onError });
  }

  /** Rebuilds the tenant from its log and arms its deadlines. */
  static async start(options: TenantActorOptions): Promise<TenantActor> {
    const actor = new TenantActor(options);
    await actor.reload();
    actor.armWake();
    return actor;
  }

  get tenantId(): string {
    return this.options.tenantId;
  }

  /** Last durable sequence number. */
  get lastSeq(): number {
    return this.seq;
  }

  /**
   * Read access for queries. Callers must not mutate it, and must not hold on to it across an
   * `await`: the actor changes it as commands are processed.
   */
  get view(): TenantState {
    return this.state;
  }

  /** Whether the queue has reached `queueLimit`: a transport should refuse new client commands. */
  get saturated(): boolean {
    return this.queue.length >= (this.options.queueLimit ?? Number.POSITIVE_INFINITY);
  }

  /** Queues a command; resolves once its events are durable (or with the refusal). */
  submit(command: Command): Promise<CommandResult> {
    if (this.closed) return Promise.reject(new Error(`tenant ${this.tenantId} is closed`));
    return new Promise((resolve, reject) => {
      this.queue.push({ command, resolve, reject });
      this.kick();
    });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every queued command (and every due deadline) has been processed. */
  async idle(): Promise<void> {
    while (this.draining !== null) await this.draining;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.cancel();
    this.wake = null;
    await this.idle();
    await this.snapshotter?.settled();
  }

  private kick(): void {
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
      if (this.queue.length > 0) this.kick();
    });
  }

  private async drain(): Promise<void> {
    // Yield once so commands submitted in the same tick join this batch (group commit).
    await Promise.resolve();
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch ?? 256);
      await this.runBatch(batch);
    }
    this.armWake();
  }

  private async runBatch(batch: Queued[]): Promise<void> {
    const now = this.options.clock.now();
    const events: DomainEvent[] = [];
    const outcomes: ({ from: number; to: number } | DomainError)[] = [];
    let failed: { index: number; error: unknown } | null = null;
    for (const [index, item] of batch.entries()) {
      try {
        const decision = execute(this.state, item.command, now);
        if (!decision.ok) {
          outcomes.push(decision.error);
          continue;
        }
        outcomes.push({ from: events.length, to: events.length + decision.events.length });
        events.push(...decision.events);
      } catch (error) {
        // A bug left the state half-applied: keep what came before, refuse this one, rebuild.
        failed = { index, error };
        break;
      }
    }
    let stored: StoredEvent[] = [];
    try {
      if (events.length > 0) stored = await this.options.store.append(this.tenantId, this.seq, events);
      this.seq += stored.length;
    } catch (error) {
      await this.reload();
      for (const item of batch) item.reject(error);
      return;
    }
    for (const [index, outcome] of outcomes.entries()) {
      const item = batch[index] as Queued;
      if ('code' in outcome) item.resolve({ ok: false, error: outcome });
      else item.resolve({ ok: true, events: stored.slice(outcome.from, outcome.to) });
    }
    if (stored.length > 0) for (const listener of this.listeners) listener(stored);
    if (stored.length > 0 && failed === null) this.snapshotter?.afterAppend(this.state, this.seq);
    if (failed !== null) {
      await this.reload();
      batch[failed.index]?.reject(failed.error);
      this.queue.unshift(...batch.slice(failed.index + 1));
    }
  }

  private async reload(): Promise<void> {
    const { tenantId, store, snapshots, replayPageSize: pageSize } = this.options;
    const loaded = await loadState({ tenantId, store, snapshots, pageSize });
    this.state = loaded.state;
    this.seq = loaded.seq;
    this.snapshotter?.reset(loaded.snapshotSeq ?? 0);
  }

  /** Keeps one wake-up scheduled at the earliest deadline the state holds. */
  private armWake(): void {
    if (this.closed) return;
    const deadline = nextDeadline(this.state)?.at;
    if (deadline === this.wake?.at) return;
    this.wake?.cancel();
    this.wake = null;
    if (deadline === undefined) return;
    const cancel = this.options.scheduler.schedule(deadline, () => {
      this.wake = null;
      this.fireDue();
    });
    this.wake = { at: deadline, cancel };
  }

  /** Queues a FireTimer for every deadline that has passed. */
  private fireDue(): void {
    const now = this.options.clock.now();
    const due: string[] = [];
    this.state.timers.queue.find((timer) => {
      if (timer.at > now) return true;
      due.push(timer.key);
      return false;
    });
    if (due.length === 0) {
      this.armWake();
      return;
    }
    for (const key of due) {
      this.queue.push({ command: { type: 'FireTimer', key }, resolve: noop, reject: noop });
    }
    this.kick();
  }
}

const noop = (): void => undefined;
