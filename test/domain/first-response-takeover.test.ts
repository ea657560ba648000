/**
 * First-response takeover as people meet it (issue 13, docs/routing.md): the takeover is in the
 * timeline and told to the customer in their language; an accepted transfer starts a new window
 * for the new owner and its automatic greeting is no reply; after `maxAutoTakeovers` the
 * conversation stays with its owner and supervisors are alerted instead of bouncing on.
 */
import { describe, expect, it } from 'vitest';
import { T0, Harness, eventsOf } from '../support/harness.js';
import { acceptTransfer, entries, requestTransfer, timeline } from '../support/transfer-helpers.js';

const SECOND = 1000;

/** Group `g` with agents a, b, c, d (one slot each); c1 is directed to `a`. */
function fourAgents(): Harness {
  const h = new Harness().group('g');
  for (const id of ['a', 'b', 'c', 'd']) h.agent(id, { groups: ['g'] });
  h.open('c1', { agentId: 'a' });
  expect(h.owner('c1')).toBe('a');
  return h;
}

describe('a first-response takeover', () => {
  it('is an internal TAKEOVER entry and a notice to the customer, after the requeue', () => {
    const h = fourAgents();
    const events = h.advance(60);
    expect(events[0]).toMatchObject({ type: 'ConversationRequeued', reason: 'first-response-timeout' });
    const [takeover] = entries(events, 'c1', 'TAKEOVER');
    expect(takeover).toMatchObject({ visibility: 'internal', author: { kind: 'system' }, at: T0 + 60 * SECOND });
    expect(takeover?.text).toContain('60 s');
    const [notice] = entries(events, 'c1', 'notice');
    expect(notice).toMatchObject({ visibility: 'public' });
    // The tenant's default language is zh-CN.
    expect(notice?.text).toBe('抱歉让您久等了，正在为您安排下一位可以马上回复的客服。');
    expect(h.conversation('c1').autoTakeovers).toBe(1);
    expect(h.owner('c1')).not.toBe('a');
  });

  it('tells an English-speaking customer in English', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.open('c1', { language: 'en-US' });
    const [notice] = entries(h.advance(60), 'c1', 'notice');
    expect(notice?.text).toBe("Sorry for the wait — we're passing you to the next agent who can answer right away.");
  });
});

describe('after a transfer', () => {
  it('starts a new first-response window for the new owner; the automatic greeting is no reply', () => {
    const h = fourAgents();
    h.reply('c1');
    h.advance(30);
    requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'a', to: 'b' });
    h.advance(5);
    const accepted = acceptTransfer(h, 't1', 'b');
    expect(entries(accepted, 'c1', 'greeting')).toHaveLength(1);
    expect(eventsOf(accepted, 'TransferAccepted')[0]?.firstResponseDeadline).toBe(T0 + 95 * SECOND);
    expect(h.conversation('c1').firstResponseAt).toBeNull();
    expect(eventsOf(h.advance(59), 'ConversationRequeued')).toEqual([]);
    expect(eventsOf(h.advance(1), 'ConversationRequeued')).toMatchObject([
      { conversationId: 'c1', fromAgentId: 'b', reason: 'first-response-timeout' },
    ]);
  });

  it('is not taken from a new owner who answers in their window', () => {
    const h = fourAgents();
    h.reply('c1');
    requestTransfer(h, { id: 't1', conversationId: 'c1', by: 'a', to: 'b' });
    acceptTransfer(h, 't1', 'b');
    h.advance(50);
    h.reply('c1');
    expect(eventsOf(h.advance(300), 'ConversationRequeued')).toEqual([]);
    expect(h.owner('c1')).toBe('b');
  });
});

describe('maxAutoTakeovers', () => {
  it('stops bouncing after two takeovers: the third miss stays with its owner and escalates', () => {
    const h = fourAgents();
    const log = h.advance(60 * 3);
    const owners = eventsOf(log, 'ConversationAssigned').map((event) => event.agentId);
    expect(owners).toHaveLength(2);
    const escalated = eventsOf(log, 'FirstResponseEscalated');
    expect(escalated).toEqual([
      { type: 'FirstResponseEscalated', at: T0 + 180 * SECOND, conversationId: 'c1', agentId: owners[1], takeovers: 2 },
    ]);
    expect(h.owner('c1')).toBe(owners[1]);
    expect(h.status('c1')).toBe('active');
    expect(entries(log, 'c1', 'TAKEOVER')).toHaveLength(2);
    expect(entries(log, 'c1', 'TAKEOVER_LIMIT')).toMatchObject([{ visibility: 'internal' }]);
    // No takeover timer is left: an hour later it is still there.
    expect(eventsOf(h.advance(3600), 'ConversationRequeued')).toEqual([]);
    expect(h.owner('c1')).toBe(owners[1]);
  });

  it('with 0, never takes a conversation automatically', () => {
    const h = fourAgents().settings({ maxAutoTakeovers: 0 });
    const events = h.advance(60);
    expect(eventsOf(events, 'ConversationRequeued')).toEqual([]);
    expect(eventsOf(events, 'FirstResponseEscalated')).toMatchObject([{ agentId: 'a', takeovers: 0 }]);
    expect(h.owner('c1')).toBe('a');
    // The customer is told nothing: nothing changed for them.
    expect(timeline(events, 'c1').filter((entry) => entry.visibility === 'public')).toEqual([]);
  });

  it('is checked as a setting', () => {
    const h = fourAgents();
    expect(h.refused({ type: 'ConfigureTenant', settings: { maxAutoTakeovers: -1 } }).code).toBe(
      'INVALID_CONFIGURATION',
    );
    expect(h.refused({ type: 'ConfigureTenant', settings: { maxAutoTakeovers: 1.5 } }).code).toBe(
      'INVALID_CONFIGURATION',
    );
  });
});
