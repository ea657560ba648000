/**
 * Rebuilds a tenant's state at start-up (and after a failed append): the latest snapshot, if there is
 * a usable one, plus the events after it; otherwise the whole log. A snapshot that cannot be used —
 * another format, unreadable, or ahead of the log — is skipped, never trusted: the log is the truth.
 */
import { evolve } from '../domain/evolve.js';
import { fromSnapshot } from '../domain/snapshot.js';
import { createState, type TenantState } from '../domain/state.js';
import type { EventStore, StoredEvent } from '../store/event-store.js';
import type { SnapshotStore } from '../store/snapshot-store.js';

/**
 * Events read per page while replaying, unless told otherwise. Small enough that a page (its rows'
 * JSON text and the events parsed from it) dies in the young generation before the next page is
 * read: with 10,000 events a page outlived one or two scavenges and was copied, then promoted, and
 * garbage collection was a fifth of a full replay's CPU (7 % with 1,000; docs/performance.md).
 */
export const REPLAY_PAGE_SIZE = 1_000;

/** Where a tenant's state is loaded from. */
export interface LoadOptions {
  readonly tenantId: string;
  readonly store: EventStore;
  readonly snapshots?: SnapshotStore;
  /** Events read per page while replaying. */
  readonly pageSize?: number;
  /** Stop at this seq (a state as it was, e.g. before a refused batch); default the end of the log. */
  readonly upTo?: number;
}

/** A loaded state, the seq it is at, and the snapshot it started from. */
export interface LoadedState {
  readonly state: TenantState;
  /** The last event folded into the state. */
  readonly seq: number;
  /** The seq of the snapshot started from, or null when the whole log was replayed. */
  readonly snapshotSeq: number | null;
}

async function fromLatestSnapshot(options: LoadOptions): Promise<{ state: TenantState; seq: number } | null> {
  if (options.snapshots === undefined) return null;
  try {
    const snapshot = await options.snapshots.latestSnapshot(options.tenantId);
    if (snapshot === null) return null;
    if (snapshot.seq > (await options.store.lastSeq(options.tenantId))) return null;
    if (options.upTo !== undefined && snapshot.seq > options.upTo) return null;
    return { state: fromSnapshot(snapshot.data), seq: snapshot.seq };
  } catch {
    return null;
  }
}

/** Loads a tenant: latest usable snapshot plus the events after it, else the whole log. */
export async function loadState(options: LoadOptions): Promise<LoadedState> {
  const start = await fromLatestSnapshot(options);
  const state = start?.state ?? createState();
  const pageSize = options.pageSize ?? REPLAY_PAGE_SIZE;
  let seq = start?.seq ?? 0;
  const upTo = options.upTo ?? Number.POSITIVE_INFINITY;
  while (seq < upTo) {
    const want = Math.min(pageSize, upTo - seq);
    const page = await options.store.read(options.tenantId, seq, want);
    // `evolve` straight from the page: no array of its events alongside it.
    for (let index = 0; index < page.length; index += 1) evolve(state, (page[index] as StoredEvent).event);
    seq += page.length;
    if (page.length < want) break;
  }
  return { state, seq, snapshotSeq: start?.seq ?? null };
}
