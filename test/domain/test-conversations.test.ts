/**
 * Test conversations (issue 13, docs/routing.md): a `decision-only` one records where routing would
 * send it and closes at once — no agent's load, queue or sticky memory is touched; a `routed` one is
 * routed for real and carries its flag.
 */
import { describe, expect, it } from 'vitest';
import { Harness, eventsOf } from '../support/harness.js';

describe('a decision-only test conversation', () => {
  it('records the agent routing would choose, with the explanation, and closes without assigning', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    const load = (): unknown =>
      [...h.state.agents.values()].map((agent) => [agent.id, agent.active, agent.assignments, agent.lastAssignedAt]);
    const before = load();
    const events = h.open('t1', { test: 'decision-only' });
    expect(eventsOf(events, 'ConversationOpened')[0]).toMatchObject({ test: 'decision-only' });
    expect(eventsOf(events, 'ConversationAssigned')).toEqual([]);
    const [decision] = eventsOf(events, 'TestConversationRouted');
    expect(decision?.agentId).toMatch(/^[ab]$/);
    expect(decision?.explanation).toMatchObject({ rankedBy: { groupId: 'g' }, overflowTier: 0 });
    expect(decision?.explanation?.candidates.length).toBeGreaterThan(0);
    expect(h.status('t1')).toBe('closed');
    expect(h.conversation('t1')).toMatchObject({ test: 'decision-only', ownerId: null });
    expect(load()).toEqual(before);
    expect(h.state.customers.get('cust-t1')?.lastAgent ?? null).toBeNull();
  });

  it('records "nobody now" when everyone is busy, and never waits in the queue', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.open('c1');
    const events = h.open('t1', { test: 'decision-only' });
    expect(eventsOf(events, 'TestConversationRouted')).toMatchObject([{ agentId: null, explanation: null }]);
    expect(h.status('t1')).toBe('closed');
    expect(h.state.groups.get('g')?.queue.size).toBe(0);
    // Freeing a slot later hands out nothing.
    expect(eventsOf(h.close('c1'), 'ConversationAssigned')).toEqual([]);
  });

  it('refuses an unknown test mode', () => {
    const h = new Harness().group('g');
    const command = {
      type: 'OpenConversation',
      conversationId: 'x',
      customerId: 'cx',
      channel: 'web',
      source: 'website',
      text: '',
      test: 'maybe',
    } as unknown as Parameters<Harness['refused']>[0];
    expect(h.refused(command).code).toBe('INVALID_COMMAND');
  });
});

describe('a routed test conversation', () => {
  it('is routed to a real agent and keeps its flag', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    const events = h.open('t1', { test: 'routed' });
    expect(eventsOf(events, 'ConversationAssigned')).toMatchObject([{ agentId: 'a' }]);
    expect(h.conversation('t1')).toMatchObject({ test: 'routed', status: 'active' });
  });
});
