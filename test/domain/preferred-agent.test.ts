/**
 * Preferred agent (DESIGN.md §3.3): a directed agent (API or rule), then the customer's dedicated
 * agent, then the sticky last agent. A routable preferred agent gets the conversation at once; an
 * online but full one is waited for up to `stickyWaitSeconds`. Agents the customer rated badly are
 * never chosen for them; agents they rated well are favoured.
 */
import { describe, expect, it } from 'vitest';
import { Harness, eventsOf } from '../support/harness.js';
import {
  DAY,
  assignments,
  ms,
  onlyAssignment,
  opened,
  rate,
  rule,
  saveRules,
  setStatus,
} from '../support/routing-helpers.js';

/** Group g with agents a, b, c (one slot each, all free, equal in rank: `a` wins ties by id). */
function tenant(): Harness {
  return new Harness()
    .group('g')
    .agent('a', { groups: ['g'] })
    .agent('b', { groups: ['g'] })
    .agent('c', { groups: ['g'] });
}

/** Customer `customerId` is served by `agentId` in a conversation that then closes. */
function servedBy(h: Harness, customerId: string, agentId: string, conversationId = `past-${customerId}`): void {
  h.open(conversationId, { customerId, agentId });
  expect(h.owner(conversationId)).toBe(agentId);
  h.close(conversationId);
}

describe('directed assignment (定向分配)', () => {
  it('the API names an agent: that agent gets it at once, explained as directed', () => {
    const h = tenant();
    const assigned = onlyAssignment(h.open('c1', { agentId: 'b' }));
    expect(assigned.agentId).toBe('b');
    expect(assigned.explanation.preferred).toBe('directed');
    expect(assigned.explanation.candidates.map((candidate) => candidate.agentId)).toEqual(['b']);
    expect(h.conversation('c1').reservation).toBeNull();
  });

  it("a rule's agentId directs the conversation", () => {
    const h = tenant();
    saveRules(h, [rule('to-c', { keywords: { any: ['合同'] } }, { agentId: 'c' })]);
    const assigned = onlyAssignment(h.open('c1', { text: '合同问题' }));
    expect(assigned.agentId).toBe('c');
    expect(assigned.explanation.preferred).toBe('directed');
    expect(assigned.explanation.rule?.id).toBe('to-c');
    // Without the keyword, normal routing.
    const normal = onlyAssignment(h.open('c2', { text: 'hello' }));
    expect(normal.agentId).toBe('a');
    expect(normal.explanation.preferred).toBeNull();
  });

  it("the API's agent wins over the rule's", () => {
    const h = tenant();
    saveRules(h, [rule('to-c', {}, { agentId: 'c' })]);
    expect(onlyAssignment(h.open('c1', { agentId: 'b' })).agentId).toBe('b');
  });

  it('an unknown directed agent is refused', () => {
    const h = tenant();
    const error = h.refused({
      type: 'OpenConversation',
      conversationId: 'c1',
      customerId: 'x',
      channel: 'web',
      source: 'website',
      text: '',
      agentId: 'ghost',
    });
    expect(error.code).toBe('AGENT_NOT_FOUND');
    expect(h.state.conversations.has('c1')).toBe(false);
  });
});

