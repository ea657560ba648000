/**
 * The tenants of a cluster node (docs/cluster.md): the same `Tenants` surface the transports use on a
 * single node, over a replica of every tenant. The tenant's owner runs its actor as leader; every
 * other node's replica follows the owner's events (from the bus, or from the store on a gap, on a
 * reconnect, or when a heartbeat shows it behind). `submit` runs on the leader, or is forwarded to
 * the owner (ask-owner.ts) and its events applied here before it resolves (read-your-writes).
 * Listeners hear every tenant's events on every node, so each node fans out to its own sockets.
 *
 * Ownership (ownership.ts) decides which replicas lead. `close()` hands every owned tenant over
 * before stopping; `abandon()` stops as a killed process would (tests, an expired shutdown).
 */
import { performance } from 'node:perf_hooks';
import type { Command } from '../domain/commands.js';
import type { TenantState } from '../domain/state.js';
import { isStoreFailure, markStoreFailure, NotOwnerError } from '../engine/actor-errors.js';
import type { Clock, Scheduler } from '../engine/clock.js';
import { TenantActor, type CommandResult } from '../engine/tenant-actor.js';
import type { DurableStore } from '../store/durable-store.js';
import type { StoredEvent } from '../store/event-store.js';
import { TENANT_ID } from '../services/tenant-registry.js';
import type { RelayedSignal, SignalHandler } from '../services/signal-relay.js';
import type { TenantHandle, TenantListener, Tenants } from '../services/tenants.js';
import { askOwner } from './ask-owner.js';
import type { ClusterBus } from './cluster-bus.js';
import type { LeaseStore } from './lease-store.js';
import { Ownership } from './ownership.js';
import {
  failed,
  notOwner,
  RequestRouter,
  type ClusterRequest,
  type ClusterRequestBody,
  type FailedAnswer,
  type RequestKindHandler,
} from './request-router.js';

/** What a cluster node's registry needs. */
export interface ClusterRegistryOptions {
  readonly nodeId: string;
  readonly store: DurableStore;
  readonly leases: LeaseStore;
  readonly bus: ClusterBus;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  /** Lease time to live (database clock). */
  readonly leaseMs: number;
  /** Heartbeat and renewal period; at most half the lease. */
  readonly heartbeatMs: number;
  /** How long a command waits for its tenant to have an owner before TENANT_UNAVAILABLE. */
  readonly forwardWaitMs: number;
  readonly queueLimit?: number;
  readonly onSnapshotError?: (tenantId: string, error: unknown) => void;
  /** Told of background failures (heartbeat, catch-up, handlers); default: ignored. */
  readonly onError?: (error: unknown, what: string) => void;
  /**
   * Wraps every command this node executes as the owner (local or forwarded), e.g. to answer a
   * resent message id without posting it again: the owner is the one place every send passes.
   */
  readonly execute?: (tenantId: string, command: Command, run: () => Promise<CommandResult>) => Promise<CommandResult>;
}

/** A command forwarded to the tenant's owner. */
export interface CommandRequest {
  readonly kind: 'command';
  readonly tenantId: string;
  readonly command: Command;
}

/** A forwarded command's answer. */
type CommandAnswer = { readonly kind: 'result'; readonly result: CommandResult } | FailedAnswer;

/** The registry of a cluster node (see the file header). */
export class ClusterRegistry implements Tenants {
  private readonly replicas = new Map<string, TenantActor>();
  private readonly starting = new Map<string, Promise<TenantActor>>();
  private readonly handles = new Map<string, TenantHandle>();
  private readonly listeners = new Set<TenantListener>();
  private readonly router = new RequestRouter();
  private readonly ownership: Ownership;
  private readonly unsubscribe: (() => void)[] = [];
  private closed = false;

  private constructor(private readonly options: ClusterRegistryOptions) {
    this.ownership = new Ownership({
      nodeId: options.nodeId,
      leases: options.leases,
      bus: options.bus,
      leaseMs: options.leaseMs,
      heartbeatMs: options.heartbeatMs,
      monotonic: () => performance.now(),
      replica: (tenantId) => this.replica(tenantId),
      replicaIds: () => this.replicas.keys(),
      onTenantSeqs: (seqs) => this.catchUpTo(seqs),
      report: (error, what) => {
        this.report(error, what);
      },
    });
  }

