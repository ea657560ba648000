/**
 * `npm start`: opens the durable store (SQLite in `./data` by default, created on first start; see
 * create-store.ts for the environment variables), migrates it, recovers every tenant — latest
 * snapshot plus the events after it — and keeps their deadlines running on the system clock until
 * SIGINT or SIGTERM, when it lets every actor finish its batch and closes the store. The HTTP and
 * realtime transports attach to the actors started here.
 */
import { TenantActor } from '../engine/tenant-actor.js';
import { systemClock } from '../runtime/system-clock.js';
import { createStore, storeConfigFromEnv } from '../store/create-store.js';

const log = (fields: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
};

async function main(): Promise<void> {
  const config = storeConfigFromEnv(process.env);
  const startedAt = Date.now();
  const store = await createStore(config);
  const actors: TenantActor[] = [];
  for (const tenantId of await store.tenants()) {
    actors.push(
      await TenantActor.start({
        tenantId,
        store,
        snapshots: store,
        ...systemClock,
        onSnapshotError: (error) => {
          log({ level: 'warn', msg: 'snapshot failed', tenantId, error: String(error) });
        },
      }),
    );
  }
  log({
    level: 'info',
    msg: 'ready',
    storage: config.kind === 'sqlite' ? { kind: 'sqlite', dataDir: config.dataDir } : { kind: 'postgres' },
    tenants: actors.length,
    recoveryMs: Date.now() - startedAt,
  });
  // Deadline timers do not hold the process open; this does, until a signal arrives.
  const keepAlive = setInterval(() => undefined, 60 * 60 * 1000);
  const stop = (signal: string): void => {
    clearInterval(keepAlive);
    log({ level: 'info', msg: 'stopping', signal });
    void Promise.all(actors.map((actor) => actor.close()))
      .then(() => store.close())
      .then(() => {
        log({ level: 'info', msg: 'stopped' });
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log({ level: 'error', msg: 'start-up failed', error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
});
