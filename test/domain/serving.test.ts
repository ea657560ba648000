/**
 * Keeping a conversation served (DESIGN.md §4): exclusive ownership, first-response takeover,
 * reply reminders, agent lost, dormant and revival, closing, rating, message sequence numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands.js';
import type { Resolution } from '../../src/domain/events.js';
import { queueStatus } from '../../src/domain/routing.js';
import { T0, Harness, eventsOf } from '../support/harness.js';
import { assignmentOf, assignments } from '../support/routing-checks.js';

const SECOND = 1000;
const at = (seconds: number): number => T0 + seconds * SECOND;

function post(
  conversationId: string,
  author: Extract<Command, { type: 'PostMessage' }>['author'],
  visibility: 'public' | 'internal' = 'public',
  messageId = `${conversationId}-${visibility}-${JSON.stringify(author)}`,
): Command {
  return { type: 'PostMessage', conversationId, messageId, author, visibility, text: 'text' };
}

const agentAuthor = (agentId: string) => ({ kind: 'agent', agentId }) as const;
const customer = { kind: 'customer' } as const;

const closeBy = (
  conversationId: string,
  agentId: string,
  extra: { readonly resolution?: Resolution | null; readonly summary?: string | null } = {},
): Command => ({
  type: 'CloseConversation',
  conversationId,
  agentId,
  by: 'agent',
  ...extra,
});

/** Group `g` with agents a and b (one slot each); conversation c1 goes to `a` (directed). */
function served(): Harness {
  const h = new Harness()
    .group('g')
    .agent('a', { groups: ['g'] })
    .agent('b', { groups: ['g'] });
  expect(assignmentOf(h.open('c1', { agentId: 'a' }), 'c1').agentId).toBe('a');
  return h;
}

describe('exclusive ownership', () => {
  it('lets only the owner write publicly; other agents add internal notes', () => {
    const h = served();
    expect(h.refused(post('c1', agentAuthor('b'))).code).toBe('NOT_OWNER');
    // Agents outside the conversation may not even add notes; a supervisor over it may.
    expect(h.refused(post('c1', agentAuthor('b'), 'internal')).code).toBe('NOT_PARTICIPANT');
    h.agent('sup', { role: 'supervisor', manages: { groupIds: ['g'] } });
    const note = eventsOf(h.run(post('c1', agentAuthor('sup'), 'internal')), 'MessagePosted')[0]!;
    expect(note).toMatchObject({ author: { kind: 'agent', agentId: 'sup' }, visibility: 'internal', seq: 1 });
    const reply = eventsOf(h.run(post('c1', agentAuthor('a'))), 'MessagePosted')[0]!;
    expect(reply).toMatchObject({ author: { kind: 'agent', agentId: 'a' }, visibility: 'public', seq: 2 });
    expect(h.owner('c1')).toBe('a');
  });

  it('refuses public messages from a supervisor who is not the owner', () => {
    const h = served().agent('sup', { role: 'supervisor', groups: ['g'], manages: { groupIds: ['g'] } });
    expect(h.refused(post('c1', agentAuthor('sup'))).code).toBe('NOT_OWNER');
    expect(h.run(post('c1', agentAuthor('sup'), 'internal'))).toHaveLength(1);
  });

  it('refuses public agent messages on a conversation nobody owns yet', () => {
    const h = served();
    h.open('c2');
    h.open('c3');
    expect(h.status('c3')).toBe('queued');
    expect(h.refused(post('c3', agentAuthor('a'))).code).toBe('NOT_OWNER');
  });

  it('refuses internal notes from the customer and leaves the sequence untouched', () => {
    const h = served();
    const error = h.refused(post('c1', customer, 'internal'));
    expect(error.code).toBe('INVALID_COMMAND');
    expect(h.conversation('c1').lastSeq).toBe(0);
  });

  it('refuses messages from unknown agents, to unknown or closed conversations', () => {
    const h = served();
    expect(h.refused(post('c1', agentAuthor('ghost'), 'internal')).code).toBe('AGENT_NOT_FOUND');
    expect(h.refused(post('nope', customer)).code).toBe('CONVERSATION_NOT_FOUND');
    h.close('c1');
    expect(h.refused(post('c1', customer)).code).toBe('CONVERSATION_CLOSED');
    expect(h.refused(post('c1', agentAuthor('a'), 'internal')).code).toBe('CONVERSATION_CLOSED');
  });
});

