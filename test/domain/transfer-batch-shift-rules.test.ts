/**
 * Transfers of many conversations at once and transfers a rule triggers (DESIGN.md §5 Batch and
 * rule-triggered transfers): BatchTransfer, EndShift, keyword rules on mid-conversation messages
 * and VIP-upgrade rules.
 */
import { describe, expect, it } from 'vitest';
import type { TransferRule } from '../../src/domain/transfer.js';
import { T0, Harness, eventsOf } from '../support/harness.js';
import {
  acceptTransfer,
  agentOf,
  entries,
  note,
  only,
  openFor,
  pendingTransfer,
  rejectTransfer,
  toAgent,
  toGroup,
  transferSettings,
} from '../support/transfer-helpers.js';

describe('BatchTransfer', () => {
  /** a owns c1–c3 (answered); d owns c4; b has two free slots. */
  function overloaded(): Harness {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'], max: 3 })
      .agent('d', { groups: ['g'] })
      .agent('b', { groups: ['g'], max: 2 });
    for (const id of ['c1', 'c2', 'c3']) {
      openFor(h, id, 'a');
      h.reply(id);
    }
    openFor(h, 'c4', 'd');
    return h;
  }

  it('requests what it can; later items see the slots earlier ones took; refusals are summarised', () => {
    const h = overloaded();
    const events = h.run({
      type: 'BatchTransfer',
      batchId: 'B1',
      initiatorId: 'a',
      conversationIds: ['c1', 'c2', 'c3', 'c4'],
      target: toAgent('b'),
      note: note('overloaded'),
    });

    const requested = eventsOf(events, 'TransferRequested').map((event) => event.transfer);
    expect(
      requested.map(({ id, conversationId, source, targetAgentId }) => ({ id, conversationId, source, targetAgentId })),
    ).toEqual([
      { id: 'B1:0', conversationId: 'c1', source: 'batch', targetAgentId: 'b' },
      { id: 'B1:1', conversationId: 'c2', source: 'batch', targetAgentId: 'b' },
    ]);
    const summary = events.at(-1)!;
    expect(summary).toEqual({
      type: 'TransfersBatched',
      at: T0,
      batchId: 'B1',
      initiatorId: 'a',
      requested: ['c1', 'c2'],
      refused: [
        { conversationId: 'c3', code: 'TRANSFER_TARGET_UNAVAILABLE', message: expect.any(String) as string },
        { conversationId: 'c4', code: 'NOT_OWNER', message: expect.any(String) as string },
      ],
    });
    expect(agentOf(h, 'b')).toMatchObject({ incoming: 2, active: 0 });
    expect(h.conversation('c3').pendingTransferId).toBeNull();
    // Each item writes its own timeline: a TRANSFER entry and a notice per conversation.
    expect(entries(events, 'c1', 'TRANSFER')).toHaveLength(1);
    expect(entries(events, 'c2', 'TRANSFER')).toHaveLength(1);
    expect(entries(events, 'c3', 'TRANSFER')).toEqual([]);

    acceptTransfer(h, 'B1:0', 'b');
    acceptTransfer(h, 'B1:1', 'b');
    expect([h.owner('c1'), h.owner('c2'), h.owner('c3')]).toEqual(['b', 'b', 'a']);
  });

  it('spreads a batch to a group over its free members, then waits for one', () => {
    const h = overloaded()
      .group('tech')
      .agent('t1', { groups: ['tech'] })
      .agent('t2', { groups: ['tech'] });
    const events = h.run({
      type: 'BatchTransfer',
      batchId: 'B2',
      initiatorId: 'a',
      conversationIds: ['c1', 'c2', 'c3'],
      target: toGroup('tech'),
      note: note('to tech'),
    });
    const targets = eventsOf(events, 'TransferRequested').map((event) => event.transfer.targetAgentId);
    expect(targets.slice(0, 2).sort()).toEqual(['t1', 't2']);
    expect(targets[2]).toBeNull();
    expect(only(events, 'TransfersBatched')).toMatchObject({ requested: ['c1', 'c2', 'c3'], refused: [] });
  });

  it('is refused as a whole when malformed', () => {
    const h = overloaded();
    const batch = {
      type: 'BatchTransfer',
      batchId: 'B',
      initiatorId: 'a',
      target: toAgent('b'),
      note: note(),
    } as const;
    expect(h.refused({ ...batch, conversationIds: [] }).code).toBe('INVALID_COMMAND');
    expect(h.refused({ ...batch, conversationIds: ['c1', 'c1'] }).code).toBe('INVALID_COMMAND');
    expect(h.refused({ ...batch, batchId: '', conversationIds: ['c1'] }).code).toBe('INVALID_COMMAND');
    expect(h.refused({ ...batch, initiatorId: 'ghost', conversationIds: ['c1'] }).code).toBe('AGENT_NOT_FOUND');
    expect(agentOf(h, 'b').incoming).toBe(0);
  });
});

