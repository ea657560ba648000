/**
 * How a tenant actor refuses a command for reasons outside the domain, so the transports can answer
 * with the right catalogue code (src/transport/http/error-catalogue.ts) without knowing the store.
 */

/**
 * The actor is not (or no longer) the tenant's owner: it is a follower, is handing the tenant over,
 * or lost its lease (fence) or a sequence race. Nothing of the command was stored, so it may be sent
 * to the current owner.
 */
export class NotOwnerError extends Error {
  constructor(readonly tenantId: string) {
    super(`this node does not own tenant ${tenantId} now`);
    this.name = 'NotOwnerError';
  }
}

const storeFailures = new WeakSet<object>();

/**
 * Records that `error` is the store's refusal of an append (unreachable, down, failing): the command
 * was not stored and may be retried once the store is back. The error itself is rejected unchanged.
 */
export function markStoreFailure(error: unknown): void {
  if (typeof error === 'object' && error !== null) storeFailures.add(error);
}

/** Whether an actor's rejection came from the store failing an append (`STORE_UNAVAILABLE`). */
export const isStoreFailure = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && storeFailures.has(error);
