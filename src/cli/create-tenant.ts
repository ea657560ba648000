/** `switchboard create-tenant`: a new tenant and its first admin, written straight to the store. */
import { isValidTimeZone } from '../domain/business-hours.js';
import { loadConfig } from '../server/config.js';
import { newTenantCommands } from '../server/new-tenant.js';
import { hashPassword } from '../transport/auth/passwords.js';
import { configOption, UsageError, type CliCommand } from './command.js';
import { assertNoServer } from './data-dir-lock.js';
import { passwordFrom } from './hash-password.js';

const AGENT_ID = /^[A-Za-z0-9_.:@-]{1,128}$/;

export const createTenantCommand: CliCommand = {
  name: 'create-tenant',
  summary: 'Create a tenant and its first admin (the server must be stopped; else use POST /api/v1/tenants).',
  details:
    'Without --admin-password the password is read from standard input (typed without echo, or piped).\n' +
    'Tenant ids are lower-case letters, digits and dashes.',
  options: {
    ...configOption,
    id: { type: 'string', value: '<tenant>', description: 'the new tenant id', required: true },
    'admin-id': { type: 'string', value: '<agent>', description: "the admin's login id", required: true },
    'admin-password': { type: 'string', value: '<password>', description: 'at least 8 characters, not a common one' },
    'admin-name': { type: 'string', value: '<name>', description: "the admin's display name (default: the id)" },
    'time-zone': { type: 'string', value: '<zone>', description: 'IANA time zone, e.g. Asia/Shanghai (default UTC)' },
    language: { type: 'string', value: '<tag>', description: 'language of customer notices (default zh-CN)' },
  },
  async run(args, io) {
    const tenantId = args.requireString('id');
    const adminId = args.requireString('admin-id');
    const timeZone = args.string('time-zone');
    const language = args.string('language');
    const { TENANT_ID } = await import('../services/tenant-registry.js');
    if (!TENANT_ID.test(tenantId)) throw new UsageError(`--id: "${tenantId}" is not a tenant id (a-z, 0-9, -)`);
    if (!AGENT_ID.test(adminId)) throw new UsageError(`--admin-id: "${adminId}" is not an agent id`);
    if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
      throw new UsageError(`--time-zone: unknown time zone "${timeZone}"`);
    }
    if (language !== undefined && !/^[A-Za-z0-9-]{2,16}$/.test(language)) {
      throw new UsageError(`--language: "${language}" is not a language tag`);
    }
    const config = loadConfig(io.env, args.string('config'));
    assertNoServer(config.storage);
    const password = await passwordFrom(args.string('admin-password'), io, `Password for ${adminId}: `, [
      adminId,
      tenantId,
    ]);
    const commands = newTenantCommands({
      ...(timeZone === undefined ? {} : { timeZone }),
      ...(language === undefined ? {} : { defaultLanguage: language }),
      admin: { id: adminId, name: args.string('admin-name') ?? adminId, passwordHash: await hashPassword(password) },
    });
    const { withStore, withTenant } = await import('./open-store.js');
    await withStore(config.storage, async (store) => {
      if ((await store.tenants()).includes(tenantId)) throw new UsageError(`tenant "${tenantId}" already exists`);
      await withTenant(store, tenantId, async (actor) => {
        for (const command of commands) {
          const result = await actor.submit(command);
          if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
        }
      });
    });
    io.stdout(`created tenant ${tenantId} with admin ${adminId}\n`);
    return 0;
  },
};
