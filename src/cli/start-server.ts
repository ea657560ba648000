/**
 * Starts a server from a validated configuration: claims the SQLite data directory, resolves the
 * token secret, opens (and migrates) the store, recovers every tenant — latest snapshot plus the
 * events after it — seeds the demo tenant into an empty store, and listens. Every step is logged as
 * one JSON line; the last one, `ready`, carries the actual port (for PORT=0) and the URLs.
 *
 * As a cluster node (REDIS_URL, start-cluster.ts): no data directory to claim (the store is
 * PostgreSQL), the Redis bus is built and handed to the server, and the demo seed is decided by one
 * node under a lock; closing hands this node's tenants over before the store closes.
 */
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { systemClock } from '../runtime/system-clock.js';
import type { ServerConfig } from '../server/config.js';
import { createServer, type Server } from '../server/create-server.js';
import { resolveTokenSecret } from '../server/token-secret.js';
import { createStore } from '../store/create-store.js';
import type { DurableStore } from '../store/durable-store.js';
import { claimDataDir } from './data-dir-lock.js';
import { clusterOptions, seedIfEmpty } from './start-cluster.js';
import type { ClusterOptions } from '../server/create-server.js';
import { applyDemoSeed } from './demo/apply-demo-seed.js';
import { DEMO_TENANT_ID, demoLogins } from './demo/demo-seed.js';
import { describeStorage } from './open-store.js';
import { defaultWebRoot } from '../transport/http/web-app.js';
import { serverUrls, type ServerUrls } from './start-banner.js';

export interface StartOptions {
  readonly config: ServerConfig;
  /** Seed the demo tenant when the store holds no tenant at all (first start). */
  readonly demo: boolean;
  readonly log: Logger;
}

export interface RunningServer {
  readonly server: Server;
  readonly address: AddressInfo;
  readonly urls: ServerUrls;
  /** Stops listening, lets every tenant finish its batch, closes the store, releases the data directory. */
  close(): Promise<void>;
}

/** The demo tenant's logins, by id, when the server has a demo tenant. */
function demoSummary(server: Server): { tenantId: string; logins: string[] } | null {
  const state = server.registry.actor(DEMO_TENANT_ID)?.view;
  if (state === undefined) return null;
  return { tenantId: DEMO_TENANT_ID, logins: demoLogins.map((l) => l.agentId).filter((id) => state.agents.has(id)) };
}

/**
 * Seeds the demo tenant into an empty store. In a cluster, one node does it (the others find the
 * store seeded) and a failure is only logged: the tenant may exist already, or be moving, and a node
 * must start anyway (`seed-demo` completes it later).
 */
async function seedDemo(server: Server, store: DurableStore, log: Logger): Promise<void> {
  const seed = async () => applyDemoSeed(await server.registry.start(DEMO_TENANT_ID));
  let commands: number | null;
  try {
    commands = await seedIfEmpty(store, seed);
  } catch (error) {
    if (server.cluster === null) throw error;
    log.warn({ err: error, tenantId: DEMO_TENANT_ID }, 'the demo seed failed; this node starts without it');
    return;
  }
  if (commands === null) return;
  log.info({ tenantId: DEMO_TENANT_ID, commands }, 'seeded the demo tenant');
  log.warn("the demo tenant's passwords are in the README: change them, or start with --no-demo, before exposing it");
}

/** Starts listening; on any failure, releases what it took and rethrows. */
export async function startServer({ config, demo, log }: StartOptions): Promise<RunningServer> {
  const release = config.storage.kind === 'sqlite' ? claimDataDir(config.storage.dataDir) : () => undefined;
  let store: DurableStore | undefined;
  let server: Server | undefined;
  let cluster: ClusterOptions | undefined;
  try {
    const secret = resolveTokenSecret(config);
    if (secret.origin === 'generated') log.info({ file: secret.file }, 'generated a token secret');
    if (secret.warning !== null) log.warn(secret.warning);
    const startedAt = performance.now();
    store = await createStore(config.storage, {
      onConnectionError: (error) => {
        log.warn({ err: error }, 'a PostgreSQL connection broke');
      },
    });
    if (config.cluster !== null) cluster = clusterOptions(config.cluster, log);
    server = await createServer({
      store,
      ...(cluster === undefined ? {} : { cluster }),
      ...systemClock,
      tokenSecret: secret.secret,
      ...(config.adminToken === null ? {} : { adminToken: config.adminToken }),
      ...(config.metricsToken === null ? {} : { metricsToken: config.metricsToken }),
      metricsTenantLabels: config.metricsTenantLabels,
      widgetSignatureMaxAgeSeconds: config.widgetSignatureMaxAgeSeconds,
      attachments: config.attachments,
      http: {
        trustProxy: config.trustProxy,
        logger: { level: config.logLevel },
        corsOrigins: config.corsOrigins,
        bodyLimit: config.bodyLimit,
        rateLimitPerMinute: config.rateLimitPerMinute,
        webRoot: defaultWebRoot,
      },
      realtime: {
        requestsPerMinute: config.limits.realtimeRequestsPerMinute,
        connections: {
          perToken: config.limits.socketsPerToken,
          perPerson: config.limits.socketsPerPerson,
          perAddress: config.limits.socketsPerAddress,
        },
      },
      openConversationsPerCustomer: config.limits.openConversationsPerCustomer,
      tenantQueueLimit: config.limits.tenantQueueLimit,
      onSnapshotError: (tenantId, error) => {
        log.warn({ tenantId, err: error }, 'snapshot failed');
      },
    });
    const registry = server.registry;
    const tenants = registry.tenantIds().length;
    const events = registry.tenantIds().reduce((sum, id) => sum + (registry.actor(id)?.lastSeq ?? 0), 0);
    // From opening the store to a built server: migrations, every tenant's recovery, the HTTP app.
    const startMs = Math.round(performance.now() - startedAt);
    const storage = describeStorage(config.storage);
    log.info({ storage, tenants, events, startMs }, 'recovered');
    if (demo) await seedDemo(server, store, log);
    await server.http.listen({ port: config.port, host: config.host });
    const address = server.http.server.address() as AddressInfo;
    const urls = await serverUrls(server.http, address);
    log.info(
      {
        port: address.port,
        host: config.host,
        url: urls.base,
        docs: urls.docs,
        pages: urls.pages,
        storage,
        ...(cluster === undefined ? {} : { nodeId: cluster.nodeId }),
        tenants: registry.tenantIds().length,
        startMs,
        adminApi: config.adminToken !== null,
        demo: demoSummary(server),
      },
      'ready',
    );
    const running = server;
    return {
      server: running,
      address,
      urls,
      async close() {
        try {
          await running.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    // The server closes the store and the bus with it; those of a server never built are closed here.
    if (server === undefined) await cluster?.bus.close().catch(() => undefined);
    await (server ?? store)?.close().catch(() => undefined);
    release();
    throw error;
  }
}
