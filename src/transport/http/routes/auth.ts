/**
 * Signing in: agents with a password, widget customers anonymously or verified by the tenant's HMAC.
 *
 * Neither endpoint tells which tenants or agents exist. Login answers the same, in the same time,
 * for an unknown tenant, an unknown, disabled or removed agent and a wrong password (the password
 * is hashed against a dummy hash when there is nothing to compare with), and failures back off per
 * account and per address (login-throttle.ts; LOGIN_LOCKED with Retry-After). The widget session
 * hands an anonymous visitor of an unknown tenant a token like any other, which simply opens
 * nothing (docs/security.md).
 */
import { randomBytes } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { isActive } from '../../../domain/agent.js';
import { defaultLoginThrottle, LoginThrottle } from '../../auth/login-throttle.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { DEFAULT_SIGNATURE_MAX_AGE_SECONDS, signatureFresh, userIdVerified } from '../../auth/widget-tokens.js';
import { requirePrincipal, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { errorResponses } from '../error-schemas.js';
import { Id } from '../schemas.js';
import { Me } from '../views.js';
import type { App } from './app-type.js';

const Login = Type.Object(
  { tenantId: Id, agentId: Id, password: Type.String({ minLength: 1, maxLength: 256 }) },
  { additionalProperties: false },
);

const WidgetSession = Type.Object(
  {
    tenantId: Id,
    /** The browser's own random id, for anonymous customers. */
    visitorId: Type.Optional(Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })),
    /** The tenant's user id, when it was signed, and the HMAC of both, for verified customers. */
    userId: Type.Optional(Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:@-]+$' })),
    issuedAt: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 40 })),
    signature: Type.Optional(Type.String({ minLength: 64, maxLength: 64, pattern: '^[0-9a-f]+$' })),
  },
  { additionalProperties: false },
);

const TokenReply = Type.Object({
  token: Type.String(),
  tenantId: Type.String(),
  subject: Type.String(),
  role: Type.String(),
});

/** The key a login attempt is counted under: the account asked for, existing or not. */
const accountKey = (tenantId: string, agentId: string): string => `${tenantId}\u0000${agentId}`;

export function authRoutes(app: App, context: HttpContext): void {
  const now = (): number => context.registry.clock.now();
  const throttle = new LoginThrottle(context.loginThrottle ?? defaultLoginThrottle, now);
  // Hashed once, with the cost real hashes have, so a missing agent costs what a present one does.
  const dummyHash = hashPassword(randomBytes(24).toString('hex'));
  const dummySecret = randomBytes(32).toString('hex');
  const maxAge = context.widgetSignatureMaxAgeSeconds ?? DEFAULT_SIGNATURE_MAX_AGE_SECONDS;

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        security: [],
        body: Login,
        response: { 200: TokenReply, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { tenantId, agentId, password } = request.body;
      const account = accountKey(tenantId, agentId);
      const wait = throttle.retryAfter(account, request.ip);
      if (wait > 0) {
        void reply.header('retry-after', String(Math.ceil(wait / 1000)));
        throw new ApiError('LOGIN_LOCKED');
      }
      const actor = context.registry.actor(tenantId);
      const agent = actor?.view.agents.get(agentId);
      const hash = agent !== undefined && isActive(agent) ? actor?.view.access.passwords.get(agentId) : undefined;
      const matches = await verifyPassword(password, hash ?? (await dummyHash));
      if (hash === undefined || !matches || agent === undefined || actor === undefined) {
        const outcome = throttle.fail(account, request.ip);
        if (outcome.lockedUntil !== null && actor !== undefined && agent !== undefined) {
          // Not awaited: the answer must not take longer because the agent exists.
          const command = {
            type: 'RecordLoginLockout',
            agentId,
            until: outcome.lockedUntil,
            failures: outcome.failures,
          } as const;
          actor.submit(command).catch((error: unknown) => {
            request.log.error({ err: error }, 'recording a login lockout failed');
          });
        }
        throw new ApiError('INVALID_CREDENTIALS');
      }
      throttle.succeed(account);
      const token = await context.tokens.issue({ kind: 'agent', tenantId, agentId, role: agent.role });
      return { token, tenantId, subject: agentId, role: agent.role };
    },
  );

  app.post(
    '/api/v1/widget/session',
    {
      schema: {
        tags: ['auth'],
        security: [],
        body: WidgetSession,
        response: { 200: TokenReply, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const { tenantId, visitorId, userId, issuedAt, signature } = request.body;
      const actor = context.registry.actor(tenantId);
      let customerId: string;
      let verified = false;
      if (userId !== undefined || signature !== undefined || issuedAt !== undefined) {
        if (userId === undefined || signature === undefined) {
          throw new ApiError('VALIDATION_FAILED', 'Give a userId with its issuedAt and signature.');
        }
        if (issuedAt === undefined || !signatureFresh(issuedAt, now(), maxAge)) {
          throw new ApiError('WIDGET_SIGNATURE_EXPIRED');
        }
        // An unknown tenant or one without a secret is checked against a throwaway key: same work, same answer.
        const secret = actor?.view.access.widgetSecret ?? null;
        const valid = userIdVerified(secret ?? dummySecret, { userId, issuedAt, signature });
        if (!valid || secret === null) {
          throw new ApiError('INVALID_CREDENTIALS', 'The user id signature does not verify.');
        }
        customerId = `u:${userId}`;
        verified = true;
      } else if (visitorId !== undefined) {
        customerId = `v:${visitorId}`;
      } else {
        throw new ApiError('VALIDATION_FAILED', 'Give a visitorId, or a userId with its issuedAt and signature.');
      }
      const token = await context.tokens.issue({ kind: 'customer', tenantId, customerId, verified });
      return { token, tenantId, subject: customerId, role: 'customer' };
    },
  );

  app.get('/api/v1/me', { schema: { tags: ['auth'], response: { 200: Me, ...errorResponses(401) } } }, (request) =>
    requirePrincipal(request),
  );
}
