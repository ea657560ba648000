/**
 * Tenants: creation by the server's operator (the one route with a tenant id in the URL's body,
 * guarded by the server admin token, not by a tenant's credentials), and the caller's own tenant
 * settings — routing timeouts, weights, and the transfer templates, policies and weights of
 * DESIGN.md §5 — read by any staff member and changed by admins.
 */
import { newTenantCommands } from '../../../server/new-tenant.js';
import { Type } from '@sinclair/typebox';
import { attachmentSettingsOf } from '../../../domain/attachment.js';
import { isValidTimeZone } from '../../../domain/business-hours.js';
import { MAX_TENANT_QUICK_REPLIES } from '../../../domain/quick-reply.js';
import type { TenantSettings as DomainSettings } from '../../../domain/settings.js';
import { TENANT_ID } from '../../../services/tenant-registry.js';
import { hashPassword } from '../../auth/passwords.js';
import { TenantCreated, TenantView } from '../admin-views.js';
import { Name, quickRepliesBodyLimit, TenantSettingsPatch, TimeZone } from '../config-schemas.js';
import { actorOf, isServerAdmin, requireStaff, run, type HttpContext } from '../context.js';
import { mutableCopy } from '../copy.js';
import { ApiError } from '../error-catalogue.js';
import { requireAcceptablePassword } from '../password-check.js';
import { commonErrors, Id } from '../schemas.js';
import type { App } from './app-type.js';

export const Password = Type.String({ minLength: 8, maxLength: 256 });

const CreateTenantBody = Type.Object(
  {
    tenantId: Type.String({ pattern: TENANT_ID.source, maxLength: 63 }),
    timeZone: Type.Optional(TimeZone),
    defaultLanguage: Type.Optional(Type.String({ minLength: 2, maxLength: 16, pattern: '^[A-Za-z0-9-]+$' })),
    admin: Type.Object({ id: Id, name: Name, password: Password }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

const tenantBody = (tenantId: string, settings: DomainSettings, widgetSecret: string | null) => ({
  tenantId,
  // Settings saved before attachments existed show the limits in force.
  settings: mutableCopy({ ...settings, attachments: attachmentSettingsOf(settings) }),
  widgetSecretSet: widgetSecret !== null,
});

export function tenantRoutes(app: App, context: HttpContext): void {
  /** Ids being created right now: two concurrent requests for one id must not both succeed. */
  const creating = new Set<string>();

  app.post(
    '/api/v1/tenants',
    {
      schema: {
        tags: ['tenants'],
        description: 'Creates a tenant and its first admin. Authorization: `Bearer <server admin token>`.',
        body: CreateTenantBody,
        response: { 201: TenantCreated, ...commonErrors },
      },
    },
    async (request, reply) => {
      if (!isServerAdmin(context, request)) {
        // A tenant's own credentials are real but not enough; anything else is no credential at all.
        throw new ApiError(request.principal === null ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
      const { tenantId, timeZone, defaultLanguage, admin } = request.body;
      if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
        throw new ApiError('INVALID_CONFIGURATION', `unknown time zone "${timeZone}"`);
      }
      if (creating.has(tenantId) || context.registry.actor(tenantId) !== undefined) throw new ApiError('TENANT_EXISTS');
      creating.add(tenantId);
      try {
        requireAcceptablePassword(admin.password, [admin.id, tenantId]);
        const passwordHash = await hashPassword(admin.password);
        const actor = await context.registry.start(tenantId);
        if (actor.lastSeq > 0) throw new ApiError('TENANT_EXISTS');
        const commands = newTenantCommands({
          ...(timeZone === undefined ? {} : { timeZone }),
          ...(defaultLanguage === undefined ? {} : { defaultLanguage }),
          admin: { id: admin.id, name: admin.name, passwordHash },
        });
        for (const command of commands) await run(actor, command);
        const token = await context.tokens.issue({ kind: 'agent', tenantId, agentId: admin.id, role: 'admin' });
        return await reply.status(201).send({ tenantId, adminId: admin.id, token });
      } finally {
        creating.delete(tenantId);
      }
    },
  );

  app.get(
    '/api/v1/tenant',
    { schema: { tags: ['tenants'], response: { 200: TenantView, ...commonErrors } } },
    (request) => {
      const principal = requireStaff(request);
      const state = actorOf(context, principal).view;
      return tenantBody(principal.tenantId, state.settings, state.access.widgetSecret);
    },
  );

  app.patch(
    '/api/v1/tenant',
    {
      // Room for a full quick reply library in Chinese, on top of the other settings.
      bodyLimit: quickRepliesBodyLimit(MAX_TENANT_QUICK_REPLIES),
      schema: {
        tags: ['tenants'],
        description: 'Changes the settings given; `transfer` is merged one level deep.',
        body: TenantSettingsPatch,
        response: { 200: TenantView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'admin');
      const actor = actorOf(context, principal);
      const { transfer, ...rest } = request.body;
      await run(actor, {
        type: 'ConfigureTenant',
        settings: {
          ...rest,
          ...(transfer === undefined ? {} : { transfer: { ...actor.view.settings.transfer, ...transfer } }),
        },
      });
      return tenantBody(principal.tenantId, actor.view.settings, actor.view.access.widgetSecret);
    },
  );
}
