/**
 * Verified customers (DESIGN.md §8, docs/widget.md): the tenant's backend signs the customer's user
 * id and the time it signs (unix seconds) with the tenant's widget secret — hex HMAC-SHA256 of
 * `<userId>.<issuedAt>` — and the widget presents the three. A signature is accepted for
 * `maxAgeSeconds` after `issuedAt` (and up to a minute early, for clock skew), so one copied out of
 * a page stops working soon; the old format (the user id alone, never expiring) is refused.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a signature is accepted unless the server says otherwise. */
export const DEFAULT_SIGNATURE_MAX_AGE_SECONDS = 600;

/** How far ahead of the server's clock a signer's clock may be. */
const FUTURE_SKEW_SECONDS = 60;

export const signUserId = (secret: string, userId: string, issuedAt: number): string =>
  createHmac('sha256', secret).update(`${userId}.${issuedAt}`).digest('hex');

/** Whether `issuedAt` (unix seconds) is recent enough at `nowMs`, whoever signed it. */
export function signatureFresh(issuedAt: number, nowMs: number, maxAgeSeconds: number): boolean {
  const now = nowMs / 1000;
  return issuedAt <= now + FUTURE_SKEW_SECONDS && now - issuedAt <= maxAgeSeconds;
}

/** Constant-time check of the signature of `userId` at `issuedAt`. */
export function userIdVerified(
  secret: string,
  signed: { readonly userId: string; readonly issuedAt: number; readonly signature: string },
): boolean {
  const expected = Buffer.from(signUserId(secret, signed.userId, signed.issuedAt), 'hex');
  const actual = Buffer.from(signed.signature, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