describe('EndShift', () => {
  /** a owns c1 and c2 (answered); b (primary, one slot) and c (general, one slot) are on duty. */
  function shift(): Harness {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'], max: 2 })
      .agent('b', { groups: [{ groupId: 'g', ability: 5, tier: 'primary' }] })
      .agent('c', { groups: [{ groupId: 'g', ability: 5, tier: 'general' }] });
    openFor(h, 'c1', 'a');
    openFor(h, 'c2', 'a');
    h.reply('c1');
    h.reply('c2');
    return h;
  }

  it('hands each conversation to the best recommended colleague and sets the agent away', () => {
    const h = shift();
    const events = h.run({ type: 'EndShift', agentId: 'a' });

    const requested = eventsOf(events, 'TransferRequested').map((event) => event.transfer);
    expect(
      requested.map(({ conversationId, targetAgentId, source, initiatorId }) => ({
        conversationId,
        targetAgentId,
        source,
        initiatorId,
      })),
    ).toEqual([
      { conversationId: 'c1', targetAgentId: 'b', source: 'shift-end', initiatorId: 'a' },
      { conversationId: 'c2', targetAgentId: 'c', source: 'shift-end', initiatorId: 'a' },
    ]);
    expect(requested[0]!.note).toMatchObject({ reason: 'shift-end', tags: ['shift-end'] });
    expect(only(events, 'AgentStatusChanged')).toMatchObject({ agentId: 'a', status: 'away' });
    expect(events.at(-1)).toEqual({
      type: 'ShiftEnded',
      at: T0,
      agentId: 'a',
      handedOver: ['c1', 'c2'],
      returned: [],
      refused: [],
    });
    expect(agentOf(h, 'a').status).toBe('away');

    acceptTransfer(h, requested[0]!.id, 'b');
    acceptTransfer(h, requested[1]!.id, 'c');
    expect(agentOf(h, 'a')).toMatchObject({ active: 0, status: 'away' });
    // Away: a gets no new conversations.
    h.open('c3');
    expect(h.status('c3')).toBe('queued');
  });

  it('returns a conversation to the queue when nobody is available', () => {
    const h = shift();
    h.run({ type: 'SetAgentStatus', agentId: 'c', status: 'away' });
    const events = h.run({ type: 'EndShift', agentId: 'a' });

    expect(eventsOf(events, 'TransferRequested').map((event) => event.transfer.conversationId)).toEqual(['c1']);
    expect(only(events, 'ConversationRequeued')).toMatchObject({
      conversationId: 'c2',
      fromAgentId: 'a',
      reason: 'returned',
      groupId: 'g',
    });
    expect(only(events, 'ShiftEnded')).toMatchObject({ handedOver: ['c1'], returned: ['c2'], refused: [] });
    expect(h.status('c2')).toBe('queued');
    expect(agentOf(h, 'a')).toMatchObject({ status: 'away', active: 1 });
  });

  it('does not route a waiting customer to the agent whose shift is ending', () => {
    const h = shift();
    openFor(h, 'cb', 'b');
    openFor(h, 'cc', 'c');
    h.open('w');
    expect(h.status('w')).toBe('queued');

    const events = h.run({ type: 'EndShift', agentId: 'a' });
    expect(only(events, 'ShiftEnded')).toMatchObject({ handedOver: [], returned: ['c1', 'c2'] });
    expect(eventsOf(events, 'ConversationAssigned')).toEqual([]);
    expect(h.status('w')).toBe('queued');
    expect(agentOf(h, 'a')).toMatchObject({ status: 'away', active: 0 });
    expect([...agentOf(h, 'a').conversations]).toEqual([]);
  });

  it('refuses an unknown agent', () => {
    expect(shift().refused({ type: 'EndShift', agentId: 'ghost' }).code).toBe('AGENT_NOT_FOUND');
  });
});

