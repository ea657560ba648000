/**
 * `switchboard cluster status` against the real PostgreSQL: the rows are written by the real lease
 * store (heartbeats, acquisitions, a release) in a schema of this file's own, and the command reads
 * them back as tables and as JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/run-cli.js';
import { ensureClusterSchema } from '../../src/cluster/cluster-schema.js';
import { createLeaseStore } from '../../src/cluster/lease-store.js';
import { createPostgresStore, type PostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { T0 } from '../support/harness.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';

const schema = uniqueSchema('cluster_status');
let store: PostgresStore;

async function cli(argv: readonly string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    env,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readSecret: () => Promise.resolve(''),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

beforeAll(async () => {
  await ensureTestDatabase();
  store = await createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 2 });
});

afterAll(async () => {
  await store.close();
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

describe('switchboard cluster status', () => {
  const env = () => ({ DATABASE_URL: testDatabaseUrl, DATABASE_SCHEMA: schema });

  it('says so when no node ever started in cluster mode on the database', async () => {
    const result = await cli(['cluster', 'status'], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no cluster tables in this database/);
  });

  it('lists live and expired nodes and who owns each tenant, with epoch and expiry', async () => {
    await ensureClusterSchema(store.pool);
    for (const tenantId of ['acme', 'beta', 'gamma', 'delta']) {
      await store.append(tenantId, 0, [{ type: 'TimerDropped', at: T0, key: 'created' }]);
    }
    const leases = createLeaseStore(store.pool);
    await leases.heartbeat('node-a', 60_000);
    await leases.heartbeat('node-b', 1);
    expect(await leases.acquire('acme', 'node-a', 60_000)).toBe(1);
    expect(await leases.acquire('beta', 'node-b', 1)).toBe(1);
    const gamma = await leases.acquire('gamma', 'node-a', 60_000);
    await leases.release('gamma', 'node-a', gamma!);
    expect(await leases.acquire('gamma', 'node-a', 60_000)).toBe(2);
    await leases.release('gamma', 'node-a', 2);
    // node-b's heartbeat and lease last 1 ms: wait for the database to see them expired.
    await expect.poll(async () => (await leases.liveNodes()).join()).toBe('node-a');

    const json = await cli(['cluster', 'status', '--json'], env());
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const status = JSON.parse(json.stdout) as {
      nodes: { nodeId: string; live: boolean; expiresInMs: number; owns: string[] }[];
      tenants: { tenantId: string; nodeId: string | null; epoch: number; lease: string; expiresInMs: number }[];
    };
    expect(status.nodes.map(({ nodeId, live, owns }) => ({ nodeId, live, owns }))).toEqual([
      { nodeId: 'node-a', live: true, owns: ['acme'] },
      { nodeId: 'node-b', live: false, owns: [] },
    ]);
    expect(status.nodes[0]!.expiresInMs).toBeGreaterThan(0);
    expect(status.nodes[0]!.expiresInMs).toBeLessThanOrEqual(60_000);
    expect(status.tenants.map(({ tenantId, nodeId, epoch, lease }) => ({ tenantId, nodeId, epoch, lease }))).toEqual([
      { tenantId: 'acme', nodeId: 'node-a', epoch: 1, lease: 'owned' },
      { tenantId: 'beta', nodeId: 'node-b', epoch: 1, lease: 'expired' },
      { tenantId: 'delta', nodeId: null, epoch: 0, lease: 'unleased' },
      { tenantId: 'gamma', nodeId: null, epoch: 2, lease: 'released' },
    ]);

    const text = await cli(['cluster', 'status', '--database-url', testDatabaseUrl, '--database-schema', schema]);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('Nodes: 1 live, 1 expired');
    expect(lines[1]).toMatch(/^node\s+state\s+expires in\s+started\s+tenants owned$/);
    expect(lines[2]).toMatch(/^node-a\s+live\s+\d+\.\d s\s+\d{4}-\d\d-\d\dT\S+\s+1$/);
    expect(lines[3]).toMatch(/^node-b\s+expired\s+—\s+\S+\s+0$/);
    expect(text.stdout).toContain('Tenants: 1 of 4 owned');
    expect(text.stdout).toMatch(/\nacme\s+node-a\s+1\s+expires in \d+\.\d s\n/);
    expect(text.stdout).toMatch(/\nbeta\s+node-b\s+1\s+expired\n/);
    expect(text.stdout).toMatch(/\ngamma\s+—\s+2\s+released\n/);
  });

  it('needs a PostgreSQL URL, and refuses a bad schema name', async () => {
    const none = await cli(['cluster', 'status']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/needs DATABASE_URL or --database-url/);
    const schemaName = await cli(['cluster', 'status', '--database-schema', 'Bad;drop'], {
      DATABASE_URL: testDatabaseUrl,
    });
    expect(schemaName.code).toBe(2);
    expect(schemaName.stderr).toMatch(/lower-case SQL identifier/);
    const bare = await cli(['cluster']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/unknown command "cluster" \(try: cluster status\)/);
  });
});
