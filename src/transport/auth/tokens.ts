/**
 * Signed bearer tokens (JWT, HS256 via jose) carrying the tenant and the principal. Agent tokens
 * come from login; customer tokens from the widget endpoint (anonymous, or verified by the tenant's
 * HMAC of the user id). A token from another key, expired, without an expiry or malformed, is
 * simply not a principal.
 *
 * Agent tokens also carry the agent's session epoch at issue (`sep`): the epoch is bumped when the
 * agent's password is set, their role changes, they are disabled or removed or sign out everywhere,
 * and a token with an older epoch is refused (agent-sessions.ts). An agent token without `sep`
 * (issued before epochs existed) is refused too.
 */
import { jwtVerify, SignJWT } from 'jose';
import type { Principal } from './principal.js';

const ISSUER = 'switchboard';

/** Agent tokens' lifetime unless the server says otherwise: one working day. */
export const DEFAULT_TOKEN_TTL_SECONDS = 12 * 3600;

export interface TokenService {
  issue(principal: Principal, ttlSeconds?: number): Promise<string>;
  verify(token: string): Promise<Principal | null>;
}

/** The current session epoch of an agent, read when a token is issued (0 for one unknown). */
export type SessionEpochs = (tenantId: string, agentId: string) => number;

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function principalFrom(payload: Record<string, unknown>): Principal | null {
  const { tid, sub, kind, sep } = payload;
  if (!isString(tid) || !isString(sub)) return null;
  if (kind === 'agent' && (payload.role === 'agent' || payload.role === 'supervisor' || payload.role === 'admin')) {
    if (typeof sep !== 'number' || !Number.isInteger(sep) || sep < 0) return null;
    return { kind: 'agent', tenantId: tid, agentId: sub, role: payload.role, sessionEpoch: sep };
  }
  if (kind === 'customer')
    return { kind: 'customer', tenantId: tid, customerId: sub, verified: payload.verified === true };
  return null;
}

export function createTokenService(
  secret: string,
  defaultTtlSeconds = DEFAULT_TOKEN_TTL_SECONDS,
  sessionEpochs: SessionEpochs = () => 0,
): TokenService {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(principal, ttlSeconds = defaultTtlSeconds) {
      if (principal.kind === 'service') throw new Error('service principals use API keys, not tokens');
      const claims =
        principal.kind === 'agent'
          ? {
              tid: principal.tenantId,
              kind: 'agent',
              role: principal.role,
              sep: principal.sessionEpoch ?? sessionEpochs(principal.tenantId, principal.agentId),
            }
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
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          algorithms: ['HS256'],
          // A token that never expires would outlive every other limit: refused.
          requiredClaims: ['exp', 'iat'],
        });
        return principalFrom(payload);
      } catch {
        return null;
      }
    },
  };
}
