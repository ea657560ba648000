/**
 * The store contract suite (STYLE.md 6), part one: the same tests for every durable adapter, run
 * against the real database by one small test file per adapter. It checks the event-log port
 * (ordering, gap-free sequence numbers, atomic appends, conflicts — including a duplicate
 * `(tenant, seq)` refused by the database itself), durability across a reopen, migrations, and the
 * snapshot port (and that start-up from a snapshot plus replay equals a full replay). Read models are
 * part two (read-model.contract.ts). Every test uses its own tenant ids, so test files may share a
 * database.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeState } from '../../src/domain/describe-state.js';
import type { DomainEvent } from '../../src/domain/events.js';
import { replay } from '../../src/domain/execute.js';
import { toSnapshot } from '../../src/domain/snapshot.js';
import { createState } from '../../src/domain/state.js';
import { loadState } from '../../src/engine/load-state.js';
import type { DurableStore } from '../../src/store/durable-store.js';
import { SequenceConflictError } from '../../src/store/event-store.js';
import { migrations } from '../../src/store/sql/migrations.js';
import { SnapshotAheadOfLogError } from '../../src/store/snapshot-store.js';
import { runScenario, scenarioArb } from '../support/command-generators.js';
import { Harness, T0 } from '../support/harness.js';
import { appendAll, tick, ticks, type StoreUnderTest } from './store-under-test.js';

export type { StoreUnderTest } from './store-under-test.js';

export function storeContract(name: string, create: () => Promise<StoreUnderTest>): void {
  describe(`${name} store contract`, () => {
    let sut: StoreUnderTest;
    let store: DurableStore;
    const tenant = (): string => `t-${randomUUID()}`;

    beforeAll(async () => {
      sut = await create();
      store = await sut.open();
    });

    afterAll(async () => {
      await store.close();
      await sut.destroy();
    });

    describe('event log', () => {
      it('numbers events from 1 without gaps and returns them in order', async () => {
        const t = tenant();
        expect(await store.lastSeq(t)).toBe(0);
        const first = await store.append(t, 0, ticks(3));
        const second = await store.append(t, 3, ticks(2, T0 + 10));
        expect([...first, ...second].map((stored) => stored.seq)).toEqual([1, 2, 3, 4, 5]);
        expect(await store.lastSeq(t)).toBe(5);
        const read = await store.read(t, 0, 100);
        expect(read.map((stored) => [stored.tenantId, stored.seq, stored.event])).toEqual(
          [...ticks(3), ...ticks(2, T0 + 10)].map((event, index) => [t, index + 1, event]),
        );
      });

      it('reads pages after a given seq', async () => {
        const t = tenant();
        await appendAll(store, t, ticks(25), 4);
        expect((await store.read(t, 10, 5)).map((stored) => stored.seq)).toEqual([11, 12, 13, 14, 15]);
        expect((await store.read(t, 23, 100)).map((stored) => stored.seq)).toEqual([24, 25]);
        expect(await store.read(t, 25, 100)).toEqual([]);
      });

      it('refuses an append that would leave a gap or overwrite, storing nothing', async () => {
        const t = tenant();
        await store.append(t, 0, ticks(3));
        await expect(store.append(t, 5, ticks(1))).rejects.toBeInstanceOf(SequenceConflictError);
        await expect(store.append(t, 1, ticks(1))).rejects.toMatchObject({ expectedSeq: 1, actualSeq: 3 });
        await expect(store.append(t, 0, ticks(2))).rejects.toBeInstanceOf(SequenceConflictError);
        expect(await store.lastSeq(t)).toBe(3);
        expect((await store.read(t, 0, 100)).map((stored) => stored.seq)).toEqual([1, 2, 3]);
      });

      it('lets exactly one of two writers with the same expected seq append (a stale owner is fenced)', async () => {
        const t = tenant();
        await store.append(t, 0, ticks(2));
        const other = await sut.open();
        try {
          const results = await Promise.allSettled([
            store.append(t, 2, [tick(T0 + 100, 'mine')]),
            other.append(t, 2, [tick(T0 + 100, 'theirs'), tick(T0 + 101, 'theirs')]),
          ]);
          const won = results.filter((result) => result.status === 'fulfilled');
          const lost = results.filter((result) => result.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(1);
          expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(SequenceConflictError);
          const stored = await store.read(t, 0, 100);
          expect(stored.map((event) => event.seq)).toEqual(stored.map((_, index) => index + 1));
        } finally {
          await other.close();
        }
      });

      it('has (tenant, seq) as the primary key: the database refuses a duplicate', async () => {
        const t = tenant();
        await store.append(t, 0, ticks(2));
        await expect(sut.insertRaw(t, 2)).rejects.toThrow();
        await sut.insertRaw(t, 3);
        expect(await store.lastSeq(t)).toBe(3);
      });

      it('appends atomically: a refused append changes no read model', async () => {
        const t = tenant();
        const h = new Harness().group('g');
        h.agent('a', { groups: ['g'] });
        await store.append(t, 0, h.log);
        const events = h.open('c1');
        await expect(store.append(t, 1, events)).rejects.toBeInstanceOf(SequenceConflictError);
        expect(await store.conversation(t, 'c1')).toBeNull();
        expect(await store.projectedSeq(t)).toBe(h.log.length - events.length);
      });

      it('keeps tenants apart, appends of many tenants at once each on its own, and lists tenants', async () => {
        const tenants = Array.from({ length: 12 }, () => tenant());
        await Promise.all(
          tenants.map(async (t, index) => {
            for (let round = 0; round < 4; round += 1) await store.append(t, round * 2, ticks(2, T0 + index));
          }),
        );
        for (const [index, t] of tenants.entries()) {
          const stored = await store.read(t, 0, 100);
          expect(stored.map((event) => [event.seq, event.event.at])).toEqual(
            Array.from({ length: 8 }, (_, i) => [i + 1, T0 + index + (i % 2)]),
          );
        }
        expect(await store.tenants()).toEqual(expect.arrayContaining(tenants));
      });

      it('keeps every acknowledged event across a close and reopen', async () => {
        const t = tenant();
        const run = runScenario(fc.sample(scenarioArb, { numRuns: 1, seed: 11 })[0]!);
        await appendAll(store, t, run.log, 13);
        const reopened = await sut.open();
        try {
          expect((await reopened.read(t, 0, 100_000)).map((stored) => stored.event)).toEqual(
            JSON.parse(JSON.stringify(run.log)),
          );
        } finally {
          await reopened.close();
        }
      });

      it('stores an event type it has no projection for, and reads it back', async () => {
        const t = tenant();
        const unknown = { type: 'SomethingNew', at: T0, detail: { x: 1 } } as unknown as DomainEvent;
        await store.append(t, 0, [unknown]);
        expect((await store.read(t, 0, 10))[0]?.event).toEqual(unknown);
      });
    });

    describe('migrations', () => {
      it('are recorded once, however often the database is opened', async () => {
        const again = await sut.open();
        await again.close();
        expect(await sut.schemaVersions()).toEqual(migrations.map((migration) => migration.version));
      });
    });

    describe('snapshots', () => {
      it('keep the latest, replace one at the same seq, and never run ahead of the log', async () => {
        const t = tenant();
        expect(await store.latestSnapshot(t)).toBeNull();
        const h = new Harness().group('g');
        h.agent('a', { groups: ['g'] });
        await store.append(t, 0, h.log);
        const data = toSnapshot(h.state);
        await store.saveSnapshot({ tenantId: t, seq: 2, takenAt: T0, data });
        await store.saveSnapshot({ tenantId: t, seq: 3, takenAt: T0 + 1, data });
        await store.saveSnapshot({ tenantId: t, seq: 3, takenAt: T0 + 2, data });
        await expect(
          store.saveSnapshot({ tenantId: t, seq: h.log.length + 1, takenAt: T0, data }),
        ).rejects.toBeInstanceOf(SnapshotAheadOfLogError);
        const latest = await store.latestSnapshot(t);
        expect(latest).toMatchObject({ tenantId: t, seq: 3, takenAt: T0 + 2 });
        expect(latest?.data).toEqual(JSON.parse(JSON.stringify(data)));
      });

      it('start-up from a snapshot plus the events after it equals a full replay', async () => {
        await fc.assert(
          fc.asyncProperty(scenarioArb, fc.double({ min: 0, max: 1, noNaN: true }), async (scenario, cut) => {
            const t = tenant();
            const run = runScenario(scenario);
            await appendAll(store, t, run.log, 50);
            const seq = Math.floor(cut * run.log.length);
            const data = toSnapshot(replay(createState(), run.log.slice(0, seq)));
            await store.saveSnapshot({ tenantId: t, seq, takenAt: T0, data });

            const fromSnapshot = await loadState({ tenantId: t, store, snapshots: store, pageSize: 64 });
            const fromLog = await loadState({ tenantId: t, store, pageSize: 64 });
            expect(fromSnapshot.snapshotSeq).toBe(seq);
            expect(fromSnapshot.seq).toBe(run.log.length);
            expect(describeState(fromSnapshot.state)).toEqual(describeState(fromLog.state));
            expect(describeState(fromSnapshot.state)).toEqual(describeState(run.state));
          }),
          { numRuns: 12, endOnFailure: true },
        );
      });
    });
  });
}
