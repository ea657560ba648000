/**
 * Assignment mode `offer` (DESIGN.md §3.9): the agent must accept within offerTimeoutSeconds; a miss
 * re-routes the conversation, excludes that agent for it, and after maxMissedOffers consecutive
 * misses the agent is set `away`.
 */
import { describe, expect, it } from 'vitest';
import { T0, Harness, eventsOf } from '../support/harness.js';
import { assignmentOf, assignments } from '../support/routing-checks.js';

const SECOND = 1000;

function offerTenant(): Harness {
  return new Harness().group('g').settings({ assignmentMode: 'offer' });
}

const otherOf = (agentId: string): string => (agentId === 'a' ? 'b' : 'a');

describe('offer mode', () => {
  it('offers instead of assigning: the conversation is offered and holds the agent’s slot', () => {
    const h = offerTenant().agent('a', { groups: ['g'] });
    const offer = assignmentOf(h.open('c1'), 'c1');
    expect(offer).toMatchObject({
      agentId: 'a',
      mode: 'offer',
      offerDeadline: T0 + 20 * SECOND,
      firstResponseDeadline: null,
    });
    expect(h.status('c1')).toBe('offered');
    expect(h.owner('c1')).toBe('a');
    expect(h.state.agents.get('a')!.active).toBe(1);
    h.open('c2');
    expect(h.status('c2')).toBe('queued');
  });

  it('makes the conversation active when the agent accepts, with a first-response deadline from then', () => {
    const h = offerTenant().agent('a', { groups: ['g'] });
    h.open('c1');
    h.advance(5);

    const events = h.run({ type: 'AcceptOffer', conversationId: 'c1', agentId: 'a' });
    expect(events).toEqual([
      {
        type: 'OfferAccepted',
        at: T0 + 5 * SECOND,
        conversationId: 'c1',
        agentId: 'a',
        firstResponseDeadline: T0 + 65 * SECOND,
        replyReminderDeadline: null,
      },
    ]);
    expect(h.status('c1')).toBe('active');
    expect(h.state.agents.get('a')!.active).toBe(1);
    // The offer timer is gone: nothing happens at 20 s.
    expect(eventsOf(h.advance(20), 'ConversationRequeued')).toEqual([]);
    expect(h.owner('c1')).toBe('a');
    // The first-response timer now runs from the acceptance.
    const takeover = h.advance(40);
    expect(eventsOf(takeover, 'ConversationRequeued')).toMatchObject([
      { at: T0 + 65 * SECOND, reason: 'first-response-timeout' },
    ]);
  });

  it('applies a group’s own offer mode and timeout while other groups stay direct', () => {
    const h = new Harness().group('direct').group('offers', { assignmentMode: 'offer', offerTimeoutSeconds: 45 });
    h.settings({ defaultGroupBySource: { shop: 'offers' } });
    h.agent('a', { groups: ['direct'] }).agent('b', { groups: ['offers'] });

    expect(assignmentOf(h.open('c-direct'), 'c-direct')).toMatchObject({ agentId: 'a', mode: 'direct' });
    expect(h.status('c-direct')).toBe('active');
    const offer = assignmentOf(h.open('c-offer', { source: 'shop' }), 'c-offer');
    expect(offer).toMatchObject({ agentId: 'b', mode: 'offer', offerDeadline: T0 + 45 * SECOND });
    expect(h.status('c-offer')).toBe('offered');
    expect(eventsOf(h.advance(44), 'ConversationRequeued')).toEqual([]);
    expect(eventsOf(h.advance(1), 'ConversationRequeued')).toMatchObject([
      { conversationId: 'c-offer', reason: 'offer-expired' },
    ]);
  });

  it('lets a group in direct mode override a tenant in offer mode', () => {
    const h = offerTenant().group('fast', { assignmentMode: 'direct' });
    h.settings({ defaultGroupId: 'fast' }).agent('a', { groups: ['fast'] });
    expect(assignmentOf(h.open('c1'), 'c1').mode).toBe('direct');
    expect(h.status('c1')).toBe('active');
  });

  it('re-routes an unanswered offer at its deadline to another agent and excludes the one who missed it', () => {
    const h = offerTenant()
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    const first = assignmentOf(h.open('c1'), 'c1').agentId;
    const second = otherOf(first);
    expect(h.advance(19)).toEqual([]);

    const events = h.advance(1);
    expect(events.map((event) => event.type)).toEqual(['ConversationRequeued', 'ConversationAssigned']);
    expect(events[0]).toEqual({
      type: 'ConversationRequeued',
      at: T0 + 20 * SECOND,
      conversationId: 'c1',
      fromAgentId: first,
      reason: 'offer-expired',
      groupId: 'g',
      overflowTier: 0,
      overflowDeadline: null,
      exclusionDeadline: T0 + 20 * SECOND + 300 * SECOND,
    });
    const reoffer = assignmentOf(events, 'c1');
    expect(reoffer).toMatchObject({ agentId: second, mode: 'offer', offerDeadline: T0 + 40 * SECOND });
    expect(h.conversation('c1').excluded).toEqual([first]);
    expect(h.state.agents.get(first)!.active).toBe(0);
    expect(h.state.agents.get(first)!.missedOffers).toBe(1);
    // The queue order is kept: the customer has been waiting since 0 s.
    expect(reoffer.explanation.effectiveWaitSeconds).toBe(20);
  });

  it('never offers the conversation again to an agent who missed it', () => {
    const h = offerTenant()
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    const first = assignmentOf(h.open('c1'), 'c1').agentId;
    const second = otherOf(first);
    h.advance(20);
    // The second agent misses it too: both are excluded and it waits, though both are idle.
    const events = h.advance(20);
    expect(eventsOf(events, 'ConversationRequeued')).toMatchObject([{ fromAgentId: second, reason: 'offer-expired' }]);
    expect(eventsOf(events, 'ConversationAssigned')).toEqual([]);
    expect(h.conversation('c1').excluded).toEqual([first, second]);
    expect(h.status('c1')).toBe('queued');

    // Other conversations still reach them; c1 keeps waiting for someone else.
    h.open('c2');
    expect(h.status('c2')).toBe('offered');
    h.agent('c', { groups: ['g'] });
    expect(h.owner('c1')).toBe('c');
  });

  it('sets an agent away after maxMissedOffers consecutive misses', () => {
    const h = offerTenant()
      .settings({ maxMissedOffers: 2 })
      .agent('a', { groups: ['g'] });
    h.open('c1');
    h.open('c2');
    h.open('c3');

    const firstMiss = h.advance(20);
    expect(eventsOf(firstMiss, 'AgentStatusChanged')).toEqual([]);
    // Excluded from c1, a is offered c2 at once.
    expect(assignments(firstMiss)).toEqual({ c2: 'a' });
    expect(h.state.agents.get('a')!.missedOffers).toBe(1);

    const secondMiss = h.advance(20);
    expect(secondMiss.map((event) => event.type)).toEqual(['AgentStatusChanged', 'ConversationRequeued']);
    expect(secondMiss[0]).toEqual({
      type: 'AgentStatusChanged',
      at: T0 + 40 * SECOND,
      agentId: 'a',
      status: 'away',
      reason: 'missed-offers',
    });
    expect(h.state.agents.get('a')!.status).toBe('away');
    expect(h.status('c3')).toBe('queued');
    h.open('c4');
    expect(h.status('c4')).toBe('queued');

    // Coming back resets the count and takes work at once.
    const back = h.run({ type: 'SetAgentStatus', agentId: 'a', status: 'available' });
    expect(assignments(back)).toEqual({ c3: 'a' });
    expect(h.state.agents.get('a')!.missedOffers).toBe(0);
  });

  it('counts only consecutive misses: an accepted offer resets the count', () => {
    const h = offerTenant()
      .settings({ maxMissedOffers: 2 })
      .agent('a', { groups: ['g'], max: 2 });
    h.open('c1');
    h.open('c2');
    h.run({ type: 'AcceptOffer', conversationId: 'c2', agentId: 'a' });
    h.reply('c2');
    h.advance(20);
    expect(h.state.agents.get('a')!.missedOffers).toBe(1);
    h.open('c3');
    h.run({ type: 'AcceptOffer', conversationId: 'c3', agentId: 'a' });
    expect(h.state.agents.get('a')!.missedOffers).toBe(0);
    h.reply('c3');
    h.run({ type: 'CloseConversation', conversationId: 'c2', agentId: 'a', by: 'agent' });
    h.open('c4');
    expect(h.status('c4')).toBe('offered');

    const events = h.advance(20);
    expect(eventsOf(events, 'AgentStatusChanged')).toEqual([]);
    expect(h.state.agents.get('a')!.status).toBe('available');
  });

  it('re-routes at once when the agent declines, without counting a miss', () => {
    const h = offerTenant()
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    const first = assignmentOf(h.open('c1'), 'c1').agentId;
    const second = otherOf(first);
    h.advance(3);

    const events = h.run({ type: 'DeclineOffer', conversationId: 'c1', agentId: first });
    expect(events.map((event) => event.type)).toEqual(['ConversationRequeued', 'ConversationAssigned']);
    expect(events[0]).toMatchObject({ fromAgentId: first, reason: 'offer-declined', at: T0 + 3 * SECOND });
    expect(assignmentOf(events, 'c1')).toMatchObject({ agentId: second, mode: 'offer' });
    expect(h.conversation('c1').excluded).toEqual([first]);
    expect(h.state.agents.get(first)!).toMatchObject({ active: 0, missedOffers: 0 });
    // The declining agent's slot is free for the next conversation.
    expect(assignmentOf(h.open('c2'), 'c2').agentId).toBe(first);
    // The original offer timer is gone; only the new offer's deadline (23 s) remains for c1.
    const requeuesOfC1 = (seconds: number) =>
      eventsOf(h.advance(seconds), 'ConversationRequeued').filter((event) => event.conversationId === 'c1');
    expect(requeuesOfC1(19)).toEqual([]);
    expect(requeuesOfC1(1)).toMatchObject([{ at: T0 + 23 * SECOND, fromAgentId: second }]);
  });

  describe('refuses with OFFER_NOT_FOUND', () => {
    it('an accept or decline by an agent the conversation was not offered to', () => {
      const h = offerTenant()
        .agent('a', { groups: ['g'] })
        .agent('b', { groups: ['g'] });
      const first = assignmentOf(h.open('c1'), 'c1').agentId;
      const other = otherOf(first);
      expect(h.refused({ type: 'AcceptOffer', conversationId: 'c1', agentId: other }).code).toBe('OFFER_NOT_FOUND');
      expect(h.refused({ type: 'DeclineOffer', conversationId: 'c1', agentId: other }).code).toBe('OFFER_NOT_FOUND');
      expect(h.status('c1')).toBe('offered');
      expect(h.owner('c1')).toBe(first);
    });

    it('an accept of an unknown conversation', () => {
      const h = offerTenant().agent('a', { groups: ['g'] });
      expect(h.refused({ type: 'AcceptOffer', conversationId: 'nope', agentId: 'a' }).code).toBe('OFFER_NOT_FOUND');
    });

    it('a second accept, and a decline after accepting', () => {
      const h = offerTenant().agent('a', { groups: ['g'] });
      h.open('c1');
      h.run({ type: 'AcceptOffer', conversationId: 'c1', agentId: 'a' });
      expect(h.refused({ type: 'AcceptOffer', conversationId: 'c1', agentId: 'a' }).code).toBe('OFFER_NOT_FOUND');
      expect(h.refused({ type: 'DeclineOffer', conversationId: 'c1', agentId: 'a' }).code).toBe('OFFER_NOT_FOUND');
      expect(h.status('c1')).toBe('active');
    });

    it('an accept after the offer expired and moved on', () => {
      const h = offerTenant()
        .agent('a', { groups: ['g'] })
        .agent('b', { groups: ['g'] });
      const first = assignmentOf(h.open('c1'), 'c1').agentId;
      h.advance(20);
      expect(h.refused({ type: 'AcceptOffer', conversationId: 'c1', agentId: first }).code).toBe('OFFER_NOT_FOUND');
      expect(h.owner('c1')).toBe(otherOf(first));
    });

    it('an accept in direct mode, where nothing is ever offered', () => {
      const h = new Harness().group('g').agent('a', { groups: ['g'] });
      h.open('c1');
      expect(h.status('c1')).toBe('active');
      expect(h.refused({ type: 'AcceptOffer', conversationId: 'c1', agentId: 'a' }).code).toBe('OFFER_NOT_FOUND');
    });

    it('an accept of a conversation still waiting in the queue', () => {
      const h = offerTenant().agent('a', { groups: ['g'] });
      h.open('c1');
      h.open('c2');
      expect(h.status('c2')).toBe('queued');
      expect(h.refused({ type: 'AcceptOffer', conversationId: 'c2', agentId: 'a' }).code).toBe('OFFER_NOT_FOUND');
    });
  });
});
