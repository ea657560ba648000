/**
 * Acquisition, promotion and loss racing each other (the chaos test once left a tenant without an
 * owner after a SIGSTOP pause), on the real PostgreSQL with the lease store:
 * - a promotion still catching up when its lease is lost (`demote`) ends as follower — it never
 *   leads without the lease;
 * - the ownership loop, its lease lost (local deadline passed) while the promotion is held up, ends
 *   with the replica a follower and the lease given back, then takes the tenant again at a later
 *   tick — and at no instant does the replica lead while the loop does not hold the lease;
 * - an acquisition that never finishes (a lease query that hangs) does not block the next ones: the
 *   tenant is taken at a later tick;
 * - an owner paused in the middle of an append (its transaction open, the lease row held FOR SHARE)
 *   does not block the takeover for ever: the acquisition waits at most a lease for the row lock,
 *   and the server ends the paused session's transaction.
 * The store's reads are held up by a gate (the real PostgreSQL store behind it).
 */
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureClusterSchema } from '../../src/cluster/cluster-schema.js';
import { createLeaseStore, type LeaseStore } from '../../src/cluster/lease-store.js';
import { Ownership } from '../../src/cluster/ownership.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { TenantActor } from '../../src/engine/tenant-actor.js';
import type { EventStore } from '../../src/store/event-store.js';
import { createPostgresStore, type PostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { T0 } from '../support/harness.js';
import { InProcessHub } from '../support/in-process-bus.js';
import { accepted, tenantSetup, testTimings } from '../support/cluster-nodes.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';

const schema = uniqueSchema('promotion_race');
let store: PostgresStore;
let leases: LeaseStore;
let actors: TenantActor[] = [];
let ownerships: Ownership[] = [];

beforeAll(async () => {
  await ensureTestDatabase();
  store = await createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 6 });
  await ensureClusterSchema(store.pool);
  leases = createLeaseStore(store.pool);
});
afterEach(async () => {
  for (const ownership of ownerships) ownership.stop();
  ownerships = [];
  await Promise.all(actors.map((actor) => actor.close()));
  actors = [];
});
afterAll(async () => {
  await store.close();
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

/** The store with its reads held while the gate is shut. */
function gated(): { store: EventStore; shut(): void; open(): void } {
  let gate: Promise<void> = Promise.resolve();
  let release = (): void => undefined;
  const read: EventStore['read'] = async (tenantId, afterSeq, limit) => {
    await gate;
    return store.read(tenantId, afterSeq, limit);
  };
  return {
    store: new Proxy(store, { get: (target, key): unknown => (key === 'read' ? read : Reflect.get(target, key)) }),
    shut() {
      gate = new Promise((resolve) => {
        release = resolve;
      });
    },
    open() {
      release();
    },
  };
}

async function seeded(tenantId: string): Promise<void> {
  const clock = new SimulatedClock(T0);
  const writer = await TenantActor.start({ tenantId, store, clock, scheduler: clock });
  const handle = { submit: writer.submit.bind(writer) };
  for (const command of tenantSetup) await accepted(handle as never, command);
  await writer.close();
}

async function follower(tenantId: string, events: EventStore): Promise<TenantActor> {
  const clock = new SimulatedClock(T0);
  const actor = await TenantActor.start({
    tenantId,
    store: events,
    clock,
    scheduler: clock,
    role: 'follower',
    clustered: true,
  });
  actors.push(actor);
  return actor;
}

describe('promotion racing the loss of its lease', () => {
  it('ends as follower when demoted while still catching up', async () => {
    await seeded('race-actor');
    const gate = gated();
    const actor = await follower('race-actor', gate.store);
    gate.shut();
    const promoting = actor.promote({ nodeId: 'A', epoch: 1 });
    await actor.demote();
    gate.open();
    const promoted = await promoting;
    expect(actor.currentRole).toBe('follower');
    expect(promoted).toBe(false);
    expect(actor.leading).toBe(false);
    await expect(actor.promote({ nodeId: 'A', epoch: 2 })).resolves.toBe(true);
    expect(actor.leading).toBe(true);
  });

  it('gives the lease back when lost mid-promotion, never leads without it, and takes it again', async () => {
    const tenantId = 'race-loop';
    await seeded(tenantId);
    const gate = gated();
    const actor = await follower(tenantId, gate.store);
    let skew = 0;
    const errors: string[] = [];
    const ownership = new Ownership({
      nodeId: 'A',
      leases,
      bus: new InProcessHub().join('A'),
      leaseMs: testTimings.leaseMs,
      heartbeatMs: testTimings.heartbeatMs,
      monotonic: () => performance.now() + skew,
      replica: () => Promise.resolve(actor),
      replicaIds: () => [tenantId],
      onTenantSeqs: () => Promise.resolve(),
      report: (error, what) => errors.push(`${what}: ${String(error)}`),
    });
    ownerships.push(ownership);
    let leaderWithoutLease = 0;
    const sampler = setInterval(() => {
      if (actor.leading && !ownership.owns(tenantId)) leaderWithoutLease += 1;
    }, 2);
    try {
      gate.shut();
      await ownership.start();
      await expect.poll(async () => (await leases.lease(tenantId))?.nodeId, { timeout: 5000, interval: 20 }).toBe('A');
      const first = (await leases.lease(tenantId))?.epoch ?? 0;
      expect(actor.currentRole).toBe('follower');
      // A pause: the local deadline passes without a renew, so the loop drops the lease at once.
      skew += 10 * testTimings.leaseMs;
      await expect.poll(() => ownership.owns(tenantId), { timeout: 2000, interval: 5 }).toBe(false);
      gate.open();
      await expect
        .poll(
          async () => {
            const row = await leases.lease(tenantId);
            return row !== null && row.nodeId === 'A' && row.live && row.epoch > first && actor.leading;
          },
          { timeout: 8000, interval: 20 },
        )
        .toBe(true);
      expect(ownership.owns(tenantId)).toBe(true);
    } finally {
      clearInterval(sampler);
    }
    expect(leaderWithoutLease).toBe(0);
  });

  it('takes the tenant at a later tick when an acquisition hangs for ever', async () => {
    const tenantId = 'race-hang';
    await seeded(tenantId);
    const actor = await follower(tenantId, store);
    let acquisitions = 0;
    const hanging: LeaseStore = new Proxy(leases, {
      get: (target, key): unknown =>
        key === 'acquire'
          ? (tenant: string, node: string, ttlMs: number) =>
              ++acquisitions === 1 ? new Promise<never>(() => undefined) : target.acquire(tenant, node, ttlMs)
          : Reflect.get(target, key),
    });
    const ownership = new Ownership({
      nodeId: 'A',
      leases: hanging,
      bus: new InProcessHub().join('A'),
      leaseMs: testTimings.leaseMs,
      heartbeatMs: testTimings.heartbeatMs,
      monotonic: () => performance.now(),
      replica: () => Promise.resolve(actor),
      replicaIds: () => [tenantId],
      onTenantSeqs: () => Promise.resolve(),
      report: () => undefined,
    });
    ownerships.push(ownership);
    await ownership.start();
    await expect
      .poll(
        async () => {
          const row = await leases.lease(tenantId);
          return row?.nodeId === 'A' && row.live && actor.leading && ownership.owns(tenantId);
        },
        { timeout: 8000, interval: 20 },
      )
      .toBe(true);
    expect(acquisitions).toBeGreaterThan(1);
  });

  it('takes a tenant over from an owner paused in the middle of an append', async () => {
    const tenantId = 'race-paused';
    const paused = await createPostgresStore({
      connectionString: testDatabaseUrl,
      schema,
      maxConnections: 1,
      idleInTransactionMs: 600,
    });
    try {
      const first = await leases.acquire(tenantId, 'A', 300);
      expect(first).not.toBeNull();
      const client = await paused.pool.connect();
      await client.query('BEGIN');
      await client.query('SELECT 1 FROM tenant_leases WHERE tenant_id = $1 FOR SHARE', [tenantId]);
      client.on('error', () => undefined);
      // A is now "paused": idle in its transaction, the row locked, its lease running out.
      await expect.poll(async () => (await leases.lease(tenantId))?.live, { timeout: 3000, interval: 20 }).toBe(false);
      let epoch: number | null = null;
      await expect
        .poll(
          async () => {
            epoch = await leases.acquire(tenantId, 'B', 1000);
            return epoch;
          },
          { timeout: 8000, interval: 50 },
        )
        .not.toBeNull();
      expect(epoch).toBeGreaterThan(first ?? 0);
      client.release(true);
    } finally {
      await paused.close();
    }
  });
});