describe('first-response takeover', () => {
  it('re-routes an unanswered conversation, keeping its place in the queue and excluding the owner', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.open('c1');
    h.advance(10);
    h.open('c2');
    h.advance(10);
    h.open('c3');
    expect(h.advance(39)).toEqual([]);

    const events = h.advance(1);
    expect(events[0]).toEqual({
      type: 'ConversationRequeued',
      at: at(60),
      conversationId: 'c1',
      fromAgentId: 'a',
      reason: 'first-response-timeout',
      groupId: 'g',
      overflowTier: 0,
      overflowDeadline: null,
      exclusionDeadline: at(60 + 300),
    });
    // a is free but excluded from c1, so a takes the next conversation instead.
    expect(assignments(events)).toEqual({ c2: 'a' });
    const c1 = h.conversation('c1');
    expect(c1).toMatchObject({ status: 'queued', ownerId: null, excluded: ['a'], orderKey: T0, enqueuedAt: T0 });
    // Still ahead of c3, which arrived after it.
    expect(queueStatus(h.state, 'c1')?.position).toBe(1);
    expect(queueStatus(h.state, 'c3')?.position).toBe(2);

    h.advance(5);
    const before = h.log.length;
    const taken = assignmentOf(h.agent('b', { groups: ['g'] }).log.slice(before), 'c1');
    expect(taken).toMatchObject({ agentId: 'b', at: at(65), firstResponseDeadline: at(125) });
    expect(taken.explanation.effectiveWaitSeconds).toBe(65);
    expect(h.status('c3')).toBe('queued');
  });

  it('does not take over when the owner answered in time', () => {
    const h = served();
    h.advance(59);
    h.reply('c1');
    expect(eventsOf(h.advance(120), 'ConversationRequeued')).toEqual([]);
    expect(h.owner('c1')).toBe('a');
    expect(h.status('c1')).toBe('active');
  });

  it('does not count an internal note as a response', () => {
    const h = served();
    h.run(post('c1', agentAuthor('a'), 'internal'));
    const events = h.advance(60);
    expect(eventsOf(events, 'ConversationRequeued')).toMatchObject([{ conversationId: 'c1', fromAgentId: 'a' }]);
    expect(assignmentOf(events, 'c1').agentId).toBe('b');
  });

  it('honours firstResponseTimeoutSeconds', () => {
    const h = served().settings({ firstResponseTimeoutSeconds: 90 });
    h.open('c2', { agentId: 'b' });
    h.advance(89);
    expect(h.owner('c2')).toBe('b');
    expect(eventsOf(h.advance(1), 'ConversationRequeued')).toMatchObject([{ conversationId: 'c2', at: at(90) }]);
  });
});