describe('transfer rules', () => {
  const refundRule = (action: TransferRule['action'], extra: Partial<TransferRule> = {}): TransferRule => ({
    id: 'refund',
    name: 'Refunds go to after-sales',
    enabled: true,
    when: { keywords: { any: ['refund', '退款'] } },
    action,
    target: toGroup('after-sales'),
    note: 'customer asks for a refund',
    ...extra,
  });

  /** a owns c1 (answered) in g; after-sales has s. */
  function withRules(rules: readonly TransferRule[]): Harness {
    const h = new Harness()
      .group('g')
      .group('after-sales')
      .agent('a', { groups: ['g'] })
      .agent('s', { groups: ['after-sales'] });
    transferSettings(h, { rules });
    openFor(h, 'c1', 'a');
    h.reply('c1');
    return h;
  }

  it("'suggest': a keyword in a customer message suggests a transfer to the owner, once", () => {
    const h = withRules([refundRule('suggest')]);
    expect(eventsOf(h.write('c1', 'hello'), 'TransferRuleMatched')).toEqual([]);

    const events = h.write('c1', '我要退款');
    expect(events.map((event) => event.type)).toEqual(['MessagePosted', 'TransferRuleMatched']);
    expect(events[1]).toEqual({
      type: 'TransferRuleMatched',
      at: T0,
      conversationId: 'c1',
      agentId: 'a',
      ruleId: 'refund',
      action: 'suggest',
      target: toGroup('after-sales'),
    });
    expect(h.conversation('c1').pendingTransferId).toBeNull();
    expect(eventsOf(h.write('c1', 'REFUND please'), 'TransferRuleMatched')).toEqual([]);
  });

  it("'transfer': the system requests the transfer itself, once per conversation", () => {
    const h = withRules([refundRule('transfer')]);
    const events = h.write('c1', 'I want a refund');

    expect(only(events, 'TransferRuleMatched').action).toBe('transfer');
    expect(only(events, 'TransferRequested')).toMatchObject({
      transfer: {
        id: 'rule:refund:c1',
        initiatorId: 'system',
        fromAgentId: 'a',
        source: 'rule',
        target: toGroup('after-sales'),
        targetAgentId: 's',
        note: { text: 'customer asks for a refund', reason: 'rule: Refunds go to after-sales' },
      },
      initiatorDay: null,
    });
    expect(entries(events, 'c1', 'TRANSFER')).toMatchObject([{ author: { kind: 'system' } }]);
    expect(entries(events, 'c1', 'notice')).toHaveLength(1);

    rejectTransfer(h, 'rule:refund:c1', 's');
    const again = h.write('c1', 'refund refund refund');
    expect(eventsOf(again, 'TransferRuleMatched')).toEqual([]);
    expect(eventsOf(again, 'TransferRequested')).toEqual([]);

    // Another conversation has its own once.
    h.close('c1');
    openFor(h, 'c2', 'a');
    expect(only(h.write('c2', 'refund'), 'TransferRequested').transfer.id).toBe('rule:refund:c2');
    expect(pendingTransfer(h, 'rule:refund:c2').source).toBe('rule');
  });

  it('ignores disabled rules, agents’ messages and conversations that are not being served', () => {
    const disabled = withRules([refundRule('transfer', { enabled: false })]);
    expect(eventsOf(disabled.write('c1', 'refund'), 'TransferRuleMatched')).toEqual([]);

    const h = withRules([refundRule('transfer')]);
    const reply = h.run({
      type: 'PostMessage',
      conversationId: 'c1',
      messageId: 'agent-says-refund',
      author: { kind: 'agent', agentId: 'a' },
      visibility: 'public',
      text: 'a refund takes 3 days',
    });
    expect(eventsOf(reply, 'TransferRuleMatched')).toEqual([]);
    h.open('q', { agentId: 'a' });
    expect(h.status('q')).toBe('queued');
    expect(eventsOf(h.write('q', 'refund'), 'TransferRuleMatched')).toEqual([]);
  });

  it('only suggests while another transfer is pending', () => {
    const h = withRules([refundRule('transfer')]).agent('b', { groups: ['g'] });
    h.run({
      type: 'RequestTransfer',
      transferId: 't1',
      conversationId: 'c1',
      initiatorId: 'a',
      target: toAgent('b'),
      note: note(),
    });
    const events = h.write('c1', 'refund');
    expect(only(events, 'TransferRuleMatched')).toMatchObject({ ruleId: 'refund' });
    expect(eventsOf(events, 'TransferRequested')).toEqual([]);
    expect(h.conversation('c1').pendingTransferId).toBe('t1');
  });

  it('a VIP upgrade of the customer triggers a vipLevelAtLeast rule on their served conversation', () => {
    const vipRule: TransferRule = {
      id: 'vip',
      name: 'VIPs go to the VIP desk',
      enabled: true,
      when: { vipLevelAtLeast: 3 },
      action: 'transfer',
      target: toGroup('after-sales'),
      note: 'VIP upgrade',
    };
    const h = withRules([vipRule]);
    const customerId = h.conversation('c1').customerId;

    expect(eventsOf(h.customer(customerId, { vipLevel: 2 }).log, 'TransferRuleMatched')).toEqual([]);
    const before = h.log.length;
    h.customer(customerId, { vipLevel: 3 });
    const events = h.log.slice(before);
    expect(events.map((event) => event.type)).toEqual([
      'CustomerSaved',
      'TransferRuleMatched',
      'TransferRequested',
      'MessagePosted',
      'MessagePosted',
    ]);
    expect(only(events, 'TransferRequested').transfer).toMatchObject({
      id: 'rule:vip:c1',
      initiatorId: 'system',
      source: 'rule',
      targetAgentId: 's',
    });

    // Fires once: a further upgrade does nothing more.
    acceptTransfer(h, 'rule:vip:c1', 's');
    const later = h.log.length;
    h.customer(customerId, { vipLevel: 5 });
    expect(eventsOf(h.log.slice(later), 'TransferRuleMatched')).toEqual([]);
  });
});
