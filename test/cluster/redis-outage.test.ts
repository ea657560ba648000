/**
 * A cluster of two nodes (startServer, in this process; the real PostgreSQL and Redis) losing Redis
 * and getting it back. Redis is reached through a TCP relay the test cuts, so the shared Redis
 * server stays up for the other tests. While it is down: each node keeps serving the tenant it owns
 * (commands sent to the owner succeed, its sockets hear them), the other node's replica still
 * follows from PostgreSQL at each heartbeat (its sockets hear the changes too, a heartbeat later),
 * `/readyz` says `redis: down` but stays ready, the metrics say the bus is down, a command sent to
 * the other node fails with `503 TENANT_UNAVAILABLE` after the forward wait, and an agent connecting
 * to the other node is counted by the owner once Redis is back (the check is retried). When Redis
 * is back: the other node's replica holds every event the owner wrote, its sockets heard the
 * changes in order, and forwarding works again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/cli/start-server.js';
import { demoLogin, getJson, startInProcessNode } from '../support/in-process-nodes.js';
import type { AgentStatusView } from '../../src/transport/realtime/protocol.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { connectClient, type TestClient } from '../support/realtime-client.js';
import { startRedisRelay, uniqueRedisPrefix, type RedisRelay } from '../support/redis.js';

const schema = uniqueSchema('redis_outage');
const prefix = uniqueRedisPrefix('outage');
const nodes: RunningServer[] = [];
const clients: TestClient[] = [];
let relay: RedisRelay | undefined;

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.all(nodes.map((node) => node.close().catch(() => undefined)));
  await relay?.close();
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

async function start(nodeId: string, redisUrl: string): Promise<RunningServer> {
  const running = await startInProcessNode({
    nodeId,
    schema,
    databaseUrl: testDatabaseUrl,
    redisUrl,
    redisPrefix: prefix,
  });
  nodes.push(running);
  return running;
}

const readyz = (node: RunningServer) => getJson(node, '/readyz');

const setStatus = (node: RunningServer, token: string, status: string) =>
  fetch(`${node.urls.api}/agents/zhangwei/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ status }),
  });

/** The statuses a client was told, in order, without repeats of the same value in a row. */
const statusesHeard = (client: TestClient, from = 0): string[] =>
  client.log
    .slice(from)
    .filter((entry) => entry.event === 'agent.status')
    .map((entry) => (entry.payload as AgentStatusView).status)
    .filter((status, index, all) => index === 0 || all[index - 1] !== status);

/** Statuses heard from the outage on: without a leading "available" set before it. */
const sinceOutage = (statuses: string[]): string[] => (statuses[0] === 'available' ? statuses.slice(1) : statuses);

describe('a cluster losing Redis', () => {
  it('keeps serving the owner’s tenant, reports Redis down, refuses forwarding, and catches up after', async () => {
    await ensureTestDatabase();
    await onTestDatabase(`CREATE SCHEMA ${schema}`);
    relay = await startRedisRelay();
    const first = await start('n1', relay.url);
    const second = await start('n2', relay.url);
    await expect.poll(() => second.server.registry.actor('demo')?.view.agents.size).toBe(10);
    await expect.poll(() => nodes.filter((node) => node.server.cluster?.owns('demo') === true).length).toBe(1);
    const owner = nodes.find((node) => node.server.cluster?.owns('demo') === true)!;
    const follower = owner === first ? second : first;
    const token = await demoLogin(owner, 'zhangwei');
    const onOwner = await connectClient(owner.urls.base, token);
    const onFollower = await connectClient(follower.urls.base, token);
    clients.push(onOwner, onFollower);
    expect((await setStatus(follower, token, 'available')).status).toBe(200);
    // The owner's socket heard it before its mark is taken. The follower's hears it only if it was a
    // change (the agent may have been available since connecting), possibly after its mark: what it
    // heard of the outage is what follows a leading "available" (`sinceOutage`).
    await onOwner.waitFor('agent.status', (view) => view.status === 'available');

    const ownerFrom = onOwner.log.length;
    const followerFrom = onFollower.log.length;
    await relay.down();
    for (const node of nodes) {
      await expect.poll(async () => (await readyz(node)).body.redis).toBe('down');
      const { status, body } = await readyz(node);
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'ready', mode: 'cluster', postgres: 'ok' });
      expect(await node.server.metrics.render()).toContain('switchboard_cluster_bus_connected 0');
    }
    // The owner serves on: the command succeeds and its sockets hear it.
    expect((await setStatus(owner, token, 'away')).status).toBe(200);
    await onOwner.waitFor('agent.status', (view) => view.status === 'away');
    expect((await setStatus(owner, token, 'busy')).status).toBe(200);
    await onOwner.waitFor('agent.status', (view) => view.status === 'busy');
    // The other node's replica still follows, from PostgreSQL at each heartbeat: its sockets hear it.
    await onFollower.waitFor('agent.status', (view) => view.status === 'busy');
    // An agent connecting to the other node cannot be checked by the owner now: counted once Redis is back.
    const late = await connectClient(follower.urls.base, await demoLogin(owner, 'liuyang'));
    clients.push(late);
    expect(owner.server.registry.actor('demo')!.view.agents.get('liuyang')!.online).toBe(false);
    // The other node cannot reach the owner: a clear, retryable refusal after the forward wait.
    const refused = await setStatus(follower, token, 'available');
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('TENANT_UNAVAILABLE');

    await relay.up();
    for (const node of nodes) await expect.poll(async () => (await readyz(node)).body.redis).toBe('ok');
    const ownerSeq = owner.server.registry.actor('demo')!.lastSeq;
    await expect.poll(() => follower.server.registry.actor('demo')!.lastSeq).toBeGreaterThanOrEqual(ownerSeq);
    await onFollower.waitFor('agent.status', (view) => view.status === 'busy');
    await expect.poll(() => owner.server.registry.actor('demo')!.view.agents.get('liuyang')!.online).toBe(true);
    // The owner's socket heard each change; the follower's heard them in order, possibly as one (a
    // status is a state, sent as it is after each batch the replica applied: one catch-up, one send).
    expect(statusesHeard(onOwner, ownerFrom)).toEqual(['away', 'busy']);
    expect([['away', 'busy'], ['busy']]).toContainEqual(sinceOutage(statusesHeard(onFollower, followerFrom)));
    expect((await setStatus(follower, token, 'available')).status).toBe(200);
    // Polled from the marks: `waitFor` would also match the "available" both heard before the outage.
    await expect.poll(() => statusesHeard(onOwner, ownerFrom)).toEqual(['away', 'busy', 'available']);
    await expect
      .poll(() => sinceOutage(statusesHeard(onFollower, followerFrom)).slice(-2))
      .toEqual(['busy', 'available']);
  });
});