describe('reply reminder', () => {
  it('reminds the owner once the customer has waited replyReminderSeconds', () => {
    const h = served();
    h.reply('c1');
    h.advance(10);
    h.write('c1');
    h.advance(30);
    h.write('c1');
    expect(h.advance(89)).toEqual([]);

    const events = h.advance(1);
    expect(events).toEqual([
      { type: 'ReplyReminderDue', at: at(130), conversationId: 'c1', agentId: 'a', waitingSince: at(10) },
    ]);
    expect(h.owner('c1')).toBe('a');
    expect(h.status('c1')).toBe('active');
    expect(eventsOf(h.advance(600), 'ReplyReminderDue')).toEqual([]);
  });

  it('does not remind when the agent answered', () => {
    const h = served();
    h.reply('c1');
    h.advance(10);
    h.write('c1');
    h.advance(100);
    h.reply('c1');
    expect(eventsOf(h.advance(300), 'ReplyReminderDue')).toEqual([]);
  });

  it('counts an internal note as no reply', () => {
    const h = served();
    h.reply('c1');
    h.write('c1');
    h.run(post('c1', agentAuthor('a'), 'internal'));
    expect(eventsOf(h.advance(120), 'ReplyReminderDue')).toMatchObject([{ at: at(120), agentId: 'a' }]);
  });

  it('honours replyReminderSeconds', () => {
    const h = served().settings({ replyReminderSeconds: 45 });
    h.reply('c1');
    h.write('c1');
    expect(eventsOf(h.advance(45), 'ReplyReminderDue')).toMatchObject([{ at: at(45) }]);
  });

  it('reminds about the customer’s opening message when no reply comes', () => {
    const h = new Harness()
      .group('g')
      .settings({ firstResponseTimeoutSeconds: 600 })
      .agent('a', { groups: ['g'] });
    h.open('c1', { text: 'my order never arrived' });
    expect(h.owner('c1')).toBe('a');
    h.advance(30);
    h.write('c1', 'hello?');

    const events = h.advance(90);
    expect(eventsOf(events, 'ReplyReminderDue')).toEqual([
      { type: 'ReplyReminderDue', at: at(120), conversationId: 'c1', agentId: 'a', waitingSince: T0 },
    ]);
  });
});

