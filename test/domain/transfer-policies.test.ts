/**
 * What follows a rejected or timed-out transfer, by tenant policy (DESIGN.md §5 States): notify the
 * initiator with fresh recommendations, forward to the next candidate, or return the conversation
 * to the group queue. And group targets: a member picked by the group's strategy, a wait for a free
 * member, or a refusal when nobody in the group is online.
 */
import { describe, expect, it } from 'vitest';
import type { TransferFailurePolicy } from '../../src/domain/transfer.js';
import { T0, Harness, eventsOf } from '../support/harness.js';
import { assignmentOf } from '../support/routing-checks.js';
import {
  acceptTransfer,
  agentOf,
  entries,
  ms,
  note,
  only,
  openFor,
  pendingTransfer,
  rejectTransfer,
  requestCommand,
  requestTransfer,
  timeline,
  toGroup,
  transferSettings,
} from '../support/transfer-helpers.js';

/**
 * a owns c1 (answered) in group g. Colleagues ranked by recommendation: b (primary in g), c
 * (secondary), d (general); all one slot, all free.
 */
function colleagues(onFailure: TransferFailurePolicy, maxForwards = 3): Harness {
  const h = new Harness()
    .group('g')
    .agent('a', { groups: ['g'] })
    .agent('b', { groups: [{ groupId: 'g', ability: 5, tier: 'primary' }] })
    .agent('c', { groups: [{ groupId: 'g', ability: 5, tier: 'secondary' }] })
    .agent('d', { groups: [{ groupId: 'g', ability: 5, tier: 'general' }] });
  transferSettings(h, { onFailure, maxForwards });
  openFor(h, 'c1', 'a');
  h.reply('c1');
  return h;
}

const askB = { id: 't1', conversationId: 'c1', by: 'a', to: 'b' } as const;

describe("policy 'notify'", () => {
  it('leaves the conversation with its owner and recommends everyone but the rejecter', () => {
    const h = colleagues('notify');
    requestTransfer(h, askB);
    const events = rejectTransfer(h, 't1', 'b', 'busy');

    // The internal entry for staff, and a notice telling the customer the owner keeps serving them (issue 17).
    expect(events.map((event) => event.type)).toEqual(['TransferRejected', 'MessagePosted', 'MessagePosted']);
    const [internal, notice] = eventsOf(events, 'MessagePosted');
    expect(internal).toMatchObject({ kind: 'TRANSFER_REJECT', visibility: 'internal' });
    expect(notice).toMatchObject({ kind: 'notice', visibility: 'public', author: { kind: 'system' } });
    expect(notice?.text).toContain(h.state.agents.get('a')?.name ?? 'a');
    expect(only(events, 'TransferRejected').recommendations.map((r) => r.agentId)).toEqual(['c', 'd']);
    expect(h.owner('c1')).toBe('a');
    expect(h.conversation('c1').pendingTransferId).toBeNull();
  });

  it('does the same on timeout, excluding the agent who let it expire', () => {
    const h = colleagues('notify');
    requestTransfer(h, askB);
    const events = h.advance(30);
    expect(only(events, 'TransferTimedOut').recommendations.map((r) => r.agentId)).toEqual(['c', 'd']);
    expect(eventsOf(events, 'TransferRequested')).toEqual([]);
    expect(h.owner('c1')).toBe('a');
  });

  it('limits the recommendations to transfer.recommendationCount, best first', () => {
    const h = colleagues('notify');
    transferSettings(h, { recommendationCount: 1 });
    requestTransfer(h, askB);
    const rejected = only(rejectTransfer(h, 't1', 'b'), 'TransferRejected');
    expect(rejected.recommendations.map((r) => r.agentId)).toEqual(['c']);
  });
});

