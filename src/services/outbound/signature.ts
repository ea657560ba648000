/**
 * Signing of the server's own requests (webhook deliveries, enrichment-hook calls), so a receiver
 * can tell they come from Switchboard and refuse replays (docs/integrations.md, "Verifying a
 * request"): the header `Switchboard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` where the
 * HMAC, keyed with the endpoint's secret, covers `<t>.<raw body>`. A receiver recomputes it over the
 * exact bytes it received, compares in constant time, and refuses a `t` outside its tolerance.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'switchboard-signature';

/** How far a receiver should accept `t` from its own clock, by default. */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

function digest(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The header value for a body sent at `timestamp` (unix seconds). */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${digest(secret, timestamp, body)}`;
}

export type SignatureCheck = 'valid' | 'malformed' | 'mismatch' | 'stale';

/** What a receiver does with the header (used by the tests and the example bridge). */
export function verifySignature(
  header: string | undefined,
  secret: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
): SignatureCheck {
  if (header === undefined) return 'malformed';
  const parts = new Map(
    header.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const given = parts.get('v1');
  if (!Number.isSafeInteger(t) || given === undefined || !/^[0-9a-f]{64}$/.test(given)) return 'malformed';
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return 'stale';
  const expected = Buffer.from(digest(secret, t, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(given, 'hex')) ? 'valid' : 'mismatch';
}