describe('agent lost', () => {
  /** a owns c1 and c2 (answered), b owns c0 (answered); c3 waits. */
  function twoOwners(onAgentLost: 'reroute' | 'keep' = 'reroute'): Harness {
    const h = new Harness().group('g', { onAgentLost }).settings({ dormantAfterSeconds: 24 * 3600 });
    h.agent('a', { groups: ['g'], max: 2 }).agent('b', { groups: ['g'] });
    for (const [conversationId, agentId] of [
      ['c0', 'b'],
      ['c1', 'a'],
      ['c2', 'a'],
    ] as const) {
      expect(assignmentOf(h.open(conversationId, { agentId }), conversationId).agentId).toBe(agentId);
      h.reply(conversationId);
      h.advance(1);
    }
    h.advance(2);
    h.open('c3');
    expect(h.status('c3')).toBe('queued');
    return h;
  }

  it('stops routing to a disconnected agent at once', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    h.open('c0', { agentId: 'b' });
    h.reply('c0');
    const events = h.run({ type: 'DisconnectAgent', agentId: 'a' });
    expect(events).toEqual([{ type: 'AgentDisconnected', at: T0, agentId: 'a', graceDeadline: at(60) }]);
    expect(h.state.agents.get('a')).toMatchObject({ online: false, status: 'available' });

    h.open('c1');
    expect(h.status('c1')).toBe('queued');
    expect(h.owner('c1')).toBeNull();
  });

  it('keeps everything when the agent reconnects within presenceGraceSeconds', () => {
    const h = twoOwners();
    h.run({ type: 'DisconnectAgent', agentId: 'a' });
    h.advance(59);
    expect(h.run({ type: 'ConnectAgent', agentId: 'a' })).toEqual([
      { type: 'AgentConnected', at: h.now, agentId: 'a' },
    ]);

    expect(eventsOf(h.advance(600), 'AgentLost')).toEqual([]);
    expect(h.owner('c1')).toBe('a');
    expect(h.owner('c2')).toBe('a');
    expect(h.status('c1')).toBe('active');
    expect(h.state.agents.get('a')).toMatchObject({ online: true, status: 'available', active: 2 });
  });

  it('re-routes the conversations of an agent who does not come back, keeping their queue time', () => {
    const h = twoOwners();
    const disconnectedAt = h.now;
    h.run({ type: 'DisconnectAgent', agentId: 'a' });
    expect(h.advance(59)).toEqual([]);

    const events = h.advance(1);
    expect(events).toEqual([
      { type: 'AgentLost', at: disconnectedAt + 60 * SECOND, agentId: 'a' },
      { type: 'AgentStatusChanged', at: disconnectedAt + 60 * SECOND, agentId: 'a', status: 'offline', reason: 'lost' },
      {
        type: 'ConversationRequeued',
        at: disconnectedAt + 60 * SECOND,
        conversationId: 'c1',
        fromAgentId: 'a',
        reason: 'agent-lost',
        groupId: 'g',
        overflowTier: 0,
        overflowDeadline: null,
        exclusionDeadline: null,
      },
      {
        type: 'ConversationRequeued',
        at: disconnectedAt + 60 * SECOND,
        conversationId: 'c2',
        fromAgentId: 'a',
        reason: 'agent-lost',
        groupId: 'g',
        overflowTier: 0,
        overflowDeadline: null,
        exclusionDeadline: null,
      },
    ]);
    expect(h.state.agents.get('a')).toMatchObject({ online: false, status: 'offline', active: 0 });
    expect(h.state.agents.get('a')!.conversations.size).toBe(0);
    // Their original queue time: c1 (1 s) and c2 (2 s) go ahead of c3 (5 s); the lost agent is not excluded.
    expect(h.conversation('c1')).toMatchObject({ status: 'queued', orderKey: at(1), excluded: [] });
    expect(queueStatus(h.state, 'c1')?.position).toBe(1);
    expect(queueStatus(h.state, 'c2')?.position).toBe(2);
    expect(queueStatus(h.state, 'c3')?.position).toBe(3);

    const taken = assignmentOf(h.close('c0'), 'c1');
    expect(taken.agentId).toBe('b');
    expect(taken.explanation.effectiveWaitSeconds).toBe((h.now - at(1)) / SECOND);
  });

  it('keeps the conversations with the agent when the group’s policy is keep', () => {
    const h = twoOwners('keep');
    h.run({ type: 'DisconnectAgent', agentId: 'a' });
    const events = h.advance(60);
    expect(events.map((event) => event.type)).toEqual(['AgentLost', 'AgentStatusChanged']);
    expect(h.owner('c1')).toBe('a');
    expect(h.owner('c2')).toBe('a');
    expect(h.status('c1')).toBe('active');

    h.run({ type: 'ConnectAgent', agentId: 'a' });
    expect(h.state.agents.get('a')).toMatchObject({ online: true, status: 'available', active: 2 });
    expect(h.run(post('c1', agentAuthor('a')))).toHaveLength(1);
  });

  it('leaves a dormant conversation with its lost owner and re-routes it when the customer writes', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    h.open('c1', { agentId: 'a' });
    h.reply('c1');
    h.advance(600);
    expect(h.status('c1')).toBe('dormant');
    h.run({ type: 'DisconnectAgent', agentId: 'a' });
    const lost = h.advance(60);
    expect(eventsOf(lost, 'ConversationRequeued')).toEqual([]);
    expect(h.status('c1')).toBe('dormant');

    const events = h.write('c1');
    expect(events.map((event) => event.type)).toEqual([
      'ConversationRevived',
      'ConversationRequeued',
      'MessagePosted',
      'ConversationAssigned',
    ]);
    expect(assignmentOf(events, 'c1').agentId).toBe('b');
    expect(h.state.agents.get('a')).toMatchObject({ active: 0, dormant: 0 });
  });
});

