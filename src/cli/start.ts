/**
 * `switchboard start` (what `npm start` runs): validates the configuration, starts the server (see
 * start-server.ts: migrate, recover every tenant, seed the demo tenant on an empty store, listen),
 * logs JSON lines through pino and, on a terminal, prints the URLs and demo logins. On SIGINT or
 * SIGTERM it stops accepting requests, lets every tenant actor finish its batch, closes the store
 * and exits 0; a second signal, or a shutdown stuck for 15 s, exits at once with status 1.
 */
import type { Logger } from 'pino';
import { loadConfig } from '../server/config.js';
import { configOption, type CliCommand } from './command.js';
import { banner, workingDemoLogins } from './start-banner.js';

const SHUTDOWN_LIMIT_MS = 15_000;

function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

async function stopOnSignal(log: Logger, close: () => Promise<void>): Promise<void> {
  const signal = await nextSignal();
  log.info({ signal }, 'stopping');
  const force = (reason: string): void => {
    log.error({ reason }, 'forced exit');
    process.exit(1);
  };
  void nextSignal().then((again) => {
    force(`second ${again}`);
  });
  setTimeout(() => {
    force(`shutdown took over ${SHUTDOWN_LIMIT_MS} ms`);
  }, SHUTDOWN_LIMIT_MS).unref();
  await close();
  log.info('stopped');
}

export const startCommand: CliCommand = {
  name: 'start',
  summary: 'Run the server: migrate, recover tenants, seed the demo tenant on first start, listen.',
  details:
    'Configuration comes from environment variables and an optional JSON file (see the README). Logs are JSON\n' +
    'lines on standard output; the line with "msg":"ready" carries the port (PORT=0 picks a free one).\n' +
    'The demo tenant is seeded only when the store has no tenant at all.',
  options: {
    ...configOption,
    'no-demo': { type: 'boolean', description: 'do not seed the demo tenant on first start' },
  },
  async run(args, io) {
    const config = loadConfig(io.env, args.string('config'));
    const { pino } = await import('pino');
    const { startServer } = await import('./start-server.js');
    const log = pino({ level: config.logLevel });
    if (config.configFile !== null) log.info({ file: config.configFile }, 'configuration file read');
    const running = await startServer({ config, demo: !args.flag('no-demo'), log });
    if (process.stdout.isTTY) {
      const storage = config.storage.kind === 'sqlite' ? `SQLite in ${config.storage.dataDir}` : 'PostgreSQL';
      const demoLogins = await workingDemoLogins(running.server.registry);
      io.stdout(banner({ urls: running.urls, storage, demoLogins }));
    }
    await stopOnSignal(log, () => running.close());
    return 0;
  },
};
