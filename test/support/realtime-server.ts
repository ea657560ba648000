/**
 * A real server for realtime tests, listening on an ephemeral port: SQLite on disk in a temporary
 * directory, a simulated clock for the domain's deadlines (moved only by the test), and helpers to
 * sign in over HTTP, connect Socket.IO clients and wait for stored events. `restart()` closes the
 * server and opens a new one on the same data, as `npm start` would after a deploy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '../../src/domain/commands.js';
import type { DomainEvent } from '../../src/domain/events.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import type { TenantHandle } from '../../src/services/tenants.js';
import { createServer, type Server, type ServerOptions } from '../../src/server/create-server.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { hashPassword } from '../../src/transport/auth/passwords.js';
import type { RealtimeOptions } from '../../src/transport/realtime/gateway.js';
import { T0 } from './harness.js';
import { connectClient, type ClientOptions, type TestClient } from './realtime-client.js';

export const PASSWORD = 'correct horse battery staple';
export const TOKEN_SECRET = 'realtime-test-secret-realtime-test-secret';

/** How long a test waits for something before it gives up: a guard against hangs, not a timing. */
export const PATIENCE_MS = 10_000;

export interface TenantSeed {
  /** maxConcurrent of agents a1 and a2 (default 3). */
  readonly maxConcurrent?: number;
}

export interface RealtimeTestServer {
  readonly server: Server;
  readonly clock: SimulatedClock;
  /** `http://127.0.0.1:<port>` of the running server. */
  readonly url: string;
  /** Seeds a tenant: group g; agents a1, a2 (in g), supervisor s1 (manages g), admin ad1. */
  tenant(tenantId: string, seed?: TenantSeed): Promise<void>;
  actor(tenantId: string): TenantHandle;
  run(tenantId: string, command: Command): Promise<void>;
  /** Signs an agent in over HTTP and returns their token. */
  login(tenantId: string, agentId: string): Promise<string>;
  /** A widget customer's token over HTTP (anonymous visitor). */
  widgetToken(tenantId: string, visitorId: string): Promise<string>;
  /** A connected client that has received its `session`. */
  connect(token: string, options?: ClientOptions): Promise<TestClient>;
  /** Resolves with the first stored event of the tenant matching `predicate` from now on. */
  nextEvent(tenantId: string, predicate: (event: DomainEvent) => boolean): Promise<DomainEvent>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** `serverOptions`: options beyond the realtime gateway's (the outbound policy for a hook on loopback). */
export async function startRealtimeServer(
  realtime: Partial<RealtimeOptions> = {},
  serverOptions: Pick<ServerOptions, 'outbound'> = {},
): Promise<RealtimeTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-realtime-'));
  const clock = new SimulatedClock(T0);
  const clients: TestClient[] = [];
  const passwordHash = await hashPassword(PASSWORD);

  async function open(): Promise<{ server: Server; url: string }> {
    const store = await createSqliteStore({ dataDir: dir });
    const server = await createServer({
      store,
      clock,
      scheduler: clock,
      tokenSecret: TOKEN_SECRET,
      http: { rateLimitPerMinute: 100_000 },
      realtime: { updateIntervalMs: 20, ...realtime },
      ...serverOptions,
    });
    await server.http.listen({ port: 0, host: '127.0.0.1' });
    const address = server.http.server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    return { server, url: `http://127.0.0.1:${address.port}` };
  }

  let current = await open();

  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${current.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  const test: RealtimeTestServer = {
    get server() {
      return current.server;
    },
    clock,
    get url() {
      return current.url;
    },
    actor(tenantId) {
      const actor = current.server.registry.actor(tenantId);
      if (actor === undefined) throw new Error(`no tenant ${tenantId}`);
      return actor;
    },
    async run(tenantId, command) {
      const result = await test.actor(tenantId).submit(command);
      if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    },
    async tenant(tenantId, seed = {}) {
      await current.server.registry.start(tenantId);
      const run = (command: Command): Promise<void> => test.run(tenantId, command);
      await run({ type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'General' }) });
      await run({ type: 'ConfigureTenant', settings: { defaultGroupId: 'g' } });
      for (const [id, role] of [
        ['a1', 'agent'],
        ['a2', 'agent'],
        ['s1', 'supervisor'],
        ['ad1', 'admin'],
      ] as const) {
        await run({
          type: 'SaveAgent',
          agent: {
            id,
            name: id.toUpperCase(),
            role,
            level: 1,
            departmentId: null,
            memberships: role === 'agent' ? [{ groupId: 'g', ability: 5, tier: 'primary' }] : [],
            languages: ['zh-CN', 'en-US'],
            maxConcurrent: role === 'agent' ? (seed.maxConcurrent ?? 3) : 3,
            ...(role === 'supervisor' ? { manages: { groupIds: ['g'], departmentIds: [] } } : {}),
          },
        });
        await run({ type: 'SetPassword', agentId: id, passwordHash });
      }
    },
    async login(tenantId, agentId) {
      return (await post<{ token: string }>('/api/v1/auth/login', { tenantId, agentId, password: PASSWORD })).token;
    },
    async widgetToken(tenantId, visitorId) {
      return (await post<{ token: string }>('/api/v1/widget/session', { tenantId, visitorId })).token;
    },
    async connect(token, options) {
      const client = await connectClient(current.url, token, options);
      clients.push(client);
      return client;
    },
    nextEvent(tenantId, predicate) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          stop();
          reject(new Error(`no matching event in ${tenantId}`));
        }, PATIENCE_MS);
        const stop = current.server.registry.subscribe((id, events) => {
          const found = id === tenantId ? events.find(({ event }) => predicate(event)) : undefined;
          if (found === undefined) return;
          clearTimeout(timer);
          stop();
          resolve(found.event);
        });
      });
    },
    async restart() {
      for (const client of clients.splice(0)) client.close();
      await current.server.close();
      current = await open();
    },
    async close() {
      for (const client of clients.splice(0)) client.close();
      await current.server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return test;
}
