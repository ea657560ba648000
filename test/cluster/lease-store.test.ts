/**
 * The lease store on the real PostgreSQL, every expiry by the database's clock: heartbeats and live
 * nodes; a lease acquired only when free or expired, each acquisition a higher epoch; batched renewal
 * of the leases still held (never reviving an expired one); release.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ensureClusterSchema } from '../../src/cluster/cluster-schema.js';
import { createLeaseStore, type LeaseStore } from '../../src/cluster/lease-store.js';
import { createPostgresStore, type PostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';

const schema = uniqueSchema('leases');
let store: PostgresStore;
let leases: LeaseStore;

beforeAll(async () => {
  await ensureTestDatabase();
  store = await createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 4 });
  // Twice, as two nodes starting together would: creation is idempotent.
  await Promise.all([ensureClusterSchema(store.pool), ensureClusterSchema(store.pool)]);
  leases = createLeaseStore(store.pool);
});
afterAll(async () => {
  await store.close();
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

describe('lease store (real PostgreSQL)', () => {
  it('counts a node live while its heartbeat has not expired, and forgets it when it leaves', async () => {
    await leases.heartbeat('n1', 30_000);
    await leases.heartbeat('n2', 200);
    expect(await leases.liveNodes()).toEqual(['n1', 'n2']);
    await expect.poll(() => leases.liveNodes(), { interval: 50 }).toEqual(['n1']);
    const rows = await leases.nodes();
    expect(rows.map((row) => [row.nodeId, row.live])).toEqual([
      ['n1', true],
      ['n2', false],
    ]);
    await leases.removeNode('n1');
    await leases.removeNode('n2');
    expect(await leases.nodes()).toEqual([]);
  });

  it('acquires a free or expired lease only, with a higher epoch each time', async () => {
    expect(await leases.acquire('t1', 'n1', 300)).toBe(1);
    expect(await leases.acquire('t1', 'n2', 300)).toBeNull();
    expect(await leases.acquire('t1', 'n1', 300)).toBeNull();
    expect((await leases.lease('t1'))?.nodeId).toBe('n1');
    await expect.poll(async () => (await leases.lease('t1'))?.live, { interval: 50 }).toBe(false);
    expect(await leases.acquire('t1', 'n2', 30_000)).toBe(2);
    await leases.release('t1', 'n1', 1); // a stale release changes nothing
    expect(await leases.lease('t1')).toMatchObject({ nodeId: 'n2', epoch: 2, live: true });
    await leases.release('t1', 'n2', 2);
    expect(await leases.lease('t1')).toMatchObject({ nodeId: null, epoch: 2, live: false });
    expect(await leases.acquire('t1', 'n1', 30_000)).toBe(3);
    expect(await leases.lease('never')).toBeNull();
  });

  it('lets exactly one of many nodes acquire a free lease at once', async () => {
    const epochs = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((node) => leases.acquire('race', node, 30_000)));
    expect(epochs.filter((epoch) => epoch !== null)).toEqual([1]);
  });

  it('renews in one statement only the leases still held live with their epoch', async () => {
    expect(await leases.acquire('r1', 'n1', 30_000)).toBe(1);
    expect(await leases.acquire('r2', 'n1', 300)).toBe(1);
    expect(await leases.acquire('r3', 'n2', 30_000)).toBe(1);
    await expect.poll(async () => (await leases.lease('r2'))?.live, { interval: 50 }).toBe(false);
    const renewed = await leases.renew(
      'n1',
      [
        { tenantId: 'r1', epoch: 1 },
        { tenantId: 'r2', epoch: 1 }, // expired: never revived
        { tenantId: 'r3', epoch: 1 }, // another node's
        { tenantId: 'r1x', epoch: 1 }, // no such lease
      ],
      30_000,
    );
    expect([...renewed]).toEqual(['r1']);
    expect(await leases.renew('n1', [{ tenantId: 'r1', epoch: 7 }], 30_000)).toEqual(new Set());
    expect((await leases.leases()).filter((row) => /^r\d$/.test(row.tenantId)).map((row) => row.live)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('makes a takeover wait for an append holding the lease FOR SHARE', async () => {
    expect(await leases.acquire('share', 'n1', 30_000)).toBe(1);
    const client = new pg.Client({ connectionString: testDatabaseUrl, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `SELECT 1 FROM tenant_leases WHERE tenant_id = 'share' AND node_id = 'n1' AND epoch = 1 FOR SHARE`,
      );
      let settled = false;
      const release = leases.release('share', 'n1', 1).then(() => {
        settled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(settled).toBe(false);
      await client.query('COMMIT');
      await release;
      expect(await leases.lease('share')).toMatchObject({ nodeId: null });
    } finally {
      await client.end();
    }
  });

  it('lists the tenants of the log with their last seq', async () => {
    await store.append('x1', 0, [{ type: 'TimerDropped', at: 0, key: 'k' }]);
    await store.append('x1', 1, [{ type: 'TimerDropped', at: 0, key: 'k' }]);
    expect(await leases.tenants()).toEqual(['x1']);
    expect(await leases.tenantSeqs()).toEqual(new Map([['x1', 2]]));
  });
});
