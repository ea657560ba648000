/**
 * The SQLite adapter (the default, single-node store): event log, snapshots and read models in one
 * database file, `switchboard.db` in the data directory, created on first start. Durability settings
 * and the reason for them are in open-sqlite.ts; group commit in sqlite-group-commit.ts.
 *
 * better-sqlite3 is synchronous: a commit blocks the event loop while SQLite runs it. Its fsync does
 * not: the writer runs with `synchronous = NORMAL` and the WAL is fsynced on libuv's thread pool
 * before the commit's appends are settled (sqlite-wal-sync.ts), so an acknowledged command is as
 * durable as with `synchronous = FULL` while the loop goes on serving (issue 16: an fsync took
 * 2.5 ms at the median and ~30 ms at p99 on the shared machine). Group commit keeps it to one fsync
 * per turn of the loop however many tenants appended in it.
 *
 * Two connections: the writer (appends, snapshots, the log) and a read-only one for the read models
 * (timelines, lists, reports). In WAL mode a reader sees every transaction committed before its
 * query started and never waits for the writer, and read-model queries no longer queue behind one
 * connection's lock (sqlite-read-dialect.ts says why that lock was the problem). An in-memory
 * database (`:memory:`) cannot be shared between connections, so it reads on the writer's.
 */
import type { Statement } from 'better-sqlite3';
import { Kysely } from 'kysely';
import { dirname, join } from 'node:path';
import type { StoredEvent } from '../event-store.js';
import type { DurableStore } from '../durable-store.js';
import { SnapshotAheadOfLogError, type StoredSnapshot } from '../snapshot-store.js';
import { createReadModel } from '../sql/read-model-queries.js';
import { createReportReadModel } from '../sql/report-queries.js';
import { createSearchReadModel } from '../sql/search-queries.js';
import type { ReadModelTables } from '../sql/read-model-tables.js';
import type { SqlValue } from '../sql/sql-statement.js';
import { createWebhookQueue } from '../sql/webhook-queue-sql.js';
import type { DomainEvent } from '../../domain/events.js';
import type { TenantSnapshot } from '../../domain/snapshot.js';
import { openSqlite, openSqliteReader } from './open-sqlite.js';
import { SqliteReadDialect } from './sqlite-read-dialect.js';
import { SqliteGroupCommit } from './sqlite-group-commit.js';
import { SqliteSearchIndex } from './sqlite-search-index.js';
import { SqliteWalSync } from './sqlite-wal-sync.js';

/** Where the SQLite store keeps its database, and how many snapshots per tenant. */
export interface SqliteStoreOptions {
  /** The database file; default `<dataDir>/switchboard.db`. */
  readonly file?: string;
  /** Directory created if missing; default `./data`. */
  readonly dataDir?: string;
  /** Snapshots kept per tenant (the latest ones); default 2. */
  readonly keepSnapshots?: number;
  /**
   * Where commits are fsynced: `off-loop` (default), on the thread pool before appends are settled;
   * `in-commit`, by SQLite inside the commit, blocking the event loop (the benchmark's comparison).
   */
  readonly fsync?: 'off-loop' | 'in-commit';
}

/** The SQLite store, with its group-commit statistics. */
export interface SqliteStore extends DurableStore {
  /** Transactions committed by appends so far. */
  readonly commits: () => number;
  /** Where attachments are kept: `attachments/` beside the database file; null for `:memory:`. */
  readonly attachmentsDir: string | null;
}

/** The data directory `npm start` uses (and creates) unless told otherwise. */
export const DEFAULT_DATA_DIR = 'data';
/** The attachments' directory inside the data directory (docs/attachments.md). */
export const ATTACHMENTS_DIR = 'attachments';
/** The database file's name inside the data directory. */
export const DATABASE_FILE = 'switchboard.db';

