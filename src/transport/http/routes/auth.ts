/** Signing in: agents with a password, widget customers anonymously or verified by the tenant's HMAC. */
import { Type } from '@sinclair/typebox';
import { verifyPassword } from '../../auth/passwords.js';
import { userIdVerified } from '../../auth/widget-tokens.js';
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
    /** The tenant's user id and its HMAC, for verified customers. */
    userId: Type.Optional(Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:@-]+$' })),
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

export function authRoutes(app: App, context: HttpContext): void {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        security: [],
        body: Login,
        response: { 200: TokenReply, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const { tenantId, agentId, password } = request.body;
      const actor = context.registry.actor(tenantId);
      const agent = actor?.view.agents.get(agentId);
      const hash = actor?.view.access.passwords.get(agentId);
      // The same answer for an unknown tenant, agent or password: nothing to enumerate.
      if (agent === undefined || hash === undefined || !(await verifyPassword(password, hash))) {
        throw new ApiError('INVALID_CREDENTIALS');
      }
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
        response: { 200: TokenReply, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const { tenantId, visitorId, userId, signature } = request.body;
      const actor = context.registry.actor(tenantId);
      if (actor === undefined) throw new ApiError('TENANT_NOT_FOUND');
      let customerId: string;
      let verified = false;
      if (userId !== undefined || signature !== undefined) {
        const secret = actor.view.access.widgetSecret;
        if (
          userId === undefined ||
          signature === undefined ||
          secret === null ||
          !userIdVerified(secret, userId, signature)
        ) {
          throw new ApiError('INVALID_CREDENTIALS', 'The user id signature does not verify.');
        }
        customerId = `u:${userId}`;
        verified = true;
      } else if (visitorId !== undefined) {
        customerId = `v:${visitorId}`;
      } else {
        throw new ApiError('VALIDATION_FAILED', 'Give a visitorId, or a userId with its signature.');
      }
      const token = await context.tokens.issue({ kind: 'customer', tenantId, customerId, verified });
      return { token, tenantId, subject: customerId, role: 'customer' };
    },
  );

  app.get('/api/v1/me', { schema: { tags: ['auth'], response: { 200: Me, ...errorResponses(401) } } }, (request) =>
    requirePrincipal(request),
  );
}
