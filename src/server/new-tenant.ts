/**
 * The commands that create a tenant with its first admin, shared by every way of creating one (the
 * CLI's `create-tenant` and `POST /api/v1/tenants`). The password arrives hashed.
 */
import type { Command } from '../domain/commands.js';

export interface NewTenant {
  readonly timeZone?: string;
  readonly defaultLanguage?: string;
  readonly admin: { readonly id: string; readonly name: string; readonly passwordHash: string };
}

/** ConfigureTenant (the first event creates the tenant), the admin, and the admin's password. */
export function newTenantCommands(tenant: NewTenant): Command[] {
  return [
    {
      type: 'ConfigureTenant',
      settings: {
        ...(tenant.timeZone === undefined ? {} : { timeZone: tenant.timeZone }),
        ...(tenant.defaultLanguage === undefined ? {} : { defaultLanguage: tenant.defaultLanguage }),
      },
    },
    {
      type: 'SaveAgent',
      agent: {
        id: tenant.admin.id,
        name: tenant.admin.name,
        role: 'admin',
        level: 1,
        departmentId: null,
        memberships: [],
        languages: [],
        maxConcurrent: 1,
      },
    },
    { type: 'SetPassword', agentId: tenant.admin.id, passwordHash: tenant.admin.passwordHash },
  ];
}
