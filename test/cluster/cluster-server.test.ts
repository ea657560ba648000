/**
 * Two servers built by `createServer` in cluster mode (PostgreSQL store, in-process bus): a tenant
 * created on one is served by both; HTTP commands on either node are acknowledged (forwarded to the
 * owner) and visible on both; a tenant with no live owner answers `503 TENANT_UNAVAILABLE` after
 * the forwarding wait; cluster mode refuses a SQLite store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { createServer } from '../../src/server/create-server.js';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { T0 } from '../support/harness.js';
import { call, customerToken, expectError } from '../support/http-fixtures.js';
import { InProcessHub } from '../support/in-process-bus.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const schema = uniqueSchema('clusterserver');
const hub = new InProcessHub();
let nodes: TestServer[] = [];

const clusterServer = (nodeId: string): Promise<TestServer> =>
  startTestServer({
    store: () => createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 4 }),
    server: {
      cluster: { nodeId, bus: hub.join(nodeId), leaseMs: 1200, heartbeatMs: 200, forwardWaitMs: 1500 },
    },
  });

beforeAll(async () => {
  await ensureTestDatabase();
  nodes = [await clusterServer('s1'), await clusterServer('s2')];
});
afterAll(async () => {
  for (const node of nodes) await node.close();
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

describe('createServer in cluster mode', () => {
  it('serves a tenant from every node, forwarding commands to its owner', async () => {
    const [one, two] = nodes as [TestServer, TestServer];
    await one.tenant('acme');
    await one.tenant('globex');
    await expect
      .poll(() => two.server.registry.actor('acme')?.lastSeq)
      .toBe(one.server.registry.actor('acme')?.lastSeq);
    const owned = [one, two].map((node) => node.server.cluster?.ownedTenantIds().sort());
    expect(owned.flat().sort()).toEqual(['acme', 'globex']);

    for (const [index, node] of [one, two, one, two].entries()) {
      const token = await customerToken(node, 'acme', `visitor-${index}`);
      const opened = await call(node, {
        method: 'POST',
        url: '/api/v1/conversations',
        headers: { authorization: `Bearer ${token}` },
        payload: { conversationId: `c${index}`, channel: 'web', source: 'website', text: 'hello' },
      });
      expect(opened.status, opened.text).toBe(201);
      // Visible at once on the node that answered, and soon on the other.
      expect(node.server.registry.actor('acme')?.view.conversations.has(`c${index}`)).toBe(true);
      for (const other of [one, two]) {
        await expect.poll(() => other.server.registry.actor('acme')?.view.conversations.has(`c${index}`)).toBe(true);
      }
    }
  });

  it('answers 503 TENANT_UNAVAILABLE when no node can own the tenant within the wait', async () => {
    const [one] = nodes as [TestServer, TestServer];
    // Another node holds the lease live but is not on the bus: nobody can run the command.
    await onTestDatabase(
      `INSERT INTO tenant_leases (tenant_id, node_id, epoch, expires_at)
       VALUES ('acme', 'ghost', 99, now() + interval '1 minute')
       ON CONFLICT (tenant_id) DO UPDATE SET node_id = 'ghost', epoch = 99, expires_at = now() + interval '1 minute'`,
      [],
      schema,
    );
    // The owner notices at its next heartbeat that its lease is gone and stops acting.
    await expect.poll(() => nodes.flatMap((node) => node.server.cluster?.ownedTenantIds() ?? [])).not.toContain('acme');
    const token = await customerToken(one, 'acme', 'visitor-late');
    const refused = await call(one, {
      method: 'POST',
      url: '/api/v1/conversations',
      headers: { authorization: `Bearer ${token}` },
      payload: { conversationId: 'late', channel: 'web', source: 'website', text: 'hello' },
    });
    expectError(refused, 503, 'TENANT_UNAVAILABLE');
  });

  it('refuses cluster mode over SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-cluster-'));
    const store = await createSqliteStore({ dataDir: dir });
    const clock = new SimulatedClock(T0);
    try {
      await expect(
        createServer({
          store,
          clock,
          scheduler: clock,
          tokenSecret: 'test-secret-test-secret-test-secret!',
          cluster: { nodeId: 'x', bus: hub.join('x'), leaseMs: 3000, heartbeatMs: 1000, forwardWaitMs: 1000 },
        }),
      ).rejects.toThrow(/PostgreSQL/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
