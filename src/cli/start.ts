/**
 * `switchboard start` (what `npm start` runs): validates the configuration, starts the server (see
 * start-server.ts: migrate, recover every tenant, seed the demo tenant on an empty store, listen),
 * logs JSON lines through pino and, on a terminal, prints the URLs and demo logins. On SIGINT or
 * SIGTERM it stops accepting requests, lets every tenant actor finish its batch, closes the store
 * and exits 0; a second signal, or a shutdown taking longer than `shutdownTimeoutMs` (default
 * 10 s: busy tenants, lingering sockets), exits at once with status 1. Should even that timer not get
 * a turn (an event loop stuck in synchronous work), a watchdog thread kills the process 5 s later.
 */
import type { Logger } from 'pino';
import { loadConfig } from '../server/config.js';
import { configOption, type CliCommand } from './command.js';
import { startShutdownWatchdog } from './shutdown-watchdog.js';
import { banner, workingDemoLogins } from './start-banner.js';

/** How long after the forced exit the watchdog thread kills the process (shutdown-watchdog.ts). */
const WATCHDOG_GRACE_MS = 5_000;

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

async function stopOnSignal(log: Logger, limitMs: number, close: () => Promise<void>): Promise<void> {
  const signal = await nextSignal();
  log.info({ signal, limitMs }, 'stopping');
  startShutdownWatchdog(limitMs + WATCHDOG_GRACE_MS);
  const force = (reason: string): void => {
    log.error({ reason }, 'forced exit');
    process.exit(1);
  };
  void nextSignal().then((again) => {
    force(`second ${again}`);
  });
  setTimeout(() => {
    force(`shutdown took over ${limitMs} ms`);
  }, limitMs).unref();
  await close();
  log.info('stopped');
}

export const startCommand: CliCommand = {
  name: 'start',
  summary: 'Run the server: migrate, recover tenants, seed the demo tenant on first start, listen.',
  details:
    'Configuration comes from environment variables and an optional JSON file (see the README). Logs are JSON\n' +
    'lines on standard output; the line with "msg":"ready" carries the port (PORT=0 picks a free one).\n' +
    'The demo tenant is seeded only when the store has no tenant at all. With REDIS_URL (and DATABASE_URL) the\n' +
    'process is one node of a cluster (docs/cluster.md); SIGTERM hands its tenants to the other nodes first.',
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
      const cluster = running.server.cluster;
      const storage =
        config.storage.kind === 'sqlite'
          ? `SQLite in ${config.storage.dataDir}`
          : cluster === null
            ? 'PostgreSQL'
            : `PostgreSQL, cluster node ${cluster.nodeId}`;
      const demoLogins = await workingDemoLogins(running.server.registry);
      io.stdout(banner({ urls: running.urls, storage, demoLogins }));
    }
    await stopOnSignal(log, config.shutdownTimeoutMs, () => running.close());
    return 0;
  },
};
