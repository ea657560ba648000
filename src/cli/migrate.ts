/** `switchboard migrate`: brings the database schema up to date (the server also does it at start). */
import { loadConfig } from '../server/config.js';
import { configOption, type CliCommand } from './command.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Create the database or bring its schema up to date, then exit.',
  details:
    'Migrations run in order, each in its own transaction; on PostgreSQL an advisory lock makes servers\n' +
    'starting together apply each one once. A database newer than this code is refused.',
  options: configOption,
  async run(args, io) {
    const config = loadConfig(io.env, args.string('config'));
    // The store is loaded when a command runs, so that `--help` answers at once.
    const { withStore } = await import('./open-store.js');
    const { latestSchemaVersion } = await import('../store/sql/migrations.js');
    await withStore(config.storage, () => Promise.resolve());
    const where = config.storage.kind === 'sqlite' ? `SQLite in ${config.storage.dataDir}` : 'PostgreSQL';
    io.stdout(`schema at version ${latestSchemaVersion()} (${where})\n`);
    return 0;
  },
};
