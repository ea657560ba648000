/**
 * The enrichment hook's answer parsing and its cache (src/services/enrichment): numbers and
 * booleans become text the rule conditions parse, unknown fields are ignored, anything out of
 * bounds makes the whole answer invalid; the cache keeps answers for their time and drops the
 * least recently used past its bound.
 */
import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../src/services/enrichment/answer-cache.js';
import { parseEnrichmentAnswer } from '../../src/services/enrichment/enrichment-answer.js';

describe('enrichment answers', () => {
  it('takes facts as text, labels once each, the VIP level; ignores fields it does not know', () => {
    const parsed = parseEnrichmentAnswer(
      JSON.stringify({
        attributes: { orderAmount: 5999.5, paid: true, checkInAt: '2026-12-04T14:00:00+08:00' },
        labels: ['gold', 'gold', 'hotel'],
        vipLevel: 3,
        somethingNew: { x: 1 },
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      facts: {
        attributes: { orderAmount: '5999.5', paid: 'true', checkInAt: '2026-12-04T14:00:00+08:00' },
        customer: { labels: ['gold', 'hotel'], vipLevel: 3 },
      },
    });
    expect(parseEnrichmentAnswer('{}')).toEqual({ ok: true, facts: { attributes: {}, customer: {} } });
  });

  it.each([
    ['not JSON', '<html>'],
    ['an array', '[]'],
    ['a nested fact', '{"attributes":{"order":{"amount":1}}}'],
    ['a VIP level out of range', '{"vipLevel":1000}'],
    ['too many labels', JSON.stringify({ labels: Array.from({ length: 21 }, (_, i) => `l${i}`) })],
    [
      'too many facts',
      JSON.stringify({ attributes: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, 'v'])) }),
    ],
    ['a long value', JSON.stringify({ attributes: { note: 'x'.repeat(257) } })],
    ['too many bytes', JSON.stringify({ padding: 'x'.repeat(17_000) })],
  ])('refuses %s as a whole', (_what, body) => {
    expect(parseEnrichmentAnswer(body).ok).toBe(false);
  });
});

describe('answer cache', () => {
  it('keeps an answer for its time, nothing for 0, and drops the least recently used past the bound', () => {
    let now = 0;
    const cache = new AnswerCache<string>(2, () => now);
    cache.set('a', 'A', 1000);
    cache.set('zero', 'Z', 0);
    expect(cache.get('zero')).toBeUndefined();
    now = 999;
    expect(cache.get('a')).toBe('A');
    now = 1000;
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', 'A', 1000);
    cache.set('b', 'B', 1000);
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C', 1000);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
    expect(cache.size).toBe(2);
  });
});
