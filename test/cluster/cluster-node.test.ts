/**
 * Two cluster nodes started as `switchboard start` starts them (startServer, in this process), on
 * the real PostgreSQL (a schema of this file's own) and the real Redis (a prefix of its own): they
 * start at once on an empty database and only one seeds the demo tenant; `/readyz` and the metrics
 * say cluster, node id, PostgreSQL and Redis up, and the tenants owned; an agent connected to the
 * node that does not own the tenant is online for the owner, and offline when they leave; closing
 * the owner (what SIGTERM does) hands the tenant to the other node.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterOptions } from '../../src/cli/start-cluster.js';
import { startServer, type RunningServer } from '../../src/cli/start-server.js';
import { resolveConfig } from '../../src/server/config.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { connectClient, type TestClient } from '../support/realtime-client.js';
import { testRedisUrl, uniqueRedisPrefix } from '../support/redis.js';

const schema = uniqueSchema('cluster_node');
const prefix = uniqueRedisPrefix('cluster-node');
const nodes = new Map<string, RunningServer>();
const logs = new Map<string, Record<string, unknown>[]>();
const clients: TestClient[] = [];

afterAll(async () => {
  for (const client of clients) client.socket.disconnect();
  await Promise.all([...nodes.values()].map((node) => node.close().catch(() => undefined)));
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

function logTo(nodeId: string) {
  const lines: Record<string, unknown>[] = [];
  logs.set(nodeId, lines);
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return pino({ level: 'info' }, stream);
}

async function start(nodeId: string): Promise<RunningServer> {
  const config = resolveConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: testDatabaseUrl,
      DATABASE_SCHEMA: schema,
      TOKEN_SECRET: 'cluster-node-test-secret-0123456789abcdef',
      REDIS_URL: testRedisUrl,
      REDIS_KEY_PREFIX: prefix,
      NODE_ID: nodeId,
      CLUSTER_LEASE_MS: '2000',
      CLUSTER_HEARTBEAT_MS: '300',
      CLUSTER_FORWARD_WAIT_MS: '8000',
    },
    null,
  );
  const running = await startServer({ config, demo: true, log: logTo(nodeId) });
  nodes.set(nodeId, running);
  return running;
}

const readyz = async (node: RunningServer) => {
  const response = await fetch(`${node.urls.base}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const online = (node: RunningServer, agentId: string): boolean | undefined =>
  node.server.registry.actor('demo')?.view.agents.get(agentId)?.online;

describe('cluster nodes started by startServer', () => {
  it('start together on an empty database: one seeds the demo tenant, both serve it', async () => {
    await ensureTestDatabase();
    // Made beforehand: two concurrent CREATE SCHEMA IF NOT EXISTS race in PostgreSQL (a known race
    // of the store's start-up, reported; the migrations and the seed are what this test races).
    await onTestDatabase(`CREATE SCHEMA ${schema}`);
    const [one, two] = await Promise.all([start('n1'), start('n2')]);
    const seeded = [...logs.values()].flat().filter((line) => line.msg === 'seeded the demo tenant');
    expect(seeded).toHaveLength(1);
    for (const node of [one, two]) {
      await expect.poll(() => node.server.registry.actor('demo')?.view.agents.size).toBe(10);
      expect(node.server.cluster?.nodeId).toMatch(/^n[12]$/);
    }
    const ready = logs.get('n1')!.find((line) => line.msg === 'ready');
    expect(ready).toMatchObject({ nodeId: 'n1', storage: { kind: 'postgres' } });
    expect(logs.get('n1')!.find((line) => line.msg === 'cluster node')).toMatchObject({
      nodeId: 'n1',
      generated: false,
    });
  });

  it('report cluster mode, node id, PostgreSQL and Redis up, and the tenant owned by one of them', async () => {
    const one = nodes.get('n1')!;
    const two = nodes.get('n2')!;
    await expect
      .poll(async () => {
        const [a, b] = await Promise.all([readyz(one), readyz(two)]);
        return [a.body.tenantsOwned, b.body.tenantsOwned].sort();
      })
      .toEqual([0, 1]);
    for (const [nodeId, node] of nodes) {
      const { status, body } = await readyz(node);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        status: 'ready',
        nodeId,
        mode: 'cluster',
        postgres: 'ok',
        redis: 'ok',
        tenants: 1,
      });
      const metrics = await node.server.metrics.render();
      expect(metrics).toContain('switchboard_cluster_bus_connected 1');
      expect(metrics).toMatch(new RegExp(`switchboard_cluster_tenants_owned ${String(body.tenantsOwned)}\\b`));
    }
  });

  it('count an agent connected to the node that does not own the tenant, for the owner', async () => {
    const owner = [...nodes.values()].find((node) => node.server.cluster?.owns('demo') === true)!;
    const follower = [...nodes.values()].find((node) => node !== owner)!;
    expect(online(owner, 'zhangwei')).toBe(false);
    const login = await fetch(`${follower.urls.api}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: 'demo', agentId: 'zhangwei', password: 'demo-agent' }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const first = await connectClient(follower.urls.base, token);
    clients.push(first);
    const session = await first.waitFor('session');
    expect(session).toBeDefined();
    // Online on the owner, and on the follower's replica by the time `session` was sent.
    expect(online(owner, 'zhangwei')).toBe(true);
    expect(online(follower, 'zhangwei')).toBe(true);
    // A second connection on the owner, then the first one leaves: still online (one left anywhere).
    const second = await connectClient(owner.urls.base, token);
    clients.push(second);
    await second.waitFor('session');
    first.socket.disconnect();
    const rows = () =>
      onTestDatabase<{ node_id: string }>(
        "SELECT node_id FROM cluster_connections WHERE tenant_id = 'demo' AND agent_id = 'zhangwei' ORDER BY node_id",
        [],
        schema,
      );
    await expect.poll(async () => (await rows()).map((row) => row.node_id)).toEqual([owner.server.cluster!.nodeId]);
    expect(online(owner, 'zhangwei')).toBe(true);
    second.socket.disconnect();
    await expect.poll(() => online(owner, 'zhangwei')).toBe(false);
    await expect.poll(() => online(follower, 'zhangwei')).toBe(false);
    expect(await rows()).toEqual([]);
  });

  it('hand the tenant over when the owner closes (as on SIGTERM)', async () => {
    const owner = [...nodes.entries()].find(([, node]) => node.server.cluster?.owns('demo') === true)!;
    const other = [...nodes.entries()].find(([nodeId]) => nodeId !== owner[0])!;
    await owner[1].close();
    nodes.delete(owner[0]);
    await expect.poll(async () => (await readyz(other[1])).body.tenantsOwned).toBe(1);
    const nodesLeft = await onTestDatabase<{ node_id: string }>('SELECT node_id FROM cluster_nodes', [], schema);
    expect(nodesLeft.map((row) => row.node_id)).toEqual([other[0]]);
  });

  it('make up a node id when NODE_ID is unset, and log it', async () => {
    const cluster = resolveConfig(
      {
        DATABASE_URL: testDatabaseUrl,
        TOKEN_SECRET: 'x'.repeat(32),
        REDIS_URL: testRedisUrl,
        REDIS_KEY_PREFIX: prefix,
      },
      null,
    ).cluster!;
    expect(cluster.nodeId).toBeNull();
    const options = clusterOptions(cluster, logTo('generated'));
    try {
      expect(options.nodeId).toMatch(/^node-[0-9a-f]{8}$/);
      expect(logs.get('generated')).toEqual([
        expect.objectContaining({ msg: 'cluster node', nodeId: options.nodeId, generated: true }),
      ]);
      await expect.poll(() => options.bus.connected).toBe(true);
    } finally {
      await options.bus.close();
    }
  });
});
