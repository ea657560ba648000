/**
 * Queue order and queue feedback (DESIGN.md §3.4, §3.10): a group's waiting conversations are
 * served by effective waiting time = wait + priority × priorityStepSeconds, ties by arrival; the
 * customer sees a 1-based position and an estimated wait from recent service times; past the
 * maximum length, or with nobody of the group online, the customer leaves a message.
 */
import { describe, expect, it } from 'vitest';
import { queueStatus } from '../../src/domain/routing.js';
import { Harness, T0, eventsOf } from '../support/harness.js';
import {
  MINUTE,
  assignments,
  ms,
  onlyAssignment,
  opened,
  positionOf,
  queueIds,
  rate,
  setStatus,
} from '../support/routing-helpers.js';

/** Group g with one single-slot agent who is away, so conversations queue up. */
function queueing(): Harness {
  const h = new Harness().group('g').agent('a', { groups: ['g'] });
  setStatus(h, 'a', 'away');
  return h;
}

/** Serves the queue one by one: a becomes available, then closes each conversation they get. */
function serveAll(h: Harness): string[] {
  const served: string[] = [];
  let events = setStatus(h, 'a', 'available');
  for (;;) {
    const next = assignments(events)[0];
    if (next === undefined) return served;
    served.push(next[0]);
    events = h.close(next[0]);
  }
}

