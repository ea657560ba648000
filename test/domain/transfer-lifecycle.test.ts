/**
 * The life of one transfer (DESIGN.md §5 States, Continuity, Timeline events): request, accept,
 * reject, timeout, cancel; one pending transfer per conversation; what closing the conversation or
 * losing its owner does to a pending transfer; customer notices in the customer's language.
 */
import { describe, expect, it } from 'vitest';
import { isRoutable } from '../../src/domain/agent.js';
import { T0, Harness, eventsOf } from '../support/harness.js';
import { assignmentOf, profileOf } from '../support/routing-checks.js';
import {
  acceptTransfer,
  agentOf,
  cancelTransfer,
  chainOf,
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

const ZH = {
  pending: '正在为您转接更合适的客服，请稍候，您可以继续留言。',
  accepted: (agent: string) => `已为您转接至客服 ${agent}。`,
  greeting: (agent: string) => `您好，我是 ${agent}，已了解您的情况，很高兴继续为您服务。`,
};
const EN = {
  pending: "We're connecting you with a colleague who can help best. One moment — you can keep writing.",
  accepted: (agent: string) => `You're now chatting with ${agent}.`,
  greeting: (agent: string) =>
    `Hi, I'm ${agent}. I've read through your conversation and I'm happy to take it from here.`,
};

/**
 * Group `g` with a and b (one slot each), group `tech` with c. a owns c1 and has answered, so the
 * first-response takeover does not interfere.
 */
function team(): Harness {
  const h = new Harness()
    .group('g')
    .group('tech')
    .agent('a', { groups: ['g'] })
    .agent('b', { groups: ['g'] })
    .agent('c', { groups: ['tech'] });
  openFor(h, 'c1', 'a');
  h.reply('c1');
  return h;
}

const askB = { id: 't1', conversationId: 'c1', by: 'a', to: 'b' } as const;

describe('requesting a transfer', () => {
  it('creates a pending transfer that holds a slot of the target, with an internal entry and a public notice', () => {
    const h = team();
    h.advance(5);
    const events = requestTransfer(h, { ...askB, note: note('refund over 500, needs approval') });

    expect(only(events, 'TransferRequested')).toEqual({
      type: 'TransferRequested',
      at: T0 + ms(5),
      transfer: {
        id: 't1',
        conversationId: 'c1',
        initiatorId: 'a',
        fromAgentId: 'a',
        target: { kind: 'agent', agentId: 'b' },
        note: note('refund over 500, needs approval'),
        source: 'manual',
        requiresAccept: true,
        requestedAt: T0 + ms(5),
        deadline: T0 + ms(35),
        attempt: 0,
        targetAgentId: 'b',
        excluded: [],
      },
      initiatorDay: { date: '2026-03-02', count: 1 },
    });
    const [entry, notice] = timeline(events, 'c1');
    expect(entry).toMatchObject({
      kind: 'TRANSFER',
      visibility: 'internal',
      author: { kind: 'agent', agentId: 'a' },
      text: 'a → b: refund over 500, needs approval',
    });
    expect(notice).toMatchObject({
      kind: 'notice',
      visibility: 'public',
      author: { kind: 'system' },
      text: ZH.pending,
    });

    expect(pendingTransfer(h, 't1').status).toBe('pending');
    expect(h.conversation('c1').pendingTransferId).toBe('t1');
    expect(h.owner('c1')).toBe('a');
    expect(agentOf(h, 'b')).toMatchObject({ active: 0, incoming: 1 });
    expect(isRoutable(agentOf(h, 'b'))).toBe(false);
  });

  it('does not route a new conversation to a target whose last slot a pending transfer holds', () => {
    const h = team();
    requestTransfer(h, askB);
    const events = h.open('c2');
    expect(eventsOf(events, 'ConversationAssigned')).toEqual([]);
    expect(h.status('c2')).toBe('queued');
    expect(agentOf(h, 'b').active).toBe(0);
  });

  it('allows one pending transfer per conversation', () => {
    const h = team();
    requestTransfer(h, askB);
    const error = h.refused(requestCommand({ id: 't2', conversationId: 'c1', by: 'a', to: toGroup('tech') }));
    expect(error.code).toBe('TRANSFER_ALREADY_PENDING');
    expect(h.conversation('c1').pendingTransferId).toBe('t1');
    expect(agentOf(h, 'c').incoming).toBe(0);
  });
});

describe('accepting', () => {
  it('moves ownership, both loads and lastAssignedAt in one TransferAccepted, then greets the customer', () => {
    const h = team();
    requestTransfer(h, askB);
    h.open('c2');
    expect(h.status('c2')).toBe('queued');
    h.advance(5);

    const events = acceptTransfer(h, 't1', 'b');
    expect(events[0]).toEqual({
      type: 'TransferAccepted',
      at: T0 + ms(5),
      transferId: 't1',
      conversationId: 'c1',
      fromAgentId: 'a',
      toAgentId: 'b',
      groupId: 'g',
      automatic: false,
      firstResponseDeadline: T0 + ms(65),
      replyReminderDeadline: null,
    });
    expect(
      timeline(events, 'c1').map(({ kind, visibility, author, text }) => ({ kind, visibility, author, text })),
    ).toEqual([
      { kind: 'TRANSFER_ACCEPT', visibility: 'internal', author: { kind: 'system' }, text: 'b accepted the transfer' },
      { kind: 'notice', visibility: 'public', author: { kind: 'system' }, text: ZH.accepted('b') },
      { kind: 'greeting', visibility: 'public', author: { kind: 'agent', agentId: 'b' }, text: ZH.greeting('b') },
    ]);

    expect(h.owner('c1')).toBe('b');
    expect(h.conversation('c1')).toMatchObject({ status: 'active', pendingTransferId: null, assignedAt: T0 + ms(5) });
    expect(agentOf(h, 'b')).toMatchObject({ active: 1, incoming: 0, lastAssignedAt: T0 + ms(5) });
    expect([...agentOf(h, 'b').conversations]).toEqual(['c1']);
    expect(h.state.transfers.has('t1')).toBe(false);
    // The slot a freed goes at once to the customer who was waiting.
    expect(assignmentOf(events, 'c2').agentId).toBe('a');
    expect(agentOf(h, 'a')).toMatchObject({ active: 1 });
    expect([...agentOf(h, 'a').conversations]).toEqual(['c2']);
  });

  it('moves the conversation to the target group when a group transfer is accepted', () => {
    const h = team();
    const requested = only(requestTransfer(h, { ...askB, to: toGroup('tech') }), 'TransferRequested');
    expect(requested.transfer).toMatchObject({ target: { kind: 'group', groupId: 'tech' }, targetAgentId: 'c' });

    const accepted = only(acceptTransfer(h, 't1', 'c'), 'TransferAccepted');
    expect(accepted).toMatchObject({ fromAgentId: 'a', toAgentId: 'c', groupId: 'tech', automatic: false });
    expect(h.conversation('c1')).toMatchObject({ ownerId: 'c', groupId: 'tech' });
  });

  it('sends the new agent’s own greeting when they have one', () => {
    const h = team();
    h.run({ type: 'SaveAgent', agent: { ...profileOf(h, 'b'), greeting: 'Bonjour, ici b.' } });
    requestTransfer(h, askB);
    const [greeting] = entries(acceptTransfer(h, 't1', 'b'), 'c1', 'greeting');
    expect(greeting).toMatchObject({ author: { kind: 'agent', agentId: 'b' }, text: 'Bonjour, ici b.' });
  });

  it('does not count the greeting as a first response: the takeover applies to the new owner', () => {
    const h = team();
    requestTransfer(h, askB);
    h.advance(10);
    acceptTransfer(h, 't1', 'b');
    expect(h.conversation('c1').firstResponseAt).toBeNull();

    expect(eventsOf(h.advance(59), 'ConversationRequeued')).toEqual([]);
    const takeover = h.advance(1);
    expect(eventsOf(takeover, 'ConversationRequeued')).toMatchObject([
      { at: T0 + ms(70), conversationId: 'c1', fromAgentId: 'b', reason: 'first-response-timeout' },
    ]);
  });

  it('keeps the conversation with the new owner once they answer', () => {
    const h = team();
    requestTransfer(h, askB);
    acceptTransfer(h, 't1', 'b');
    h.advance(30);
    h.reply('c1', 'b');
    expect(eventsOf(h.advance(120), 'ConversationRequeued')).toEqual([]);
    expect(h.owner('c1')).toBe('b');
  });

  it('reminds the new owner when the customer is already waiting for a reply at acceptance', () => {
    const h = team();
    requestTransfer(h, askB);
    h.write('c1', 'hello? anyone?');
    h.advance(10);
    const accepted = only(acceptTransfer(h, 't1', 'b'), 'TransferAccepted');
    expect(accepted.replyReminderDeadline).toBe(T0 + ms(10 + 120));
  });
});

describe('dormant conversations', () => {
  it('can be transferred; the new owner counts it as active and the old one no longer as dormant', () => {
    const h = team();
    h.advance(600);
    expect(h.status('c1')).toBe('dormant');
    expect(agentOf(h, 'a')).toMatchObject({ active: 0, dormant: 1 });

    requestTransfer(h, askB);
    const accepted = only(acceptTransfer(h, 't1', 'b'), 'TransferAccepted');
    expect(accepted).toMatchObject({ fromAgentId: 'a', toAgentId: 'b' });
    expect(h.conversation('c1')).toMatchObject({ status: 'active', ownerId: 'b' });
    expect(agentOf(h, 'a')).toMatchObject({ active: 0, dormant: 0 });
    expect(agentOf(h, 'b')).toMatchObject({ active: 1, dormant: 0 });
    h.reply('c1', 'b');
    // a's revive window (due at 600 + 1800 s) no longer runs: the conversation does not close under b.
    expect(eventsOf(h.advance(1800), 'ConversationClosed')).toEqual([]);
    expect(h.conversation('c1')).toMatchObject({ ownerId: 'b', status: 'dormant' });
  });
});

describe('rejecting', () => {
  it('records the reason, frees the target and gives the initiator fresh recommendations', () => {
    const h = team();
    requestTransfer(h, askB);
    h.advance(3);
    const events = rejectTransfer(h, 't1', 'b', '  not my area  ');

    const rejected = only(events, 'TransferRejected');
    expect(rejected).toMatchObject({
      at: T0 + ms(3),
      transferId: 't1',
      conversationId: 'c1',
      agentId: 'b',
      reason: 'not my area',
    });
    expect(rejected.recommendations.map((r) => r.agentId)).toEqual(['c']);
    expect(rejected.recommendations[0]!.score).toBeGreaterThan(0);
    expect(entries(events, 'c1', 'TRANSFER_REJECT')).toMatchObject([
      { visibility: 'internal', text: 'b rejected the transfer: not my area' },
    ]);
    expect(h.owner('c1')).toBe('a');
    expect(h.conversation('c1').pendingTransferId).toBeNull();
    expect(agentOf(h, 'b')).toMatchObject({ incoming: 0, active: 0 });
    expect(isRoutable(agentOf(h, 'b'))).toBe(true);
  });

  it('records a blank reason as none', () => {
    const h = team();
    requestTransfer(h, askB);
    const events = rejectTransfer(h, 't1', 'b', '   ');
    expect(only(events, 'TransferRejected').reason).toBeNull();
    expect(entries(events, 'c1', 'TRANSFER_REJECT')[0]!.text).toBe('b rejected the transfer');
  });
});

describe('timeout', () => {
  it('times out after the default 30 s, exactly once', () => {
    const h = team();
    requestTransfer(h, askB);
    expect(h.advance(29)).toEqual([]);

    const events = h.advance(1);
    expect(only(events, 'TransferTimedOut')).toMatchObject({
      at: T0 + ms(30),
      transferId: 't1',
      conversationId: 'c1',
      agentId: 'b',
      recommendations: [{ agentId: 'c' }],
    });
    expect(entries(events, 'c1', 'TRANSFER_TIMEOUT')).toMatchObject([{ visibility: 'internal' }]);
    expect(h.owner('c1')).toBe('a');
    expect(agentOf(h, 'b').incoming).toBe(0);

    expect(eventsOf(h.advance(300), 'TransferTimedOut')).toEqual([]);
    expect(eventsOf(h.log, 'TransferTimedOut')).toHaveLength(1);
  });

  it('honours transfer.timeoutSeconds', () => {
    const h = team();
    transferSettings(h, { timeoutSeconds: 45 });
    const requested = only(requestTransfer(h, askB), 'TransferRequested');
    expect(requested.transfer.deadline).toBe(T0 + ms(45));
    expect(eventsOf(h.advance(44), 'TransferTimedOut')).toEqual([]);
    expect(eventsOf(h.advance(1), 'TransferTimedOut')).toMatchObject([{ at: T0 + ms(45) }]);
  });

  it('is not fired for a transfer answered in time', () => {
    const h = team();
    requestTransfer(h, askB);
    h.advance(29);
    acceptTransfer(h, 't1', 'b');
    h.reply('c1', 'b');
    expect(eventsOf(h.advance(60), 'TransferTimedOut')).toEqual([]);
  });
});

describe('cancelling', () => {
  it('lets the initiator cancel: the target is freed and the timeline says so', () => {
    const h = team();
    requestTransfer(h, askB);
    expect(h.refused({ type: 'CancelTransfer', transferId: 't1', agentId: 'c' }).code).toBe('NOT_OWNER');

    h.advance(4);
    const events = cancelTransfer(h, 't1', 'a');
    expect(events[0]).toEqual({
      type: 'TransferCancelled',
      at: T0 + ms(4),
      transferId: 't1',
      conversationId: 'c1',
      agentId: 'b',
      by: 'a',
    });
    expect(entries(events, 'c1', 'TRANSFER_CANCEL')).toMatchObject([
      { visibility: 'internal', text: 'transfer cancelled by a' },
    ]);
    expect(h.conversation('c1').pendingTransferId).toBeNull();
    expect(agentOf(h, 'b').incoming).toBe(0);
    expect(eventsOf(h.advance(60), 'TransferTimedOut')).toEqual([]);
  });

  it('cancels the pending transfer when the conversation closes', () => {
    const h = team();
    requestTransfer(h, askB);
    const events = h.close('c1');
    expect(events.map((event) => event.type)).toEqual(['TransferCancelled', 'MessagePosted', 'ConversationClosed']);
    expect(events[0]).toMatchObject({ transferId: 't1', agentId: 'b', by: 'customer' });
    expect(entries(events, 'c1', 'TRANSFER_CANCEL')).toHaveLength(1);
    expect(agentOf(h, 'b').incoming).toBe(0);
    expect(h.refused({ type: 'AcceptTransfer', transferId: 't1', agentId: 'b' }).code).toBe('TRANSFER_NOT_FOUND');
  });

  it('cancels the pending transfer when the owner is lost', () => {
    const h = team();
    // Longer than the presence grace period, so the transfer is still pending when a is lost.
    transferSettings(h, { timeoutSeconds: 300 });
    requestTransfer(h, askB);
    h.run({ type: 'DisconnectAgent', agentId: 'a' });
    expect(eventsOf(h.advance(59), 'TransferCancelled')).toEqual([]);
    expect(pendingTransfer(h, 't1').status).toBe('pending');

    const events = h.advance(1);
    expect(only(events, 'TransferCancelled')).toMatchObject({ transferId: 't1', agentId: 'b', by: 'system' });
    expect(only(events, 'ConversationRequeued')).toMatchObject({ conversationId: 'c1', reason: 'agent-lost' });
    expect(eventsOf(events, 'TransferTimedOut')).toEqual([]);
    // b's held slot is free again and the re-routed conversation reaches them.
    expect(h.owner('c1')).toBe('b');
    expect(agentOf(h, 'b')).toMatchObject({ incoming: 0, active: 1 });
  });
});

describe('finished transfers', () => {
  it.each([
    ['accepted', (h: Harness) => acceptTransfer(h, 't1', 'b')],
    ['rejected', (h: Harness) => rejectTransfer(h, 't1', 'b')],
    ['cancelled', (h: Harness) => cancelTransfer(h, 't1', 'a')],
    ['timed out', (h: Harness) => h.advance(30)],
  ])('cannot be accepted, rejected or cancelled once %s', (_name, finish) => {
    const h = team();
    requestTransfer(h, askB);
    finish(h);
    expect(h.refused({ type: 'AcceptTransfer', transferId: 't1', agentId: 'b' }).code).toBe('TRANSFER_NOT_FOUND');
    expect(h.refused({ type: 'RejectTransfer', transferId: 't1', agentId: 'b' }).code).toBe('TRANSFER_NOT_FOUND');
    expect(h.refused({ type: 'CancelTransfer', transferId: 't1', agentId: 'a' }).code).toBe('TRANSFER_NOT_FOUND');
  });

  it('cannot be answered by anyone but the agent asked', () => {
    const h = team();
    requestTransfer(h, askB);
    expect(h.refused({ type: 'AcceptTransfer', transferId: 't1', agentId: 'c' }).code).toBe('TRANSFER_NOT_FOUND');
    expect(h.refused({ type: 'RejectTransfer', transferId: 't1', agentId: 'a' }).code).toBe('TRANSFER_NOT_FOUND');
    expect(pendingTransfer(h, 't1').targetAgentId).toBe('b');
  });

  it('keeps its id: a later request may not reuse the id of a finished transfer', () => {
    const h = team();
    requestTransfer(h, askB);
    rejectTransfer(h, 't1', 'b');
    expect(h.refused(requestCommand({ ...askB, to: 'c' })).code).toBe('INVALID_COMMAND');
    // Not even for another conversation, nor for a takeover.
    openFor(h, 'c2', 'b');
    expect(h.refused(requestCommand({ ...askB, conversationId: 'c2', by: 'b', to: 'c' })).code).toBe('INVALID_COMMAND');
    h.agent('sup', { role: 'supervisor', manages: { groupIds: ['g'] } });
    expect(h.refused({ type: 'TakeOver', transferId: 't1', supervisorId: 'sup', conversationId: 'c1' }).code).toBe(
      'INVALID_COMMAND',
    );
    expect(h.owner('c1')).toBe('a');
  });
});

describe('continuity', () => {
  it('accepts customer messages while pending; the owner still answers; the target adds internal notes', () => {
    const h = team();
    requestTransfer(h, askB);
    expect(timeline(h.write('c1', 'are you still there?'), 'c1')).toMatchObject([
      { author: { kind: 'customer' }, visibility: 'public', text: 'are you still there?' },
    ]);
    expect(h.reply('c1', 'a')).toHaveLength(1);
    const whisper = h.run({
      type: 'PostMessage',
      conversationId: 'c1',
      messageId: 'b-note',
      author: { kind: 'agent', agentId: 'b' },
      visibility: 'internal',
      text: 'I know this customer',
    });
    expect(whisper).toMatchObject([{ kind: 'text', visibility: 'internal', author: { agentId: 'b' } }]);
    const publicly = h.refused({
      type: 'PostMessage',
      conversationId: 'c1',
      messageId: 'b-public',
      author: { kind: 'agent', agentId: 'b' },
      visibility: 'public',
      text: 'hi',
    });
    expect(publicly.code).toBe('NOT_OWNER');
    // c is not part of the conversation and is not the one asked.
    const outsider = h.refused({
      type: 'PostMessage',
      conversationId: 'c1',
      messageId: 'c-note',
      author: { kind: 'agent', agentId: 'c' },
      visibility: 'internal',
      text: 'hm',
    });
    expect(outsider.code).toBe('NOT_PARTICIPANT');
    expect(pendingTransfer(h, 't1').status).toBe('pending');
  });

  it('keeps the per-conversation sequence gap-free through request, messages, reject, re-request and accept', () => {
    const h = team();
    requestTransfer(h, askB);
    h.write('c1', 'one');
    rejectTransfer(h, 't1', 'b', 'busy');
    h.write('c1', 'two');
    requestTransfer(h, { id: 't2', conversationId: 'c1', by: 'a', to: 'c' });
    h.write('c1', 'three');
    acceptTransfer(h, 't2', 'c');
    h.write('c1', 'four');
    h.reply('c1', 'c');

    const seqs = timeline(h.log, 'c1').map((entry) => entry.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => index + 1));
    expect(h.conversation('c1').lastSeq).toBe(seqs.length);
    const customerTexts = timeline(h.log, 'c1')
      .filter((entry) => entry.author.kind === 'customer')
      .map((entry) => entry.text);
    expect(customerTexts).toEqual(['one', 'two', 'three', 'four']);
  });

  it('derives the chain A → B → C from the TransferAccepted events', () => {
    const h = team();
    requestTransfer(h, askB);
    acceptTransfer(h, 't1', 'b');
    h.reply('c1', 'b');
    requestTransfer(h, { id: 't2', conversationId: 'c1', by: 'b', to: toGroup('tech') });
    acceptTransfer(h, 't2', 'c');

    expect(chainOf(h.log, 'c1')).toEqual(['a', 'b', 'c']);
    expect(entries(h.log, 'c1', 'TRANSFER').map((entry) => entry.text)).toEqual([
      'a → b: needs a specialist',
      'b → group tech: needs a specialist',
    ]);
    expect(entries(h.log, 'c1', 'TRANSFER_ACCEPT')).toHaveLength(2);
  });
});