describe('dedicated and sticky agents', () => {
  it("the customer's dedicated agent gets the conversation", () => {
    const h = tenant().customer('vip', { dedicatedAgentId: 'c' });
    const assigned = onlyAssignment(h.open('c1', { customerId: 'vip' }));
    expect(assigned.agentId).toBe('c');
    expect(assigned.explanation.preferred).toBe('dedicated');
  });

  it('directed beats dedicated, and dedicated beats sticky', () => {
    const h = tenant().customer('vip', { dedicatedAgentId: 'c' });
    servedBy(h, 'vip', 'b');
    const directed = onlyAssignment(h.open('c1', { customerId: 'vip', agentId: 'a' }));
    expect([directed.agentId, directed.explanation.preferred]).toEqual(['a', 'directed']);
    const dedicated = onlyAssignment(h.open('c2', { customerId: 'vip' }));
    expect([dedicated.agentId, dedicated.explanation.preferred]).toEqual(['c', 'dedicated']);
  });

  it('the last agent is sticky within the default 7-day window, and not after it', () => {
    const h = tenant();
    servedBy(h, 'x', 'b');
    servedBy(h, 'y', 'b');
    h.advance(7 * DAY);
    const sticky = onlyAssignment(h.open('c1', { customerId: 'x' }));
    expect([sticky.agentId, sticky.explanation.preferred]).toEqual(['b', 'sticky']);
    h.close('c1');
    h.advance(1);
    const late = onlyAssignment(h.open('c2', { customerId: 'y' }));
    expect(late.agentId).toBe('a');
    expect(late.explanation.preferred).toBeNull();
    expect(h.conversation('c2').reservation).toBeNull();
  });

  it('stickyWindowSeconds is configurable; the window is inclusive', () => {
    const h = tenant().settings({ stickyWindowSeconds: 3600 });
    servedBy(h, 'x', 'b');
    servedBy(h, 'y', 'b');
    h.advance(3600);
    expect(onlyAssignment(h.open('c1', { customerId: 'x' })).explanation.preferred).toBe('sticky');
    h.advance(1);
    // b is busy now; had y's stickiness survived, the conversation would wait for b instead.
    const late = onlyAssignment(h.open('c2', { customerId: 'y' }));
    expect(late.agentId).toBe('a');
    expect(late.explanation.preferred).toBeNull();
  });

  it('an offline preferred agent is skipped: the next preference, else normal routing', () => {
    const h = tenant().customer('vip', { dedicatedAgentId: 'c' });
    servedBy(h, 'vip', 'b');
    servedBy(h, 'x', 'b');
    h.run({ type: 'DisconnectAgent', agentId: 'c' });
    const sticky = onlyAssignment(h.open('c1', { customerId: 'vip' }));
    expect([sticky.agentId, sticky.explanation.preferred]).toEqual(['b', 'sticky']);
    h.close('c1');
    h.run({ type: 'DisconnectAgent', agentId: 'b' });
    const events = h.open('c2', { customerId: 'x' });
    expect(opened(events).disposition).toEqual({ kind: 'queued', reservation: null, overflowDeadline: null });
    const normal = onlyAssignment(events);
    expect(normal.agentId).toBe('a');
    expect(normal.explanation.preferred).toBeNull();
  });

  it('a preferred agent who is online but away is skipped too', () => {
    const h = tenant();
    servedBy(h, 'x', 'b');
    setStatus(h, 'b', 'away');
    const assigned = onlyAssignment(h.open('c1', { customerId: 'x' }));
    expect(assigned.agentId).toBe('a');
    expect(h.conversation('c1').reservation).toBeNull();
  });
});

describe('waiting for a busy preferred agent', () => {
  /** Customer x was last served by b; b is now full with someone else's conversation. */
  function busyB(): Harness {
    const h = tenant();
    servedBy(h, 'x', 'b');
    h.open('other', { agentId: 'b' });
    expect(h.owner('other')).toBe('b');
    return h;
  }

  it('the conversation is reserved for the busy agent up to stickyWaitSeconds, though others are free', () => {
    const h = busyB();
    const events = h.open('c1', { customerId: 'x' });
    expect(eventsOf(events, 'ConversationAssigned')).toEqual([]);
    const reservation = { agentId: 'b', reason: 'sticky', until: h.now + ms(30) };
    expect(opened(events).disposition).toEqual({ kind: 'queued', reservation, overflowDeadline: null });
    expect(h.status('c1')).toBe('queued');
    expect(h.conversation('c1').reservation).toEqual(reservation);
    expect(h.state.timers.get('sticky:c1')?.at).toBe(h.now + ms(30));
    expect(h.state.agents.get('a')?.active).toBe(0);
  });

  it('assigned to that agent when they free up within the wait', () => {
    const h = busyB();
    h.open('c1', { customerId: 'x' });
    expect(h.advance(20)).toEqual([]);
    const assigned = onlyAssignment(h.close('other'));
    expect(assigned.conversationId).toBe('c1');
    expect(assigned.agentId).toBe('b');
    expect(assigned.explanation.preferred).toBe('sticky');
    expect(h.state.timers.has('sticky:c1')).toBe(false);
    expect(h.conversation('c1').reservation).toBeNull();
  });

  it('after the wait: ReservationEnded, then normal routing', () => {
    const h = busyB();
    const openedAt = h.now;
    h.open('c1', { customerId: 'x' });
    expect(h.advance(29)).toEqual([]);
    const fired = h.advance(1);
    expect(fired.map((event) => event.type)).toEqual(['ReservationEnded', 'ConversationAssigned']);
    expect(eventsOf(fired, 'ReservationEnded')[0]).toMatchObject({ conversationId: 'c1', reason: 'sticky' });
    const assigned = onlyAssignment(fired);
    expect(assigned).toMatchObject({ conversationId: 'c1', agentId: 'a', at: openedAt + ms(30) });
    expect(assigned.explanation.preferred).toBeNull();
    expect(assigned.explanation.effectiveWaitSeconds).toBe(30);
  });

  it('stickyWaitSeconds is configurable', () => {
    const h = busyB().settings({ stickyWaitSeconds: 10 });
    h.open('c1', { customerId: 'x' });
    expect(h.advance(9)).toEqual([]);
    expect(assignments(h.advance(1))).toEqual([['c1', 'a']]);
  });

  it('directed and dedicated agents are waited for in the same way', () => {
    const h = busyB().customer('vip', { dedicatedAgentId: 'b' });
    h.open('d1', { agentId: 'b' });
    h.open('d2', { customerId: 'vip' });
    expect(h.conversation('d1').reservation?.reason).toBe('directed');
    expect(h.conversation('d2').reservation?.reason).toBe('dedicated');
    const first = onlyAssignment(h.close('other'));
    expect([first.conversationId, first.agentId, first.explanation.preferred]).toEqual(['d1', 'b', 'directed']);
    const fired = h.advance(30);
    expect(eventsOf(fired, 'ReservationEnded').map((event) => event.reason)).toEqual(['dedicated']);
    expect(assignments(fired)).toEqual([['d2', 'a']]);
  });
});