describe('effective waiting time', () => {
  it('a priority-10 arrival overtakes those who waited less than 10 minutes, not those who waited longer', () => {
    const h = queueing();
    h.open('c1'); // T0
    h.advance(11 * MINUTE);
    h.open('c2'); // T0 + 11 min
    h.advance(4 * MINUTE);
    h.open('c3'); // T0 + 15 min
    h.open('vip', { priority: 10 }); // T0 + 15 min, served as if it arrived at T0 + 5 min
    expect(h.conversation('vip').orderKey).toBe(T0 + ms(5 * MINUTE));
    expect(queueIds(h, 'g')).toEqual(['c1', 'vip', 'c2', 'c3']);
    expect(serveAll(h)).toEqual(['c1', 'vip', 'c2', 'c3']);
  });

  it('the effective wait is reported in the assignment explanation', () => {
    const h = queueing();
    h.open('c1');
    h.advance(2 * MINUTE);
    h.open('vip', { priority: 10 });
    h.advance(30);
    const assigned = onlyAssignment(setStatus(h, 'a', 'available'));
    expect(assigned.conversationId).toBe('vip');
    // 30 s of real wait + 10 × 60 s of priority credit.
    expect(assigned.explanation.effectiveWaitSeconds).toBe(630);
  });

  it('exactly 10 minutes of wait ties with priority 10: the earlier arrival stays ahead', () => {
    const h = queueing();
    h.open('c1');
    h.advance(10 * MINUTE);
    h.open('vip', { priority: 10 });
    expect(h.conversation('vip').orderKey).toBe(h.conversation('c1').orderKey);
    expect(queueIds(h, 'g')).toEqual(['c1', 'vip']);
  });

  it('priorityStepSeconds scales the credit', () => {
    const h = queueing().settings({ priorityStepSeconds: 30 });
    h.open('c1');
    h.advance(4 * MINUTE);
    h.open('c2');
    h.advance(2 * MINUTE);
    h.open('vip', { priority: 10 }); // worth 5 minutes: ahead of c2 (waited 2), behind c1 (waited 6)
    expect(queueIds(h, 'g')).toEqual(['c1', 'vip', 'c2']);
  });

  it('a negative priority delays a customer (soft blocklist)', () => {
    const h = queueing();
    h.open('slow', { priority: -5 }); // served as if it arrived 5 minutes later
    h.advance(3 * MINUTE);
    h.open('c1');
    h.advance(3 * MINUTE);
    h.open('c2');
    expect(h.conversation('slow').orderKey).toBe(T0 + ms(5 * MINUTE));
    expect(queueIds(h, 'g')).toEqual(['c1', 'slow', 'c2']);
    expect(serveAll(h)).toEqual(['c1', 'slow', 'c2']);
  });

  it('equal effective waits are served in arrival order', () => {
    const h = queueing();
    for (const id of ['c1', 'c2', 'c3', 'c4']) h.open(id, { priority: 2 });
    h.open('c5');
    expect(queueIds(h, 'g')).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(serveAll(h)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });
});

describe('queue position', () => {
  it('is 1-based and moves as the queue moves', () => {
    const h = queueing();
    h.open('c1');
    h.advance(60);
    h.open('c2');
    h.advance(60);
    h.open('c3');
    expect(['c1', 'c2', 'c3'].map((id) => positionOf(h, id))).toEqual([1, 2, 3]);

    h.open('vip', { priority: 5 }); // effectively waited 5 minutes: ahead of everyone
    expect(['vip', 'c1', 'c2', 'c3'].map((id) => positionOf(h, id))).toEqual([1, 2, 3, 4]);

    setStatus(h, 'a', 'available'); // a takes the head
    expect(h.owner('vip')).toBe('a');
    expect(positionOf(h, 'vip')).toBeNull();
    expect(['c1', 'c2', 'c3'].map((id) => positionOf(h, id))).toEqual([1, 2, 3]);

    h.close('vip');
    expect(['c1', 'c2', 'c3'].map((id) => positionOf(h, id))).toEqual([null, 1, 2]);
    h.close('c2'); // the customer gives up
    expect(positionOf(h, 'c3')).toBe(1);
  });

  it('is null for an unknown conversation', () => {
    expect(queueStatus(queueing().state, 'nope')).toBeNull();
  });
});

describe('estimated wait', () => {
  it('is null without history, then position × mean recent service time ÷ capacity', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.open('c1');
    h.reply('c1');
    h.advance(120);
    h.open('c2');
    expect(queueStatus(h.state, 'c2')).toEqual({ position: 1, estimatedWaitSeconds: null });

    h.close('c1'); // served for 120 s; a takes c2
    expect(h.owner('c2')).toBe('a');
    h.reply('c2');
    h.open('c3');
    h.open('c4');
    expect(queueStatus(h.state, 'c3')).toEqual({ position: 1, estimatedWaitSeconds: 120 });
    expect(queueStatus(h.state, 'c4')).toEqual({ position: 2, estimatedWaitSeconds: 240 });

    h.advance(240);
    h.close('c2'); // served for 240 s: mean 180 s; a takes c3
    expect(h.owner('c3')).toBe('a');
    expect(queueStatus(h.state, 'c4')).toEqual({ position: 1, estimatedWaitSeconds: 180 });
  });

  it("divides by the capacity of the group's available agents", () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'], max: 1 })
      .agent('b', { groups: ['g'], max: 2 });
    h.open('c1');
    h.open('c2');
    h.open('c3');
    expect(h.state.agents.get('a')?.active).toBe(1);
    expect(h.state.agents.get('b')?.active).toBe(2);
    for (const id of ['c1', 'c2', 'c3']) h.reply(id);
    h.advance(300);
    const freed = h.owner('c1')!;
    h.close('c1'); // one sample of 300 s
    h.open('c4');
    expect(h.owner('c4')).toBe(freed);
    h.open('c5');
    h.open('c6');
    expect(queueStatus(h.state, 'c5')).toEqual({ position: 1, estimatedWaitSeconds: 100 });
    expect(queueStatus(h.state, 'c6')).toEqual({ position: 2, estimatedWaitSeconds: 200 });
  });

  it('uses only the most recent serviceTimeSampleSize service times', () => {
    const estimate = (sampleSize: number): number | null => {
      const h = new Harness()
        .group('g')
        .agent('a', { groups: ['g'] })
        .settings({ serviceTimeSampleSize: sampleSize });
      for (const [id, seconds] of [
        ['s1', 60],
        ['s2', 120],
        ['s3', 300],
      ] as const) {
        h.open(id);
        h.reply(id);
        h.advance(seconds);
        h.close(id);
      }
      h.open('busy');
      h.open('waiting');
      return queueStatus(h.state, 'waiting')?.estimatedWaitSeconds ?? null;
    };
    expect(estimate(50)).toBe(160);
    expect(estimate(2)).toBe(210);
  });
});

