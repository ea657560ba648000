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
 *
 * Roles (cluster mode, docs/cluster.md). A single node's actor is always the leader. In a cluster
 * every node holds a replica of every tenant: the owner's actor is the leader — it executes commands
 * and appends with its lease as the fence —, every other node's is a follower, which refuses
 * commands (`NotOwnerError`: the caller forwards them) and applies the owner's durable events in seq
 * order (`follow`, reading the store on a gap, `catchUp`). `promote(fence)` catches up and makes a
 * follower the leader, arming its deadlines (past-due ones fire at once, each a fenced append, so
 * once); `demote()` stops taking commands, drains the queue and cancels the wake-up. A leader whose
 * append is refused for its fence or its seq steps down by itself: the batch is answered with
 * `NotOwnerError` (nothing was stored), the state rebuilt as of its last durable seq, then caught up.
 * A store that cannot be reached fails the batch (`isStoreFailure`), the state is rebuilt when the
 * store is back, and deadlines retry after `storeRetryMs`.
 */
import type { Command } from '../domain/commands.js';
import type { DomainError } from '../domain/errors.js';
import type { DomainEvent } from '../domain/events.js';
import { replay } from '../domain/execute.js';
import { createState, nextDeadline, type TenantState } from '../domain/state.js';
import {
  FenceLostError,
  SequenceConflictError,
  type EventStore,
  type Fence,
  type StoredEvent,
} from '../store/event-store.js';
import type { SnapshotStore } from '../store/snapshot-store.js';
import { markStoreFailure, NotOwnerError } from './actor-errors.js';
import type { Clock, Scheduler } from './clock.js';
import { executeBatch } from './execute-batch.js';
import { loadState, REPLAY_PAGE_SIZE } from './load-state.js';
import { Snapshotter, type SnapshotPolicy } from './snapshotter.js';
import { dueTimers, WakeUp } from './wake-up.js';

export type CommandResult =
  { readonly ok: true; readonly events: readonly StoredEvent[] } | { readonly ok: false; readonly error: DomainError };

export type Listener = (events: readonly StoredEvent[]) => void;

/** Leader: executes and appends. Follower: applies the leader's durable events (cluster mode). */
export type ActorRole = 'leader' | 'follower';

export interface TenantActorOptions {
  readonly tenantId: string;
  readonly store: EventStore;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  /**
   * Most commands in one storage transaction; default 1,024. One append is in flight per tenant, so
   * under saturation a tenant's throughput is at most a batch per append round trip (commit and
   * fsync): at 256 the e2e bench's batches were all full (issue 16, docs/performance.md).
   */
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
  /** The role to start in; default leader (single node). A follower arms no deadlines. */
  readonly role?: ActorRole;
  /**
   * Cluster mode: a sequence conflict makes the leader step down to follower (another node wrote)
   * instead of rebuilding and going on as leader. A lost fence always steps down.
   */
  readonly clustered?: boolean;
  /** Told when the leader stepped down by itself (lost fence or sequence conflict). */
  readonly onStepDown?: (reason: 'fence-lost' | 'conflict') => void;
  /** After the store failed an append, due deadlines are retried no sooner than this; default 1000 ms. */
  readonly storeRetryMs?: number;
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
  private readonly wake: WakeUp;
  private closed = false;
  private readonly snapshotter: Snapshotter | null;
  private role: ActorRole;
  private fence: Fence | null = null;
  private demoting = false;
  /** The state may hold a refused batch's effects: rebuild it before using it again. */
  private stale = false;
  private retryAfter = 0;
  /** Follower work (apply, catch up, promote) runs one at a time, in order. */
  private following: Promise<void> = Promise.resolve();
  /** Bumped by each `promote` and `demote`: a promotion still catching up when it changes ends as follower. */
  private promotion = 0;

  private constructor(private readonly options: TenantActorOptions) {
    const { tenantId, snapshots, clock, snapshotPolicy: policy, onSnapshotError: onError } = options;
    this.snapshotter =
      snapshots === undefined ? null : new Snapshotter({ tenantId, snapshots, clock, policy, onError });
    this.role = options.role ?? 'leader';
    this.wake = new WakeUp(options.scheduler);
  }

