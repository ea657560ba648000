/**
 * Everything that writes the SQLite database, behind one asynchronous interface: the group-committed
 * appends (sqlite-group-commit.ts, with the read models, the report rows and the search index they
 * maintain), snapshots, the webhook queue's statements and the search index's catch-up. One
 * connection does all of it, so writes never wait for each other's lock.
 *
 * `LocalSqliteWriter` runs it on the calling thread. The store normally runs it on a worker thread
 * of its own (sqlite-writer-thread.ts, issue 16): SQLite's statements and commits then stop taking
 * the event loop's time — the worker hosts this very class and answers the same calls.
 */
import type { DomainEvent } from '../../domain/events.js';
import type { StoredEvent } from '../event-store.js';
import { SnapshotAheadOfLogError } from '../snapshot-store.js';
import type { SqlValue } from '../sql/sql-statement.js';
import { openSqlite, type SqliteDatabase } from './open-sqlite.js';
import { SqliteGroupCommit } from './sqlite-group-commit.js';
import { SqliteSearchIndex } from './sqlite-search-index.js';
import { SqliteWalSync } from './sqlite-wal-sync.js';

/** A snapshot as the writer stores it: its state already encoded as JSON text. */
export interface SnapshotRow {
  readonly tenantId: string;
  readonly seq: number;
  readonly format: number;
  readonly takenAt: number;
  readonly data: string;
}

/** What the SQLite store asks of its writer (see the file header). */
export interface SqliteWriter {
  /** Appends `events` after `expectedSeq` (group commit); resolves once durable. */
  append(tenantId: string, expectedSeq: number, events: readonly DomainEvent[]): Promise<StoredEvent[]>;
  lastSeq(tenantId: string): Promise<number>;
  /** Stores a snapshot (refused beyond the log's end) and keeps the latest `keepSnapshots`. */
  saveSnapshot(snapshot: SnapshotRow): Promise<void>;
  /** Runs one statement (the webhook queue's); resolves with the rows it changed. */
  run(sql: string, params: readonly SqlValue[]): Promise<number>;
  /** Runs one query on the writer's connection (the webhook queue's claims read what it wrote). */
  rows(sql: string, params: readonly SqlValue[]): Promise<Record<string, unknown>[]>;
  /** Indexes every stored message not yet in the search index (before a search reads it). */
  catchUpSearch(): Promise<void>;
  /** Transactions committed by appends so far. */
  readonly commits: number;
  /** Commits what is pending, waits for its fsync and closes the connection. */
  close(): Promise<void>;
}

export interface SqliteWriterOptions {
  readonly file: string;
  /** Where commits are fsynced (create-sqlite-store.ts). */
  readonly fsync: 'off-loop' | 'in-commit';
  /** Snapshots kept per tenant (the latest ones). */
  readonly keepSnapshots: number;
}

/** The writer on the calling thread (see the file header). */
export class LocalSqliteWriter implements SqliteWriter {
  private readonly log: SqliteGroupCommit;
  private readonly searchIndex: SqliteSearchIndex;
  private readonly walSync: SqliteWalSync | null;
  private readonly storeSnapshot: (snapshot: SnapshotRow) => void;
  private closed = false;

  private constructor(
    /** The connection, for a store that reads on it too (an in-memory database has only this one). */
    readonly db: SqliteDatabase,
    options: SqliteWriterOptions,
  ) {
    this.walSync = options.fsync === 'off-loop' ? new SqliteWalSync(options.file) : null;
    this.searchIndex = new SqliteSearchIndex(db);
    this.log = new SqliteGroupCommit(db, () => Date.now(), this.walSync, this.searchIndex);
    const upsert = db.prepare<[string, number, number, number, string]>(
      `INSERT INTO snapshots (tenant_id, seq, format, taken_at, data) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, seq) DO UPDATE SET format = excluded.format, taken_at = excluded.taken_at,
         data = excluded.data`,
    );
    const prune = db.prepare<[string, string, number]>(
      `DELETE FROM snapshots WHERE tenant_id = ? AND seq NOT IN
         (SELECT seq FROM snapshots WHERE tenant_id = ? ORDER BY seq DESC LIMIT ?)`,
    );
    const save = db.transaction((snapshot: SnapshotRow) => {
      const last = this.log.lastSeq(snapshot.tenantId);
      if (snapshot.seq > last) throw new SnapshotAheadOfLogError(snapshot.tenantId, snapshot.seq, last);
      upsert.run(snapshot.tenantId, snapshot.seq, snapshot.format, snapshot.takenAt, snapshot.data);
      prune.run(snapshot.tenantId, snapshot.tenantId, options.keepSnapshots);
    });
    this.storeSnapshot = (snapshot) => {
      save.immediate(snapshot);
    };
  }

  /** Opens (creating and migrating if needed) the database and its writer. */
  static async open(options: SqliteWriterOptions): Promise<LocalSqliteWriter> {
    const db = await openSqlite(options.file, options.fsync === 'off-loop' ? 'normal' : 'full');
    return new LocalSqliteWriter(db, options);
  }

  get commits(): number {
    return this.log.commits;
  }

  append(tenantId: string, expectedSeq: number, events: readonly DomainEvent[]): Promise<StoredEvent[]> {
    return this.log.append(tenantId, expectedSeq, events);
  }

  lastSeq(tenantId: string): Promise<number> {
    return attempt(() => this.log.lastSeq(tenantId));
  }

  saveSnapshot(snapshot: SnapshotRow): Promise<void> {
    return attempt(() => {
      this.storeSnapshot(snapshot);
    });
  }

  run(sql: string, params: readonly SqlValue[]): Promise<number> {
    return attempt(() => this.log.prepared(sql).run(...params).changes);
  }

  rows(sql: string, params: readonly SqlValue[]): Promise<Record<string, unknown>[]> {
    return attempt(() => this.log.prepared(sql).all(...params) as Record<string, unknown>[]);
  }

  catchUpSearch(): Promise<void> {
    return attempt(() => {
      this.searchIndex.catchUp();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.log.flush();
    this.searchIndex.stop();
    // Settle what is being fsynced before the connection closes (and removes the WAL).
    await this.walSync?.drain();
    this.db.close();
  }
}

/** `work`'s result, or its error as a rejection (the writer's calls never throw synchronously). */
function attempt<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
