/**
 * Presence counted over every node (src/cluster/cluster-presence.ts), with three cluster nodes in
 * this process on the real PostgreSQL (a schema of its own) and the real Redis (a prefix of its
 * own): an agent connected only to another node is online for the owner; a connection on one node
 * keeps an agent online while another node drops theirs; when a node dies, the owner takes its
 * connections away (the grace period starts then); when the owner dies, the new owner makes the log
 * agree with the connections that are left.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisBus } from '../../src/cluster/redis-bus.js';
import { clusterPresenceFor, type ClusterPresence } from '../../src/cluster/cluster-presence.js';
import type { AgentProfile } from '../../src/domain/agent.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { T0 } from '../support/harness.js';
import { accepted, createTenant, startNode, type TestNode } from '../support/cluster-nodes.js';
import { ensureTestDatabase, onTestDatabase, uniqueSchema } from '../support/postgres.js';
import { testRedisUrl, uniqueRedisPrefix } from '../support/redis.js';

const schema = uniqueSchema('cluster_presence');
const prefix = uniqueRedisPrefix('presence');
const nodes: TestNode[] = [];
const presences = new Map<string, ClusterPresence>();
const errors: unknown[] = [];

async function startCluster(): Promise<void> {
  await ensureTestDatabase();
  const clock = new SimulatedClock(T0);
  for (const nodeId of ['p1', 'p2', 'p3']) {
    const bus = createRedisBus({ url: testRedisUrl, nodeId, prefix });
    await expect.poll(() => bus.connected).toBe(true);
    const node = await startNode({ nodeId, schema, bus, clock });
    nodes.push(node);
    const presence = clusterPresenceFor(node.registry, (error) => errors.push(error));
    if (presence === null) throw new Error('a cluster registry on PostgreSQL gets the cluster presence');
    presences.set(nodeId, presence);
  }
  await Promise.all(nodes.map((node) => node.registry.heartbeat()));
}

afterAll(async () => {
  for (const presence of presences.values()) presence.close();
  await Promise.all(nodes.map((node) => node.stop()));
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

const agent = (id: string): AgentProfile => ({
  id,
  name: id,
  role: 'agent',
  level: 1,
  departmentId: null,
  memberships: [{ groupId: 'g', ability: 5, tier: 'primary' }],
  languages: ['en-US'],
  maxConcurrent: 3,
});

const ownerOf = (tenantId: string): TestNode => {
  const owners = nodes.filter((node) => node.registry.owns(tenantId));
  if (owners.length !== 1) throw new Error(`${owners.length} owners of ${tenantId}`);
  return owners[0]!;
};

const online = (node: TestNode, agentId: string): boolean | undefined =>
  node.registry.actor('t1')?.view.agents.get(agentId)?.online;

const presenceOf = (node: TestNode): ClusterPresence => presences.get(node.nodeId)!;

describe('presence across nodes', () => {
  it('counts connections wherever they are; a dead node’s and a dead owner’s are taken away', async () => {
    await startCluster();
    const handle = await createTenant(nodes[0]!, 't1');
    for (const id of ['b', 'c']) await accepted(handle, { type: 'SaveAgent', agent: agent(id) });
    await expect.poll(() => nodes.every((node) => node.registry.actor('t1')?.view.agents.has('c'))).toBe(true);
    const owner = ownerOf('t1');
    const [first, second] = nodes.filter((node) => node !== owner) as [TestNode, TestNode];

    // `b` on the first follower only: online for the owner, and on that follower once connected resolves.
    await presenceOf(first).connected('t1', 'b');
    expect(online(owner, 'b')).toBe(true);
    expect(online(first, 'b')).toBe(true);
    // `c` on both followers; one drops: still online.
    await presenceOf(first).connected('t1', 'c');
    await presenceOf(second).connected('t1', 'c');
    presenceOf(first).disconnected('t1', 'c');
    await presenceOf(first).settled();
    expect(online(owner, 'c')).toBe(true);
    // `b` connects on the owner too, then leaves it: still online (the first follower holds one).
    await presenceOf(owner).connected('t1', 'b');
    presenceOf(owner).disconnected('t1', 'b');
    await presenceOf(owner).settled();
    expect(online(owner, 'b')).toBe(true);

    // The first follower dies: its heartbeat expires, the owner takes `b` away (the grace starts now).
    presenceOf(first).close();
    await first.crash();
    await expect.poll(() => online(owner, 'b'), { timeout: 20_000 }).toBe(false);
    // Told to listeners (the sockets' fan-out) once: one AgentDisconnected for `b`.
    const disconnects = () =>
      (owner.heard.get('t1') ?? []).filter(({ event }) => event.type === 'AgentDisconnected' && event.agentId === 'b')
        .length;
    await expect.poll(disconnects).toBe(1);
    expect(online(owner, 'c')).toBe(true);
    // `a` is online in the log (the tenant's set-up connected them) with no connection anywhere; the
    // owner dies, the second follower takes over and makes the log agree: `a` off, `c` (here) on.
    expect(online(owner, 'a')).toBe(true);
    presenceOf(owner).close();
    await owner.crash();
    await expect.poll(() => second.registry.owns('t1'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => online(second, 'a'), { timeout: 20_000 }).toBe(false);
    expect(online(second, 'c')).toBe(true);
    const rows = await onTestDatabase<{ agent_id: string; node_id: string }>(
      "SELECT agent_id, node_id FROM cluster_connections WHERE tenant_id = 't1' ORDER BY agent_id",
      [],
      schema,
    );
    expect(rows).toEqual([{ agent_id: 'c', node_id: second.nodeId }]);
    expect(errors).toEqual([]);
  });
});