  /** Rebuilds the tenant from its log and, as leader, arms its deadlines. */
  static async start(options: TenantActorOptions): Promise<TenantActor> {
    const actor = new TenantActor(options);
    await actor.reload();
    actor.armWake();
    return actor;
  }

  /** Whether this actor executes commands (leader) or applies another node's events (follower). */
  get currentRole(): ActorRole {
    return this.role;
  }

  /** Whether `submit` runs commands here now: the leader, not handing the tenant over. */
  get leading(): boolean {
    return this.role === 'leader' && !this.demoting && !this.closed;
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

  /**
   * Queues a command; resolves once its events are durable (or with the refusal). Rejects with
   * `NotOwnerError` unless `leading`.
   */
  submit(command: Command): Promise<CommandResult> {
    if (this.closed) return Promise.reject(new Error(`tenant ${this.tenantId} is closed`));
    if (!this.leading) return Promise.reject(new NotOwnerError(this.tenantId));
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

  /**
   * Follower: applies the owner's durable events in seq order — those already held are ignored, a gap
   * is filled from the store. Listeners hear each applied event once. A leader ignores them (it wrote
   * its own). Resolves once applied.
   */
  follow(events: readonly StoredEvent[]): Promise<void> {
    return this.serial(async () => {
      if (this.role === 'leader') return;
      const fresh = events.filter((stored) => stored.seq > this.seq);
      const contiguous = fresh.every((stored, index) => stored.seq === this.seq + 1 + index);
      if (fresh.length === 0) return;
      if (contiguous && !this.stale) this.apply(fresh);
      else await this.readAhead();
    });
  }

  /** Follower: applies every event the store holds beyond this replica's seq. */
  catchUp(): Promise<void> {
    return this.serial(async () => {
      if (this.role === 'follower') await this.readAhead();
    });
  }

  /**
   * Makes this follower the leader: catches up from the store (the lease is already held, so no
   * other writer can append), then runs commands with `fence` on every append and arms the wake-up.
   * Without a fence the `(tenant, seq)` key is the only guard (tests forcing a split brain).
   * Resolves true when leading afterwards; false when a `demote()` (the lease was lost meanwhile) or
   * a later `promote` came while it was catching up — it then ends as follower, never leading
   * without its lease.
   */
  promote(fence?: Fence): Promise<boolean> {
    const ticket = ++this.promotion;
    return this.serial(async () => {
      if (this.closed) throw new Error(`tenant ${this.tenantId} is closed`);
      if (ticket !== this.promotion) return false;
      if (this.role === 'leader') {
        this.fence = fence ?? null;
        return true;
      }
      await this.readAhead();
      if (ticket !== this.promotion) return false;
      this.role = 'leader';
      this.fence = fence ?? null;
      this.snapshotter?.reset(this.seq);
      this.armWake();
      return true;
    });
  }

  /**
   * Hands the tenant over: new commands are refused at once (`NotOwnerError`), the queue is drained
   * (each queued command still answered by this leader), the wake-up cancelled; then a follower.
   * A promotion still catching up is cancelled (it ends as follower).
   */
  async demote(): Promise<void> {
    this.promotion += 1;
    if (this.role !== 'leader' || this.demoting) return;
    this.demoting = true;
    try {
      await this.idle();
      this.wake.cancel();
      this.role = 'follower';
      this.fence = null;
    } finally {
      this.demoting = false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake.cancel();
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
      const batch = this.queue.splice(0, this.options.maxBatch ?? 1024);
      await this.runBatch(batch);
    }
    this.armWake();
  }

  private async runBatch(batch: Queued[]): Promise<void> {
    if (this.role !== 'leader') {
      for (const item of batch) item.reject(new NotOwnerError(this.tenantId));
      return;
    }
    if (this.stale && !(await this.rebuild())) {
      for (const item of batch) item.reject(this.storeDown());
      return;
    }
    const commands = batch.map((item) => item.command);
    const { events, outcomes, failed } = executeBatch(this.state, commands, this.options.clock.now());
    let stored: StoredEvent[] = [];
    try {
      if (events.length > 0) stored = await this.appendBatch(events);
      this.seq += stored.length;
    } catch (error) {
      await this.refused(batch, error);
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
      this.stale = true;
      await this.rebuild();
      batch[failed.index]?.reject(failed.error);
      this.queue.unshift(...batch.slice(failed.index + 1));
    }
  }

  private appendBatch(events: readonly DomainEvent[]): Promise<StoredEvent[]> {
    const { store } = this.options;
    return this.fence === null
      ? store.append(this.tenantId, this.seq, events)
      : store.append(this.tenantId, this.seq, events, this.fence);
  }

  /** An append failed: nothing of the batch is stored, so its effects leave the state. */
  private async refused(batch: readonly Queued[], error: unknown): Promise<void> {
    this.stale = true;
    const lostFence = error instanceof FenceLostError;
    if (lostFence || (error instanceof SequenceConflictError && this.options.clustered === true)) {
      for (const item of batch) item.reject(new NotOwnerError(this.tenantId));
      await this.stepDown(lostFence ? 'fence-lost' : 'conflict');
      return;
    }
    if (!(error instanceof SequenceConflictError)) {
      markStoreFailure(error);
      this.retryAfter = this.options.clock.now() + (this.options.storeRetryMs ?? 1000);
    }
    await this.rebuild();
    for (const item of batch) item.reject(error);
  }

  /** Another node owns the tenant now: refuse what is queued, become a follower and catch up. */
  private async stepDown(reason: 'fence-lost' | 'conflict'): Promise<void> {
    this.role = 'follower';
    this.fence = null;
    this.wake.cancel();
    for (const item of this.queue.splice(0)) item.reject(new NotOwnerError(this.tenantId));
    this.options.onStepDown?.(reason);
    await this.catchUp().catch(() => undefined);
  }

  /** Rebuilds a stale state as of the last durable seq; false (still stale) if the store fails. */
  private async rebuild(): Promise<boolean> {
    try {
      await this.reload(this.seq);
      this.stale = false;
      return true;
    } catch (error) {
      markStoreFailure(error);
      return false;
    }
  }

  private storeDown(): Error {
    const error = new Error(`tenant ${this.tenantId}: the store cannot be reached`);
    markStoreFailure(error);
    return error;
  }

  private async reload(upTo?: number): Promise<void> {
    const { tenantId, store, snapshots, replayPageSize: pageSize } = this.options;
    const loaded = await loadState({ tenantId, store, snapshots, pageSize, ...(upTo === undefined ? {} : { upTo }) });
    this.state = loaded.state;
    this.seq = loaded.seq;
    this.snapshotter?.reset(loaded.snapshotSeq ?? 0);
  }

  /** Follower: rebuilds a stale state, then applies what the store holds beyond `seq`, page by page. */
  private async readAhead(): Promise<void> {
    if (this.stale) {
      await this.reload(this.seq);
      this.stale = false;
    }
    const pageSize = this.options.replayPageSize ?? REPLAY_PAGE_SIZE;
    for (;;) {
      const page = await this.options.store.read(this.tenantId, this.seq, pageSize);
      if (page.length > 0) this.apply(page);
      if (page.length < pageSize) return;
    }
  }

  private apply(events: readonly StoredEvent[]): void {
    replay(
      this.state,
      events.map((stored) => stored.event),
    );
    this.seq = (events.at(-1) as StoredEvent).seq;
    for (const listener of this.listeners) listener(events);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.following.then(work);
    this.following = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  /** Keeps one wake-up scheduled at the earliest deadline the state holds (leader only). */
  private armWake(): void {
    if (this.closed || this.role !== 'leader' || this.demoting) return;
    const next = nextDeadline(this.state)?.at;
    this.wake.arm(next === undefined ? undefined : Math.max(next, this.retryAfter), () => {
      this.fireDue();
    });
  }

  /** Queues a FireTimer for every deadline that has passed. */
  private fireDue(): void {
    if (!this.leading) return;
    const due = dueTimers(this.state, this.options.clock.now());
    if (due.length === 0) {
      this.armWake();
      return;
    }
    for (const key of due) this.queue.push({ command: { type: 'FireTimer', key }, resolve: noop, reject: noop });
    this.kick();
  }
}

const noop = (): void => undefined;
