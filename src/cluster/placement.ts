/**
 * Where each tenant lives: rendezvous (highest-random-weight) hashing. Every node computes the same
 * answer from the same list of live nodes, with no coordination, and when a node joins or leaves
 * only the tenants that node wins or held move — about 1/n of them.
 */
import { createHash } from 'node:crypto';

/** The weight of a node for a tenant: the first 48 bits of SHA-256 over both ids. */
export function rendezvousWeight(nodeId: string, tenantId: string): number {
  const digest = createHash('sha256').update(nodeId).update('\u0000').update(tenantId).digest();
  return digest.readUIntBE(0, 6);
}

/**
 * The node that should own `tenantId` among `nodeIds` (the live ones), or null when there is none.
 * Ties (practically impossible) go to the smaller node id, so the answer never depends on order.
 */
export function desiredOwner(tenantId: string, nodeIds: Iterable<string>): string | null {
  let best: string | null = null;
  let bestWeight = -1;
  for (const nodeId of nodeIds) {
    const weight = rendezvousWeight(nodeId, tenantId);
    if (weight > bestWeight || (weight === bestWeight && best !== null && nodeId < best)) {
      best = nodeId;
      bestWeight = weight;
    }
  }
  return best;
}
