/** `switchboard api-key`: issues a tenant API key and prints it, the only time it is shown. */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../server/config.js';
import { newApiKey } from '../transport/auth/api-keys.js';
import { configOption, UsageError, type CliCommand } from './command.js';
import { assertNoServer } from './data-dir-lock.js';

const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const apiKeyCommand: CliCommand = {
  name: 'api-key',
  summary: "Issue an API key for a tenant's server-to-server calls and print it once.",
  details:
    'The key goes to standard output alone (KEY=$(switchboard api-key …)); only its hash is stored.\n' +
    'The server must be stopped; while it runs, an admin issues keys with POST /api/v1/api-keys.',
  options: {
    ...configOption,
    tenant: { type: 'string', value: '<tenant>', description: 'the tenant id', required: true },
    name: { type: 'string', value: '<name>', description: 'what the key is for, e.g. "CRM sync"', required: true },
    id: { type: 'string', value: '<key-id>', description: 'the key id (default: a random UUID)' },
  },
  async run(args, io) {
    const tenantId = args.requireString('tenant');
    const name = args.requireString('name');
    const keyId = args.string('id') ?? randomUUID();
    if (!KEY_ID.test(keyId)) throw new UsageError(`--id: "${keyId}" is not a key id (letters, digits, _ and -)`);
    if (name.length > 200) throw new UsageError('--name: at most 200 characters');
    const config = loadConfig(io.env, args.string('config'));
    assertNoServer(config.storage);
    const { key, hash } = newApiKey(tenantId, keyId);
    const { withStore, withTenant } = await import('./open-store.js');
    await withStore(config.storage, async (store) => {
      if (!(await store.tenants()).includes(tenantId)) throw new UsageError(`no tenant "${tenantId}"`);
      await withTenant(store, tenantId, async (actor) => {
        const result = await actor.submit({ type: 'IssueApiKey', keyId, name, hash });
        if (!result.ok) throw new UsageError(`--id: ${result.error.message}`);
      });
    });
    io.stdout(`${key}\n`);
    io.stderr(`API key ${keyId} issued for tenant ${tenantId}: store it now, it is not shown again\n`);
    return 0;
  },
};
