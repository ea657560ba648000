/**
 * Which tenants this node owns, and the loop that keeps that right (docs/cluster.md, "Placement and
 * handover"). Every heartbeat: mark the node live, renew every held lease in one statement, read the
 * live nodes and the leases, then for each tenant compare the rendezvous choice with the lease —
 * acquire and promote what this node should own and nobody holds live, hand over (demote, drain,
 * release, announce) what it holds but another live node should own.
 *
 * Local safety: the instant before a renew (or acquire) is sent is taken on the monotonic clock; the
 * lease is usable here until that instant + lease − margin. A guard timer demotes every tenant whose
 * local deadline passes without a successful renew — before the database can consider the lease
 * expired, so a node cut off from PostgreSQL stops acting on its own.
 */
import type { TenantActor } from '../engine/tenant-actor.js';
import type { ClusterBus, OwnershipChange } from './cluster-bus.js';
import type { LeaseRow, LeaseStore } from './lease-store.js';
import { desiredOwner } from './placement.js';

/** What the ownership loop needs. */
export interface OwnershipOptions {
  readonly nodeId: string;
  readonly leases: LeaseStore;
  readonly bus: ClusterBus;
  readonly leaseMs: number;
  readonly heartbeatMs: number;
  /** A monotonic clock in milliseconds (performance.now in production). */
  readonly monotonic: () => number;
  /** The replica of a tenant, started as a follower if this node has none yet. */
  readonly replica: (tenantId: string) => Promise<TenantActor>;
  /** Tenants this node holds replicas of. */
  readonly replicaIds: () => Iterable<string>;
  /** Told of every tenant in the log with its last seq, each heartbeat (replicas start or catch up). */
  readonly onTenantSeqs: (seqs: ReadonlyMap<string, number>) => Promise<void>;
  readonly report: (error: unknown, what: string) => void;
}

/** One acquisition under way; superseded (its outcome dropped) once no longer in `acquiring`. */
interface Attempt {
  readonly id: number;
  readonly promise: Promise<boolean>;
}

interface Held {
  readonly epoch: number;
  validUntil: number;
}

type PromotedHandler = (tenantId: string) => void | Promise<void>;
type NodesLostHandler = (nodeIds: readonly string[]) => void | Promise<void>;

/** This node's leases and the loop that acquires, renews, hands over and releases them. */
export class Ownership {
  private readonly held = new Map<string, Held>();
  private readonly acquiring = new Map<string, Attempt>();
  private attempts = 0;
  private readonly handingOver = new Map<string, Promise<void>>();
  private owners = new Map<string, LeaseRow>();
  private live: readonly string[] = [];
  private readonly promotedHandlers = new Set<PromotedHandler>();
  private readonly nodesLostHandlers = new Set<NodesLostHandler>();
  private tickTimer: NodeJS.Timeout | null = null;
  private guardTimer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private stopped = false;
  private closing = false;

  constructor(private readonly options: OwnershipOptions) {}

  /** Runs the first heartbeat tick, then one every `heartbeatMs`, and the local-deadline guard. */
  async start(): Promise<void> {
    await this.tick();
    this.tickTimer = setInterval(() => void this.tick(), this.options.heartbeatMs);
    this.tickTimer.unref();
    this.guardTimer = setInterval(
      () => {
        this.guard();
      },
      Math.max(10, Math.floor(this.options.leaseMs / 20)),
    );
    this.guardTimer.unref();
  }

  /** Stops the timers (no more heartbeats or renewals); held leases then expire unless handed over. */
  stop(): void {
    this.stopped = true;
    if (this.tickTimer !== null) clearInterval(this.tickTimer);
    if (this.guardTimer !== null) clearInterval(this.guardTimer);
    this.tickTimer = null;
    this.guardTimer = null;
  }

  /** Whether this node holds the tenant's lease (locally valid). */
  owns(tenantId: string): boolean {
    return this.held.has(tenantId);
  }

  ownedTenantIds(): string[] {
    return [...this.held.keys()];
  }

  /** The live owner as last seen (lease table or hints), or null. */
  ownerOf(tenantId: string): string | null {
    if (this.held.has(tenantId)) return this.options.nodeId;
    const row = this.owners.get(tenantId);
    return row?.live === true ? row.nodeId : null;
  }

  /** Live nodes as of the last heartbeat, sorted. */
  liveNodeIds(): string[] {
    return [...this.live];
  }

  /** The node that should own the tenant among the live nodes. */
  desired(tenantId: string): string | null {
    return desiredOwner(tenantId, this.live.length > 0 ? this.live : [this.options.nodeId]);
  }

  onPromoted(handler: PromotedHandler): () => void {
    this.promotedHandlers.add(handler);
    return () => this.promotedHandlers.delete(handler);
  }

  onNodesLost(handler: NodesLostHandler): () => void {
    this.nodesLostHandlers.add(handler);
    return () => this.nodesLostHandlers.delete(handler);
  }

