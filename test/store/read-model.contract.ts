/**
 * The store contract suite, part two: read models (src/store/read-model.ts) against the real database
 * of each adapter — consistent with the state the same events produce (random scenarios), filtered
 * and paged with cursors, message history by seq, the audit log, the transfer chain.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/domain/conversation.js';
import type { DomainEvent } from '../../src/domain/events.js';
import type { TenantState } from '../../src/domain/state.js';
import type { DurableStore } from '../../src/store/durable-store.js';
import type { ConversationView } from '../../src/store/read-model.js';
import { runScenario, scenarioArb } from '../support/command-generators.js';
import { Harness, T0 } from '../support/harness.js';
import { rule, saveRules } from '../support/routing-helpers.js';
import type { TransferTarget } from '../../src/domain/transfer.js';
import { auditedEventTypes } from '../../src/store/sql/projector.js';
import { appendAll, type StoreUnderTest } from './store-under-test.js';

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
  const audited = log.filter((event) => auditedEventTypes.includes(event.type));
  for (const conversation of state.conversations.values()) {
    const chain = await store.transfers(tenantId, conversation.id);
    expect(chain.map((transfer) => transfer.transferId).sort()).toEqual([...conversation.transferIds].sort());
  }
  for (const transfer of state.transfers.values()) {
    const row = (await store.transfers(tenantId, transfer.conversationId)).find(
      (view) => view.transferId === transfer.id,
    );
    expect([row?.status, row?.targetAgentId]).toEqual(['pending', transfer.targetAgentId]);
  }
  const audit = await store.auditLog(tenantId, { limit: 500 });
  expect(audit.items.map((entry) => entry.type)).toEqual(audited.map((event) => event.type).reverse());
}

export function readModelContract(name: string, create: () => Promise<StoreUnderTest>): void {
  describe(`${name} read models`, () => {
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
        .filter((entry) => auditedEventTypes.includes(entry.type))
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

    it('keep secrets out of the audit log, which still records that they changed', async () => {
      const t = tenant();
      const h = new Harness().group('g');
      h.agent('a', { groups: ['g'] });
      h.run({ type: 'SetPassword', agentId: 'a', passwordHash: 'scrypt$secret-hash' });
      h.run({ type: 'IssueApiKey', keyId: 'k1', name: 'crm', hash: 'deadbeef'.repeat(8) });
      h.run({ type: 'SetWidgetSecret', secret: 'widget-secret-'.repeat(4) });
      await appendAll(store, t, h.log, 2);
      const page = await store.auditLog(t, { limit: 3 });
      expect(page.items.map((entry) => [entry.type, entry.subjectId])).toEqual([
        ['WidgetSecretSet', null],
        ['ApiKeyIssued', 'k1'],
        ['PasswordSet', 'a'],
      ]);
      const text = JSON.stringify(page.items);
      for (const secret of ['secret-hash', 'deadbeef', 'widget-secret']) expect(text).not.toContain(secret);
      expect(page.items[1]?.data).toMatchObject({ name: 'crm', hash: '[redacted]' });
    });

    it("give a customer's last agent: the owner of their latest closed conversation, whatever came after", async () => {
      const t = tenant();
      const h = new Harness().group('g');
      h.agent('a1', { groups: ['g'], max: 1 }).agent('a2', { groups: ['g'], max: 1 });
      h.open('c1', { customerId: 'u' });
      h.open('c2', { customerId: 'u' });
      const owners = [h.owner('c1'), h.owner('c2')];
      h.close('c1');
      h.close('c2');
      h.run({ type: 'RateConversation', conversationId: 'c1', score: 5 });
      await appendAll(store, t, h.log, 3);
      expect(h.state.customers.get('u')?.lastAgent?.agentId).toBe(owners[1]);
      expect(await store.customer(t, 'u')).toMatchObject({ lastAgentId: owners[1], lastServedAt: h.now });
    });

    it("keep a customer's contact and custom attributes, and defaults for profiles saved without them", async () => {
      const t = tenant();
      const h = new Harness();
      h.customer('u:old', { name: 'Old' });
      h.customer('u:new', { contact: { phone: '+86 138', email: null }, attributes: { tier: '金卡', spend: '5999' } });
      await appendAll(store, t, h.log, 2);
      expect(await store.customer(t, 'u:old')).toMatchObject({
        name: 'Old',
        contact: { phone: null, email: null },
        attributes: {},
      });
      expect(await store.customer(t, 'u:new')).toMatchObject({
        contact: { phone: '+86 138', email: null },
        attributes: { tier: '金卡', spend: '5999' },
      });
    });

    it('follow a transfer from request to outcome, oldest first, and move the conversation with it', async () => {
      const t = tenant();
      const h = new Harness().group('g').group('tech');
      h.agent('a', { groups: ['g'] })
        .agent('b', { groups: ['g'] })
        .agent('c', { groups: ['tech'] });
      h.open('c1', { agentId: 'a' });
      h.reply('c1');
      const ask = (transferId: string, target: TransferTarget, text: string): void => {
        h.run({
          type: 'RequestTransfer',
          transferId,
          conversationId: 'c1',
          initiatorId: 'a',
          target,
          note: { text, templateId: null, fields: {}, reason: 'technical', tags: [] },
        });
      };
      ask('x1', { kind: 'agent', agentId: 'b' }, 'needs a second look');
      h.now += 5000;
      h.run({ type: 'RejectTransfer', transferId: 'x1', agentId: 'b', reason: 'busy' });
      ask('x2', { kind: 'agent', agentId: 'b' }, 'please');
      h.advance(h.state.settings.transfer.timeoutSeconds + 1);
      ask('x3', { kind: 'group', groupId: 'tech' }, 'needs tech');
      h.now += 1000;
      h.run({ type: 'AcceptTransfer', transferId: 'x3', agentId: 'c' });
      await appendAll(store, t, h.log, 4);

      const chain = await store.transfers(t, 'c1');
      expect(chain.map((transfer) => [transfer.transferId, transfer.status, transfer.targetAgentId])).toEqual([
        ['x1', 'rejected', 'b'],
        ['x2', 'timed-out', 'b'],
        ['x3', 'accepted', 'c'],
      ]);
      expect(chain[0]).toMatchObject({
        initiatorId: 'a',
        fromAgentId: 'a',
        targetKind: 'agent',
        targetId: 'b',
        note: 'needs a second look',
        reason: 'technical',
        rejectReason: 'busy',
        answeredAt: T0 + 5000,
        requestedAt: T0,
      });
      expect(chain[2]).toMatchObject({ targetKind: 'group', targetId: 'tech' });
      const conversation = h.conversation('c1');
      expect(conversation.ownerId).toBe('c');
      expect(await store.conversation(t, 'c1')).toMatchObject({
        ownerId: 'c',
        groupId: conversation.groupId,
        status: conversation.status,
        assignedAt: conversation.assignedAt,
      });
    });
  });
}
