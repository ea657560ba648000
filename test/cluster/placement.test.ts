/**
 * Rendezvous placement: the same answer on every node whatever the order of the node list, tenants
 * spread over the nodes, and a node joining or leaving moves only the tenants it wins or held.
 */
import { describe, expect, it } from 'vitest';
import { desiredOwner } from '../../src/cluster/placement.js';

const tenants = Array.from({ length: 3000 }, (_, index) => `tenant-${index}`);
const place = (nodes: readonly string[]): Map<string, string | null> =>
  new Map(tenants.map((tenantId) => [tenantId, desiredOwner(tenantId, nodes)]));

describe('rendezvous placement', () => {
  it('has no owner without nodes and ignores the order of the node list', () => {
    expect(desiredOwner('t', [])).toBeNull();
    const nodes = ['n1', 'n2', 'n3', 'n4'];
    for (const tenantId of tenants.slice(0, 200)) {
      expect(desiredOwner(tenantId, [...nodes].reverse())).toBe(desiredOwner(tenantId, nodes));
    }
  });

  it('spreads tenants evenly over the nodes', () => {
    const counts = new Map<string, number>();
    for (const owner of place(['n1', 'n2', 'n3']).values()) counts.set(owner!, (counts.get(owner!) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['n1', 'n2', 'n3']);
    // 1000 expected each; a binomial spread stays well within ±15 %.
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('moves only the joining node’s tenants when one joins, and only the leaving one’s when one leaves', () => {
    const three = place(['n1', 'n2', 'n3']);
    const four = place(['n1', 'n2', 'n3', 'n4']);
    for (const [tenantId, owner] of four) if (owner !== 'n4') expect(owner).toBe(three.get(tenantId));
    const moved = [...four.values()].filter((owner) => owner === 'n4').length;
    expect(moved).toBeGreaterThan(600);
    expect(moved).toBeLessThan(900);

    const two = place(['n1', 'n3']);
    for (const [tenantId, owner] of three) if (owner !== 'n2') expect(two.get(tenantId)).toBe(owner);
  });
});
