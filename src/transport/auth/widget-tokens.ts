/**
 * Verified customers (DESIGN.md §8): the tenant's backend signs the customer's user id with the
 * tenant's widget secret — hex HMAC-SHA256 of the user id — and the widget presents both.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signUserId = (secret: string, userId: string): string =>
  createHmac('sha256', secret).update(userId).digest('hex');

export function userIdVerified(secret: string, userId: string, signature: string): boolean {
  const expected = Buffer.from(signUserId(secret, userId), 'hex');
  const actual = Buffer.from(signature, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
