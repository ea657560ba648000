/**
 * Several cluster nodes in one process on the real PostgreSQL (a fresh schema), each suite over the
 * in-process bus and over the real Redis bus (a channel prefix of its own): ownership spreads over the nodes, any node runs any tenant's commands (forwarded to the
 * owner) and every replica converges; a node that stops renewing loses its tenants to the others
 * when its leases expire by the database's clock; a graceful handover moves a busy tenant without
 * losing an acknowledged command.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import type { StoredEvent } from '../../src/store/event-store.js';
import { T0 } from '../support/harness.js';
import type { ClusterBus } from '../../src/cluster/cluster-bus.js';
import { createRedisBus } from '../../src/cluster/redis-bus.js';
import { InProcessHub } from '../support/in-process-bus.js';
import { testRedisUrl, uniqueRedisPrefix } from '../support/redis.js';
import { accepted, createTenant, open, startNode, type TestNode } from '../support/cluster-nodes.js';
import { ensureTestDatabase, onTestDatabase, uniqueSchema } from '../support/postgres.js';

const schemas: string[] = [];
let nodes: TestNode[] = [];

beforeAll(ensureTestDatabase);
afterEach(async () => {
  await Promise.all(nodes.map((node) => node.stop()));
  nodes = [];
});
afterAll(async () => {
  for (const schema of schemas) await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

type BusKind = 'in-process' | 'redis';
let busKind: BusKind = 'in-process';

/** A bus factory for one cluster: nodes on one hub, or on Redis under one prefix. */
function busesFor(kind: BusKind): (nodeId: string) => Promise<ClusterBus> {
  if (kind === 'in-process') {
    const hub = new InProcessHub();
    return (nodeId) => Promise.resolve(hub.join(nodeId));
  }
  const prefix = uniqueRedisPrefix('registry');
  return async (nodeId) => {
    const bus = createRedisBus({ url: testRedisUrl, nodeId, prefix });
    await expect.poll(() => bus.connected).toBe(true);
    return bus;
  };
}

async function cluster(ids: readonly string[]): Promise<{ schema: string; clock: SimulatedClock }> {
  const schema = uniqueSchema('cluster');
  schemas.push(schema);
  const busFor = busesFor(busKind);
  const clock = new SimulatedClock(T0);
  for (const nodeId of ids) nodes.push(await startNode({ nodeId, schema, bus: await busFor(nodeId), clock }));
  await Promise.all(nodes.map((node) => node.registry.heartbeat()));
  return { schema, clock };
}

const node = (nodeId: string): TestNode => {
  const found = nodes.find((candidate) => candidate.nodeId === nodeId);
  if (found === undefined) throw new Error(`no node ${nodeId}`);
  return found;
};

const seqsOf = (events: readonly StoredEvent[]): number[] => events.map((stored) => stored.seq);

async function storedSeqs(schema: string, tenantId: string): Promise<number[]> {
  const rows = await onTestDatabase<{ seq: number }>(
    'SELECT seq::int AS seq FROM events WHERE tenant_id = $1 ORDER BY seq',
    [tenantId],
    schema,
  );
  return rows.map((row) => row.seq);
}

/** Tenant id → node id owning it, as the nodes themselves say. */
function owners(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { nodeId, registry } of nodes) {
    for (const tenantId of registry.ownedTenantIds()) found.set(tenantId, [...(found.get(tenantId) ?? []), nodeId]);
  }
  return found;
}