  /** Re-reads one tenant's lease (a forwarder found no live owner in its cache). */
  async refresh(tenantId: string): Promise<string | null> {
    const row = await this.options.leases.lease(tenantId);
    if (row !== null) this.owners.set(tenantId, row);
    return this.ownerOf(tenantId);
  }

  /**
   * An ownership hint from another node: note it. A release this node should pick up — by the live
   * nodes re-read now, as the releasing node may be leaving — it acquires at once.
   */
  hint(change: OwnershipChange): void {
    if (change.nodeId === this.options.nodeId) return;
    const known = this.owners.get(change.tenantId);
    if (known !== undefined && known.epoch > change.epoch) return;
    this.owners.set(change.tenantId, {
      tenantId: change.tenantId,
      nodeId: change.nodeId,
      epoch: change.epoch,
      live: change.nodeId !== null,
      expiresInMs: change.nodeId === null ? 0 : this.options.leaseMs,
    });
    if (change.nodeId !== null || this.stopped || this.closing) return;
    this.options.leases
      .liveNodes()
      .then((live) => {
        this.setLive(live);
        if (this.desired(change.tenantId) === this.options.nodeId) return this.acquire(change.tenantId);
        return false;
      })
      .catch((error: unknown) => {
        this.options.report(error, `taking over released tenant ${change.tenantId}`);
      });
  }

  /**
   * Takes the tenant's lease if it is free or expired and promotes the replica: true when this node
   * owns the tenant afterwards.
   */
  acquire(tenantId: string): Promise<boolean> {
    if (this.held.has(tenantId)) return Promise.resolve(true);
    if (this.stopped || this.closing || this.handingOver.has(tenantId)) return Promise.resolve(false);
    const pending = this.acquiring.get(tenantId);
    if (pending !== undefined) return pending.promise;
    const id = ++this.attempts;
    // Bounded: an attempt that has not finished within two leases (a query or a catch-up that hangs)
    // is dropped, so the next tick tries again instead of waiting on it for ever.
    const promise = bounded(this.takeLease(tenantId, id), 2 * this.options.leaseMs, false).finally(() => {
      if (this.acquiring.get(tenantId)?.id === id) this.acquiring.delete(tenantId);
    });
    this.acquiring.set(tenantId, { id, promise });
    return promise;
  }

  /** Graceful handover of one tenant: demote (drain), release, announce. */
  handover(tenantId: string): Promise<void> {
    let pending = this.handingOver.get(tenantId);
    if (pending === undefined) {
      pending = this.giveUp(tenantId).finally(() => this.handingOver.delete(tenantId));
      this.handingOver.set(tenantId, pending);
    }
    return pending;
  }

  /**
   * Shutdown: leaves the live nodes first (so the others place this node's tenants elsewhere), then
   * hands over every tenant it holds; it acquires no more, and renews what it holds until released.
   */
  async handOverAll(): Promise<void> {
    this.closing = true;
    await this.options.leases.removeNode(this.options.nodeId).catch((error: unknown) => {
      this.options.report(error, 'leaving the cluster');
    });
    await Promise.all([...this.acquiring.values()].map((pending) => pending.promise.catch(() => false)));
    await Promise.all(this.ownedTenantIds().map((tenantId) => this.handover(tenantId)));
  }

  /** The replica stepped down by itself (lost fence, sequence conflict): the lease is no longer used. */
  steppedDown(tenantId: string): void {
    const held = this.held.get(tenantId);
    this.held.delete(tenantId);
    if (held !== undefined) {
      this.options.leases.release(tenantId, this.options.nodeId, held.epoch).catch((error: unknown) => {
        this.options.report(error, `releasing tenant ${tenantId} after stepping down`);
      });
    }
  }

  /** One heartbeat; never overlaps another, never rejects. */
  tick(): Promise<void> {
    this.ticking ??= this.beat()
      .catch((error: unknown) => {
        this.options.report(error, 'cluster heartbeat');
      })
      .finally(() => {
        this.ticking = null;
      });
    return this.ticking;
  }

  private async beat(): Promise<void> {
    if (this.stopped) return;
    const { leases, nodeId, leaseMs } = this.options;
    const sent = this.options.monotonic();
    if (!this.closing) await leases.heartbeat(nodeId, leaseMs, { heartbeatMs: this.options.heartbeatMs });
    const mine = [...this.held].map(([tenantId, held]) => ({ tenantId, epoch: held.epoch }));
    const renewed = await leases.renew(nodeId, mine, leaseMs);
    for (const { tenantId, epoch } of mine) {
      const held = this.held.get(tenantId);
      if (held === undefined || held.epoch !== epoch) continue;
      if (renewed.has(tenantId)) held.validUntil = this.usableUntil(sent);
      else this.lost(tenantId);
    }
    this.setLive(await leases.liveNodes());
    this.owners = new Map((await leases.leases()).map((row) => [row.tenantId, row]));
    await this.options.onTenantSeqs(await leases.tenantSeqs());
    if (this.isStopped()) return;
    for (const tenantId of this.options.replicaIds()) {
      const desired = this.desired(tenantId);
      if (this.held.has(tenantId)) {
        if (desired !== nodeId && desired !== null) void this.handover(tenantId);
      } else if (desired === nodeId && this.owners.get(tenantId)?.live !== true) {
        void this.acquire(tenantId);
      }
    }
  }

