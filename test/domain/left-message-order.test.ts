/**
 * Left messages are served in the same effective-wait order as live customers (DESIGN.md §3.4;
 * docs/routing.md "Reservations, exclusions and left messages"): order key = when the message
 * was left − priority × priorityStepSeconds, one order for a group's live queue and its left
 * messages while the group is open.
 */
import { describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';
import { DAY, assignments, opened, patient, positionOf } from '../support/routing-helpers.js';

/** Group g with agent a (one slot) offline, so new conversations become left messages. */
function nobodyOnline(): Harness {
  return patient(new Harness().group('g').agent('a', { groups: ['g'], online: false }));
}

/**
 * As above, with g overflowing (after two hours) to group o, whose agent b is offline: once b
 * connects, g has someone online, so its new chats queue while b cannot take g's left messages.
 */
function nobodyOnlineButOverflow(): Harness {
  const h = patient(new Harness().group('g').group('o'));
  h.group('g', { overflow: [{ afterSeconds: 2 * 3600, groupId: 'o' }] });
  return h.agent('a', { groups: ['g'], online: false }).agent('b', { groups: ['o'], online: false });
}

const connectA = (h: Harness) => h.run({ type: 'ConnectAgent', agentId: 'a' });
const connectB = (h: Harness) => h.run({ type: 'ConnectAgent', agentId: 'b' });

describe('left messages are served by priority and by when they were left', () => {
  it('a priority +10 left message is served before a priority −5 one left earlier', () => {
    const h = nobodyOnline();
    h.open('low', { priority: -5 });
    h.advance(60);
    h.open('high', { priority: 10 });
    expect([h.status('low'), h.status('high')]).toEqual(['left-message', 'left-message']);
    expect(positionOf(h, 'high')).toBe(1);
    expect(assignments(connectA(h))).toEqual([['high', 'a']]);
    expect(assignments(h.close('high'))).toEqual([['low', 'a']]);
  });

  it("yesterday's left message is served before a chat that arrived seconds ago", () => {
    const h = nobodyOnlineButOverflow();
    expect(opened(h.open('yesterday')).disposition).toMatchObject({ kind: 'left-message' });
    h.advance(DAY);
    connectB(h); // an overflow member online: a live chat now queues
    expect(opened(h.open('live')).disposition.kind).toBe('queued');
    h.advance(10);
    expect(positionOf(h, 'yesterday')).toBe(1);
    expect(positionOf(h, 'live')).toBe(2);
    expect(assignments(connectA(h))).toEqual([['yesterday', 'a']]);
    expect(assignments(h.close('yesterday'))).toEqual([['live', 'a']]);
  });

  it('a live chat whose priority credit outweighs the age of a left message goes first', () => {
    const h = nobodyOnlineButOverflow();
    h.open('left'); // priority 0, left at T0
    connectB(h);
    h.advance(5 * 60);
    h.open('vip', { priority: 10 }); // 10 × 60 s of credit: as if it had waited since T0 − 5 min
    expect(h.status('vip')).toBe('queued');
    expect(positionOf(h, 'vip')).toBe(1);
    expect(positionOf(h, 'left')).toBe(2);
    expect(assignments(connectA(h))).toEqual([['vip', 'a']]);
    expect(assignments(h.close('vip'))).toEqual([['left', 'a']]);
  });
});