describe("policy 'forward'", () => {
  it('forwards to the next best candidate, excluding everyone who already failed', () => {
    const h = colleagues('forward');
    requestTransfer(h, askB);
    h.advance(5);
    const first = rejectTransfer(h, 't1', 'b', 'busy');

    const forwarded = only(first, 'TransferRequested');
    expect(forwarded).toEqual({
      type: 'TransferRequested',
      at: T0 + ms(5),
      transfer: {
        id: 't1>1',
        conversationId: 'c1',
        initiatorId: 'a',
        fromAgentId: 'a',
        target: { kind: 'agent', agentId: 'c' },
        note: note(),
        source: 'forward',
        requiresAccept: true,
        requestedAt: T0 + ms(5),
        deadline: T0 + ms(35),
        attempt: 1,
        targetAgentId: 'c',
        excluded: ['b'],
      },
      initiatorDay: null,
    });
    // The customer was already told about the transfer: no second "transferring you" notice.
    expect(timeline(first, 'c1').map((entry) => entry.kind)).toEqual(['TRANSFER_REJECT', 'TRANSFER']);
    expect(h.conversation('c1').pendingTransferId).toBe('t1>1');
    expect(agentOf(h, 'c').incoming).toBe(1);
    // Forwards do not count toward the initiator's daily transfers.
    expect(agentOf(h, 'a').transfersToday.count).toBe(1);

    // c lets it time out: d is next, with b and c excluded.
    const second = h.advance(30);
    expect(only(second, 'TransferTimedOut')).toMatchObject({ transferId: 't1>1', agentId: 'c' });
    expect(only(second, 'TransferRequested').transfer).toMatchObject({
      id: 't1>1>2',
      source: 'forward',
      attempt: 2,
      targetAgentId: 'd',
      excluded: ['b', 'c'],
    });

    acceptTransfer(h, 't1>1>2', 'd');
    expect(h.owner('c1')).toBe('d');
  });

  it('falls back to notifying the initiator when nobody is left', () => {
    const h = colleagues('forward');
    requestTransfer(h, askB);
    rejectTransfer(h, 't1', 'b');
    rejectTransfer(h, 't1>1', 'c');
    const last = rejectTransfer(h, 't1>1>2', 'd');

    expect(only(last, 'TransferRejected').recommendations).toEqual([]);
    expect(eventsOf(last, 'TransferRequested')).toEqual([]);
    expect(h.owner('c1')).toBe('a');
    expect(h.conversation('c1').pendingTransferId).toBeNull();
  });

  it('stops after transfer.maxForwards forwards', () => {
    const h = colleagues('forward', 1);
    requestTransfer(h, askB);
    expect(only(rejectTransfer(h, 't1', 'b'), 'TransferRequested').transfer.attempt).toBe(1);

    const events = rejectTransfer(h, 't1>1', 'c');
    expect(eventsOf(events, 'TransferRequested')).toEqual([]);
    expect(only(events, 'TransferRejected').recommendations.map((r) => r.agentId)).toEqual(['d']);
    expect(h.owner('c1')).toBe('a');
    expect(agentOf(h, 'd').incoming).toBe(0);
  });

  it('forwards a group transfer to the next free member of that group', () => {
    const h = colleagues('forward')
      .group('tech', { strategy: 'most-skilled' })
      .agent('t1', { groups: [['tech', 9]] })
      .agent('t2', { groups: [['tech', 5]] });
    requestTransfer(h, { ...askB, to: toGroup('tech') });
    expect(pendingTransfer(h, 't1').targetAgentId).toBe('t1');

    const forwarded = only(rejectTransfer(h, 't1', 't1'), 'TransferRequested');
    expect(forwarded.transfer).toMatchObject({
      target: { kind: 'group', groupId: 'tech' },
      targetAgentId: 't2',
      excluded: ['t1'],
    });
  });
});

describe("policy 'return-to-queue'", () => {
  /** As `colleagues`, but b works in another group, so only c and d can pick c1 up from g's queue. */
  function returning(): Harness {
    const h = new Harness()
      .group('g')
      .group('vip')
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['vip'] })
      .agent('c', { groups: ['g'] });
    transferSettings(h, { onFailure: 'return-to-queue' });
    openFor(h, 'c1', 'a');
    h.reply('c1');
    return h;
  }

  it('puts the conversation back in its group’s queue, tells the customer, and a free agent takes it', () => {
    const h = returning();
    requestTransfer(h, askB);
    h.advance(7);
    const events = rejectTransfer(h, 't1', 'b');

    expect(only(events, 'ConversationRequeued')).toMatchObject({
      at: T0 + ms(7),
      conversationId: 'c1',
      fromAgentId: 'a',
      reason: 'transfer-failed',
      groupId: 'g',
    });
    expect(entries(events, 'c1', 'notice')).toMatchObject([
      { visibility: 'public', text: '正在为您安排新的客服，请稍候。' },
    ]);
    expect(assignmentOf(events, 'c1').agentId).toBe('c');
    expect(h.owner('c1')).toBe('c');
    expect(agentOf(h, 'a')).toMatchObject({ active: 0 });
    // The initiator handed it off: the queue does not give it back to them.
    expect(h.conversation('c1').excluded).toContain('a');
  });

  it('does the same after a timeout', () => {
    const h = returning();
    requestTransfer(h, askB);
    const events = h.advance(30);
    expect(only(events, 'ConversationRequeued')).toMatchObject({ reason: 'transfer-failed', groupId: 'g' });
    expect(h.owner('c1')).toBe('c');
  });

  it('waits in the queue when nobody is free', () => {
    const h = returning();
    openFor(h, 'c2', 'c');
    requestTransfer(h, askB);
    rejectTransfer(h, 't1', 'b');
    expect(h.status('c1')).toBe('queued');
    expect(h.owner('c1')).toBeNull();
    h.close('c2');
    expect(h.owner('c1')).toBe('c');
  });

  it('returns a failed group transfer to the target group’s queue', () => {
    const h = returning();
    requestTransfer(h, { ...askB, to: toGroup('vip') });
    const events = rejectTransfer(h, 't1', 'b');
    expect(only(events, 'ConversationRequeued')).toMatchObject({ reason: 'transfer-failed', groupId: 'vip' });
    expect(h.conversation('c1').groupId).toBe('vip');
  });

  it('does not hand the conversation straight back to the agent who just rejected it', () => {
    const h = colleagues('return-to-queue');
    requestTransfer(h, askB);
    const events = rejectTransfer(h, 't1', 'b', 'not my area');
    expect(assignmentOf(events, 'c1').agentId).not.toBe('b');
    expect(h.owner('c1')).not.toBe('b');
  });
});

