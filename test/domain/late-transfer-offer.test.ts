/**
 * A group transfer that waited in the group's transfer queue and is offered when a member frees a
 * slot gives that member a full answer window (`transfer.timeoutSeconds` from the offer); the
 * request's deadline only bounds the wait for a free member (docs/transfers.md).
 */
import { describe, expect, it } from 'vitest';
import { T0, Harness, eventsOf } from '../support/harness.js';
import { ms, only, openFor, pendingTransfer, requestTransfer, toGroup } from '../support/transfer-helpers.js';

/** a owns c1 in g; tech's only member t is busy with x. */
function waitingForTech(): Harness {
  const h = new Harness()
    .group('g')
    .group('tech')
    .settings({ defaultGroupBySource: { tech: 'tech' } });
  h.agent('a', { groups: ['g'] }).agent('t', { groups: ['tech'] });
  h.open('x', { source: 'tech' });
  expect(h.owner('x')).toBe('t');
  openFor(h, 'c1', 'a');
  h.reply('c1');
  const requested = only(
    requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'a', to: toGroup('tech') }),
    'TransferRequested',
  );
  expect(requested.transfer).toMatchObject({ targetAgentId: null, deadline: T0 + ms(30) });
  return h;
}

describe('a late group-transfer offer gets a fair accept window', () => {
  it('offered 25 s after the request, the member still has 30 s to answer', () => {
    const h = waitingForTech();
    h.advance(25);
    const offered = only(h.close('x'), 'TransferOffered');
    expect(offered).toMatchObject({ agentId: 't', deadline: T0 + ms(55) });
    expect(pendingTransfer(h, 't1').deadline).toBe(T0 + ms(55));
    expect(h.state.timers.get('transfer:t1')?.at).toBe(T0 + ms(55));
    expect(eventsOf(h.advance(29), 'TransferTimedOut')).toEqual([]);
    h.run({ type: 'AcceptTransfer', transferId: 't1', agentId: 't' });
    expect(h.owner('c1')).toBe('t');
  });

  it('unanswered, it times out a full window after the offer, naming the member', () => {
    const h = waitingForTech();
    h.advance(25);
    h.close('x');
    expect(eventsOf(h.advance(29), 'TransferTimedOut')).toEqual([]);
    expect(only(h.advance(1), 'TransferTimedOut')).toMatchObject({ at: T0 + ms(55), agentId: 't' });
  });

  it('a member freed at the very instant the wait ends still gets it, with a full window', () => {
    // Work conservation (routing-invariants): a free member is never left idle beside a waiting
    // transfer, even at the last instant of its wait. The transfer model test once ignored the new
    // deadline such an offer carries.
    const h = waitingForTech();
    h.now = T0 + ms(30);
    expect(only(h.close('x'), 'TransferOffered')).toMatchObject({ agentId: 't', deadline: T0 + ms(60) });
    expect(eventsOf(h.advance(0), 'TransferTimedOut')).toEqual([]);
    expect(only(h.advance(30), 'TransferTimedOut')).toMatchObject({ at: T0 + ms(60), agentId: 't' });
  });

  it('nobody frees a slot in time: it times out at the request deadline, naming nobody', () => {
    const h = waitingForTech();
    expect(only(h.advance(30), 'TransferTimedOut')).toMatchObject({ at: T0 + ms(30), agentId: null });
  });
});
