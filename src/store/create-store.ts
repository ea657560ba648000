/**
 * Builds the configured durable store (STYLE.md 5: adapters are built by factories and injected).
 * SQLite in a data directory is the default — nothing to set up; PostgreSQL when a connection string
 * is given (cluster mode).
 */
import type { DurableStore } from './durable-store.js';
import { createPostgresStore } from './postgres/create-postgres-store.js';
import { createSqliteStore, DEFAULT_DATA_DIR } from './sqlite/create-sqlite-store.js';

export type StoreConfig =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema?: string };

/**
 * Reads the store configuration from the environment: `DATABASE_URL` (with optional
 * `DATABASE_SCHEMA`) selects PostgreSQL; otherwise SQLite in `SWITCHBOARD_DATA_DIR` (default `./data`).
 */
export function storeConfigFromEnv(env: Readonly<Record<string, string | undefined>>): StoreConfig {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    const schema = env.DATABASE_SCHEMA;
    return schema === undefined || schema === ''
      ? { kind: 'postgres', connectionString: url }
      : { kind: 'postgres', connectionString: url, schema };
  }
  return { kind: 'sqlite', dataDir: env.SWITCHBOARD_DATA_DIR ?? DEFAULT_DATA_DIR };
}

/** Opens the store (creating the data directory or schema) and brings its schema up to date. */
export function createStore(config: StoreConfig): Promise<DurableStore> {
  return config.kind === 'sqlite'
    ? createSqliteStore({ dataDir: config.dataDir })
    : createPostgresStore({ connectionString: config.connectionString, schema: config.schema });
}