  /**
   * Joins the cluster: serves bus requests, starts a replica of every tenant in the store, runs the
   * first heartbeat (acquiring what this node should own) and keeps the loop going.
   */
  static async open(options: ClusterRegistryOptions): Promise<ClusterRegistry> {
    if (options.heartbeatMs * 2 > options.leaseMs) throw new Error('the heartbeat must be at most half the lease');
    const registry = new ClusterRegistry(options);
    const { bus } = options;
    registry.router.on('command', (request) => registry.runForwarded(request));
    bus.serve((body, from) => registry.router.handle(body, from));
    registry.unsubscribe.push(
      bus.onEvents((tenantId, events) => {
        registry.received(tenantId, events);
      }),
      bus.onOwnership((change) => {
        registry.ownership.hint(change);
      }),
      bus.onReconnect(() => {
        for (const actor of registry.replicas.values()) {
          actor.catchUp().catch((error: unknown) => {
            registry.report(error, `catching up ${actor.tenantId}`);
          });
        }
      }),
    );
    for (const tenantId of await options.leases.tenants()) await registry.replica(tenantId);
    await registry.ownership.start();
    return registry;
  }

  get nodeId(): string {
    return this.options.nodeId;
  }

  get store(): DurableStore {
    return this.options.store;
  }

  get clock(): Clock {
    return this.options.clock;
  }

  tenantIds(): string[] {
    return [...this.replicas.keys()];
  }

  actor(tenantId: string): TenantHandle | undefined {
    return this.handles.get(tenantId);
  }

  async start(tenantId: string): Promise<TenantHandle> {
    await this.replica(tenantId);
    return this.handles.get(tenantId) as TenantHandle;
  }