/** Opens (creating and migrating if needed) the SQLite store: event log, snapshots and read models in one file. */
export async function createSqliteStore(options: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const file = options.file ?? join(options.dataDir ?? DEFAULT_DATA_DIR, DATABASE_FILE);
  const offLoop = (options.fsync ?? 'off-loop') === 'off-loop';
  const db = await openSqlite(file, offLoop ? 'normal' : 'full');
  const walSync = offLoop ? new SqliteWalSync(file) : null;
  const searchIndex = new SqliteSearchIndex(db);
  const log = new SqliteGroupCommit(db, () => Date.now(), walSync, searchIndex);
  const reader = file === ':memory:' ? db : openSqliteReader(file);
  const kysely = new Kysely<ReadModelTables>({ dialect: new SqliteReadDialect(reader) });
  const readModel = {
    ...createReadModel(kysely),
    ...createReportReadModel(kysely, 'sqlite'),
  };
  const search = createSearchReadModel(kysely, 'sqlite');
  const keep = options.keepSnapshots ?? 2;

  const readEvents = db
    .prepare<[string, number, number], [number, string]>(
      'SELECT seq, data FROM events WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    )
    .raw();
  const listTenants = db.prepare<[], { tenant_id: string }>(
    'SELECT tenant_id FROM tenants ORDER BY created_at, tenant_id',
  );
  const upsertSnapshot = db.prepare<[string, number, number, number, string]>(
    `INSERT INTO snapshots (tenant_id, seq, format, taken_at, data) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (tenant_id, seq) DO UPDATE SET format = excluded.format, taken_at = excluded.taken_at,
       data = excluded.data`,
  );
  const pruneSnapshots = db.prepare<[string, string, number]>(
    `DELETE FROM snapshots WHERE tenant_id = ? AND seq NOT IN
       (SELECT seq FROM snapshots WHERE tenant_id = ? ORDER BY seq DESC LIMIT ?)`,
  );
  const latest = db.prepare<[string], { seq: number; taken_at: number; data: string }>(
    'SELECT seq, taken_at, data FROM snapshots WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1',
  );
  const saveSnapshot = db.transaction((snapshot: StoredSnapshot, data: string) => {
    const last = log.lastSeq(snapshot.tenantId);
    if (snapshot.seq > last) throw new SnapshotAheadOfLogError(snapshot.tenantId, snapshot.seq, last);
    upsertSnapshot.run(snapshot.tenantId, snapshot.seq, snapshot.data.format, snapshot.takenAt, data);
    pruneSnapshots.run(snapshot.tenantId, snapshot.tenantId, keep);
  });

  // The webhook queue writes on the writer connection, between the group commit's transactions.
  const prepared = new Map<string, Statement<SqlValue[]>>();
  const prepare = (sql: string): Statement<SqlValue[]> => {
    let found = prepared.get(sql);
    if (found === undefined) {
      found = db.prepare<SqlValue[]>(sql);
      prepared.set(sql, found);
    }
    return found;
  };
  const webhooks = createWebhookQueue({
    run: (sql: string, params: readonly SqlValue[]) => Promise.resolve(prepare(sql).run(...params).changes),
    rows: (sql: string, params: readonly SqlValue[]) =>
      Promise.resolve(prepare(sql).all(...params) as Record<string, unknown>[]),
  });

  let closed = false;
  return {
    ...readModel,
    searchConversations(...args: Parameters<typeof search.searchConversations>) {
      // Every message stored before the search is in the index it reads (sqlite-search-index.ts).
      try {
        searchIndex.catchUp();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      return search.searchConversations(...args);
    },
    webhooks,
    commits: () => log.commits,
    attachmentsDir: file === ':memory:' ? null : join(dirname(file), ATTACHMENTS_DIR),
    // One process writes a SQLite file (data-dir lock): a cluster fence, if given, is ignored.
    append: (tenantId: string, expectedSeq: number, events: readonly DomainEvent[]) =>
      log.append(tenantId, expectedSeq, events),
    read(tenantId: string, afterSeq: number, limit: number): Promise<StoredEvent[]> {
      const rows = readEvents.all(tenantId, afterSeq, limit);
      return Promise.resolve(rows.map(([seq, data]) => ({ tenantId, seq, event: JSON.parse(data) as DomainEvent })));
    },
    lastSeq: (tenantId: string) => Promise.resolve(log.lastSeq(tenantId)),
    tenants: () => Promise.resolve(listTenants.all().map((row) => row.tenant_id)),
    saveSnapshot(snapshot: StoredSnapshot): Promise<void> {
      try {
        saveSnapshot.immediate(snapshot, JSON.stringify(snapshot.data));
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    latestSnapshot(tenantId: string): Promise<StoredSnapshot | null> {
      const row = latest.get(tenantId);
      if (row === undefined) return Promise.resolve(null);
      return Promise.resolve({
        tenantId,
        seq: row.seq,
        takenAt: row.taken_at,
        data: JSON.parse(row.data) as TenantSnapshot,
      });
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      log.flush();
      searchIndex.stop();
      // Settle what is being fsynced before the last connection closes (and removes the WAL).
      await walSync?.drain();
      if (reader !== db) reader.close();
      db.close();
    },
  };
}
