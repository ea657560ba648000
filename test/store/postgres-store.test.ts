/**
 * The store contract (event log, snapshots, read models) against the real PostgreSQL on
 * 127.0.0.1:5432, each suite in a schema of its own in the `switchboard_test` database (dropped at
 * the end).
 */
import { describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { T0 } from '../support/harness.js';
import { storeContract } from './event-store.contract.js';
import { readModelContract } from './read-model.contract.js';
import type { StoreUnderTest } from './store-under-test.js';

/** A fresh schema, dropped by `destroy`. */
async function postgresUnderTest(): Promise<StoreUnderTest> {
  await ensureTestDatabase();
  const schema = uniqueSchema('contract');
  return {
    open: () => createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 4 }),
    async insertRaw(tenantId: string, seq: number) {
      await onTestDatabase(
        'INSERT INTO events (tenant_id, seq, type, at, data) VALUES ($1, $2, $3, $4, $5)',
        [tenantId, seq, 'TimerDropped', T0, JSON.stringify({ type: 'TimerDropped', at: T0, key: 'raw' })],
        schema,
      );
    },
    async schemaVersions() {
      const rows = await onTestDatabase<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
        [],
        schema,
      );
      return rows.map((row) => row.version);
    },
    async destroy() {
      await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

storeContract('PostgreSQL', postgresUnderTest);
readModelContract('PostgreSQL', postgresUnderTest);

describe('PostgreSQL store: nodes starting together', () => {
  it('opens on a schema that does not exist yet from several processes at once', async () => {
    await ensureTestDatabase();
    const schema = uniqueSchema('together');
    try {
      const stores = await Promise.all(
        [1, 2, 3, 4].map(() => createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 2 })),
      );
      expect(await Promise.all(stores.map((store) => store.tenants()))).toEqual([[], [], [], []]);
      await Promise.all(stores.map((store) => store.close()));
    } finally {
      await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  });
});