describe('leaving a message instead of queueing', () => {
  it('past maxQueueLength the customer leaves a message (queue-full); it is served once the queue drains', () => {
    const h = new Harness().group('g', { maxQueueLength: 2 }).agent('a', { groups: ['g'] });
    h.open('c1');
    h.open('c2');
    h.open('c3');
    expect(queueIds(h, 'g')).toEqual(['c2', 'c3']);
    const events = h.open('c4');
    expect(opened(events).disposition).toEqual({ kind: 'left-message', reason: 'queue-full', opensAt: null });
    expect(h.status('c4')).toBe('left-message');
    expect(h.state.timers.has('opens:g')).toBe(false);

    h.close('c1'); // a takes c2; the queue has room again
    expect(h.owner('c2')).toBe('a');
    expect(opened(h.open('c5')).disposition.kind).toBe('queued');
    expect(opened(h.open('c6')).disposition).toMatchObject({ kind: 'left-message', reason: 'queue-full' });

    const served: string[] = [];
    for (let current = 'c2'; ;) {
      const next = assignments(h.close(current))[0];
      if (next === undefined) break;
      served.push(next[0]);
      current = next[0];
    }
    // Live customers and left messages share one order: same instant, so by arrival.
    expect(served).toEqual(['c3', 'c4', 'c5', 'c6']);
  });

  it('maxQueueLength applies whenever the queue is that long, even with an agent routable', () => {
    // a is routable (two slots) but rated badly by x and y, so their conversations wait in the queue.
    const h = new Harness().group('g', { maxQueueLength: 1 }).agent('a', { groups: ['g'], max: 2 });
    for (const customerId of ['x', 'y']) {
      h.open(`past-${customerId}`, { customerId });
      rate(h, `past-${customerId}`, 1);
      h.close(`past-${customerId}`);
    }
    expect(opened(h.open('x1', { customerId: 'x' })).disposition.kind).toBe('queued');
    expect(h.state.groups.get('g')!.routable.size).toBe(1);
    // The queue is full and a would not take y's conversation: y leaves a message.
    expect(opened(h.open('y1', { customerId: 'y' })).disposition).toEqual({
      kind: 'left-message',
      reason: 'queue-full',
      opensAt: null,
    });
    // A conversation a takes at once never joins the queue, so the limit does not stop it.
    const taken = h.open('z1', { customerId: 'z' });
    expect(opened(taken).disposition.kind).toBe('queued');
    expect(onlyAssignment(taken).agentId).toBe('a');
  });

  it('with no agent of the group online, the customer leaves a message (no-agents-online)', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'], online: false });
    const events = h.open('c1');
    expect(opened(events).disposition).toEqual({ kind: 'left-message', reason: 'no-agents-online', opensAt: null });
    expect(h.status('c1')).toBe('left-message');
    expect(queueStatus(h.state, 'c1')?.position).toBe(1);
    const connected = h.run({ type: 'ConnectAgent', agentId: 'a' });
    expect(onlyAssignment(connected).conversationId).toBe('c1');
    expect(h.status('c1')).toBe('active');
  });

  it('an agent who disconnected counts as not online', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.run({ type: 'DisconnectAgent', agentId: 'a' });
    expect(opened(h.open('c1')).disposition).toMatchObject({ kind: 'left-message', reason: 'no-agents-online' });
  });

  it('an online agent who is away or full keeps the customer in the queue', () => {
    const h = queueing();
    expect(opened(h.open('c1')).disposition.kind).toBe('queued');
    setStatus(h, 'a', 'available');
    expect(h.owner('c1')).toBe('a');
    expect(opened(h.open('c2')).disposition.kind).toBe('queued');
    expect(eventsOf(h.close('c1'), 'ConversationAssigned')[0]?.conversationId).toBe('c2');
  });

  it("an online agent of an overflow group keeps the customer in the queue until that tier's agents may serve", () => {
    const h = new Harness().group('backup').group('g', { overflow: [{ afterSeconds: 60, groupId: 'backup' }] });
    h.settings({ defaultGroupId: 'g' });
    h.agent('a', { groups: ['g'], online: false }).agent('b', { groups: ['backup'] });
    const events = h.open('c1');
    expect(opened(events).disposition).toEqual({ kind: 'queued', reservation: null, overflowDeadline: T0 + ms(60) });
    expect(h.advance(59)).toEqual([]);
    const fired = h.advance(1);
    expect(assignments(fired)).toEqual([['c1', 'b']]);
  });
});
