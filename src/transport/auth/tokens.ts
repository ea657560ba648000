/**
 * Signed bearer tokens (JWT, HS256 via jose) carrying the tenant and the principal. Agent tokens
 * come from login; customer tokens from the widget endpoint (anonymous, or verified by the tenant's
 * HMAC of the user id). A token from another key, expired or malformed, is simply not a principal.
 */
import { jwtVerify, SignJWT } from 'jose';
import type { Principal } from './principal.js';

const ISSUER = 'switchboard';

export interface TokenService {
  issue(principal: Principal, ttlSeconds?: number): Promise<string>;
  verify(token: string): Promise<Principal | null>;
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function principalFrom(payload: Record<string, unknown>): Principal | null {
  const { tid, sub, kind } = payload;
  if (!isString(tid) || !isString(sub)) return null;
  if (kind === 'agent' && (payload.role === 'agent' || payload.role === 'supervisor' || payload.role === 'admin')) {
    return { kind: 'agent', tenantId: tid, agentId: sub, role: payload.role };
  }
  if (kind === 'customer')
    return { kind: 'customer', tenantId: tid, customerId: sub, verified: payload.verified === true };
  return null;
}

export function createTokenService(secret: string, defaultTtlSeconds = 12 * 3600): TokenService {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(principal, ttlSeconds = defaultTtlSeconds) {
      if (principal.kind === 'service') throw new Error('service principals use API keys, not tokens');
      const claims =
        principal.kind === 'agent'
          ? { tid: principal.tenantId, kind: 'agent', role: principal.role }
          : { tid: principal.tenantId, kind: 'customer', verified: principal.verified };
      const subject = principal.kind === 'agent' ? principal.agentId : principal.customerId;
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(subject)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key);
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        return principalFrom(payload);
      } catch {
        return null;
      }
    },
  };
}