describe('ratings', () => {
  it('a badly rated agent is never chosen for that customer, even as the only free agent', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    servedBy(h, 'x', 'a');
    rate(h, 'past-x', 1);
    // a is x's sticky agent and the only agent, but rated badly: x waits.
    const events = h.open('c1', { customerId: 'x' });
    expect(eventsOf(events, 'ConversationAssigned')).toEqual([]);
    expect(h.status('c1')).toBe('queued');
    expect(h.conversation('c1').reservation).toBeNull();
    // Someone else's later conversation is served by a, past x in the queue.
    expect(onlyAssignment(h.open('c2')).agentId).toBe('a');
    // When a frees up, a still does not take x's conversation.
    expect(eventsOf(h.close('c2'), 'ConversationAssigned')).toEqual([]);
    expect(h.status('c1')).toBe('queued');
    // Another agent does.
    h.agent('b', { groups: ['g'] });
    expect(h.owner('c1')).toBe('b');
  });

  it('badRatingMax is inclusive (2 by default); a middling rating excludes nobody', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'], max: 5 });
    servedBy(h, 'x', 'a');
    servedBy(h, 'y', 'a');
    rate(h, 'past-x', 2);
    rate(h, 'past-y', 3);
    h.open('cx', { customerId: 'x' });
    h.open('cy', { customerId: 'y' });
    expect(h.owner('cx')).toBeNull();
    expect(h.owner('cy')).toBe('a');
  });

  it('a badly rated agent is not honoured as directed or dedicated agent either', () => {
    const h = tenant().customer('x', { dedicatedAgentId: 'b' });
    servedBy(h, 'x', 'c');
    rate(h, 'past-x', 1);
    h.open('dummy', { customerId: 'x' });
    h.close('dummy');
    rate(h, 'dummy', 1); // x rated b (the dedicated agent) badly as well
    const events = h.open('c1', { customerId: 'x', agentId: 'c' });
    const assigned = onlyAssignment(events);
    expect(assigned.agentId).toBe('a');
    expect(assigned.explanation.preferred).toBeNull();
  });

  it('a well rated agent is favoured over a colleague with a better score', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: [['g', 10]] })
      .agent('b', { groups: [['g', 1]] })
      .settings({ stickyWindowSeconds: 0 });
    servedBy(h, 'x', 'b');
    rate(h, 'past-x', 5);
    h.advance(1);
    const assigned = onlyAssignment(h.open('c1', { customerId: 'x' }));
    expect(assigned.agentId).toBe('b');
    expect(assigned.explanation.preferred).toBe('favoured');
    // The chosen agent is shown first, then the colleague the strategy alone would have picked.
    const [chosen, bestByScore] = assigned.explanation.candidates;
    expect(chosen?.agentId).toBe('b');
    expect(bestByScore?.agentId).toBe('a');
    expect(bestByScore!.score).toBeGreaterThan(chosen!.score);
  });

  it('goodRatingMin is inclusive (4 by default); a 3 is not favoured', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: [['g', 10]], max: 5 })
      .agent('b', { groups: [['g', 1]], max: 5 })
      .settings({ stickyWindowSeconds: 0 });
    servedBy(h, 'x', 'b');
    servedBy(h, 'y', 'b');
    rate(h, 'past-x', 4);
    rate(h, 'past-y', 3);
    h.advance(1);
    const x = onlyAssignment(h.open('cx', { customerId: 'x' }));
    expect([x.agentId, x.explanation.preferred]).toEqual(['b', 'favoured']);
    const y = onlyAssignment(h.open('cy', { customerId: 'y' }));
    expect([y.agentId, y.explanation.preferred]).toEqual(['a', null]);
  });

  it('a well rated agent who is full is not waited for: normal routing', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: [['g', 10]] })
      .agent('b', { groups: [['g', 1]] })
      .settings({ stickyWindowSeconds: 0 });
    servedBy(h, 'x', 'b');
    rate(h, 'past-x', 5);
    h.advance(1);
    h.open('busy', { agentId: 'b' });
    const assigned = onlyAssignment(h.open('c1', { customerId: 'x' }));
    expect(assigned.agentId).toBe('a');
    expect(assigned.explanation.preferred).toBeNull();
  });
});