describe('dormant conversations', () => {
  /** a (one slot) answered c1 at 10 s; c2 waits from 100 s. */
  function answered(): Harness {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.open('c1');
    h.advance(10);
    h.reply('c1');
    h.advance(90);
    h.open('c2');
    return h;
  }

  it('go dormant after dormantAfterSeconds of customer silence, freeing the slot at once', () => {
    const h = answered();
    expect(h.advance(509)).toEqual([]);

    const events = h.advance(1);
    expect(events[0]).toEqual({
      type: 'ConversationDormant',
      at: at(610),
      conversationId: 'c1',
      agentId: 'a',
      reviveDeadline: at(610 + 1800),
    });
    expect(assignmentOf(events, 'c2')).toMatchObject({ agentId: 'a', at: at(610) });
    expect(h.status('c1')).toBe('dormant');
    expect(h.owner('c1')).toBe('a');
    expect(h.state.agents.get('a')).toMatchObject({ active: 1, dormant: 1 });
  });

  it('wait for silence after the agent’s latest reply', () => {
    const h = answered().settings({ dormantAfterSeconds: 300 });
    h.advance(100);
    h.write('c1');
    // The customer spoke: no dormancy while they wait for an answer.
    expect(eventsOf(h.advance(400), 'ConversationDormant')).toEqual([]);
    h.reply('c1');
    const replied = h.now;
    expect(eventsOf(h.advance(299), 'ConversationDormant')).toEqual([]);
    expect(eventsOf(h.advance(1), 'ConversationDormant')).toMatchObject([{ at: replied + 300 * SECOND }]);
  });

  it('revive to the same agent within reviveWindowSeconds, even past maxConcurrent', () => {
    const h = answered();
    h.advance(510);
    expect(h.owner('c2')).toBe('a');
    h.reply('c2');
    h.advance(500);

    const events = h.write('c1', 'one more thing');
    expect(events[0]).toEqual({ type: 'ConversationRevived', at: h.now, conversationId: 'c1', agentId: 'a' });
    expect(eventsOf(events, 'MessagePosted')).toHaveLength(1);
    expect(eventsOf(events, 'ConversationAssigned')).toEqual([]);
    expect(h.status('c1')).toBe('active');
    expect(h.owner('c1')).toBe('a');
    expect(h.state.agents.get('a')).toMatchObject({ active: 2, dormant: 0, maxConcurrent: 1 });
    // The revive deadline (2410 s) is gone: it passes without closing c1.
    h.reply('c1');
    expect(eventsOf(h.advance(1500), 'ConversationClosed')).toEqual([]);
    expect(h.owner('c1')).toBe('a');
  });

  it('close when the revive window passes', () => {
    const h = answered();
    h.advance(510);
    expect(h.state.agents.get('a')).toMatchObject({ dormant: 1 });
    expect(eventsOf(h.advance(1799), 'ConversationClosed')).toEqual([]);

    const events = h.advance(1);
    expect(eventsOf(events, 'ConversationClosed')).toEqual([
      {
        type: 'ConversationClosed',
        at: at(610 + 1800),
        conversationId: 'c1',
        reason: 'revive-window-expired',
        resolution: null,
        summary: null,
      },
    ]);
    expect(h.state.agents.get('a')).toMatchObject({ dormant: 0 });
    expect(h.state.agents.get('a')!.conversations.has('c1')).toBe(false);
    expect(h.refused(post('c1', customer)).code).toBe('CONVERSATION_CLOSED');
  });
});

