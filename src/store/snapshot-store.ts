/**
 * The snapshot port: where a tenant's state is kept between restarts so start-up replays only the
 * events after it (DESIGN.md §2: "snapshots make restart fast").
 *
 * Contract
 * - `saveSnapshot({ tenantId, seq, … })` stores the tenant state after events 1 … seq. It rejects,
 *   storing nothing, when `seq` is beyond the tenant's last stored event: a snapshot never runs ahead
 *   of the log. It resolves once the snapshot is durable. Saving again at the same seq replaces it.
 * - `latestSnapshot(tenantId)` returns the stored snapshot with the highest seq, or null.
 * - A snapshot is a cache, never the truth: the log is. Adapters may prune all but the latest few, and
 *   a caller may ignore any snapshot (another format, unreadable) and replay the log instead.
 *
 * Outside the contract: when snapshots are taken (the engine's policy), how they are encoded on disk.
 */
import type { TenantSnapshot } from '../domain/snapshot.js';

export interface StoredSnapshot {
  readonly tenantId: string;
  /** The last event the snapshot includes. */
  readonly seq: number;
  /** Epoch ms, from the engine's clock. */
  readonly takenAt: number;
  readonly data: TenantSnapshot;
}

export interface SnapshotStore {
  saveSnapshot(snapshot: StoredSnapshot): Promise<void>;
  latestSnapshot(tenantId: string): Promise<StoredSnapshot | null>;
}

/** `saveSnapshot` was given a seq the log does not have (yet). */
export class SnapshotAheadOfLogError extends Error {
  constructor(
    readonly tenantId: string,
    readonly seq: number,
    readonly lastSeq: number,
  ) {
    super(`tenant ${tenantId}: snapshot at seq ${seq} but the log ends at ${lastSeq}`);
    this.name = 'SnapshotAheadOfLogError';
  }
}
