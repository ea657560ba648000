/**
 * Keeps SQLite's message search index (search-tables.ts, migration 9) up to date in bulk. FTS5 costs
 * much less per message when it indexes many at once: its pending terms are written as one segment
 * per transaction, and segments are merged as they pile up (e.g. ~12 µs per 70-character message in
 * transactions of 50, ~5 µs in transactions of 2,000; e2e profile of issue 16, where the index was
 * the largest cost of the append path). So messages are indexed by rowid after a mark kept in
 * `message_search_progress`, the index and the mark moved in one transaction:
 *
 * - by the group commit, inside its transaction, once `batchRows` messages wait (`afterAppends`);
 * - otherwise at most `delayMs` after a commit left messages waiting, in a transaction of its own;
 * - and always before a search reads the index (`catchUp`), so a search finds every message
 *   stored before it started, as when the index was kept by a trigger.
 *
 * After a crash the mark says what was indexed: the rest is indexed at the first commit, search or
 * timer. The index needs no fsync of its own (it is derived from `messages`, and in the WAL it can
 * never outlive the messages it indexes).
 */
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './open-sqlite.js';

export interface SqliteSearchIndexOptions {
  /** Waiting messages the group commit indexes in its own transaction; default 1,000. */
  readonly batchRows?: number;
  /** Longest a stored message waits to be indexed when no search asks; default 200 ms. */
  readonly delayMs?: number;
}

export class SqliteSearchIndex {
  private indexedUpTo: number;
  private timer: NodeJS.Timeout | null = null;
  private readonly lastRow: Statement<[], number | null>;
  private readonly index: Statement<[number]>;
  private readonly mark: Statement<[number]>;
  private readonly readMark: Statement<[], number>;
  private readonly catchUpNow: () => void;
  private readonly batchRows: number;
  private readonly delayMs: number;

  constructor(
    private readonly db: SqliteDatabase,
    options: SqliteSearchIndexOptions = {},
  ) {
    this.batchRows = options.batchRows ?? 1000;
    this.delayMs = options.delayMs ?? 200;
    this.lastRow = db.prepare<[], number | null>('SELECT MAX(rowid) FROM messages').pluck();
    this.index = db.prepare<[number]>(
      'INSERT INTO message_search (rowid, text) SELECT rowid, text FROM messages WHERE rowid > ?',
    );
    this.mark = db.prepare<[number]>('UPDATE message_search_progress SET indexed_up_to = ? WHERE id = 1');
    this.readMark = db.prepare<[], number>('SELECT indexed_up_to FROM message_search_progress WHERE id = 1').pluck();
    this.indexedUpTo = this.readMark.get() ?? 0;
    const run = db.transaction(() => {
      this.indexWaiting();
    });
    this.catchUpNow = () => {
      run.immediate();
    };
  }

  /** In the group commit's transaction, after its appends: indexes now if enough wait, else soon. */
  afterAppends(): void {
    const last = this.lastRow.get() ?? 0;
    if (last - this.indexedUpTo >= this.batchRows) this.indexWaiting(last);
    else if (last > this.indexedUpTo) this.schedule();
  }

  /** Indexes every stored message not indexed yet (before a search; on close). Not inside a transaction. */
  catchUp(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const last = this.lastRow.get() ?? 0;
    if (last <= this.indexedUpTo) return;
    try {
      this.catchUpNow();
    } catch (error) {
      this.reload();
      throw error;
    }
  }

  /** Forgets what a failed transaction may have marked: the mark is read again from the database. */
  reload(): void {
    this.indexedUpTo = this.readMark.get() ?? 0;
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private indexWaiting(last = this.lastRow.get() ?? 0): void {
    if (last <= this.indexedUpTo) return;
    this.index.run(this.indexedUpTo);
    this.mark.run(last);
    this.indexedUpTo = last;
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        this.catchUp();
      } catch {
        // The next commit or search indexes them (the mark did not move).
      }
    }, this.delayMs);
    this.timer.unref();
  }
}
