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

export interface EventStore {
  append(tenantId: string, expectedSeq: number, events: readonly DomainEvent[]): Promise<StoredEvent[]>;
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