  subscribe(listener: TenantListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tenants this node owns now. */
  ownedTenantIds(): string[] {
    return this.ownership.ownedTenantIds();
  }

  /** Whether this node owns the tenant now (its replica leads). */
  owns(tenantId: string): boolean {
    return this.ownership.owns(tenantId) && this.replicas.get(tenantId)?.leading === true;
  }

  /** The tenant's live owner as this node last saw it, or null. */
  ownerOf(tenantId: string): string | null {
    return this.ownership.ownerOf(tenantId);
  }

  /** Live nodes as of the last heartbeat. */
  liveNodeIds(): string[] {
    return this.ownership.liveNodeIds();
  }

  /** Runs after this node became a tenant's owner (e.g. presence reconcile). */
  onPromoted(handler: (tenantId: string) => void | Promise<void>): () => void {
    return this.ownership.onPromoted(handler);
  }

  /** Runs when nodes stopped being live (their heartbeat expired or was deleted). */
  onNodesLost(handler: (nodeIds: readonly string[]) => void | Promise<void>): () => void {
    return this.ownership.onNodesLost(handler);
  }

  /**
   * Registers the handler of a kind of bus request. A handler for a tenant should answer
   * `notOwner` (request-router.ts) unless `owns(tenantId)`, so `askOwner` finds the right node.
   */
  on(kind: string, handler: RequestKindHandler): void {
    this.router.on(kind, handler);
  }

  /** Sends a chat signal to the other nodes' sockets (src/services/signal-relay.ts). */
  publishSignal(tenantId: string, signal: RelayedSignal): void {
    this.options.bus.publishSignal(tenantId, signal);
  }

  /** Hears the other nodes' chat signals. */
  onSignal(handler: SignalHandler): () => void {
    return this.options.bus.onSignal(handler);
  }

  /** Sends a request to the tenant's owner and resolves with its answer (ask-owner.ts). */
  askOwner(tenantId: string, body: ClusterRequestBody): Promise<unknown> {
    const { nodeId, bus, forwardWaitMs } = this.options;
    const context = { nodeId, bus, ownership: this.ownership, router: this.router, forwardWaitMs };
    return askOwner({ ...context, monotonic: () => performance.now() }, tenantId, body);
  }

  /** Runs one heartbeat now (tests; the loop runs on its own). */
  heartbeat(): Promise<void> {
    return this.ownership.tick();
  }

  /** Hands every owned tenant over, leaves the cluster, stops every replica. The store and bus stay open. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.ownership.handOverAll();
    this.ownership.stop();
    this.closed = true;
    await this.stopReplicas();
  }

  /**
   * Stops at once, as a killed process would: no handover, no release, the heartbeat row left to
   * expire — other nodes take the tenants over when the leases expire by the database's clock.
   */
  async abandon(): Promise<void> {
    this.ownership.stop();
    this.closed = true;
    await this.stopReplicas();
  }

  private async stopReplicas(): Promise<void> {
    for (const stop of this.unsubscribe.splice(0)) stop();
    await Promise.all([...this.replicas.values()].map((actor) => actor.close()));
  }

  /** The replica of a tenant, started as a follower from the store if this node has none yet. */
  private replica(tenantId: string): Promise<TenantActor> {
    const running = this.replicas.get(tenantId);
    if (running !== undefined) return Promise.resolve(running);
    let starting = this.starting.get(tenantId);
    if (starting === undefined) {
      starting = this.startReplica(tenantId).finally(() => this.starting.delete(tenantId));
      this.starting.set(tenantId, starting);
    }
    return starting;
  }

  private async startReplica(tenantId: string): Promise<TenantActor> {
    const { store, clock, scheduler, queueLimit, onSnapshotError } = this.options;
    const actor = await TenantActor.start({
      tenantId,
      store,
      snapshots: store,
      clock,
      scheduler,
      role: 'follower',
      clustered: true,
      onStepDown: () => {
        this.ownership.steppedDown(tenantId);
      },
      ...(queueLimit === undefined ? {} : { queueLimit }),
      onSnapshotError: (error) => onSnapshotError?.(tenantId, error),
    });
    actor.subscribe((events) => {
      if (actor.currentRole === 'leader') this.options.bus.publishEvents(tenantId, events);
      for (const listener of this.listeners) listener(tenantId, events);
    });
    this.replicas.set(tenantId, actor);
    this.handles.set(tenantId, this.handleOf(actor));
    return actor;
  }

  private handleOf(actor: TenantActor): TenantHandle {
    return {
      tenantId: actor.tenantId,
      get lastSeq(): number {
        return actor.lastSeq;
      },
      get view(): TenantState {
        return actor.view;
      },
      get saturated(): boolean {
        return actor.saturated;
      },
      submit: (command) => this.submit(actor, command),
      idle: () => actor.idle(),
    };
  }

  /** Runs a command on the leader here, or forwards it to the owner. */
  private async submit(actor: TenantActor, command: Command): Promise<CommandResult> {
    if (actor.leading) {
      try {
        return await this.execute(actor, command);
      } catch (error) {
        if (!(error instanceof NotOwnerError)) throw error;
      }
    }
    const { tenantId } = actor;
    const request: CommandRequest = { kind: 'command', tenantId, command };
    const answer = (await this.askOwner(tenantId, request)) as CommandAnswer;
    if (answer.kind === 'failed') throw answerError(answer);
    if (answer.result.ok) {
      await actor.follow(answer.result.events).catch((error: unknown) => {
        this.report(error, `applying ${tenantId}`);
      });
    }
    return answer.result;
  }

  private execute(actor: TenantActor, command: Command): Promise<CommandResult> {
    const wrap = this.options.execute;
    return wrap === undefined ? actor.submit(command) : wrap(actor.tenantId, command, () => actor.submit(command));
  }

  /** The owner's side of a forwarded command. */
  private async runForwarded(request: ClusterRequest): Promise<unknown> {
    const { tenantId } = request;
    if (typeof tenantId !== 'string' || !TENANT_ID.test(tenantId)) return failed('INVALID_REQUEST', 'bad tenant id');
    if (this.closed) return notOwner;
    const actor = await this.replica(tenantId);
    if (!actor.leading) {
      if (this.ownership.desired(tenantId) !== this.options.nodeId) return notOwner;
      if (!(await this.ownership.acquire(tenantId)) || !this.owns(tenantId)) return notOwner;
    }
    try {
      return { kind: 'result', result: await this.execute(actor, request.command as Command) } satisfies CommandAnswer;
    } catch (error) {
      if (error instanceof NotOwnerError) return notOwner;
      const message = error instanceof Error ? error.message : String(error);
      return failed(isStoreFailure(error) ? 'STORE_UNAVAILABLE' : 'INTERNAL', message);
    }
  }

  /** Events another node made durable. */
  private received(tenantId: string, events: readonly StoredEvent[]): void {
    if (this.closed || !TENANT_ID.test(tenantId)) return;
    this.replica(tenantId)
      .then((actor) => actor.follow(events))
      .catch((error: unknown) => {
        this.report(error, `following ${tenantId}`);
      });
  }

  /** Starts replicas of new tenants and catches up followers behind the log. */
  private async catchUpTo(seqs: ReadonlyMap<string, number>): Promise<void> {
    for (const [tenantId, seq] of seqs) {
      if (this.closed) return;
      const actor = this.replicas.get(tenantId) ?? (await this.replica(tenantId));
      if (!actor.leading && actor.lastSeq < seq) {
        actor.catchUp().catch((error: unknown) => {
          this.report(error, `catching up ${tenantId}`);
        });
      }
    }
  }

  private report(error: unknown, what: string): void {
    this.options.onError?.(error, what);
  }
}

/** The error a forwarded command's failure is rethrown as here. */
function answerError(answer: FailedAnswer): Error {
  const error = new Error(answer.message);
  if (answer.code === 'STORE_UNAVAILABLE') markStoreFailure(error);
  return error;
}