describe('closing', () => {
  it('by the owner, with a resolution and a summary', () => {
    const h = served();
    h.reply('c1');
    h.advance(30);
    const events = h.run(closeBy('c1', 'a', { resolution: 'resolved', summary: 'Refund issued' }));
    expect(events).toEqual([
      {
        type: 'ConversationClosed',
        at: at(30),
        conversationId: 'c1',
        reason: 'agent',
        resolution: 'resolved',
        summary: 'Refund issued',
      },
    ]);
    expect(h.conversation('c1')).toMatchObject({ status: 'closed', closedAt: at(30), ownerId: 'a' });
    expect(h.state.agents.get('a')).toMatchObject({ active: 0 });
    expect(h.state.agents.get('a')!.conversations.size).toBe(0);
  });

  it('by the customer', () => {
    const h = served();
    const events = h.close('c1');
    expect(events).toEqual([
      { type: 'ConversationClosed', at: T0, conversationId: 'c1', reason: 'customer', resolution: null, summary: null },
    ]);
    expect(h.status('c1')).toBe('closed');
  });

  it('by a supervisor who is not the owner, within their scope', () => {
    const h = served().agent('sup', { role: 'supervisor', manages: { groupIds: ['g'] } });
    const events = h.run(closeBy('c1', 'sup', { resolution: 'unresolved' }));
    expect(events).toMatchObject([{ type: 'ConversationClosed', reason: 'agent', resolution: 'unresolved' }]);
    expect(h.status('c1')).toBe('closed');
  });

  it('refuses a supervisor outside the conversation’s groups and departments with OUT_OF_SCOPE', () => {
    const h = served()
      .group('other')
      .agent('sup', { role: 'supervisor', manages: { groupIds: ['other'] } });
    expect(h.refused(closeBy('c1', 'sup', { resolution: 'unresolved' })).code).toBe('OUT_OF_SCOPE');
    expect(h.status('c1')).toBe('active');
    // The tenant's admin manages everything.
    h.agent('root', { role: 'admin' });
    expect(h.run(closeBy('c1', 'root'))).toMatchObject([{ type: 'ConversationClosed' }]);
  });

  it('refuses another agent with NOT_OWNER', () => {
    const h = served();
    expect(h.refused(closeBy('c1', 'b')).code).toBe('NOT_OWNER');
    expect(h.status('c1')).toBe('active');
  });

  it('refuses a second close with CONVERSATION_CLOSED', () => {
    const h = served();
    h.run(closeBy('c1', 'a'));
    expect(h.refused(closeBy('c1', 'a')).code).toBe('CONVERSATION_CLOSED');
    expect(h.refused({ type: 'CloseConversation', conversationId: 'c1', agentId: null, by: 'customer' }).code).toBe(
      'CONVERSATION_CLOSED',
    );
  });

  it('refuses an unknown resolution, an unknown agent and an unknown conversation', () => {
    const h = served();
    const bogus = 'maybe' as string as Resolution;
    expect(h.refused(closeBy('c1', 'a', { resolution: bogus })).code).toBe('INVALID_COMMAND');
    expect(h.refused(closeBy('c1', 'ghost')).code).toBe('AGENT_NOT_FOUND');
    expect(h.refused(closeBy('nope', 'a')).code).toBe('CONVERSATION_NOT_FOUND');
    expect(h.status('c1')).toBe('active');
  });

  it('takes a dormant conversation off the agent’s dormant count', () => {
    const h = served();
    h.reply('c1');
    h.advance(600);
    expect(h.state.agents.get('a')).toMatchObject({ active: 0, dormant: 1 });
    const events = h.run(closeBy('c1', 'a', { resolution: 'resolved' }));
    expect(events).toMatchObject([{ type: 'ConversationClosed', reason: 'agent', resolution: 'resolved' }]);
    expect(h.state.agents.get('a')).toMatchObject({ active: 0, dormant: 0 });
    // Its revive deadline went with it.
    expect(eventsOf(h.advance(3600), 'ConversationClosed')).toEqual([]);
  });

  it('lets the customer abandon a conversation that is still waiting', () => {
    const h = served();
    h.open('c2', { agentId: 'b' });
    h.open('c3');
    expect(h.status('c3')).toBe('queued');
    h.close('c3');
    expect(h.status('c3')).toBe('closed');
    expect(queueStatus(h.state, 'c3')).toBeNull();
    h.close('c1');
    expect(h.state.agents.get('a')!.active).toBe(0);
  });
});

