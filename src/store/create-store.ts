/**
 * Builds the configured durable store (STYLE.md 5: adapters are built by factories and injected).
 * SQLite in a data directory is the default — nothing to set up; PostgreSQL when a connection string
 * is given (cluster mode). The server's configuration (src/server/config.ts) says which.
 */
import type { DurableStore } from './durable-store.js';
import { createPostgresStore } from './postgres/create-postgres-store.js';
import { createSqliteStore } from './sqlite/create-sqlite-store.js';

/** Which store, and where. */
export type StoreConfig =
  | {
      readonly kind: 'sqlite';
      readonly dataDir: string;
      /**
       * Where the writer runs (create-sqlite-store.ts): a thread of its own (the server's default)
       * or the event loop's thread (`loop`).
       */
      readonly writer?: 'thread' | 'loop';
    }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema?: string };

/** What the server is told about the store's connections. */
export interface StoreEvents {
  /** A pooled PostgreSQL connection broke (logged; the pool opens another). */
  readonly onConnectionError?: (error: Error) => void;
}

/** Opens the store (creating the data directory or schema) and brings its schema up to date. */
export function createStore(config: StoreConfig, events: StoreEvents = {}): Promise<DurableStore> {
  return config.kind === 'sqlite'
    ? createSqliteStore({ dataDir: config.dataDir, writer: config.writer === 'loop' ? 'in-loop' : 'thread' })
    : createPostgresStore({ connectionString: config.connectionString, schema: config.schema, ...events });
}
