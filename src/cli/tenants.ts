/** `switchboard tenants`: the tenants in the store, with their event and agent counts. */
import { loadConfig } from '../server/config.js';
import { configOption, type CliCommand } from './command.js';

export const tenantsCommand: CliCommand = {
  name: 'tenants',
  summary: 'List the tenants in the store.',
  options: {
    ...configOption,
    json: { type: 'boolean', description: 'one JSON object per line: {"tenantId","events","agents"}' },
  },
  async run(args, io) {
    const config = loadConfig(io.env, args.string('config'));
    const { withStore } = await import('./open-store.js');
    const rows = await withStore(config.storage, async (store) => {
      const ids = await store.tenants();
      return Promise.all(
        ids.map(async (tenantId) => ({
          tenantId,
          events: await store.lastSeq(tenantId),
          agents: (await store.agents(tenantId)).length,
        })),
      );
    });
    if (args.flag('json')) {
      for (const row of rows) io.stdout(`${JSON.stringify(row)}\n`);
      return 0;
    }
    if (rows.length === 0) {
      io.stdout('no tenants\n');
      return 0;
    }
    const width = Math.max('tenant'.length, ...rows.map((row) => row.tenantId.length));
    io.stdout(`${'tenant'.padEnd(width)}  ${'events'.padStart(8)}  ${'agents'.padStart(6)}\n`);
    for (const row of rows) {
      io.stdout(
        `${row.tenantId.padEnd(width)}  ${String(row.events).padStart(8)}  ${String(row.agents).padStart(6)}\n`,
      );
    }
    return 0;
  },
};
