/**
 * Work conservation (DESIGN.md §3.8): whenever an agent could take a waiting conversation, they get
 * it in the same command that made it possible — never leave an eligible agent idle while a
 * conversation waits. One test per trigger.
 */
import { describe, expect, it } from 'vitest';
import { nextDeadline } from '../../src/domain/state.js';
import { T0, Harness, eventsOf } from '../support/harness.js';
import { assignmentOf, idleWhileWaiting, officeHours, profileOf } from '../support/routing-checks.js';

const SECOND = 1000;

/** Group `g` with agent `a` (one slot) serving `c0`, answered so no timer takes it away. */
function oneBusyAgent(): Harness {
  const h = new Harness()
    .group('g')
    .settings({ dormantAfterSeconds: 24 * 3600 })
    .agent('a', { groups: ['g'] });
  h.open('c0');
  h.reply('c0');
  return h;
}

function expectConserved(h: Harness): void {
  expect(idleWhileWaiting(h.state, h.now)).toEqual([]);
}

describe('work conservation', () => {
  it('assigns on arrival when an eligible agent is idle', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    const events = h.open('c1');
    expect(events.map((event) => event.type)).toEqual(['CustomerSaved', 'ConversationOpened', 'ConversationAssigned']);
    const taken = assignmentOf(events, 'c1');
    expect(taken).toMatchObject({ agentId: 'a', at: T0, mode: 'direct' });
    expect(taken.explanation.trigger).toBe('conversation');
    expect(h.status('c1')).toBe('active');
    expectConserved(h);
  });

  it('assigns the head of the queue when the owner closes a conversation', () => {
    const h = oneBusyAgent();
    h.open('c1');
    h.advance(5);
    h.open('c2');
    h.advance(5);
    expect(h.status('c1')).toBe('queued');

    const events = h.run({ type: 'CloseConversation', conversationId: 'c0', agentId: 'a', by: 'agent' });
    expect(events.map((event) => event.type)).toEqual(['ConversationClosed', 'ConversationAssigned']);
    expect(assignmentOf(events, 'c1')).toMatchObject({ agentId: 'a', at: T0 + 10 * SECOND });
    expect(h.status('c2')).toBe('queued');
    expectConserved(h);
  });

  it('assigns when a conversation goes dormant and frees its slot', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.open('c0');
    h.reply('c0');
    h.open('c1');
    expect(h.status('c1')).toBe('queued');

    const events = h.advance(600);
    expect(events.map((event) => event.type)).toEqual(['ConversationDormant', 'ConversationAssigned']);
    expect(assignmentOf(events, 'c1')).toMatchObject({ agentId: 'a', at: T0 + 600 * SECOND });
    expectConserved(h);
  });

  it('assigns when an agent sets themselves available', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.run({ type: 'SetAgentStatus', agentId: 'a', status: 'away' });
    h.open('c1');
    expect(h.status('c1')).toBe('queued');
    h.advance(30);

    const events = h.run({ type: 'SetAgentStatus', agentId: 'a', status: 'available' });
    expect(events.map((event) => event.type)).toEqual(['AgentStatusChanged', 'ConversationAssigned']);
    expect(assignmentOf(events, 'c1')).toMatchObject({ agentId: 'a', at: T0 + 30 * SECOND });
    expectConserved(h);
  });

  it('assigns when a busy agent becomes available again', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.run({ type: 'SetAgentStatus', agentId: 'a', status: 'busy' });
    h.open('c1');

    const events = h.run({ type: 'SetAgentStatus', agentId: 'a', status: 'available' });
    expect(assignmentOf(events, 'c1').agentId).toBe('a');
  });

  it('assigns a queued conversation when an agent connects', () => {
    const h = oneBusyAgent().agent('b', { groups: ['g'], online: false });
    h.open('c1');
    expect(h.status('c1')).toBe('queued');
    h.advance(12);

    const events = h.run({ type: 'ConnectAgent', agentId: 'b' });
    expect(events.map((event) => event.type)).toEqual(['AgentConnected', 'ConversationAssigned']);
    expect(assignmentOf(events, 'c1')).toMatchObject({ agentId: 'b', at: T0 + 12 * SECOND });
    expectConserved(h);
  });

  it('assigns a left message (nobody was online) when an agent connects', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'], online: false });
    const opened = eventsOf(h.open('c1'), 'ConversationOpened')[0]!;
    expect(opened.disposition).toEqual({ kind: 'left-message', reason: 'no-agents-online', opensAt: null });
    expect(h.status('c1')).toBe('left-message');

    const events = h.run({ type: 'ConnectAgent', agentId: 'a' });
    expect(assignmentOf(events, 'c1').agentId).toBe('a');
    expect(h.status('c1')).toBe('active');
  });

  it('assigns when an agent reconnects within the grace period', () => {
    const h = oneBusyAgent().agent('b', { groups: ['g'] });
    h.run({ type: 'DisconnectAgent', agentId: 'b' });
    h.open('c1');
    expect(h.status('c1')).toBe('queued');
    h.advance(20);

    const events = h.run({ type: 'ConnectAgent', agentId: 'b' });
    expect(assignmentOf(events, 'c1').agentId).toBe('b');
  });

  it('assigns the moment an overflow threshold passes', () => {
    const h = new Harness().group('general');
    h.group('sales', { overflow: [{ afterSeconds: 60, groupId: 'general' }] });
    h.settings({ defaultGroupId: 'sales', dormantAfterSeconds: 24 * 3600 });
    h.agent('s', { groups: ['sales'] }).agent('gen', { groups: ['general'] });
    h.open('c0');
    h.reply('c0');
    h.open('c1');
    expect(h.advance(59)).toEqual([]);
    expectConserved(h);

    const events = h.advance(1);
    expect(events.map((event) => event.type)).toEqual(['OverflowReached', 'ConversationAssigned']);
    expect(assignmentOf(events, 'c1')).toMatchObject({ agentId: 'gen', at: T0 + 60 * SECOND });
    expectConserved(h);
  });

  it('offers a conversation re-routed after its overflow threshold to tier agents in the same decision', () => {
    const h = new Harness().group('general');
    h.group('sales', { overflow: [{ afterSeconds: 60, groupId: 'general' }] });
    h.settings({ defaultGroupId: 'sales', dormantAfterSeconds: 24 * 3600 });
    h.agent('s', { groups: ['sales'] }).agent('gen', { groups: ['general'] });
    h.open('c1');
    h.reply('c1');
    h.advance(10);
    h.run({ type: 'DisconnectAgent', agentId: 's' });

    // At 70 s the owner is lost: c1 (queued since 0 s, past the 60 s threshold) is re-routed and
    // `gen` is idle. The command that re-routes it must also hand it to `gen`.
    const grace = nextDeadline(h.state)!;
    expect(grace).toMatchObject({ kind: 'grace', at: T0 + 70 * SECOND });
    h.now = grace.at;
    const events = h.run({ type: 'FireTimer', key: grace.key });
    expect(eventsOf(events, 'ConversationRequeued')).toMatchObject([{ conversationId: 'c1', reason: 'agent-lost' }]);
    const taken = assignmentOf(events, 'c1');
    expect(taken.agentId).toBe('gen');
    expect(taken.explanation.overflowTier).toBe(1);
    expect(taken.explanation.effectiveWaitSeconds).toBe(70);
  });

  it('assigns when an agent is added to the conversation’s group', () => {
    const h = oneBusyAgent()
      .group('other')
      .agent('b', { groups: ['other'] });
    h.open('c1');
    expect(h.status('c1')).toBe('queued');
    expectConserved(h);

    const profile = profileOf(h, 'b');
    const events = h.run({
      type: 'SaveAgent',
      agent: { ...profile, memberships: [...profile.memberships, { groupId: 'g', ability: 5, tier: 'secondary' }] },
    });
    expect(events.map((event) => event.type)).toEqual(['AgentSaved', 'ConversationAssigned']);
    expect(assignmentOf(events, 'c1').agentId).toBe('b');
    expectConserved(h);
  });

  it('fills every new slot when maxConcurrent is raised', () => {
    const h = oneBusyAgent();
    h.open('c1');
    h.open('c2');
    h.open('c3');

    const events = h.run({ type: 'SaveAgent', agent: { ...profileOf(h, 'a'), maxConcurrent: 3 } });
    expect(eventsOf(events, 'ConversationAssigned').map((event) => [event.conversationId, event.agentId])).toEqual([
      ['c1', 'a'],
      ['c2', 'a'],
    ]);
    expect(h.state.agents.get('a')!.active).toBe(3);
    expect(h.status('c3')).toBe('queued');
  });

  it('assigns left messages when the group opens', () => {
    const h = new Harness().group('g', { hours: officeHours }).agent('a', { groups: ['g'], max: 2 });
    // T0 is Monday 09:00 UTC: the group opens at 10:00.
    const opened = eventsOf(h.open('c1'), 'ConversationOpened')[0]!;
    expect(opened.disposition).toEqual({ kind: 'left-message', reason: 'after-hours', opensAt: T0 + 3600 * SECOND });
    h.advance(60);
    h.open('c2');
    expect(h.status('c1')).toBe('left-message');
    expect(h.status('c2')).toBe('left-message');
    expectConserved(h);

    const events = h.advance(3540);
    expect(events.map((event) => event.type)).toEqual(['GroupOpened', 'ConversationAssigned', 'ConversationAssigned']);
    expect(eventsOf(events, 'ConversationAssigned').map((event) => [event.conversationId, event.at])).toEqual([
      ['c1', T0 + 3600 * SECOND],
      ['c2', T0 + 3600 * SECOND],
    ]);
    expect(h.owner('c1')).toBe('a');
    expect(h.owner('c2')).toBe('a');
  });

  it('re-routes a conversation to an idle agent the moment its owner is taken off it', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.open('c1');
    h.agent('b', { groups: ['g'] });

    const events = h.advance(60);
    // The takeover's internal entry and the customer's notice stand between the two.
    expect(events.map((event) => event.type)).toEqual([
      'ConversationRequeued',
      'MessagePosted',
      'MessagePosted',
      'ConversationAssigned',
    ]);
    expect(assignmentOf(events, 'c1')).toMatchObject({ agentId: 'b', at: T0 + 60 * SECOND });
  });

  it('gives a reserved conversation to another idle agent as soon as the sticky wait ends', () => {
    const h = new Harness().group('g').settings({ dormantAfterSeconds: 24 * 3600 });
    h.agent('a', { groups: ['g'] });
    h.open('first', { customerId: 'alice' });
    h.reply('first');
    h.close('first');
    h.open('busy');
    h.reply('busy');
    h.agent('b', { groups: ['g'] });

    // alice's last agent is full: her new conversation waits for them for stickyWaitSeconds (30 s).
    h.open('second', { customerId: 'alice' });
    expect(h.conversation('second').reservation).toMatchObject({ agentId: 'a', reason: 'sticky' });
    expect(h.state.agents.get('b')!.active).toBe(0);
    expect(h.advance(29)).toEqual([]);

    const events = h.advance(1);
    expect(events.map((event) => event.type)).toEqual(['ReservationEnded', 'ConversationAssigned']);
    expect(assignmentOf(events, 'second')).toMatchObject({ agentId: 'b', at: T0 + 30 * SECOND });
  });

  it('keeps every routable agent busy through a long mixed sequence', () => {
    const h = new Harness().group('g').group('h2');
    h.settings({ defaultGroupBySource: { two: 'h2' }, firstResponseTimeoutSeconds: 45 });
    h.agent('a', { groups: ['g'], max: 2 })
      .agent('b', { groups: ['g', 'h2'], max: 1 })
      .agent('c', { groups: ['h2'], max: 3 });
    for (let index = 0; index < 30; index += 1) {
      const id = `c${index}`;
      h.open(id, { source: index % 3 === 0 ? 'two' : 'website' });
      expectConserved(h);
      if (index % 4 === 1 && h.status(id) === 'active') h.reply(id);
      h.advance(7);
      expectConserved(h);
      if (index % 5 === 2) {
        const active = [...h.state.conversations.values()].find((conversation) => conversation.status === 'active');
        if (active !== undefined) h.close(active.id);
        expectConserved(h);
      }
      if (index === 10) h.run({ type: 'SetAgentStatus', agentId: 'a', status: 'away' });
      if (index === 15) h.run({ type: 'SetAgentStatus', agentId: 'a', status: 'available' });
      if (index === 20) h.run({ type: 'DisconnectAgent', agentId: 'c' });
      if (index === 22) h.run({ type: 'ConnectAgent', agentId: 'c' });
      expectConserved(h);
    }
    expect(eventsOf(h.log, 'ConversationAssigned').length).toBeGreaterThan(20);
    expect(eventsOf(h.log, 'ConversationRequeued').length).toBeGreaterThan(0);
  });
});