describe.each(['in-process', 'redis'] as const)('cluster registry (real PostgreSQL, %s bus)', (kind) => {
  beforeAll(() => {
    busKind = kind;
  });

  it('spreads tenants over the nodes, runs commands from any node and keeps every replica equal', async () => {
    const { schema } = await cluster(['n1', 'n2', 'n3']);
    const tenants = Array.from({ length: 12 }, (_, index) => `t${index}`);
    for (const [index, tenantId] of tenants.entries()) await createTenant(nodes[index % 3]!, tenantId);

    // Every tenant has exactly one owner, and every node owns some.
    await expect.poll(() => [...owners().values()].every((ids) => ids.length === 1) && owners().size).toBe(12);
    for (const { registry } of nodes) expect(registry.ownedTenantIds().length).toBeGreaterThan(0);
    // They agree on who owns what.
    for (const tenantId of tenants) {
      const owner = owners().get(tenantId)![0]!;
      for (const { registry } of nodes) await expect.poll(() => registry.ownerOf(tenantId)).toBe(owner);
    }

    // A command through each node, for each tenant: acknowledged with consecutive seqs.
    for (const tenantId of tenants) {
      for (const { registry, nodeId } of nodes) {
        const handle = registry.actor(tenantId)!;
        const events = await accepted(handle, open(`${nodeId}-c`));
        // Read-your-writes on the node that took the command.
        expect(handle.view.conversations.has(`${nodeId}-c`)).toBe(true);
        expect(handle.lastSeq).toBeGreaterThanOrEqual(events.at(-1)!.seq);
      }
    }
    for (const tenantId of tenants) {
      const stored = await storedSeqs(schema, tenantId);
      expect(stored).toEqual(stored.map((_, index) => index + 1));
      for (const { registry, heard } of nodes) {
        await expect.poll(() => registry.actor(tenantId)!.lastSeq).toBe(stored.length);
        // Each node's listeners heard every event applied since its replica started, once, in order (a
        // replica started from the store after the tenant's first events does not announce those).
        const seqs = seqsOf(heard.get(tenantId) ?? []);
        expect(seqs.length).toBeGreaterThan(stored.length / 2);
        expect(seqs).toEqual(stored.slice(stored.length - seqs.length));
      }
      const views = nodes.map(({ registry }) => registry.actor(tenantId)!.view);
      for (const view of views.slice(1)) expect(view).toEqual(views[0]);
    }
    for (const { errors } of nodes) expect(errors).toEqual([]);
  });

  it('fails a dead node’s tenants over once their leases expire by the database clock', async () => {
    const { schema } = await cluster(['n1', 'n2', 'n3']);
    const tenants = Array.from({ length: 9 }, (_, index) => `f${index}`);
    for (const tenantId of tenants) await createTenant(node('n1'), tenantId);
    await expect.poll(() => owners().size).toBe(9);
    const victim = [...owners().entries()].find(([, ids]) => ids.length === 1)![1][0]!;
    const lost = [...owners().entries()].filter(([, ids]) => ids[0] === victim).map(([tenantId]) => tenantId);
    expect(lost.length).toBeGreaterThan(0);

    await node(victim).crash();
    nodes = nodes.filter((candidate) => candidate.nodeId !== victim);
    const survivor = nodes[0]!;
    // A command for a lost tenant waits for the new owner, then is acknowledged.
    for (const tenantId of lost) {
      const events = await accepted(survivor.registry.actor(tenantId)!, open(`after-${tenantId}`));
      expect(events.length).toBeGreaterThan(0);
    }
    await expect.poll(() => [...owners().keys()].sort(), { timeout: 10_000 }).toEqual([...tenants].sort());
    for (const ids of owners().values()) expect(ids).toHaveLength(1);
    for (const tenantId of lost) {
      const stored = await storedSeqs(schema, tenantId);
      expect(stored).toEqual(stored.map((_, index) => index + 1));
    }
    const epochs = await onTestDatabase<{ epoch: number }>(
      'SELECT epoch::int AS epoch FROM tenant_leases WHERE tenant_id = ANY($1)',
      [lost],
      schema,
    );
    for (const { epoch } of epochs) expect(epoch).toBeGreaterThanOrEqual(2);
  });

  it('hands a busy tenant over when a node leaves gracefully, losing no acknowledged command', async () => {
    const { schema } = await cluster(['n1', 'n2']);
    const tenants = Array.from({ length: 6 }, (_, index) => `h${index}`);
    for (const tenantId of tenants) await createTenant(node('n2'), tenantId);
    await expect.poll(() => owners().size).toBe(6);
    const leaving = node('n1').registry.ownedTenantIds().length > 0 ? node('n1') : node('n2');
    const staying = leaving === node('n1') ? node('n2') : node('n1');
    const busy = leaving.registry.ownedTenantIds()[0]!;

    // Commands through both nodes while the owner leaves.
    const acknowledged: string[] = [];
    const failures: unknown[] = [];
    let sent = 0;
    const load = async (through: TestNode, prefix: string, stopAt: () => boolean): Promise<void> => {
      while (!stopAt()) {
        const id = `${prefix}-${(sent += 1)}`;
        try {
          await accepted(through.registry.actor(busy)!, open(id));
          acknowledged.push(id);
        } catch (error) {
          failures.push(error);
        }
      }
    };
    let leftAt: number | null = null;
    const stopAt = (): boolean => leftAt !== null && acknowledged.length >= leftAt + 20;
    const loads = [load(staying, 's', stopAt), load(staying, 's2', stopAt)];
    await expect.poll(() => acknowledged.length).toBeGreaterThan(20);
    const stopping = leaving.stop();
    nodes = nodes.filter((candidate) => candidate !== leaving);
    await stopping;
    leftAt = acknowledged.length;
    await Promise.all(loads);

    expect(failures.map(String)).toEqual([]);
    await expect.poll(() => staying.registry.ownedTenantIds().sort()).toEqual([...tenants].sort());
    const conversations = await onTestDatabase<{ id: string }>(
      `SELECT data::jsonb->>'conversationId' AS id FROM events WHERE tenant_id = $1 AND type = 'ConversationOpened'`,
      [busy],
      schema,
    );
    const storedIds = new Set(conversations.map((row) => row.id));
    for (const id of acknowledged) expect(storedIds.has(id)).toBe(true);
    const stored = await storedSeqs(schema, busy);
    expect(stored).toEqual(stored.map((_, index) => index + 1));
    expect(staying.registry.actor(busy)!.view.conversations.size).toBe(storedIds.size);
  });
});
