/**
 * The SQLite adapter (the default, single-node store): event log, snapshots and read models in one
 * database file, `switchboard.db` in the data directory, created on first start. Durability settings
 * and the reason for them are in open-sqlite.ts; group commit in sqlite-group-commit.ts.
 *
 * better-sqlite3 is synchronous: a statement or a commit holds the thread that runs it. Its fsync
 * does not: the writer runs with `synchronous = NORMAL` and the WAL is fsynced on libuv's thread pool
 * before the commit's appends are settled (sqlite-wal-sync.ts), so an acknowledged command is as
 * durable as with `synchronous = FULL` while the loop goes on serving (issue 16: an fsync took
 * 2.5 ms at the median and ~30 ms at p99 on the shared machine). Group commit keeps it to one fsync
 * per commit however many tenants appended together.
 *
 * Every write goes through one writer (sqlite-writer.ts): appends with their read models,
 * snapshots, the webhook queue, the search index. With `writer: 'thread'` (the server's default,
 * src/store/create-store.ts; SQLITE_WRITER) it runs on a worker thread of its own
 * (sqlite-writer-thread.ts), and the loop only hands it calls and settles answers; with `in-loop`
 * (this factory's default: tests, tools) on the event loop's thread. Measured on the shared 2-core
 * machine (issue 16, docs/performance.md) the thread halves the loop's delay at saturation and, in
 * three interleaved pairs, carried 1–4 % more messages at saturation, the message p99 at 2,000
 * msg/s still well under 50 ms. An in-memory database (`:memory:`) and `fsync: 'in-commit'` always
 * keep the writer on the loop.
 *
 * Reads (timelines, lists, reports, the log at start-up, snapshots) use a read-only connection on
 * the loop's thread. In WAL mode a reader sees every transaction committed before its query started
 * and never waits for the writer (sqlite-read-dialect.ts says why one shared lock was a problem).
 * `:memory:` cannot be shared between connections, so it reads on the writer's.
 */
import { Kysely } from 'kysely';
import { dirname, join } from 'node:path';
import type { StoredEvent } from '../event-store.js';
import type { DurableStore } from '../durable-store.js';
import type { StoredSnapshot } from '../snapshot-store.js';
import { createReadModel } from '../sql/read-model-queries.js';
import { createReportReadModel } from '../sql/report-queries.js';
import { createSearchReadModel } from '../sql/search-queries.js';
import type { ReadModelTables } from '../sql/read-model-tables.js';
import type { SqlValue } from '../sql/sql-statement.js';
import { createWebhookQueue } from '../sql/webhook-queue-sql.js';
import type { DomainEvent } from '../../domain/events.js';
import type { TenantSnapshot } from '../../domain/snapshot.js';
import { openSqliteReader, type SqliteDatabase } from './open-sqlite.js';
import { SqliteReadDialect } from './sqlite-read-dialect.js';
import { ThreadSqliteWriter } from './sqlite-writer-thread.js';
import { LocalSqliteWriter, type SqliteWriter } from './sqlite-writer.js';

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
  /**
   * Where the writer runs: `in-loop` (this factory's default), on the event loop's thread; `thread`
   * (the server's), a worker thread of its own (not for `:memory:` nor with `fsync: 'in-commit'`,
   * which stay on the loop).
   */
  readonly writer?: 'thread' | 'in-loop';
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
  const fsync = options.fsync ?? 'off-loop';
  const writerOptions = { file, fsync, keepSnapshots: options.keepSnapshots ?? 2 };
  const onThread = file !== ':memory:' && fsync === 'off-loop' && options.writer === 'thread';
  let writer: SqliteWriter;
  let reader: SqliteDatabase;
  if (onThread) {
    // The worker creates, migrates and opens the file before it answers.
    writer = await ThreadSqliteWriter.start(writerOptions);
    reader = openSqliteReader(file);
  } else {
    const local = await LocalSqliteWriter.open(writerOptions);
    writer = local;
    reader = file === ':memory:' ? local.db : openSqliteReader(file);
  }
  const kysely = new Kysely<ReadModelTables>({ dialect: new SqliteReadDialect(reader) });
  const readModel = {
    ...createReadModel(kysely),
    ...createReportReadModel(kysely, 'sqlite'),
  };
  const search = createSearchReadModel(kysely, 'sqlite');

  const readEvents = reader
    .prepare<[string, number, number], [number, string]>(
      'SELECT seq, data FROM events WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    )
    .raw();
  const listTenants = reader.prepare<[], { tenant_id: string }>(
    'SELECT tenant_id FROM tenants ORDER BY created_at, tenant_id',
  );
  const latest = reader.prepare<[string], { seq: number; taken_at: number; data: string }>(
    'SELECT seq, taken_at, data FROM snapshots WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1',
  );
  // The webhook queue writes through the writer, between the group commit's transactions.
  const webhooks = createWebhookQueue({
    run: (sql: string, params: readonly SqlValue[]) => writer.run(sql, params),
    rows: (sql: string, params: readonly SqlValue[]) => writer.rows(sql, params),
  });

  let closed = false;
  return {
    ...readModel,
    async searchConversations(...args: Parameters<typeof search.searchConversations>) {
      // Every message stored before the search is in the index it reads (sqlite-search-index.ts).
      await writer.catchUpSearch();
      return search.searchConversations(...args);
    },
    webhooks,
    commits: () => writer.commits,
    attachmentsDir: file === ':memory:' ? null : join(dirname(file), ATTACHMENTS_DIR),
    // One process writes a SQLite file (data-dir lock): a cluster fence, if given, is ignored.
    append: (tenantId: string, expectedSeq: number, events: readonly DomainEvent[]) =>
      writer.append(tenantId, expectedSeq, events),
    read(tenantId: string, afterSeq: number, limit: number): Promise<StoredEvent[]> {
      const rows = readEvents.all(tenantId, afterSeq, limit);
      return Promise.resolve(rows.map(([seq, data]) => ({ tenantId, seq, event: JSON.parse(data) as DomainEvent })));
    },
    lastSeq: (tenantId: string) => writer.lastSeq(tenantId),
    tenants: () => Promise.resolve(listTenants.all().map((row) => row.tenant_id)),
    saveSnapshot(snapshot: StoredSnapshot): Promise<void> {
      const { tenantId, seq, takenAt, data } = snapshot;
      return writer.saveSnapshot({ tenantId, seq, format: data.format, takenAt, data: JSON.stringify(data) });
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
      try {
        await writer.close();
      } finally {
        if (file !== ':memory:') reader.close();
      }
    },
  };
}
