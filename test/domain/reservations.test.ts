/**
 * Reservations (DESIGN.md §3.3; docs/routing.md "Reservations, exclusions and left messages"): a
 * conversation waiting for its preferred agent. The reserved path applies the same eligibility as
 * normal routing, and a reservation the agent can no longer hold ends at once.
 */
import { describe, expect, it } from 'vitest';
import { Harness, eventsOf } from '../support/harness.js';
import { assignments, onlyAssignment, rate, setStatus } from '../support/routing-helpers.js';

/** Group g with a and b (one slot each); customer x was served by b; b is now full with `other`. */
function waitingForB(): Harness {
  const h = new Harness()
    .group('g')
    .agent('a', { groups: ['g'] })
    .agent('b', { groups: ['g'] });
  h.open('past-x', { customerId: 'x', agentId: 'b' });
  h.close('past-x');
  h.open('other', { agentId: 'b' });
  h.open('c1', { customerId: 'x' });
  expect(h.conversation('c1').reservation).toMatchObject({ agentId: 'b', reason: 'sticky' });
  return h;
}

describe('a reservation never goes to an agent the customer has since rated badly', () => {
  it("raising badRatingMax over the customer's rating of the reserved agent ends the reservation", () => {
    const h = waitingForB();
    rate(h, 'past-x', 3);
    expect(h.conversation('c1').reservation?.agentId).toBe('b');
    const events = h.run({ type: 'ConfigureTenant', settings: { badRatingMax: 3 } });
    expect(eventsOf(events, 'ReservationEnded')).toEqual([
      expect.objectContaining({ conversationId: 'c1', ended: 'agent-unavailable' }),
    ]);
    // a is free: normal routing serves x at once.
    expect(assignments(events)).toEqual([['c1', 'a']]);
  });

  it('rating the reserved agent badly ends the reservation; they never get the conversation', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    h.open('past-x', { customerId: 'x', agentId: 'b' });
    h.close('past-x');
    h.open('oa', { agentId: 'a' });
    h.open('other', { agentId: 'b' });
    h.open('c1', { customerId: 'x' });
    expect(h.conversation('c1').reservation?.agentId).toBe('b');

    const rated = rate(h, 'past-x', 1);
    expect(eventsOf(rated, 'ReservationEnded')).toEqual([
      expect.objectContaining({ conversationId: 'c1', reason: 'sticky', ended: 'agent-unavailable' }),
    ]);
    expect(h.conversation('c1')).toMatchObject({ status: 'queued', reservation: null });
    expect(h.state.timers.has('sticky:c1')).toBe(false);

    // b frees a slot well within stickyWaitSeconds: still not theirs.
    expect(assignments(h.close('other'))).toEqual([]);
    expect(h.status('c1')).toBe('queued');
    // a frees a slot: normal routing serves x.
    expect(assignments(h.close('oa'))).toEqual([['c1', 'a']]);
  });

  it('a dedicated agent rated badly while the conversation waits for them is not waited for', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    h.customer('vip', { dedicatedAgentId: 'b' });
    h.open('current', { customerId: 'vip' });
    expect(h.owner('current')).toBe('b');
    h.open('d2', { customerId: 'vip' });
    expect(h.conversation('d2').reservation).toMatchObject({ agentId: 'b', reason: 'dedicated' });
    const events = rate(h, 'current', 2);
    expect(eventsOf(events, 'ReservationEnded').map((event) => event.conversationId)).toEqual(['d2']);
    expect(onlyAssignment(events)).toMatchObject({ conversationId: 'd2', agentId: 'a' });
  });

  it('a good rating keeps the reservation', () => {
    const h = waitingForB();
    expect(eventsOf(rate(h, 'past-x', 5), 'ReservationEnded')).toEqual([]);
    expect(h.conversation('c1').reservation?.agentId).toBe('b');
  });
});

describe('a reservation ends at once when its agent goes offline or stops taking work', () => {
  it('disconnecting ends it: the conversation routes normally at once', () => {
    const h = waitingForB();
    const events = h.run({ type: 'DisconnectAgent', agentId: 'b' });
    expect(events.map((event) => event.type)).toEqual([
      'AgentDisconnected',
      'ReservationEnded',
      'ConversationAssigned',
    ]);
    expect(eventsOf(events, 'ReservationEnded')[0]).toMatchObject({ ended: 'agent-unavailable', reason: 'sticky' });
    expect(onlyAssignment(events)).toMatchObject({ conversationId: 'c1', agentId: 'a' });
    expect(onlyAssignment(events).explanation.preferred).toBeNull();
  });

  it.each(['DisableAgent', 'RemoveAgent'] as const)('%s ends it: the conversation waits for anyone', (type) => {
    const h = waitingForB();
    const events = h.run({ type, agentId: 'b', byAgentId: null });
    expect(eventsOf(events, 'ReservationEnded')).toEqual([
      expect.objectContaining({ conversationId: 'c1', ended: 'agent-unavailable' }),
    ]);
    // b's own conversation, requeued with its earlier queue time, takes a's one slot first.
    expect(h.owner('other')).toBe('a');
    expect(h.conversation('c1')).toMatchObject({ status: 'queued', reservation: null });
  });

  it.each(['away', 'busy'] as const)('choosing %s ends it', (status) => {
    const h = waitingForB();
    const events = setStatus(h, 'b', status);
    expect(eventsOf(events, 'ReservationEnded')).toHaveLength(1);
    expect(assignments(events)).toEqual([['c1', 'a']]);
  });

  it('with nobody else free it waits in the group queue, and a returning agent serves it as anyone would', () => {
    const h = waitingForB();
    h.open('oa', { agentId: 'a' });
    const events = setStatus(h, 'b', 'away');
    expect(eventsOf(events, 'ReservationEnded')).toHaveLength(1);
    expect(h.conversation('c1')).toMatchObject({ status: 'queued', reservation: null });
    expect(
      h.state.groups
        .get('g')!
        .queue.toArray()
        .map((c) => c.id),
    ).toEqual(['c1']);
    expect(assignments(h.close('oa'))).toEqual([['c1', 'a']]);
  });

  it('the expiry of the wait is still reported as expired', () => {
    const h = waitingForB();
    const fired = h.advance(30);
    expect(eventsOf(fired, 'ReservationEnded')[0]).toMatchObject({ ended: 'expired' });
  });
});
