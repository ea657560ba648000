/**
 * In-memory adapter of the snapshot port, for tests and the simulator: keeps the latest snapshots of
 * each tenant (deep copies, as a database would), and refuses one ahead of the given event store's log.
 */
import type { EventStore } from '../event-store.js';
import { SnapshotAheadOfLogError, type SnapshotStore, type StoredSnapshot } from '../snapshot-store.js';

/** A snapshot store in memory beside `log`; `saved()` counts the snapshots written (for tests). */
export function createMemorySnapshotStore(log: EventStore, keep = 2): SnapshotStore & { readonly saved: () => number } {
  const snapshots = new Map<string, StoredSnapshot[]>();
  let saved = 0;
  return {
    saved: () => saved,
    async saveSnapshot(snapshot) {
      const last = await log.lastSeq(snapshot.tenantId);
      if (snapshot.seq > last) throw new SnapshotAheadOfLogError(snapshot.tenantId, snapshot.seq, last);
      const kept = (snapshots.get(snapshot.tenantId) ?? []).filter((stored) => stored.seq !== snapshot.seq);
      kept.push(structuredClone(snapshot));
      kept.sort((a, b) => a.seq - b.seq);
      snapshots.set(snapshot.tenantId, kept.slice(-keep));
      saved += 1;
    },
    latestSnapshot(tenantId) {
      const latest = snapshots.get(tenantId)?.at(-1);
      return Promise.resolve(latest === undefined ? null : structuredClone(latest));
    },
  };
}