describe('group targets', () => {
  /** a owns c1 in g; group tech has t-low (ability 2) and t-high (ability 9), one slot each. */
  function withTech(strategy: 'most-skilled' | 'least-load' = 'most-skilled'): Harness {
    const h = new Harness()
      .group('g')
      .group('tech', { strategy })
      .agent('a', { groups: ['g'] })
      .agent('t-low', { groups: [['tech', 2]] })
      .agent('t-high', { groups: [['tech', 9]] })
      .settings({ defaultGroupBySource: { tech: 'tech' } });
    openFor(h, 'c1', 'a');
    h.reply('c1');
    return h;
  }

  it('offers the transfer to the member the group’s strategy picks', () => {
    const h = withTech();
    const requested = only(requestTransfer(h, { ...askB, to: toGroup('tech') }), 'TransferRequested');
    expect(requested.transfer).toMatchObject({ target: { kind: 'group', groupId: 'tech' }, targetAgentId: 't-high' });
    expect(agentOf(h, 't-high').incoming).toBe(1);
  });

  it('skips members who are full', () => {
    const h = withTech();
    h.open('x', { source: 'tech' });
    expect(h.owner('x')).toBe('t-high');
    const requested = only(requestTransfer(h, { ...askB, to: toGroup('tech') }), 'TransferRequested');
    expect(requested.transfer.targetAgentId).toBe('t-low');
  });

  it('waits for a free member when nobody is free, then offers it to the first who frees a slot', () => {
    const h = withTech();
    h.open('x1', { source: 'tech' });
    h.open('x2', { source: 'tech' });
    expect([h.owner('x1'), h.owner('x2')].sort()).toEqual(['t-high', 't-low']);

    const events = requestTransfer(h, { ...askB, to: toGroup('tech') });
    expect(only(events, 'TransferRequested').transfer.targetAgentId).toBeNull();
    expect(entries(events, 'c1', 'notice')).toHaveLength(1);
    expect(
      h.state.groups
        .get('tech')!
        .transferQueue.toArray()
        .map((t) => t.id),
    ).toEqual(['t1']);

    h.advance(10);
    const freedAgent = h.owner('x1')!;
    const freed = h.close('x1');
    expect(only(freed, 'TransferOffered')).toEqual({
      type: 'TransferOffered',
      at: T0 + ms(10),
      transferId: 't1',
      conversationId: 'c1',
      agentId: freedAgent,
      deadline: T0 + ms(10) + ms(30),
    });
    expect(pendingTransfer(h, 't1').targetAgentId).toBe(freedAgent);
    expect(agentOf(h, freedAgent).incoming).toBe(1);
    expect(h.state.groups.get('tech')!.transferQueue.size).toBe(0);

    acceptTransfer(h, 't1', freedAgent);
    expect(h.conversation('c1')).toMatchObject({ ownerId: freedAgent, groupId: 'tech' });
  });

  it('offers a waiting transfer before any queued customer of the group', () => {
    const h = withTech();
    h.open('x1', { source: 'tech' });
    h.open('x2', { source: 'tech' });
    requestTransfer(h, { ...askB, to: toGroup('tech') });
    h.open('x3', { source: 'tech' });
    expect(h.status('x3')).toBe('queued');

    const freed = h.close('x1');
    expect(eventsOf(freed, 'TransferOffered')).toHaveLength(1);
    expect(eventsOf(freed, 'ConversationAssigned')).toEqual([]);
    expect(h.status('x3')).toBe('queued');
  });

  it('times out a waiting group transfer that nobody could take', () => {
    const h = withTech();
    h.open('x1', { source: 'tech' });
    h.open('x2', { source: 'tech' });
    h.reply('x1');
    h.reply('x2');
    requestTransfer(h, { ...askB, to: toGroup('tech') });

    const events = h.advance(30);
    expect(only(events, 'TransferTimedOut')).toMatchObject({ transferId: 't1', agentId: null, at: T0 + ms(30) });
    expect(h.state.groups.get('tech')!.transferQueue.size).toBe(0);
    expect(h.owner('c1')).toBe('a');
    expect(h.conversation('c1').pendingTransferId).toBeNull();
    // A member freeing a slot later finds nothing to take.
    expect(eventsOf(h.close('x1'), 'TransferOffered')).toEqual([]);
  });

  it('never offers the conversation to a member excluded from it (here: a missed first response)', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] })
      .agent('c', { groups: ['g'] });
    openFor(h, 'c0', 'c');
    h.reply('c0');
    openFor(h, 'c1', 'b');
    // b never answers: c1 is taken from b (who is excluded from it from now on) and goes to a.
    expect(only(h.advance(60), 'ConversationRequeued')).toMatchObject({ fromAgentId: 'b' });
    expect(h.owner('c1')).toBe('a');
    expect(h.conversation('c1').excluded).toEqual(['b']);
    h.reply('c1');

    // b is the only free member of g, but may not be offered c1 again: the transfer waits.
    const requested = only(requestTransfer(h, { ...askB, to: toGroup('g') }), 'TransferRequested');
    expect(requested.transfer.targetAgentId).not.toBe('b');
    expect(agentOf(h, 'b').incoming).toBe(0);
  });

  it('does not offer a new group transfer to a member who already rejected this conversation', () => {
    const h = withTech();
    requestTransfer(h, { ...askB, to: toGroup('tech') });
    rejectTransfer(h, 't1', 't-high', 'not mine');
    const again = only(
      requestTransfer(h, { id: 't2', conversationId: 'c1', by: 'a', to: toGroup('tech') }),
      'TransferRequested',
    );
    expect(again.transfer.targetAgentId).toBe('t-low');
  });

  it('does not offer a waiting group transfer to an excluded member who frees a slot', () => {
    const h = withTech();
    requestTransfer(h, { ...askB, to: toGroup('tech') });
    rejectTransfer(h, 't1', 't-high', 'not mine');
    h.open('x1', { source: 'tech' });
    h.open('x2', { source: 'tech' });
    expect([h.owner('x1'), h.owner('x2')]).toEqual(['t-high', 't-low']);
    requestTransfer(h, { id: 't2', conversationId: 'c1', by: 'a', to: toGroup('tech') });
    expect(pendingTransfer(h, 't2').targetAgentId).toBeNull();

    expect(eventsOf(h.close('x1'), 'TransferOffered')).toEqual([]);
    expect(only(h.close('x2'), 'TransferOffered')).toMatchObject({ transferId: 't2', agentId: 't-low' });
  });

  it('never picks a member the customer rated badly', () => {
    const h = withTech();
    h.open('p1', { customerId: 'picky', source: 'tech' });
    expect(h.owner('p1')).toBe('t-high');
    h.close('p1');
    h.run({ type: 'RateConversation', conversationId: 'p1', score: 1 });
    h.open('c2', { customerId: 'picky', agentId: 'a' });
    h.close('c1');
    expect(h.owner('c2')).toBe('a');
    h.reply('c2');

    const requested = only(
      requestTransfer(h, { id: 't2', conversationId: 'c2', by: 'a', to: toGroup('tech') }),
      'TransferRequested',
    );
    expect(requested.transfer.targetAgentId).toBe('t-low');
  });

  it('refuses with NO_TRANSFER_TARGET when nobody in the group is online', () => {
    const h = withTech();
    h.run({ type: 'DisconnectAgent', agentId: 't-low' });
    h.run({ type: 'DisconnectAgent', agentId: 't-high' });
    const error = h.refused(requestCommand({ ...askB, to: toGroup('tech') }));
    expect(error.code).toBe('NO_TRANSFER_TARGET');
    expect(h.conversation('c1').pendingTransferId).toBeNull();
  });

  it('refuses a group that does not exist', () => {
    const h = withTech();
    expect(h.refused(requestCommand({ ...askB, to: toGroup('nope') })).code).toBe('GROUP_NOT_FOUND');
  });
});
