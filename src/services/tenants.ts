/**
 * What the transports use of the tenants this process serves, whichever registry serves them: the
 * single-node `TenantRegistry` (tenant-registry.ts) or the cluster's `ClusterRegistry`
 * (src/cluster/cluster-registry.ts). Transports depend on this interface only.
 *
 * Contract
 * - `actor(id).view` is the tenant's current state on this node (on a cluster follower, a replica
 *   that applies the owner's events in seq order); read it synchronously, never across an `await`.
 * - `submit` resolves once the command's events are durable, with the same `CommandResult` on every
 *   node. It rejects with an error for which `isStoreFailure` holds when the store cannot be reached
 *   (STORE_UNAVAILABLE), or with `TenantUnavailableError` when no node owns the tenant within the
 *   forwarding wait (TENANT_UNAVAILABLE); both are retryable.
 * - Listeners hear each stored event of every tenant once, in seq order per tenant, whether this
 *   node wrote it or applied it from another.
 */
import type { Command } from '../domain/commands.js';
import type { TenantState } from '../domain/state.js';
import type { Clock } from '../engine/clock.js';
import type { CommandResult } from '../engine/tenant-actor.js';
import type { DurableStore } from '../store/durable-store.js';
import type { StoredEvent } from '../store/event-store.js';

export type TenantListener = (tenantId: string, events: readonly StoredEvent[]) => void;

/** One tenant as the transports see it (a `TenantActor` on a single node). */
export interface TenantHandle {
  readonly tenantId: string;
  /** Last sequence number this node holds. */
  readonly lastSeq: number;
  /** The state; do not mutate it or hold on to it across an `await`. */
  readonly view: TenantState;
  /** Whether new client commands should be refused with OVERLOADED. */
  readonly saturated: boolean;
  submit(command: Command): Promise<CommandResult>;
  /** Resolves when the commands and deadlines queued on this node have been processed. */
  idle(): Promise<void>;
}

/** The tenants of this process (see the file header). */
export interface Tenants {
  readonly store: DurableStore;
  readonly clock: Clock;
  tenantIds(): string[];
  /** The tenant, if it exists (or is being created) on this node. */
  actor(tenantId: string): TenantHandle | undefined;
  /** Starts serving a new (or existing) tenant id; its first command creates it in the log. */
  start(tenantId: string): Promise<TenantHandle>;
  subscribe(listener: TenantListener): () => void;
  /** Stops serving: lets queued commands finish (a cluster node first hands its tenants over). */
  close(): Promise<void>;
}

/**
 * No node took ownership of the tenant within the forwarding wait (it is moving between nodes, or
 * its command may have been handled by an owner that then failed to answer): retry, with the same
 * idempotency key.
 */
export class TenantUnavailableError extends Error {
  constructor(
    readonly tenantId: string,
    reason: string,
  ) {
    super(`tenant ${tenantId} is unavailable: ${reason}`);
    this.name = 'TenantUnavailableError';
  }
}
