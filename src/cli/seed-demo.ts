/** `switchboard seed-demo`: creates the demo tenant, or completes it; running it again changes nothing. */
import { loadConfig } from '../server/config.js';
import { configOption, type CliCommand } from './command.js';
import { assertNoServer } from './data-dir-lock.js';
import { DEMO_TENANT_ID } from './demo/demo-seed.js';
import { demoLoginTable } from './start-banner.js';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  summary: `Create the demo tenant "${DEMO_TENANT_ID}" (departments, skill groups, agents, rules), skipping what exists.`,
  details: '`start` does this by itself on an empty store, unless given --no-demo. The server must be stopped.',
  options: configOption,
  async run(args, io) {
    const config = loadConfig(io.env, args.string('config'));
    assertNoServer(config.storage);
    const { withStore, withTenant } = await import('./open-store.js');
    const { applyDemoSeed } = await import('./demo/apply-demo-seed.js');
    const applied = await withStore(config.storage, (store) => withTenant(store, DEMO_TENANT_ID, applyDemoSeed));
    if (applied === 0) {
      io.stdout(`demo tenant "${DEMO_TENANT_ID}" is complete: nothing to do\n`);
      return 0;
    }
    io.stdout(`demo tenant "${DEMO_TENANT_ID}": ${applied} changes applied\n\n${demoLoginTable(null)}\n`);
    return 0;
  },
};
