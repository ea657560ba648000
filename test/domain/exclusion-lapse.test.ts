/**
 * Exclusions lapse (docs/routing.md "Reservations, exclusions and left messages"): an agent who
 * missed, declined or rejected a conversation, or lost it to a takeover, is not given it again
 * for `exclusionLapseSeconds` (default 300) after its latest exclusion; then every exclusion of
 * the conversation lapses and work conservation applies, so it never waits forever for them.
 */
import { describe, expect, it } from 'vitest';
import { T0, Harness, eventsOf } from '../support/harness.js';
import { assignments, ms } from '../support/routing-helpers.js';
import { only, openFor, rejectTransfer, requestTransfer } from '../support/transfer-helpers.js';

const decline = (h: Harness, agentId: string) => h.run({ type: 'DeclineOffer', conversationId: 'c1', agentId });

describe('exclusions never strand a conversation', () => {
  it('the only agent declined: after exclusionLapseSeconds it is offered to them again', () => {
    const h = new Harness()
      .group('g')
      .settings({ assignmentMode: 'offer' })
      .agent('a', { groups: ['g'] });
    h.open('c1');
    const declined = decline(h, 'a');
    expect(only(declined, 'ConversationRequeued').exclusionDeadline).toBe(T0 + ms(300));
    expect(h.conversation('c1')).toMatchObject({ status: 'queued', excluded: ['a'] });
    expect(h.advance(299)).toEqual([]);
    const lapsed = h.advance(1);
    expect(only(lapsed, 'ExclusionsLapsed')).toEqual({
      type: 'ExclusionsLapsed',
      at: T0 + ms(300),
      conversationId: 'c1',
      agentIds: ['a'],
    });
    expect(assignments(lapsed)).toEqual([['c1', 'a']]);
    expect(h.conversation('c1').excluded).toEqual([]);
  });

  it('the only agent lost it to a first-response takeover: they get it back when the exclusion lapses', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.open('c1');
    const takeover = h.advance(60);
    expect(only(takeover, 'ConversationRequeued')).toMatchObject({ reason: 'first-response-timeout' });
    expect(h.status('c1')).toBe('queued');
    expect(assignments(h.advance(299))).toEqual([]);
    expect(assignments(h.advance(1))).toEqual([['c1', 'a']]);
  });

  it('exclusionLapseSeconds is configurable', () => {
    const h = new Harness()
      .group('g')
      .settings({ assignmentMode: 'offer', exclusionLapseSeconds: 45 })
      .agent('a', { groups: ['g'] });
    h.open('c1');
    decline(h, 'a');
    expect(assignments(h.advance(44))).toEqual([]);
    expect(assignments(h.advance(1))).toEqual([['c1', 'a']]);
  });

  it('a later exclusion moves the deadline; all of them lapse together', () => {
    const h = new Harness()
      .group('g')
      .settings({ assignmentMode: 'offer', offerTimeoutSeconds: 1000 })
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    h.open('c1');
    const first = h.owner('c1')!;
    decline(h, first);
    h.advance(100);
    const second = h.owner('c1')!;
    expect(second).not.toBe(first);
    decline(h, second);
    expect(h.conversation('c1').excluded).toEqual([first, second]);
    expect(h.advance(299)).toEqual([]);
    const lapsed = h.advance(1);
    expect(only(lapsed, 'ExclusionsLapsed')).toMatchObject({ at: T0 + ms(400), agentIds: [first, second] });
    expect(assignments(lapsed)).toHaveLength(1);
  });

  it('a transfer rejection excludes the rejecter from the conversation until the lapse', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    openFor(h, 'c1', 'a');
    h.reply('c1');
    requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'a', to: 'b' });
    const rejected = rejectTransfer(h, 't1', 'b');
    expect(only(rejected, 'TransferRejected').exclusionDeadline).toBe(T0 + ms(300));
    expect(h.conversation('c1').excluded).toEqual(['b']);
    expect(eventsOf(h.advance(300), 'ExclusionsLapsed')).toHaveLength(1);
    expect(h.conversation('c1').excluded).toEqual([]);
  });

  it('an agent lost (they may come back) is not excluded, so no lapse deadline', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.open('c1');
    h.reply('c1');
    h.run({ type: 'DisconnectAgent', agentId: 'a' });
    const lost = h.advance(60);
    expect(only(lost, 'ConversationRequeued')).toMatchObject({ reason: 'agent-lost', exclusionDeadline: null });
    expect(h.state.timers.has('exclusions:c1')).toBe(false);
  });

  it('closing the conversation clears the lapse deadline', () => {
    const h = new Harness()
      .group('g')
      .settings({ assignmentMode: 'offer' })
      .agent('a', { groups: ['g'] });
    h.open('c1');
    decline(h, 'a');
    expect(h.state.timers.has('exclusions:c1')).toBe(true);
    h.close('c1');
    expect(h.state.timers.has('exclusions:c1')).toBe(false);
  });
});
