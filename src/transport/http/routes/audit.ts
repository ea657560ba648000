/**
 * The audit log (DESIGN.md §6: every admin change is an event): configuration changes, newest
 * first, paged, for supervisors and admins. Hashes and secrets are redacted whatever event they
 * come in, so adding an event type to the log can never leak one.
 */
import { Type } from '@sinclair/typebox';
import { AuditPage } from '../admin-views.js';
import { requireStaff, type HttpContext } from '../context.js';
import { commonErrors, iso } from '../schemas.js';
import type { App } from './app-type.js';

const AuditQuery = Type.Object(
  {
    type: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z]+$' }), { maxItems: 20 }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
  },
  { additionalProperties: false },
);

const secretKeys = new Set(['passwordHash', 'hash', 'secret', 'key']);

/** A copy of `value` with every secret-looking field replaced. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, secretKeys.has(key) ? '[redacted]' : redact(field)]),
  );
}

export function auditRoutes(app: App, context: HttpContext): void {
  app.get(
    '/api/v1/audit-log',
    {
      schema: {
        tags: ['audit'],
        description: 'Configuration changes, newest first; `next` is the cursor of the following page.',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'supervisor');
      const { type, limit, cursor } = request.query;
      const page = await context.registry.store.auditLog(principal.tenantId, {
        limit: limit ?? 50,
        cursor: cursor ?? null,
        ...(type === undefined ? {} : { types: type }),
      });
      return {
        items: page.items.map((entry) => ({ ...entry, at: iso(entry.at), data: redact(entry.data) })),
        next: page.next,
      };
    },
  );
}
