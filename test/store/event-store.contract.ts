/**
 * The store contract suite (STYLE.md 6): the same tests for every durable adapter, run against the
 * real database by one small test file per adapter. It checks the event-log port (ordering, gap-free
 * sequence numbers, atomic appends, conflicts — including a duplicate `(tenant, seq)` refused by the
 * database itself), durability across a reopen, the snapshot port (and that start-up from a snapshot
 * plus replay equals a full replay), and the read models (consistent with the state the events
 * produce, filtered, paged). Every test uses its own tenant ids, so test files may share a database.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/domain/conversation.js';
import { describeState } from '../../src/domain/describe-state.js';
import type { DomainEvent } from '../../src/domain/events.js';
import { replay } from '../../src/domain/execute.js';
import { toSnapshot } from '../../src/domain/snapshot.js';
import { createState, type TenantState } from '../../src/domain/state.js';
import { loadState } from '../../src/engine/load-state.js';
import type { DurableStore } from '../../src/store/durable-store.js';
import { SequenceConflictError } from '../../src/store/event-store.js';
import type { ConversationView } from '../../src/store/read-model.js';
import { SnapshotAheadOfLogError } from '../../src/store/snapshot-store.js';
import { runScenario, scenarioArb } from '../support/command-generators.js';
import { Harness, T0 } from '../support/harness.js';
import { rule, saveRules } from '../support/routing-helpers.js';

/** One adapter on one real database. */
export interface StoreUnderTest {
  /** A new store (connection) on the same database; two open at once are two writers. */
  open(): Promise<DurableStore>;
  /** Inserts an event row with plain SQL, past the adapter: only the database's key can refuse it. */
  insertRaw(tenantId: string, seq: number): Promise<void>;
  /** Migration versions recorded in the database. */
  schemaVersions(): Promise<number[]>;
  /** Removes the database (or schema) the suite used. */
  destroy(): Promise<void>;
}

const tick = (at: number, key = 'k'): DomainEvent => ({ type: 'TimerDropped', at, key });
const ticks = (count: number, from = T0): DomainEvent[] => Array.from({ length: count }, (_, i) => tick(from + i));

/** Appends a log in chunks, as an actor would, one batch per append. */
async function appendAll(store: DurableStore, tenantId: string, log: readonly DomainEvent[], chunk = 7): Promise<void> {
  for (let from = 0; from < log.length; from += chunk) {
    await store.append(tenantId, from, log.slice(from, from + chunk));
  }
}

async function allConversations(store: DurableStore, tenantId: string, limit = 7): Promise<ConversationView[]> {
  const all: ConversationView[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listConversations(tenantId, {}, { limit, cursor });
    all.push(...page.items);
    cursor = page.next;
  } while (cursor !== null);
  return all;
}

/** What the read model must say about a conversation, read off the live state. */
const expectedView = (conversation: Conversation) => ({
  conversationId: conversation.id,
  customerId: conversation.customerId,
  channel: conversation.channel,
  source: conversation.source,
  groupId: conversation.groupId,
  status: conversation.status,
  ownerId: conversation.ownerId,
  priority: conversation.priority,
  labels: [...conversation.labels],
  openedAt: conversation.openedAt,
  assignedAt: conversation.assignedAt,
  closedAt: conversation.closedAt,
  messageCount: conversation.lastSeq,
});

