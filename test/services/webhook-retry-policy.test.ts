/** What an attempt's outcome means for a delivery, and the backoff between attempts (full jitter, capped). */
import { describe, expect, it } from 'vitest';
import type { PostOutcome } from '../../src/services/outbound/post-json.js';
import { defaultRetryPolicy, retryDelay, verdictOf } from '../../src/services/webhooks/retry-policy.js';

const answered = (status: number): PostOutcome => ({ kind: 'answered', status, body: '', latencyMs: 1 });
const failed = (reason: 'refused' | 'timeout' | 'network'): PostOutcome => ({
  kind: 'failed',
  reason,
  error: reason,
  latencyMs: 1,
});

describe('webhook retry policy', () => {
  it('delivers on 2xx, retries 408, 429, 5xx, timeouts and network errors, fails other answers at once', () => {
    expect([200, 201, 204, 299].map((status) => verdictOf(answered(status)))).toEqual(Array(4).fill('delivered'));
    expect([408, 429, 500, 502, 503, 504].map((status) => verdictOf(answered(status)))).toEqual(Array(6).fill('retry'));
    expect([301, 302, 400, 401, 403, 404, 410, 422].map((status) => verdictOf(answered(status)))).toEqual(
      Array(8).fill('failed'),
    );
    expect(verdictOf(failed('timeout'))).toBe('retry');
    expect(verdictOf(failed('network'))).toBe('retry');
    expect(verdictOf(failed('refused'))).toBe('failed');
  });

  it('draws each delay below a ceiling that triples from 10 s up to 1 h', () => {
    const top = () => 0.999999;
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => retryDelay(defaultRetryPolicy, attempt, top));
    const expected = [10_000, 30_000, 90_000, 270_000, 810_000, 2_430_000, 3_600_000, 3_600_000];
    ceilings.forEach((ceiling, index) => {
      expect(Math.abs(ceiling - (expected[index] ?? 0))).toBeLessThanOrEqual(5);
    });
    // Full jitter: anywhere from the floor (a tenth of the base) to the ceiling.
    expect(retryDelay(defaultRetryPolicy, 3, () => 0)).toBe(1000);
    expect(retryDelay(defaultRetryPolicy, 3, () => 0.5)).toBe(45_000);
  });
});
