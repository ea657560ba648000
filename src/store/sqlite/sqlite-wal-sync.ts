/**
 * The fsync of the SQLite write-ahead log, off the event loop (issue 16). The store's connection
 * runs with `synchronous = NORMAL` (open-sqlite.ts), so a commit returns once its WAL frames are
 * written to the OS; this makes them durable by fsyncing the WAL file on libuv's thread pool, and
 * the group commit settles the commit's appends only when it has. An fsync covers everything
 * written to the file before it started, so each commit's own fsync (started after it returned)
 * covers it and every commit before it.
 *
 * The WAL file is opened for each fsync rather than kept open: SQLite may truncate it
 * (`journal_size_limit`) and deletes it when the last connection closes; a fresh descriptor always
 * names the current file. An in-memory database has nothing to sync.
 *
 * A failed fsync means the kernel may have dropped the written pages: nothing written since can be
 * trusted to be on disk, and SQLite's view of the database may be ahead of the disk. The store
 * then refuses every later append (`failure`), so the process is restarted and recovers from what
 * the disk really holds — as PostgreSQL does (it panics).
 */
import { open } from 'node:fs/promises';

/** Fsyncs a database's WAL file off the event loop. */
export class SqliteWalSync {
  private readonly inFlight = new Set<Promise<void>>();
  /** The first fsync error; once set, the store refuses appends. */
  failure: Error | null = null;

  /** `file` is the database file (`:memory:` for none). */
  constructor(private readonly file: string) {}

  /** Resolves when everything committed before the call is on disk. */
  sync(): Promise<void> {
    if (this.file === ':memory:') return Promise.resolve();
    const done = this.fsyncWal().catch((error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      this.failure ??= failure;
      throw failure;
    });
    const tracked = done.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(tracked);
    void tracked.then(() => this.inFlight.delete(tracked));
    return done;
  }

  /** Resolves when every fsync started so far has ended (before the database is closed). */
  async drain(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private async fsyncWal(): Promise<void> {
    const handle = await open(`${this.file}-wal`, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