async function expectReadModelsMatch(
  store: DurableStore,
  tenantId: string,
  state: TenantState,
  log: readonly DomainEvent[],
) {
  expect(await store.projectedSeq(tenantId)).toBe(log.length);
  const views = await allConversations(store, tenantId);
  expect(views.map((view) => view.conversationId).sort()).toEqual([...state.conversations.keys()].sort());
  for (const view of views) {
    expect(view).toMatchObject(expectedView(state.conversations.get(view.conversationId)!));
  }
  const agents = await store.agents(tenantId);
  expect(agents.map((agent) => [agent.agentId, agent.status, agent.online])).toEqual(
    [...state.agents.values()].map((agent) => [agent.id, agent.status, agent.online]).sort(),
  );
  for (const customer of state.customers.values()) {
    const view = await store.customer(tenantId, customer.id);
    expect(view?.lastAgentId ?? null).toBe(customer.lastAgent?.agentId ?? null);
  }
  const audited = log.filter((event) =>
    ['TenantConfigured', 'DepartmentSaved', 'SkillGroupSaved', 'AgentSaved', 'RoutingRulesSaved'].includes(event.type),
  );
  const audit = await store.auditLog(tenantId, { limit: 500 });
  expect(audit.items.map((entry) => entry.type)).toEqual(audited.map((event) => event.type).reverse());
}

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
        expect(await sut.schemaVersions()).toEqual([1, 2]);
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

    describe('read models', () => {
      it('agree with the state the same events produce', async () => {
        await fc.assert(
          fc.asyncProperty(scenarioArb, async (scenario) => {
            const t = tenant();
            const run = runScenario(scenario);
            await appendAll(store, t, run.log, 9);
            await expectReadModelsMatch(store, t, run.state, run.log);
          }),
          { numRuns: 12, endOnFailure: true },
        );
      });

      it('filter conversations and page them with cursors, newest first, each exactly once', async () => {
        const t = tenant();
        const h = new Harness().group('sales').group('tech');
        h.agent('a1', { groups: ['sales'], max: 3 }).agent('a2', { groups: ['tech'], max: 3 });
        saveRules(h, [rule('vip', { keywords: { any: ['vip'] } }, { groupId: 'tech', labels: ['vip', 'urgent'] })]);
        for (let i = 0; i < 10; i += 1) {
          h.now += 1000;
          h.open(`c${i}`, { text: i % 3 === 0 ? 'vip here' : 'hello', channel: i % 2 === 0 ? 'web' : 'app' });
        }
        h.close('c0');
        await appendAll(store, t, h.log, 5);

        const ids = async (filter: Parameters<DurableStore['listConversations']>[1]): Promise<string[]> => {
          const found: string[] = [];
          let cursor: string | null = null;
          do {
            const page = await store.listConversations(t, filter, { limit: 2, cursor });
            found.push(...page.items.map((view) => view.conversationId));
            cursor = page.next;
          } while (cursor !== null);
          return found;
        };
        expect(await ids({})).toEqual(['c9', 'c8', 'c7', 'c6', 'c5', 'c4', 'c3', 'c2', 'c1', 'c0']);
        expect(await ids({ labels: ['vip'] })).toEqual(['c9', 'c6', 'c3', 'c0']);
        expect(await ids({ labels: ['vip', 'urgent'], status: ['active', 'queued'] })).toEqual(['c9', 'c6', 'c3']);
        expect(await ids({ groupId: 'sales', channel: 'web' })).toEqual(['c8', 'c4', 'c2']);
        expect(await ids({ status: ['closed'] })).toEqual(['c0']);
        expect(await ids({ status: [] })).toEqual([]);
        expect(await ids({ openedFrom: T0 + 3000, openedBefore: T0 + 6000 })).toEqual(['c4', 'c3', 'c2']);
        const owned = await ids({ ownerId: 'a2' });
        expect(owned.length).toBeGreaterThan(0);
        for (const id of owned) expect(h.owner(id)).toBe('a2');
        const first = await store.listConversations(t, {}, { limit: 3, cursor: 'not-a-cursor' });
        expect(first.items.map((view) => view.conversationId)).toEqual(['c9', 'c8', 'c7']);
      });

      it('page message history by per-conversation seq, forwards and backwards', async () => {
        const t = tenant();
        const h = new Harness().group('g');
        h.agent('a', { groups: ['g'] });
        h.open('c1', { text: 'first' });
        for (let i = 0; i < 6; i += 1) {
          h.reply('c1');
          h.write('c1', `more ${i}`);
        }
        h.run({
          type: 'PostMessage',
          conversationId: 'c1',
          messageId: 'note-1',
          author: { kind: 'agent', agentId: 'a' },
          visibility: 'internal',
          text: 'a note',
        });
        await appendAll(store, t, h.log, 4);
        const forward = await store.messages(t, 'c1', { limit: 5 });
        expect(forward.items.map((message) => message.seq)).toEqual([1, 2, 3, 4, 5]);
        expect(forward.items[0]).toMatchObject({
          authorKind: 'customer',
          text: 'first',
          visibility: 'public',
          kind: 'text',
        });
        expect(forward.items[1]).toMatchObject({ authorKind: 'agent', authorId: 'a' });
        const rest = await store.messages(t, 'c1', { limit: 100, afterSeq: forward.nextSeq! });
        expect(rest.items.map((message) => message.seq)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
        expect(rest.nextSeq).toBeNull();
        const back = await store.messages(t, 'c1', { limit: 3, beforeSeq: 14 });
        expect(back.items.map((message) => message.seq)).toEqual([13, 12, 11]);
        expect(back.nextSeq).toBe(11);
        const customerView = await store.messages(t, 'c1', { limit: 100, publicOnly: true });
        expect(customerView.items.map((message) => message.seq)).not.toContain(14);
        expect((await store.conversation(t, 'c1'))?.messageCount).toBe(14);
      });

      it('record every configuration change in the audit log, newest first, paged', async () => {
        const t = tenant();
        const h = new Harness().group('g').group('h');
        h.agent('a', { groups: ['g'] });
        h.run({ type: 'SaveDepartment', department: { id: 'd1', name: 'Sales', parentId: null } });
        h.open('c1');
        await appendAll(store, t, h.log, 3);
        const types = h.log
          .map((event, index) => ({ type: event.type, seq: index + 1 }))
          .filter((entry) =>
            ['TenantConfigured', 'DepartmentSaved', 'SkillGroupSaved', 'AgentSaved', 'RoutingRulesSaved'].includes(
              entry.type,
            ),
          )
          .reverse();
        const first = await store.auditLog(t, { limit: 2 });
        const second = await store.auditLog(t, { limit: 100, cursor: first.next });
        expect([...first.items, ...second.items].map((entry) => [entry.seq, entry.type])).toEqual(
          types.map((entry) => [entry.seq, entry.type]),
        );
        const groups = await store.auditLog(t, { limit: 100, types: ['SkillGroupSaved'] });
        expect(groups.items.map((entry) => entry.subjectId)).toEqual(['h', 'g']);
        expect(groups.items[1]?.data).toMatchObject({ type: 'SkillGroupSaved', group: { id: 'g' } });
      });

      it('follow a transfer from request to outcome, oldest first', async () => {
        const t = tenant();
        const transferEvents = [
          {
            type: 'TransferRequested',
            at: T0,
            transfer: {
              id: 'x1',
              conversationId: 'c1',
              initiatorId: 'a',
              fromAgentId: 'a',
              target: { kind: 'agent', agentId: 'b' },
              targetAgentId: 'b',
              note: { text: 'needs tech', reason: 'technical' },
              deadline: T0 + 30_000,
            },
          },
          { type: 'TransferRejected', at: T0 + 5000, transferId: 'x1', agentId: 'b', reason: 'busy' },
          {
            type: 'TransferRequested',
            at: T0 + 6000,
            transferId: 'x2',
            conversationId: 'c1',
            fromAgentId: 'a',
            target: { kind: 'group', groupId: 'experts' },
            deadline: T0 + 36_000,
          },
          { type: 'TransferAccepted', at: T0 + 7000, transferId: 'x2', agentId: 'c' },
          { type: 'TransferTimedOut', at: T0 + 8000 },
        ] as unknown as DomainEvent[];
        await store.append(t, 0, transferEvents);
        const chain = await store.transfers(t, 'c1');
        expect(chain).toMatchObject([
          {
            transferId: 'x1',
            status: 'rejected',
            targetKind: 'agent',
            targetId: 'b',
            note: 'needs tech',
            reason: 'technical',
            rejectReason: 'busy',
            answeredAt: T0 + 5000,
            deadline: T0 + 30_000,
          },
          { transferId: 'x2', status: 'accepted', targetKind: 'group', targetId: 'experts', targetAgentId: 'c' },
        ]);
      });
    });
  });
}
