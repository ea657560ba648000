/**
 * The store port: what the engine may assume of durable storage (STYLE.md 4).
 *
 * Contract
 * - Each tenant has its own log. Sequence numbers start at 1 and are gap-free: the n-th event ever
 *   appended for a tenant has `seq` n.
 * - `append(tenant, expectedSeq, events)` is atomic: either every event is stored, with seq
 *   `expectedSeq + 1 … expectedSeq + events.length`, or none is. It resolves only once the events
 *   are durable — a caller may acknowledge its command when it resolves, never before.
 * - If the tenant's last stored seq is not `expectedSeq`, `append` rejects with
 *   `SequenceConflictError` and stores nothing. `(tenant, seq)` is unique, so a stale writer (an
 *   old owner of the tenant in cluster mode) is fenced off rather than interleaved.
 * - `append(…, fence)` (cluster mode): the adapter checks, in the same transaction as the insert and
 *   before it, that `fence.nodeId` still holds the tenant's lease with `fence.epoch` and that the lease
 *   has not expired by the database's clock; otherwise it rejects with `FenceLostError` and stores
 *   nothing. A concurrent takeover of the lease waits for an append that passed the check to commit,
 *   so the new owner's catch-up sees it. Single-node adapters (SQLite, memory) accept and ignore the
 *   fence: there is one writer per tenant by construction.
 * - `read(tenant, afterSeq, limit)` returns stored events with seq > afterSeq in seq order, at most
 *   `limit` of them; reading never sees a partial append.
 * - Events are stored and returned as the plain JSON-compatible objects the domain defines.
 *
 * Outside the contract: connections, transactions, batching of appends into one commit (an
 * adapter may group concurrent appends — each still resolves only when its own events are
 * durable), snapshots and read models (their own ports).
 */
import type { DomainEvent } from '../domain/events.js';

export interface StoredEvent {
  readonly tenantId: string;
  readonly seq: number;
  readonly event: DomainEvent;
}

/**
 * The fencing token of a tenant's owner in cluster mode: the node and the epoch of the lease it
 * acquired (src/cluster/lease-store.ts). A newer acquisition always has a higher epoch.
 */
export interface Fence {
  readonly nodeId: string;
  readonly epoch: number;
}

export interface EventStore {
  append(tenantId: string, expectedSeq: number, events: readonly DomainEvent[], fence?: Fence): Promise<StoredEvent[]>;
  read(tenantId: string, afterSeq: number, limit: number): Promise<StoredEvent[]>;
  lastSeq(tenantId: string): Promise<number>;
  close(): Promise<void>;
}

export class SequenceConflictError extends Error {
  constructor(
    readonly tenantId: string,
    readonly expectedSeq: number,
    readonly actualSeq: number,
  ) {
    super(`tenant ${tenantId}: expected last seq ${expectedSeq}, found ${actualSeq}`);
    this.name = 'SequenceConflictError';
  }
}

/**
 * An append carrying a fence found the lease gone: another node acquired it, it was released, or it
 * expired by the database's clock. Nothing was stored; the writer must stop acting as the owner.
 */
export class FenceLostError extends Error {
  constructor(
    readonly tenantId: string,
    readonly fence: Fence,
  ) {
    super(`tenant ${tenantId}: node ${fence.nodeId} no longer holds the lease of epoch ${fence.epoch}`);
    this.name = 'FenceLostError';
  }
}
