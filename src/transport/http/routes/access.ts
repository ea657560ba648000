/**
 * Who may sign in (DESIGN.md §8 Auth): tenant API keys for server-to-server calls (issued once,
 * listed without hashes, revoked), the widget secret verified customers are signed with (rotated,
 * shown once), and agents' passwords (scrypt-hashed here; the domain stores only the hash; the
 * password policy applies, and setting one ends the agent's sessions).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { ApiKey } from '../../../domain/access.js';
import { newApiKey } from '../../auth/api-keys.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { ApiKeyList, ApiKeyView, IssuedApiKey, PasswordChanged, WidgetSecret } from '../admin-views.js';
import { Name } from '../config-schemas.js';
import { actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { requireAcceptablePassword } from '../password-check.js';
import { commonErrors, Id, iso, isoOrNull } from '../schemas.js';
import type { App } from './app-type.js';
import { Password } from './tenants.js';

/** Key ids travel inside the key (`sbk_<tenant>.<keyId>.<secret>`), so no dots. */
const KeyId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

const IssueBody = Type.Object({ name: Name, keyId: Type.Optional(KeyId) }, { additionalProperties: false });
const KeyParams = Type.Object({ keyId: KeyId });
const NoBody = Type.Object({}, { additionalProperties: false });
const AgentParams = Type.Object({ agentId: Id });
const PasswordBody = Type.Object(
  {
    password: Password,
    /** Required when changing one's own password. */
    currentPassword: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
  },
  { additionalProperties: false },
);

const keyView = (key: ApiKey) => ({
  keyId: key.id,
  name: key.name,
  createdAt: iso(key.createdAt),
  revokedAt: isoOrNull(key.revokedAt),
});

export function accessRoutes(app: App, context: HttpContext): void {
  app.post(
    '/api/v1/api-keys',
    {
      schema: {
        tags: ['access'],
        description: 'Issues an API key; the key is in this answer only.',
        body: IssueBody,
        response: { 201: IssuedApiKey, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requireStaff(request, 'admin');
      const actor = actorOf(context, principal);
      const keyId = request.body.keyId ?? randomUUID();
      const { key, hash } = newApiKey(principal.tenantId, keyId);
      await run(actor, { type: 'IssueApiKey', keyId, name: request.body.name, hash });
      const issued = actor.view.access.apiKeys.get(keyId);
      if (issued === undefined) throw new ApiError('API_KEY_NOT_FOUND');
      return reply.status(201).send({ ...keyView(issued), key });
    },
  );

  app.get(
    '/api/v1/api-keys',
    { schema: { tags: ['access'], response: { 200: ApiKeyList, ...commonErrors } } },
    (request) => {
      const principal = requireStaff(request, 'admin');
      const keys = [...actorOf(context, principal).view.access.apiKeys.values()];
      keys.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      return { items: keys.map(keyView) };
    },
  );

  app.delete(
    '/api/v1/api-keys/:keyId',
    {
      schema: {
        tags: ['access'],
        description: 'Revokes a key at once; revoking a revoked key changes nothing.',
        params: KeyParams,
        response: { 200: ApiKeyView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'admin');
      const actor = actorOf(context, principal);
      await run(actor, { type: 'RevokeApiKey', keyId: request.params.keyId });
      const revoked = actor.view.access.apiKeys.get(request.params.keyId);
      if (revoked === undefined) throw new ApiError('API_KEY_NOT_FOUND');
      return keyView(revoked);
    },
  );

  app.post(
    '/api/v1/widget-secret',
    {
      schema: {
        tags: ['access'],
        description: 'Rotates the HMAC key verified customers are signed with; the new one is in this answer only.',
        body: NoBody,
        response: { 200: WidgetSecret, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'admin');
      const secret = randomBytes(32).toString('hex');
      await run(actorOf(context, principal), { type: 'SetWidgetSecret', secret });
      return { secret };
    },
  );

  app.post(
    '/api/v1/agents/:agentId/password',
    {
      schema: {
        tags: ['access'],
        description: 'Agents change their own password (with the current one); admins set anyone’s.',
        params: AgentParams,
        body: PasswordBody,
        response: { 200: PasswordChanged, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request);
      const actor = actorOf(context, principal);
      const { agentId } = request.params;
      const self = principal.kind === 'agent' && principal.agentId === agentId;
      if (!self && principal.kind === 'agent' && principal.role !== 'admin') throw new ApiError('FORBIDDEN');
      if (!actor.view.agents.has(agentId)) throw new ApiError('AGENT_NOT_FOUND');
      if (self) {
        const { currentPassword } = request.body;
        if (currentPassword === undefined) {
          throw new ApiError('VALIDATION_FAILED', 'currentPassword is required to change your own password');
        }
        const stored = actor.view.access.passwords.get(agentId);
        if (stored === undefined || !(await verifyPassword(currentPassword, stored))) {
          throw new ApiError('CURRENT_PASSWORD_WRONG');
        }
      }
      requireAcceptablePassword(request.body.password, [agentId, principal.tenantId]);
      const passwordHash = await hashPassword(request.body.password);
      // Every session of the agent ends with the old password, the caller's own included.
      await run(actor, { type: 'SetPassword', agentId, passwordHash });
      if (!self) return { agentId, changed: true };
      const agent = actor.view.agents.get(agentId);
      if (agent === undefined) throw new ApiError('AGENT_NOT_FOUND');
      const token = await context.tokens.issue({
        kind: 'agent',
        tenantId: principal.tenantId,
        agentId,
        role: agent.role,
      });
      return { agentId, changed: true, token };
    },
  );
}
