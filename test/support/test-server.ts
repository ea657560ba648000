/**
 * A real server for transport tests: SQLite on disk in a temporary directory, a simulated clock
 * (deadlines move only when a test moves them), the HTTP app driven through `inject`. `tenant()`
 * seeds a tenant with a skill group, agents of each role with passwords, and an API key.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../src/domain/agent.js';
import type { Command } from '../../src/domain/commands.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { createServer, type Server, type ServerOptions } from '../../src/server/create-server.js';
import type { DurableStore } from '../../src/store/durable-store.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { newApiKey } from '../../src/transport/auth/api-keys.js';
import { hashPassword } from '../../src/transport/auth/passwords.js';
import type { HttpOptions } from '../../src/transport/http/app.js';
import { T0 } from './harness.js';

export const PASSWORD = 'correct horse battery staple';
/** The secret test servers sign tokens (and attachment links) with. */
export const TEST_TOKEN_SECRET = 'test-secret-test-secret-test-secret!';
/** The server operator's token: creates tenants over HTTP. */
export const ADMIN_TOKEN = 'test-admin-token-test-admin-token-0123456789';

export interface TestServer {
  readonly server: Server;
  readonly clock: SimulatedClock;
  /** Seeds tenant `tenantId` and returns tokens for its people and its API key. */
  tenant(tenantId: string): Promise<SeededTenant>;
  close(): Promise<void>;
}

export interface SeededTenant {
  readonly tenantId: string;
  /** Bearer tokens by agent id: agent a1, a2 (group g), supervisor s1 (manages g), admin ad1. */
  readonly tokens: Readonly<Record<'a1' | 'a2' | 's1' | 'ad1', string>>;
  readonly apiKey: string;
  run(command: Command): Promise<void>;
}

const people: readonly { id: 'a1' | 'a2' | 's1' | 'ad1'; role: Role }[] = [
  { id: 'a1', role: 'agent' },
  { id: 'a2', role: 'agent' },
  { id: 's1', role: 'supervisor' },
  { id: 'ad1', role: 'admin' },
];

export interface TestServerOptions {
  /** HTTP options, e.g. a higher rate limit for tests that send thousands of requests. */
  readonly http?: Partial<HttpOptions>;
  /** Another store than SQLite in a temporary directory (e.g. PostgreSQL); the server closes it. */
  readonly store?: () => Promise<DurableStore>;
  /** Server options beyond HTTP: the metrics token and labels, the sign-in back-off. */
  readonly server?: Pick<
    ServerOptions,
    'metricsToken' | 'metricsTenantLabels' | 'loginThrottle' | 'cluster' | 'attachments'
  >;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-http-'));
  const clock = new SimulatedClock(T0);
  const store = options.store === undefined ? await createSqliteStore({ dataDir: dir }) : await options.store();
  const server = await createServer({
    store,
    clock,
    scheduler: clock,
    tokenSecret: TEST_TOKEN_SECRET,
    adminToken: ADMIN_TOKEN,
    ...(options.http === undefined ? {} : { http: options.http }),
    ...options.server,
  });
  const passwordHash = await hashPassword(PASSWORD);
  return {
    server,
    clock,
    async tenant(tenantId) {
      const actor = await server.registry.start(tenantId);
      const run = async (command: Command): Promise<void> => {
        const result = await actor.submit(command);
        if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
      };
      await run({ type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'General' }) });
      await run({ type: 'ConfigureTenant', settings: { defaultGroupId: 'g' } });
      const tokens: Record<string, string> = {};
      for (const person of people) {
        await run({
          type: 'SaveAgent',
          agent: {
            id: person.id,
            name: person.id.toUpperCase(),
            role: person.role,
            level: 1,
            departmentId: null,
            memberships: person.role === 'agent' ? [{ groupId: 'g', ability: 5, tier: 'primary' }] : [],
            languages: ['zh-CN', 'en-US'],
            maxConcurrent: 3,
            ...(person.role === 'supervisor' ? { manages: { groupIds: ['g'], departmentIds: [] } } : {}),
          },
        });
        await run({ type: 'SetPassword', agentId: person.id, passwordHash });
        tokens[person.id] = await server.tokens.issue({
          kind: 'agent',
          tenantId,
          agentId: person.id,
          role: person.role,
        });
      }
      const { key, hash } = newApiKey(tenantId, 'k1');
      await run({ type: 'IssueApiKey', keyId: 'k1', name: 'test', hash });
      return { tenantId, tokens: tokens as SeededTenant['tokens'], apiKey: key, run };
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