  /** Notes the live nodes, telling the handlers of those no longer live. */
  private setLive(live: readonly string[]): void {
    const gone = this.live.filter((id) => !live.includes(id));
    this.live = live;
    if (gone.length > 0) this.tell(this.nodesLostHandlers, gone, 'nodes lost handler');
  }

  /** Read through a method: `stop()` may have run during an `await`. */
  private isStopped(): boolean {
    return this.stopped;
  }

  private usableUntil(sent: number): number {
    return sent + this.options.leaseMs - Math.ceil(this.options.leaseMs / 10);
  }

  /** Demotes every tenant whose local deadline passed without a renew. */
  private guard(): void {
    const now = this.options.monotonic();
    for (const [tenantId, held] of this.held) if (held.validUntil <= now) this.lost(tenantId);
  }

  /** The lease is gone or unsafe to use: stop acting for the tenant at once. */
  private lost(tenantId: string): void {
    this.held.delete(tenantId);
    this.options
      .replica(tenantId)
      .then((actor) => actor.demote())
      .catch((error: unknown) => {
        this.options.report(error, `demoting tenant ${tenantId}`);
      });
  }

  /** Whether acquisition `id` is still the one under way (not dropped as too slow). */
  private current(tenantId: string, id: number): boolean {
    return this.acquiring.get(tenantId)?.id === id && !this.stopped && !this.closing;
  }

  /**
   * Takes the lease, then promotes within the lease's local deadline. Whatever goes wrong midway —
   * the lease lost (`lost` demotes, which cancels the promotion), the promotion too slow, the attempt
   * dropped — ends with the replica a follower and the lease released, so the next tick starts over.
   */
  private async takeLease(tenantId: string, id: number): Promise<boolean> {
    const { leases, nodeId, leaseMs, bus } = this.options;
    const actor = await this.options.replica(tenantId);
    if (!this.current(tenantId, id)) return false;
    const sent = this.options.monotonic();
    const epoch = await leases.acquire(tenantId, nodeId, leaseMs);
    if (epoch === null) return false;
    const giveBack = async (): Promise<false> => {
      if (this.held.get(tenantId)?.epoch === epoch) this.held.delete(tenantId);
      await actor.demote();
      await leases.release(tenantId, nodeId, epoch).catch(() => undefined);
      return false;
    };
    if (!this.current(tenantId, id) || this.held.has(tenantId)) return giveBack();
    const validUntil = this.usableUntil(sent);
    this.held.set(tenantId, { epoch, validUntil });
    let promoted: boolean;
    try {
      const left = Math.max(0, validUntil - this.options.monotonic());
      promoted = await bounded(actor.promote({ nodeId, epoch }), left, false);
    } catch (error) {
      await giveBack();
      throw error;
    }
    // Lost, handed over, dropped or too slow while catching up: the promotion must not outlive the lease.
    if (!promoted || this.held.get(tenantId)?.epoch !== epoch || !this.current(tenantId, id)) return giveBack();
    this.owners.set(tenantId, { tenantId, nodeId, epoch, live: true, expiresInMs: leaseMs });
    bus.publishOwnership({ tenantId, nodeId, epoch });
    this.tell(this.promotedHandlers, tenantId, 'promoted handler');
    return true;
  }

  private async giveUp(tenantId: string): Promise<void> {
    const { leases, nodeId, bus } = this.options;
    await this.acquiring.get(tenantId)?.promise.catch(() => false);
    const actor = await this.options.replica(tenantId);
    await actor.demote();
    const held = this.held.get(tenantId);
    this.held.delete(tenantId);
    if (held === undefined) return;
    await leases.release(tenantId, nodeId, held.epoch);
    this.owners.set(tenantId, { tenantId, nodeId: null, epoch: held.epoch, live: false, expiresInMs: 0 });
    bus.publishOwnership({ tenantId, nodeId: null, epoch: held.epoch });
  }

  private tell<T>(handlers: Set<(value: T) => void | Promise<void>>, value: T, what: string): void {
    for (const handler of handlers) {
      Promise.resolve()
        .then(() => handler(value))
        .catch((error: unknown) => {
          this.options.report(error, what);
        });
    }
  }
}

/** `promise`, or `fallback` if it has not settled within `ms` (the promise itself goes on). */
function bounded<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      resolve(fallback);
    }, ms);
    timer.unref();
  });
  return Promise.race([promise, late]).finally(() => {
    clearTimeout(timer);
  });
}
