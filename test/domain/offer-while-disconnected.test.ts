/**
 * An offer (offer mode) that runs out while its agent is disconnected within the presence grace
 * is not a missed offer (docs/routing.md): the conversation is re-routed, but the agent is not
 * counted a miss, not set `away`, and not excluded from it.
 */
import { describe, expect, it } from 'vitest';
import { Harness, eventsOf } from '../support/harness.js';
import { assignments } from '../support/routing-helpers.js';

function offerTenant(): Harness {
  return new Harness()
    .group('g')
    .settings({ assignmentMode: 'offer', maxMissedOffers: 1 })
    .agent('a', { groups: ['g'] });
}

describe('an offer expiring while the agent is disconnected is not a miss', () => {
  it('re-routed without a miss, without away, without exclusion; the agent gets it back on return', () => {
    const h = offerTenant();
    h.open('c1');
    expect(h.status('c1')).toBe('offered');
    h.run({ type: 'DisconnectAgent', agentId: 'a' });
    const expired = h.advance(20);
    expect(eventsOf(expired, 'ConversationRequeued')).toMatchObject([
      { reason: 'offer-expired-offline', exclusionDeadline: null },
    ]);
    expect(eventsOf(expired, 'AgentStatusChanged')).toEqual([]);
    expect(h.state.agents.get('a')).toMatchObject({ status: 'available', missedOffers: 0 });
    expect(h.conversation('c1')).toMatchObject({ status: 'queued', excluded: [] });
    expect(assignments(h.run({ type: 'ConnectAgent', agentId: 'a' }))).toEqual([['c1', 'a']]);
  });

  it('a connected agent who lets the offer run out is still counted (and set away at the limit)', () => {
    const h = offerTenant();
    h.open('c1');
    const expired = h.advance(20);
    expect(eventsOf(expired, 'ConversationRequeued')).toMatchObject([{ reason: 'offer-expired' }]);
    expect(eventsOf(expired, 'AgentStatusChanged')).toMatchObject([{ status: 'away', reason: 'missed-offers' }]);
    expect(h.conversation('c1').excluded).toEqual(['a']);
  });
});
