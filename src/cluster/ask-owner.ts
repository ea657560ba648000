/**
 * Sends a request to a tenant's owner (docs/cluster.md, "Forwarding"): the owner as this node last saw
 * it (lease table, ownership hints), re-read from the lease table when unknown or when a node answers
 * `not-owner`. With no live owner, the node that should own the tenant is asked (it acquires on
 * demand) — this node itself included, without the bus. Retries while nothing can have been handled
 * (not-owner, no owner, bus down or no such node) until `forwardWaitMs`; a request that timed out
 * after delivery may have been handled, so it is not resent: both end in `TenantUnavailableError`
 * (503 TENANT_UNAVAILABLE; clients retry with their idempotency keys).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { TenantUnavailableError } from '../services/tenants.js';
import { BusUnavailableError, type ClusterBus } from './cluster-bus.js';
import type { Ownership } from './ownership.js';
import { isNotOwner, notOwner, type ClusterRequestBody, type RequestRouter } from './request-router.js';

/** What forwarding needs. */
export interface AskOwnerContext {
  readonly nodeId: string;
  readonly bus: ClusterBus;
  readonly ownership: Ownership;
  readonly router: RequestRouter;
  readonly forwardWaitMs: number;
  readonly monotonic: () => number;
}

/** A bus failure after which the request may have reached its handler. */
const mayHaveBeenHandled = (error: unknown): boolean =>
  !(error instanceof BusUnavailableError) || error.mayHaveBeenHandled;

/** Asks the owner of `tenantId` (see the file header); resolves with its answer, never `not-owner`. */
export async function askOwner(context: AskOwnerContext, tenantId: string, body: ClusterRequestBody): Promise<unknown> {
  const { nodeId, ownership, forwardWaitMs, monotonic } = context;
  const deadline = monotonic() + forwardWaitMs;
  let pause = 10;
  let fresh = false;
  for (;;) {
    let owner = fresh ? null : ownership.ownerOf(tenantId);
    if (owner === null) owner = await ownership.refresh(tenantId).catch(() => null);
    owner ??= ownership.desired(tenantId);
    const remaining = deadline - monotonic();
    if (owner !== null && remaining > 0) {
      const answer = await send(context, owner, body, remaining);
      if (!isNotOwner(answer)) return answer;
    }
    fresh = true;
    if (monotonic() + pause >= deadline) break;
    await sleep(pause);
    pause = Math.min(pause * 2, 200);
  }
  throw new TenantUnavailableError(tenantId, `no node took it within ${forwardWaitMs} ms`);

  async function send(context: AskOwnerContext, owner: string, request: ClusterRequestBody, timeoutMs: number) {
    if (owner === nodeId) return context.router.handle(request, nodeId);
    try {
      return await context.bus.request(owner, request, timeoutMs);
    } catch (error) {
      if (mayHaveBeenHandled(error)) {
        throw new TenantUnavailableError(tenantId, error instanceof Error ? error.message : String(error));
      }
      return notOwner;
    }
  }
}