describe('rating', () => {
  const rate = (conversationId: string, score: number, comment?: string): Command => ({
    type: 'RateConversation',
    conversationId,
    score,
    ...(comment === undefined ? {} : { comment }),
  });

  it('records a score from 1 to 5 with a comment against the agent who served', () => {
    const h = served();
    h.reply('c1');
    h.close('c1');
    for (const score of [1, 2, 3, 4, 5]) {
      expect(h.run(rate('c1', score, 'thanks'))).toEqual([
        {
          type: 'ConversationRated',
          at: T0,
          conversationId: 'c1',
          customerId: 'cust-c1',
          agentId: 'a',
          score,
          comment: 'thanks',
        },
      ]);
      expect(h.state.customers.get('cust-c1')!.ratings.get('a')).toBe(score);
    }
  });

  it('refuses scores outside 1–5 or not whole with INVALID_COMMAND', () => {
    const h = served();
    h.close('c1');
    for (const score of [0, 6, -1, 3.5, Number.NaN]) {
      expect(h.refused(rate('c1', score)).code).toBe('INVALID_COMMAND');
    }
    expect(h.state.customers.get('cust-c1')!.ratings.size).toBe(0);
  });

  it('refuses a conversation nobody served with NOT_RATEABLE, and an unknown one', () => {
    const h = served();
    h.open('c2', { agentId: 'b' });
    h.open('c3');
    h.close('c3');
    expect(h.refused(rate('c3', 5)).code).toBe('NOT_RATEABLE');
    expect(h.refused(rate('nope', 5)).code).toBe('CONVERSATION_NOT_FOUND');
  });

  it('never routes a customer to an agent they rated badly', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: [['g', 9]] })
      .agent('b', { groups: [['g', 1]] });
    h.open('first', { customerId: 'alice', agentId: 'a' });
    h.reply('first');
    h.close('first');
    h.run(rate('first', 1));

    // a is alice's last agent and the better-ranked one, and idle: still alice goes to b.
    const second = assignmentOf(h.open('second', { customerId: 'alice' }), 'second');
    expect(second.agentId).toBe('b');
    expect(second.explanation.preferred).toBeNull();
    expect(second.explanation.candidates.map((candidate) => candidate.agentId)).not.toContain('a');
    // With b busy, alice waits although a is idle; a takes other customers' work.
    h.open('third', { customerId: 'alice' });
    expect(h.status('third')).toBe('queued');
    expect(assignmentOf(h.open('bob-1', { customerId: 'bob' }), 'bob-1').agentId).toBe('a');
    h.close('bob-1');
    expect(h.status('third')).toBe('queued');
    expect(assignmentOf(h.close('second'), 'third').agentId).toBe('b');
  });

  it('favours an agent the customer rated well', () => {
    const h = new Harness().group('g').settings({ stickyWindowSeconds: 0 });
    h.agent('a', { groups: [['g', 9]] }).agent('b', { groups: [['g', 1]] });
    h.open('first', { customerId: 'alice', agentId: 'b' });
    h.reply('first');
    h.close('first');
    h.run(rate('first', 5));
    h.advance(1);

    const favoured = assignmentOf(h.open('second', { customerId: 'alice' }), 'second');
    expect(favoured.agentId).toBe('b');
    expect(favoured.explanation.preferred).toBe('favoured');
    // Another customer goes to the better-ranked agent.
    expect(assignmentOf(h.open('other', { customerId: 'bob' }), 'other').agentId).toBe('a');
  });

  it('keeps only the latest rating of an agent', () => {
    const h = served();
    h.close('c1');
    h.run(rate('c1', 1));
    h.run(rate('c1', 4));
    expect([...h.state.customers.get('cust-c1')!.ratings]).toEqual([['a', 4]]);
  });
});

describe('message sequence numbers', () => {
  it('increase by one per message in each conversation, the opening message first', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'], max: 2 })
      .agent('b', { role: 'supervisor', groups: ['g'], manages: { groupIds: ['g'] } });
    const opened = eventsOf(h.open('c1', { text: 'hello', agentId: 'a' }), 'MessagePosted');
    expect(opened).toMatchObject([{ seq: 1, author: { kind: 'customer' }, text: 'hello', messageId: 'c1:1' }]);
    const seqs = [
      h.run(post('c1', agentAuthor('a'), 'public', 'm1')),
      h.run(post('c1', agentAuthor('b'), 'internal', 'm2')),
      h.run(post('c1', customer, 'public', 'm3')),
    ].map((events) => eventsOf(events, 'MessagePosted')[0]!.seq);
    expect(seqs).toEqual([2, 3, 4]);
    // A refused message does not use a number.
    h.refused(post('c1', agentAuthor('b'), 'public', 'm4'));
    expect(eventsOf(h.write('c1'), 'MessagePosted')[0]!.seq).toBe(5);
    expect(h.conversation('c1').lastSeq).toBe(5);

    h.open('c2', { agentId: 'a' });
    expect(eventsOf(h.write('c2'), 'MessagePosted')[0]!.seq).toBe(1);
    expect(eventsOf(h.reply('c2'), 'MessagePosted')[0]!.seq).toBe(2);
    expect(h.conversation('c1').lastSeq).toBe(5);
  });
});
