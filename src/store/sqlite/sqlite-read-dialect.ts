/**
 * The Kysely dialect the SQLite read models query through: Kysely's own SQLite dialect (its query
 * compiler, adapter and introspector) with a driver of our own for a read-only connection.
 *
 * Why not Kysely's `SqliteDriver`: it serialises every query through one connection with a mutex
 * whose release wakes *every* waiter, each of which re-checks and goes back to sleep. With n
 * queries waiting that is n wake-ups per query, n² in all, every one a microtask: under a burst of
 * reads (issue 14: thousands of timeline catch-ups at once) the event loop ran nothing else for
 * minutes — no `/healthz`, no SIGTERM. better-sqlite3 is synchronous, so a query runs from start to
 * end inside one call and two queries can never interleave on the connection: no lock is needed
 * for single statements. This driver therefore has none, and refuses transactions and streaming
 * (the read models use neither; both would hold the connection across an `await`).
 *
 * Prepared statements are cached by SQL text (the read models issue a few dozen distinct shapes);
 * Kysely's driver prepares every query afresh.
 */
import type { CompiledQuery } from 'kysely';
import { SqliteDialect, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './open-sqlite.js';

/** Distinct statements kept prepared; past it the oldest is dropped (a guard, never reached in practice). */
const MAX_PREPARED = 512;

class ReadConnection implements DatabaseConnection {
  private readonly prepared = new Map<string, Statement>();

  constructor(private readonly db: SqliteDatabase) {}

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const statement = this.statement(compiled.sql);
      if (!statement.reader) throw new Error('the read-model connection only reads');
      return Promise.resolve({ rows: statement.all(...compiled.parameters) as R[] });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  // eslint-disable-next-line require-yield -- refuses before yielding anything
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    await Promise.resolve();
    throw new Error('the read-model connection does not stream');
  }

  private statement(sql: string): Statement {
    let statement = this.prepared.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      if (this.prepared.size >= MAX_PREPARED) {
        const oldest = this.prepared.keys().next().value;
        if (oldest !== undefined) this.prepared.delete(oldest);
      }
      this.prepared.set(sql, statement);
    }
    return statement;
  }
}

class ReadDriver implements Driver {
  private readonly connection: ReadConnection;

  constructor(db: SqliteDatabase) {
    this.connection = new ReadConnection(db);
  }

  init(): Promise<void> {
    return Promise.resolve();
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(this.connection);
  }

  beginTransaction(): Promise<void> {
    return Promise.reject(new Error('the read-model connection has no transactions'));
  }

  commitTransaction(): Promise<void> {
    return Promise.reject(new Error('the read-model connection has no transactions'));
  }

  rollbackTransaction(): Promise<void> {
    return Promise.reject(new Error('the read-model connection has no transactions'));
  }

  releaseConnection(): Promise<void> {
    return Promise.resolve();
  }

  /** The connection belongs to the store, which closes it. */
  destroy(): Promise<void> {
    return Promise.resolve();
  }
}

/** Kysely's SQLite dialect over `db` without the connection mutex (see the file header). */
export class SqliteReadDialect extends SqliteDialect {
  constructor(private readonly db: SqliteDatabase) {
    super({ database: db });
  }

  override createDriver(): Driver {
    return new ReadDriver(this.db);
  }
}
