/**
 * A cluster of two nodes (startServer, in this process; the real Redis) losing PostgreSQL and
 * getting it back. PostgreSQL is reached through a TCP relay the test cuts, so the shared server
 * stays up for the other tests. While it is down: both nodes stay up (`/healthz` 200), writes are
 * refused with `503 STORE_UNAVAILABLE` and `/readyz` answers 503 with `postgres: down`, and after
 * the lease neither node acts for the tenant any more. When it is back, by themselves: one node owns
 * the tenant again, writes succeed through either node, the log holds nothing of the refused
 * command (its seqs run without a gap), and both replicas agree with it. No uncaught error on the
 * way (a broken pooled connection once ended the process).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/cli/start-server.js';
import { demoLogin, getJson, startInProcessNode } from '../support/in-process-nodes.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { testRedisUrl, uniqueRedisPrefix } from '../support/redis.js';
import { startTcpRelay, type TcpRelay } from '../support/tcp-relay.js';

const schema = uniqueSchema('store_outage');
const prefix = uniqueRedisPrefix('pg-outage');
const nodes: RunningServer[] = [];
let relay: TcpRelay | undefined;

afterAll(async () => {
  await relay?.up().catch(() => undefined);
  await Promise.all(nodes.map((node) => node.close().catch(() => undefined)));
  await relay?.close();
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

async function start(nodeId: string, databaseUrl: string): Promise<RunningServer> {
  const running = await startInProcessNode({
    nodeId,
    schema,
    databaseUrl,
    redisUrl: testRedisUrl,
    redisPrefix: prefix,
  });
  nodes.push(running);
  return running;
}

/** Sets zhangwei's status through a node: the HTTP status and the error code, if any. */
async function setStatus(node: RunningServer, token: string, status: string): Promise<[number, string | null]> {
  const response = await fetch(`${node.urls.api}/agents/zhangwei/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ status }),
  });
  const body = (await response.json()) as { error?: { code: string } };
  return [response.status, body.error?.code ?? null];
}

const statusIn = (node: RunningServer): string | undefined =>
  node.server.registry.actor('demo')?.view.agents.get('zhangwei')?.status;

describe('a cluster losing PostgreSQL', () => {
  it('stays up, refuses writes clearly, keeps nothing half-done, and resumes by itself', async () => {
    await ensureTestDatabase();
    await onTestDatabase(`CREATE SCHEMA ${schema}`);
    const target = new URL(testDatabaseUrl);
    relay = await startTcpRelay(target.hostname, Number(target.port || 5432));
    const throughRelay = `postgres://${target.username}@127.0.0.1:${relay.port}${target.pathname}`;
    const first = await start('n1', throughRelay);
    const second = await start('n2', throughRelay);
    await expect.poll(() => second.server.registry.actor('demo')?.view.agents.size).toBe(10);
    await expect.poll(() => nodes.filter((node) => node.server.cluster?.owns('demo') === true).length).toBe(1);
    const token = await demoLogin(first, 'zhangwei');
    expect(await setStatus(second, token, 'away')).toEqual([200, null]);

    await relay.down();
    // Writes through either node: refused with the catalogue's code, never a 500 or a hang.
    for (const node of nodes) {
      await expect.poll(async () => (await setStatus(node, token, 'busy'))[1]).toMatch(/^(STORE|TENANT)_UNAVAILABLE$/);
    }
    const owner = nodes.find((node) => node.server.cluster?.owns('demo') === true);
    if (owner !== undefined) expect(await setStatus(owner, token, 'busy')).toEqual([503, 'STORE_UNAVAILABLE']);
    for (const node of nodes) {
      await expect.poll(async () => (await getJson(node, '/readyz')).status).toBe(503);
      expect((await getJson(node, '/readyz')).body).toMatchObject({ postgres: 'down' });
      expect((await getJson(node, '/healthz')).status).toBe(200);
    }
    // Past the lease, no node acts for the tenant: its leases could not be renewed.
    await expect.poll(() => nodes.filter((node) => node.server.cluster?.owns('demo') === true).length).toBe(0);

    await relay.up();
    for (const node of nodes) await expect.poll(async () => (await getJson(node, '/readyz')).status).toBe(200);
    await expect.poll(() => nodes.filter((node) => node.server.cluster?.owns('demo') === true).length).toBe(1);
    await expect.poll(async () => (await setStatus(second, token, 'available'))[0]).toBe(200);
    expect(await setStatus(first, token, 'busy')).toEqual([200, null]);
    for (const node of nodes) await expect.poll(() => statusIn(node)).toBe('busy');

    // The log: seqs without a gap, and exactly the statuses that were acknowledged.
    const rows = await onTestDatabase<{ seq: number; status: string | null }>(
      `SELECT seq::int AS seq, CASE WHEN type = 'AgentStatusChanged' AND data::jsonb->>'agentId' = 'zhangwei'
         THEN data::jsonb->>'status' END AS status
       FROM events WHERE tenant_id = 'demo' ORDER BY seq`,
      [],
      schema,
    );
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1));
    const statuses = rows.flatMap((row) => (row.status === null ? [] : [row.status]));
    expect(statuses.slice(-3)).toEqual(['away', 'available', 'busy']);
    for (const node of nodes) expect(node.server.registry.actor('demo')!.lastSeq).toBe(rows.length);
  });
});