describe('customer notices', () => {
  /** g with a and b; the customer of c1 is `customer`, c1 goes to a. */
  function withCustomer(customer: { language: string | null }, conversationLanguage?: string): Harness {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] })
      .customer('cust', customer);
    h.open('c1', {
      customerId: 'cust',
      agentId: 'a',
      ...(conversationLanguage === undefined ? {} : { language: conversationLanguage }),
    });
    h.reply('c1');
    return h;
  }

  const publicTexts = (events: Parameters<typeof timeline>[0]): string[] =>
    timeline(events, 'c1')
      .filter((entry) => entry.visibility === 'public')
      .map((entry) => entry.text);

  it('speak English to an en-US customer', () => {
    const h = withCustomer({ language: 'en-US' });
    expect(publicTexts(requestTransfer(h, askB))).toEqual([EN.pending]);
    expect(publicTexts(acceptTransfer(h, 't1', 'b'))).toEqual([EN.accepted('b'), EN.greeting('b')]);
  });

  it('speak Chinese to a zh-CN customer', () => {
    const h = withCustomer({ language: 'zh-CN' });
    expect(publicTexts(requestTransfer(h, askB))).toEqual([ZH.pending]);
    expect(publicTexts(acceptTransfer(h, 't1', 'b'))).toEqual([ZH.accepted('b'), ZH.greeting('b')]);
  });

  it('follow the conversation’s language over the customer’s', () => {
    const h = withCustomer({ language: 'zh-CN' }, 'en-GB');
    expect(publicTexts(requestTransfer(h, askB))).toEqual([EN.pending]);
  });

  it('fall back to the tenant’s default language', () => {
    const h = withCustomer({ language: null });
    expect(publicTexts(requestTransfer(h, askB))).toEqual([ZH.pending]);
    const english = withCustomer({ language: null }).settings({ defaultLanguage: 'en-US' });
    expect(publicTexts(requestTransfer(english, askB))).toEqual([EN.pending]);
  });

  it('keep internal entries out of the customer’s view', () => {
    const h = withCustomer({ language: 'en-US' });
    requestTransfer(h, askB);
    rejectTransfer(h, 't1', 'b', 'no');
    requestTransfer(h, { ...askB, id: 't2' });
    cancelTransfer(h, 't2', 'a');
    requestTransfer(h, { ...askB, id: 't3' });
    acceptTransfer(h, 't3', 'b');
    const internal = timeline(h.log, 'c1')
      .filter((entry) => entry.kind.startsWith('TRANSFER'))
      .map((entry) => [entry.kind, entry.visibility]);
    expect(internal).toEqual([
      ['TRANSFER', 'internal'],
      ['TRANSFER_REJECT', 'internal'],
      ['TRANSFER', 'internal'],
      ['TRANSFER_CANCEL', 'internal'],
      ['TRANSFER', 'internal'],
      ['TRANSFER_ACCEPT', 'internal'],
    ]);
  });
});
