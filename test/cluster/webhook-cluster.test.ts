/**
 * Webhooks in cluster mode (docs/cluster.md): two in-process nodes on PostgreSQL and Redis, a
 * receiver on loopback. Commands sent through either node reach the tenant's owner; each delivery
 * reaches the receiver once — only the owner's deliverer sends the tenant's deliveries — and in
 * order. When the owner stops, the other node takes the tenant and sends what comes next.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/cli/start-server.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { demoLogin, startInProcessNode } from '../support/in-process-nodes.js';
import { uniqueRedisPrefix } from '../support/redis.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const schema = uniqueSchema('webhook_cluster');
const prefix = uniqueRedisPrefix('webhooks');
const nodes: RunningServer[] = [];
const hook = new WebhookReceiver();

afterAll(async () => {
  await Promise.all(nodes.map((node) => node.close().catch(() => undefined)));
  await hook.stop();
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

async function start(nodeId: string): Promise<RunningServer> {
  const running = await startInProcessNode({
    nodeId,
    schema,
    databaseUrl: testDatabaseUrl,
    redisUrl: 'redis://127.0.0.1:6379',
    redisPrefix: prefix,
    env: { OUTBOUND_ALLOW_HTTP: 'true', OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true' },
  });
  nodes.push(running);
  return running;
}

async function post(node: RunningServer, token: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${node.urls.api}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

async function adminToken(node: RunningServer): Promise<string> {
  const response = await fetch(`${node.urls.api}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId: 'admin', password: 'demo-admin' }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

describe('webhooks in a cluster', () => {
  it('sends each delivery once, from the owner, and from the next owner after a handover', async () => {
    await ensureTestDatabase();
    await onTestDatabase(`CREATE SCHEMA ${schema}`);
    await hook.start();
    const first = await start('n1');
    const second = await start('n2');
    await expect.poll(() => second.server.registry.actor('demo')?.view.agents.size, { timeout: 20_000 }).toBe(10);
    await expect.poll(() => nodes.filter((node) => node.server.cluster?.owns('demo') === true).length).toBe(1);
    const owner = nodes.find((node) => node.server.cluster?.owns('demo') === true)!;
    const follower = owner === first ? second : first;

    const admin = await adminToken(follower);
    const created = await post(follower, admin, '/webhooks', { url: hook.url, events: ['agent.status_changed'] });
    expect(created.status).toBe(201);
    const agent = await demoLogin(follower, 'zhangwei');
    const statuses = ['available', 'away', 'available', 'away', 'available', 'away'];
    for (const [index, status] of statuses.entries()) {
      const through = index % 2 === 0 ? owner : follower;
      expect((await post(through, agent, '/agents/zhangwei/status', { status })).status).toBe(200);
    }
    const mine = () =>
      hook.ofType('agent.status_changed').filter((request) => request.json.data.agent?.id === 'zhangwei');
    await expect.poll(() => mine().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(statuses.length);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ids = hook.requests.map((request) => request.json.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(mine().map((request) => request.json.data.status)).toEqual(statuses);

    await owner.close();
    await expect.poll(() => follower.server.cluster?.owns('demo'), { timeout: 15_000 }).toBe(true);
    const before = mine().length;
    expect((await post(follower, agent, '/agents/zhangwei/status', { status: 'available' })).status).toBe(200);
    await expect.poll(() => mine().length, { timeout: 10_000 }).toBe(before + 1);
    expect(mine().at(-1)?.json.data.status).toBe('available');
  }, 90_000);
});
