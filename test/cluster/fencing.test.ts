/**
 * The fence, on the real PostgreSQL: tenant actors of two "nodes" (two stores, two pools, one
 * schema) with leases from the lease store, on the database's clock.
 * - A paused leader (no renewals) whose lease expired and was taken over: its late append is refused
 *   (FenceLostError at the store, NotOwnerError to its callers), nothing of it is stored, and it
 *   steps down and catches up.
 * - A forced split brain (both believe they lead, fence disabled): the `(tenant, seq)` key lets
 *   exactly one win each seq; the loser steps down and reloads.
 * - A deadline fires exactly once across a failover, whether it falls due before or after the
 *   takeover.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureClusterSchema } from '../../src/cluster/cluster-schema.js';
import { createLeaseStore, type LeaseStore } from '../../src/cluster/lease-store.js';
import { NotOwnerError } from '../../src/engine/actor-errors.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { TenantActor } from '../../src/engine/tenant-actor.js';
import { FenceLostError } from '../../src/store/event-store.js';
import { createPostgresStore, type PostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { T0 } from '../support/harness.js';
import { accepted, open, tenantSetup } from '../support/cluster-nodes.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';

const SECOND = 1000;
const schema = uniqueSchema('fencing');
let stores: PostgresStore[] = [];
let leases: LeaseStore;
let actors: TenantActor[] = [];

beforeAll(async () => {
  await ensureTestDatabase();
  const first = await createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 4 });
  stores.push(first);
  await ensureClusterSchema(first.pool);
  leases = createLeaseStore(first.pool);
});
afterEach(async () => {
  await Promise.all(actors.map((actor) => actor.close()));
  actors = [];
});
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  stores = [];
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

/** A node's replica of `tenantId`: its own store (pool), a follower until promoted. */
async function replica(tenantId: string, clock: SimulatedClock, stepDowns: string[] = []): Promise<TenantActor> {
  const store = await createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 4 });
  stores.push(store);
  const actor = await TenantActor.start({
    tenantId,
    store,
    snapshots: store,
    clock,
    scheduler: clock,
    role: 'follower',
    clustered: true,
    onStepDown: (reason) => stepDowns.push(reason),
  });
  actors.push(actor);
  return actor;
}

async function leaseExpired(tenantId: string): Promise<void> {
  await expect.poll(async () => (await leases.lease(tenantId))?.live, { timeout: 5000, interval: 50 }).toBe(false);
}

async function storedConversations(tenantId: string): Promise<string[]> {
  const rows = await onTestDatabase<{ id: string }>(
    `SELECT data::jsonb->>'conversationId' AS id FROM events WHERE tenant_id = $1 AND type = 'ConversationOpened' ORDER BY seq`,
    [tenantId],
    schema,
  );
  return rows.map((row) => row.id);
}

async function storedTypes(tenantId: string): Promise<string[]> {
  const rows = await onTestDatabase<{ type: string }>(
    'SELECT type FROM events WHERE tenant_id = $1 ORDER BY seq',
    [tenantId],
    schema,
  );
  return rows.map((row) => row.type);
}

async function seqs(tenantId: string): Promise<number[]> {
  const rows = await onTestDatabase<{ seq: number }>(
    'SELECT seq::int AS seq FROM events WHERE tenant_id = $1 ORDER BY seq',
    [tenantId],
    schema,
  );
  return rows.map((row) => row.seq);
}

/** Leads `tenantId` on `node` with a fresh lease of `ttlMs`. */
async function lead(actor: TenantActor, node: string, ttlMs: number): Promise<number> {
  const epoch = await leases.acquire(actor.tenantId, node, ttlMs);
  if (epoch === null) throw new Error(`${node} could not acquire ${actor.tenantId}`);
  await actor.promote({ nodeId: node, epoch });
  return epoch;
}

