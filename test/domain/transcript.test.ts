/**
 * A bot's transcript on a conversation opened for another channel's customer (issue 18): recorded
 * as internal `transcript` entries numbered before every live one, each keeping when it was said
 * (never after the opening), the customer's lines read by keyword rules, nobody waiting for a reply
 * to it; bounded, refused whole when bad; and the log replays to the same state.
 */
import { describe, expect, it } from 'vitest';
import { describeState } from '../../src/domain/describe-state.js';
import { replay } from '../../src/domain/execute.js';
import { createState } from '../../src/domain/state.js';
import { transcriptLimits, type TranscriptLine } from '../../src/domain/transcript.js';
import { Harness, T0, eventsOf } from '../support/harness.js';

const lines: readonly TranscriptLine[] = [
  { speaker: 'bot', text: '您好，请问有什么可以帮您？', at: T0 - 60_000 },
  { speaker: 'customer', text: '订单 A1001 还没到', at: T0 - 30_000 },
  { speaker: 'bot', text: '正在为您转人工…', at: T0 + 5_000 },
];

describe('a transcript from before the hand-over', () => {
  it('comes first in the timeline as internal entries of the bot and the customer, times kept', () => {
    const h = new Harness().group('g').agent('a1', { groups: ['g'] });
    const events = h.open('c1', { customerId: 'u:wx-1', channel: 'wechat', transcript: lines, text: '在吗' });
    const posted = eventsOf(events, 'MessagePosted');
    expect(posted.map((event) => [event.seq, event.author.kind, event.kind, event.visibility, event.text])).toEqual([
      [1, 'bot', 'transcript', 'internal', '您好，请问有什么可以帮您？'],
      [2, 'customer', 'transcript', 'internal', '订单 A1001 还没到'],
      [3, 'bot', 'transcript', 'internal', '正在为您转人工…'],
      [4, 'customer', 'text', 'public', '在吗'],
    ]);
    // A channel clock ahead of ours: the line is shown at the opening, not after it.
    expect(posted.slice(0, 3).map((event) => event.saidAt)).toEqual([T0 - 60_000, T0 - 30_000, T0]);
    expect(posted.every((event) => event.at === T0)).toBe(true);
    expect(h.conversation('c1').lastSeq).toBe(4);
  });

  it('asks nobody for a reply: without a live message the customer is not waiting for one', () => {
    const h = new Harness().group('g').agent('a1', { groups: ['g'] });
    h.open('c1', { customerId: 'u:wx-1', channel: 'wechat', transcript: lines });
    expect(h.owner('c1')).toBe('a1');
    expect(h.conversation('c1').awaitingReplySince).toBeNull();
    h.write('c1', '有人吗');
    expect(h.conversation('c1').awaitingReplySince).toBe(T0);
  });

  it('lends the customer’s words, not the bot’s, to keyword rules', () => {
    const h = new Harness().group('g').group('orders');
    h.run({
      type: 'SaveRoutingRules',
      rules: [
        {
          id: 'late',
          name: 'Late',
          enabled: true,
          conditions: { keywords: { any: ['还没到'] } },
          actions: { groupId: 'orders' },
        },
      ],
    });
    h.open('c1', { transcript: lines });
    expect(h.conversation('c1').groupId).toBe('orders');
    h.open('c2', { transcript: [{ speaker: 'bot', text: '您的订单还没到吗？' }] });
    expect(h.conversation('c2').groupId).toBe('g');
  });

  it('creates a channel’s new customer verified, filling only an empty name and language', () => {
    const h = new Harness().group('g');
    h.open('c1', { customerId: 'u:wx-1', channelCustomer: { name: '小明', language: 'zh-CN' } });
    expect(h.state.customers.get('u:wx-1')).toMatchObject({ verified: true, name: '小明', language: 'zh-CN' });
    h.customer('u:shop-7', { verified: true, name: '王芳' });
    h.open('c2', { customerId: 'u:shop-7', channelCustomer: { name: 'nickname', language: 'en' } });
    expect(h.state.customers.get('u:shop-7')).toMatchObject({ name: '王芳', language: 'en' });
  });

  it('is refused whole when too long or malformed, changing nothing', () => {
    const h = new Harness().group('g');
    const before = describeState(h.state);
    const tooMany = Array.from({ length: transcriptLimits.lines + 1 }, (): TranscriptLine => ({
      speaker: 'bot',
      text: 'x',
    }));
    const bad: readonly (readonly TranscriptLine[])[] = [
      tooMany,
      [{ speaker: 'agent' as 'bot', text: 'hi' }],
      [{ speaker: 'bot', text: '' }],
      [{ speaker: 'bot', text: 'x'.repeat(transcriptLimits.textLength + 1) }],
      [{ speaker: 'bot', text: 'hi', at: Number.NaN }],
    ];
    for (const transcript of bad) {
      const error = h.refused({
        type: 'OpenConversation',
        conversationId: 'c1',
        customerId: 'u:1',
        channel: 'wechat',
        source: 'bot',
        text: '',
        transcript,
      });
      expect(error.code).toBe('INVALID_COMMAND');
    }
    expect(describeState(h.state)).toEqual(before);
  });

  it('replays from the log to the same state', () => {
    const h = new Harness().group('g').agent('a1', { groups: ['g'] });
    h.open('c1', { customerId: 'u:wx-1', channel: 'wechat', transcript: lines, channelCustomer: { name: '小明' } });
    h.write('c1', '有人吗');
    h.reply('c1');
    expect(describeState(replay(createState(), h.log))).toEqual(describeState(h.state));
  });
});
