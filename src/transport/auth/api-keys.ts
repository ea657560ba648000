/**
 * Tenant API keys for server-to-server calls: `sbk_<tenant>.<keyId>.<secret>`. Only the SHA-256 of
 * the secret is stored (in the tenant's log); the key is shown once, when issued.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface ParsedKey {
  readonly tenantId: string;
  readonly keyId: string;
  readonly secret: string;
}

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export function newApiKey(tenantId: string, keyId: string): { key: string; hash: string } {
  const secret = randomBytes(24).toString('base64url');
  return { key: `sbk_${tenantId}.${keyId}.${secret}`, hash: hashSecret(secret) };
}

export function parseApiKey(key: string): ParsedKey | null {
  const match = /^sbk_([\w-]{1,64})\.([\w-]{1,64})\.([\w-]{16,128})$/.exec(key);
  if (match === null) return null;
  return { tenantId: match[1] as string, keyId: match[2] as string, secret: match[3] as string };
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
