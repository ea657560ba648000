/**
 * What the offline commands share: open the configured store (migrating it), run, close it even on
 * failure; and start one tenant's actor on it, on the system clock, to submit commands through the
 * same decide → append path the server uses.
 */
import { TenantActor } from '../engine/tenant-actor.js';
import { systemClock } from '../runtime/system-clock.js';
import { createStore, type StoreConfig } from '../store/create-store.js';
import type { DurableStore } from '../store/durable-store.js';

/** Opens the store, runs `work` with it, and closes it. */
export async function withStore<T>(storage: StoreConfig, work: (store: DurableStore) => Promise<T>): Promise<T> {
  const store = await createStore(storage);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Runs `work` with the tenant's actor (rebuilt from its log), then lets the actor finish. */
export async function withTenant<T>(
  store: DurableStore,
  tenantId: string,
  work: (actor: TenantActor) => Promise<T>,
): Promise<T> {
  const actor = await TenantActor.start({ tenantId, store, snapshots: store, ...systemClock });
  try {
    return await work(actor);
  } finally {
    await actor.close();
  }
}

/** The storage as log fields: never the PostgreSQL URL, which may hold a password. */
export const describeStorage = (storage: StoreConfig): Record<string, string> =>
  storage.kind === 'sqlite' ? { kind: 'sqlite', dataDir: storage.dataDir } : { kind: 'postgres' };
