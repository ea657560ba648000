/**
 * The store factory (src/store/create-store.ts): SQLite in a data directory, created on first start
 * as `npm start` needs, or PostgreSQL in a schema of its own.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/create-store.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';

describe('createStore', () => {
  it('creates the SQLite data directory and database on first start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-start-'));
    try {
      const dataDir = join(dir, 'data');
      const store = await createStore({ kind: 'sqlite', dataDir });
      expect(existsSync(join(dataDir, 'switchboard.db'))).toBe(true);
      expect(await store.tenants()).toEqual([]);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens PostgreSQL in the configured schema, creating it', async () => {
    await ensureTestDatabase();
    const schema = uniqueSchema('factory');
    try {
      const store = await createStore({ kind: 'postgres', connectionString: testDatabaseUrl, schema });
      await store.append('t', 0, [{ type: 'TimerDropped', at: 1, key: 'k' }]);
      expect(await store.tenants()).toEqual(['t']);
      await store.close();
      const rows = await onTestDatabase<{ n: number }>('SELECT count(*)::int AS n FROM events', [], schema);
      expect(rows[0]?.n).toBe(1);
    } finally {
      await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  });
});
