/**
 * When a delivery is tried again (docs/integrations.md, "Retries"): what an answer means, and the
 * exponential backoff with full jitter between attempts, bounded in total time.
 */
import type { PostOutcome } from '../outbound/post-json.js';

export interface RetryPolicy {
  /** The ceiling of the first retry's delay; each later ceiling is `factor` times the last. */
  readonly baseDelayMs: number;
  readonly factor: number;
  /** No delay ceiling above this. */
  readonly maxDelayMs: number;
  /** Retries stop this long after the delivery was queued (or sent again by an admin): it fails. */
  readonly maxRetryMs: number;
}

/** 10 s, 30 s, 1.5 min, 4.5 min … up to 1 h between attempts, for 24 h. */
export const defaultRetryPolicy: RetryPolicy = {
  baseDelayMs: 10_000,
  factor: 3,
  maxDelayMs: 60 * 60_000,
  maxRetryMs: 24 * 60 * 60_000,
};

/** What one attempt's outcome means for the delivery. */
export type Verdict = 'delivered' | 'retry' | 'failed';

/**
 * 2xx: delivered. 408, 429 and 5xx, a timeout or a network error: tried again. Any other answer
 * (1xx, 3xx — redirects are not followed —, 4xx) and a URL the outbound policy refuses: failed at
 * once, since sending the same request again would get the same answer.
 */
export function verdictOf(outcome: PostOutcome): Verdict {
  if (outcome.kind === 'failed') return outcome.reason === 'refused' ? 'failed' : 'retry';
  const { status } = outcome;
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'failed';
}

/**
 * The delay before retry number `attempt` (1 for the retry after the first attempt): a random
 * share of the ceiling `min(maxDelayMs, baseDelayMs × factor^(attempt − 1))` — full jitter, so
 * receivers that came back are not hit by every sender at the same instant — and at least a tenth
 * of the base delay. `random` returns [0, 1).
 */
export function retryDelay(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * policy.factor ** Math.max(0, attempt - 1));
  return Math.max(Math.round(policy.baseDelayMs / 10), Math.round(random() * ceiling));
}
