/**
 * Multi-skill agents (DESIGN.md §3.6): an agent who frees a slot takes from the group where their
 * ability is highest; among groups of equal ability the longest effective wait wins; a
 * lower-ability group is served only when every higher one has nothing for them.
 */
import { describe, expect, it } from 'vitest';
import { Harness, eventsOf } from '../support/harness.js';
import { assignmentOf } from '../support/routing-checks.js';

/**
 * Groups A, B and C; a conversation's source (`a`, `b`, `c`) picks its group. Agent `m` belongs to
 * the groups listed with the given abilities, takes one conversation at a time, and starts busy
 * with `busy` from the first group listed (answered, so no timer takes it away).
 */
function multiSkilled(abilities: Readonly<Record<string, number>>): Harness {
  const h = new Harness().group('A').group('B').group('C');
  h.settings({ defaultGroupBySource: { a: 'A', b: 'B', c: 'C' }, dormantAfterSeconds: 24 * 3600 });
  const groups = Object.entries(abilities).map(([groupId, ability]): [string, number] => [groupId, ability]);
  h.agent('m', { groups, max: 1 });
  const first = groups[0]![0].toLowerCase();
  expect(assignmentOf(h.open('busy', { source: first }), 'busy').agentId).toBe('m');
  h.reply('busy');
  return h;
}

/** Frees `m`'s slot and returns the conversation `m` takes with it (null if none). */
function freeSlot(h: Harness, conversationId: string): string | null {
  const taken = eventsOf(h.close(conversationId), 'ConversationAssigned');
  expect(taken.length).toBeLessThanOrEqual(1);
  const next = taken[0];
  if (next === undefined) return null;
  expect(next.agentId).toBe('m');
  expect(next.explanation.trigger).toBe('agent');
  h.reply(next.conversationId);
  return next.conversationId;
}

describe('multi-skill agents freeing a slot', () => {
  it('take from the group where their ability is highest, even if a lower group waited longer', () => {
    const h = multiSkilled({ A: 8, B: 3 });
    h.open('b-old', { source: 'b' });
    h.advance(120);
    h.open('a-new', { source: 'a' });
    h.advance(5);

    const events = h.close('busy');
    const taken = assignmentOf(events, 'a-new');
    expect(taken.agentId).toBe('m');
    expect(taken.explanation.rankedBy.groupId).toBe('A');
    expect(taken.explanation.effectiveWaitSeconds).toBe(5);
    expect(h.status('b-old')).toBe('queued');
    expect(h.owner('b-old')).toBeNull();
  });

  it('follow ability order across three groups, not arrival order', () => {
    const h = multiSkilled({ A: 2, B: 9, C: 5 });
    h.open('a1', { source: 'a' });
    h.advance(10);
    h.open('c1', { source: 'c' });
    h.advance(10);
    h.open('b1', { source: 'b' });
    h.advance(10);

    expect(freeSlot(h, 'busy')).toBe('b1');
    expect(freeSlot(h, 'b1')).toBe('c1');
    expect(freeSlot(h, 'c1')).toBe('a1');
    expect(freeSlot(h, 'a1')).toBeNull();
  });

  it('take the longest actual wait among groups of equal ability', () => {
    const h = multiSkilled({ A: 6, B: 6 });
    h.open('b-first', { source: 'b' });
    h.advance(10);
    h.open('a-second', { source: 'a' });
    h.advance(10);
    h.open('b-third', { source: 'b' });

    expect(freeSlot(h, 'busy')).toBe('b-first');
    expect(freeSlot(h, 'b-first')).toBe('a-second');
    expect(freeSlot(h, 'a-second')).toBe('b-third');
  });

  it('take the longest effective wait: priority credit beats an earlier arrival in another group', () => {
    const h = multiSkilled({ A: 6, B: 6 });
    h.open('a-early', { source: 'a' });
    h.advance(60);
    // Priority 2 × 60 s: it is served as if it had waited 120 s, i.e. since 60 s before a-early.
    h.open('b-urgent', { source: 'b', priority: 2 });
    h.advance(1);

    const events = h.close('busy');
    const taken = assignmentOf(events, 'b-urgent');
    expect(taken.explanation.effectiveWaitSeconds).toBe(121);
    expect(h.status('a-early')).toBe('queued');
  });

  it('break an exact tie of effective wait by arrival order', () => {
    const h = multiSkilled({ A: 6, B: 6 });
    h.open('a-arrived-first', { source: 'a' });
    h.advance(60);
    // Priority 1 × 60 s gives exactly the same order key as a-arrived-first.
    h.open('b-same-key', { source: 'b', priority: 1 });
    expect(h.conversation('b-same-key').orderKey).toBe(h.conversation('a-arrived-first').orderKey);

    expect(freeSlot(h, 'busy')).toBe('a-arrived-first');
    expect(freeSlot(h, 'a-arrived-first')).toBe('b-same-key');
  });

  it('serve a lower-ability group only when the higher ones are empty', () => {
    const h = multiSkilled({ A: 8, B: 8, C: 3 });
    h.open('c-oldest', { source: 'c' });
    h.advance(30);
    h.open('a1', { source: 'a' });
    h.advance(1);
    h.open('b1', { source: 'b' });
    h.advance(1);

    expect(freeSlot(h, 'busy')).toBe('a1');
    expect(h.status('c-oldest')).toBe('queued');
    expect(freeSlot(h, 'a1')).toBe('b1');
    expect(h.status('c-oldest')).toBe('queued');
    expect(freeSlot(h, 'b1')).toBe('c-oldest');
    expect(h.conversation('c-oldest').ownerId).toBe('m');
  });

  it('fall through to a lower-ability group when the higher group holds only conversations they may not take', () => {
    const h = multiSkilled({ A: 8, B: 3 });
    h.settings({ firstResponseTimeoutSeconds: 30 });
    // m takes a1 after busy closes, but never answers: a1 is taken from m and m is excluded from it.
    h.open('a1', { source: 'a' });
    h.open('b1', { source: 'b' });
    h.close('busy');
    expect(h.owner('a1')).toBe('m');
    const takeover = h.advance(30);
    expect(eventsOf(takeover, 'ConversationRequeued')[0]).toMatchObject({
      conversationId: 'a1',
      fromAgentId: 'm',
      reason: 'first-response-timeout',
    });
    // The freed slot goes to group B: a1 still heads group A but is not m's to take.
    const taken = assignmentOf(takeover, 'b1');
    expect(taken.agentId).toBe('m');
    expect(taken.explanation.rankedBy.groupId).toBe('B');
    expect(h.status('a1')).toBe('queued');
  });

  it('apply the same order when the agent becomes available again', () => {
    const h = multiSkilled({ A: 4, B: 7 });
    h.run({ type: 'SetAgentStatus', agentId: 'm', status: 'away' });
    h.close('busy');
    h.open('a1', { source: 'a' });
    h.advance(20);
    h.open('b1', { source: 'b' });

    const events = h.run({ type: 'SetAgentStatus', agentId: 'm', status: 'available' });
    expect(assignmentOf(events, 'b1').agentId).toBe('m');
    expect(h.status('a1')).toBe('queued');
  });
});