describe('fencing (real PostgreSQL, database clock)', () => {
  it('refuses a paused leader’s late append once another node took the lease over', async () => {
    const clock = new SimulatedClock(T0);
    const stepDowns: string[] = [];
    const a = await replica('stale', clock, stepDowns);
    const b = await replica('stale', clock);
    const epochA = await lead(a, 'A', 1500);
    for (const command of tenantSetup) await accepted(a, command);
    await accepted(a, open('a1'));

    // A is paused: it renews nothing; the lease expires by the database's clock and B takes over.
    await leaseExpired('stale');
    const epochB = await lead(b, 'B', 30_000);
    expect(epochB).toBeGreaterThan(epochA);
    expect(b.view.conversations.has('a1')).toBe(true);
    await accepted(b, open('b1'));
    const before = await seqs('stale');

    // At the store: the stale fence is refused and nothing is stored.
    const lateEvents = [{ type: 'TimerDropped', at: T0, key: 'late' }] as const;
    await expect(
      stores[1]!.append('stale', before.length, lateEvents, { nodeId: 'A', epoch: epochA }),
    ).rejects.toBeInstanceOf(FenceLostError);
    // A resumes, still believing it leads: its command is refused as not-owner, nothing stored.
    expect(a.leading).toBe(true);
    await expect(a.submit(open('a-late'))).rejects.toBeInstanceOf(NotOwnerError);
    expect(stepDowns).toEqual(['fence-lost']);
    expect(a.currentRole).toBe('follower');
    expect(await seqs('stale')).toEqual(before);
    expect(await storedConversations('stale')).toEqual(['a1', 'b1']);
    // The stepped-down replica shows what is stored — B's command, never its own late one.
    await expect.poll(() => a.lastSeq).toBe(before.length);
    expect(a.view.conversations.has('a-late')).toBe(false);
    expect(a.view).toEqual(b.view);
  });

  it('lets exactly one of two leaders win each seq in a forced split brain; the loser steps down and reloads', async () => {
    const clock = new SimulatedClock(T0);
    const downs = { a: [] as string[], b: [] as string[] };
    const a = await replica('split', clock, downs.a);
    const b = await replica('split', clock, downs.b);
    // Both believe they lead; without a fence only the (tenant, seq) key stands between them.
    await a.promote();
    for (const command of tenantSetup) await accepted(a, command);
    await b.promote();

    const acknowledged: string[] = [];
    const refused: string[] = [];
    const submitAll = (actor: TenantActor, prefix: string): Promise<unknown> =>
      Promise.all(
        Array.from({ length: 20 }, async (_, index) => {
          const id = `${prefix}${index}`;
          await new Promise((resolve) => setTimeout(resolve, index * 3));
          try {
            await accepted(actor, open(id));
            acknowledged.push(id);
          } catch (error) {
            expect(error).toBeInstanceOf(NotOwnerError);
            refused.push(id);
          }
        }),
      );
    await Promise.all([submitAll(a, 'a'), submitAll(b, 'b')]);

    const stored = await seqs('split');
    expect(stored).toEqual(stored.map((_, index) => index + 1));
    // Exactly one stepped down, for a conflict; the other still leads.
    expect([...downs.a, ...downs.b]).toEqual(['conflict']);
    const [winner, loser] = downs.a.length === 0 ? [a, b] : [b, a];
    expect(winner.leading).toBe(true);
    expect(loser.currentRole).toBe('follower');
    // Every acknowledged command is stored, no refused one is.
    const conversations = await storedConversations('split');
    expect([...conversations].sort()).toEqual([...acknowledged].sort());
    for (const id of refused) expect(conversations).not.toContain(id);
    expect(refused.length).toBeGreaterThan(0);
    // The loser reloaded: its replica is the log (no bus here: it catches up by reading the store).
    await loser.catchUp();
    expect(loser.lastSeq).toBe(stored.length);
    expect(loser.view).toEqual(winner.view);
  });

  it.each([
    ['after the takeover', false],
    ['before the takeover (past due on promotion)', true],
  ])('fires a deadline exactly once across a failover: due %s', async (_, dueBefore) => {
    const tenantId = dueBefore ? 'deadline-early' : 'deadline-late';
    const clock = new SimulatedClock(T0);
    const a = await replica(tenantId, clock);
    const b = await replica(tenantId, clock);
    await lead(a, 'A', 1500);
    for (const command of tenantSetup) await accepted(a, command);
    await accepted(a, open('c1'));
    // c1's first-response deadline: 60 s after its assignment.
    expect(clock.nextDeadline()).toBe(T0 + 60 * SECOND);

    // Moving the shared clock wakes both A (still believing it leads) and, once promoted, B.
    const due = dueBefore ? T0 + 61 * SECOND : T0 + 60 * SECOND;
    await leaseExpired(tenantId);
    if (dueBefore) clock.advanceTo(due);
    await a.idle();
    await lead(b, 'B', 30_000);
    clock.advanceTo(due);
    await Promise.all([a.idle(), b.idle()]);
    const requeued = async (): Promise<number> =>
      (await storedTypes(tenantId)).filter((type) => type === 'ConversationRequeued').length;
    await expect.poll(requeued).toBe(1);
    clock.advanceTo(T0 + 120 * SECOND);
    await Promise.all([a.idle(), b.idle()]);

    expect(await requeued()).toBe(1);
    expect(b.view.conversations.get('c1')?.status).toBe('queued');
    const timers = await onTestDatabase<{ at: string }>(
      `SELECT (data::jsonb->>'at')::bigint AS at FROM events WHERE tenant_id = $1 AND type = 'ConversationRequeued'`,
      [tenantId],
      schema,
    );
    expect(Number(timers[0]!.at)).toBe(due);
    expect(a.leading).toBe(false);
  });
});
