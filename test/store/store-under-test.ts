/**
 * What the store contract suites (event-store.contract.ts, read-model.contract.ts) need from each
 * adapter's test file, and the helpers they share.
 */
import type { DomainEvent } from '../../src/domain/events.js';
import type { DurableStore } from '../../src/store/durable-store.js';
import { T0 } from '../support/harness.js';

/** One adapter on one real database. */
export interface StoreUnderTest {
  /** A new store (connection) on the same database; two open at once are two writers. */
  open(): Promise<DurableStore>;
  /** Inserts an event row with plain SQL, past the adapter: only the database's key can refuse it. */
  insertRaw(tenantId: string, seq: number): Promise<void>;
  /** Migration versions recorded in the database. */
  schemaVersions(): Promise<number[]>;
  /** Removes the database (or schema) the suite used. */
  destroy(): Promise<void>;
}

export const tick = (at: number, key = 'k'): DomainEvent => ({ type: 'TimerDropped', at, key });
export const ticks = (count: number, from = T0): DomainEvent[] =>
  Array.from({ length: count }, (_, i) => tick(from + i));

/** Appends a log in chunks, as an actor would, one batch per append. */
export async function appendAll(
  store: DurableStore,
  tenantId: string,
  log: readonly DomainEvent[],
  chunk = 7,
): Promise<void> {
  for (let from = 0; from < log.length; from += chunk) {
    await store.append(tenantId, from, log.slice(from, from + chunk));
  }
}
