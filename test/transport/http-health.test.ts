/**
 * `GET /readyz` of a single process, on SQLite and on the real PostgreSQL: ready with the store
 * reachable, 503 naming the store as down once it is not; no cluster fields set and no cluster
 * metrics. (A cluster node's readiness is in test/cluster/cluster-node.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { startTestServer } from '../support/test-server.js';

const schema = uniqueSchema('readyz');

afterAll(async () => {
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

describe('GET /readyz on one process', () => {
  it('on SQLite: ready, single mode, PostgreSQL and Redis not used; 503 once the store is closed', async () => {
    const test = await startTestServer();
    try {
      await test.tenant('acme');
      const ready = await test.server.http.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({
        status: 'ready',
        nodeId: null,
        mode: 'single',
        postgres: 'not-used',
        redis: 'not-used',
        tenants: 1,
        tenantsOwned: 1,
      });
      expect(await test.server.metrics.render()).not.toContain('switchboard_cluster_');
      await test.server.registry.store.close();
      const down = await test.server.http.inject({ method: 'GET', url: '/readyz' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({
        status: 'unavailable',
        mode: 'single',
        postgres: 'not-used',
        error: { code: 'STORE_UNAVAILABLE' },
      });
    } finally {
      await test.close().catch(() => undefined);
    }
  });

  it('on PostgreSQL: postgres ok, then down with 503 when the database cannot be reached', async () => {
    await ensureTestDatabase();
    const test = await startTestServer({
      store: () => createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 2 }),
    });
    try {
      await test.tenant('acme');
      const ready = await test.server.http.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'ready', mode: 'single', postgres: 'ok', redis: 'not-used' });
      await test.server.registry.store.close();
      const down = await test.server.http.inject({ method: 'GET', url: '/readyz' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({
        status: 'unavailable',
        postgres: 'down',
        tenants: 1,
        error: { code: 'STORE_UNAVAILABLE', message: 'The database cannot be reached; retry in a moment.' },
      });
    } finally {
      await test.close().catch(() => undefined);
    }
  });
});
