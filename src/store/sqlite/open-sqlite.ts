/**
 * Opens the SQLite database file with the durability settings the store relies on, and brings its
 * schema up to date.
 *
 * Durability choice: `journal_mode = WAL`, and every commit's WAL frames fsynced before a command
 * is acknowledged, so an acknowledged command survives a process crash *and* a power loss or
 * kernel panic (DESIGN.md §2, §9). With `synchronous = FULL` SQLite does that fsync itself, inside
 * the commit, on the calling thread — better-sqlite3 is synchronous, so the event loop waits for
 * the disk (a few ms, tens under load). The store therefore opens with `synchronous = NORMAL` (no
 * fsync at commit; SQLite still fsyncs around checkpoints) and fsyncs the WAL file itself on
 * libuv's thread pool before it settles the commit's appends (sqlite-wal-sync.ts): the same
 * guarantee for what is acknowledged, without blocking the loop. `full` stays available (tools, the
 * benchmark's baseline). Group commit shares one fsync among every append that arrives together.
 *
 * WAL also lets readers run while a write is in progress. `busy_timeout` makes a second process
 * (a backup, a tool) wait for the write lock instead of failing at once. The WAL is checkpointed
 * into the database file every ~40 MB (`wal_autocheckpoint = 10000` pages) rather than SQLite's
 * default ~4 MB: group commits are large, and at the default nearly every commit would also pay for
 * a checkpoint; `journal_size_limit` truncates the WAL back to 64 MB after one.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, type MigrationTarget } from '../sql/migrations.js';
import type { SqlValue } from '../sql/sql-statement.js';

/** A better-sqlite3 connection. */
export type SqliteDatabase = Database.Database;

/**
 * How commits reach the disk: `full`, SQLite fsyncs the WAL inside every commit (on the calling
 * thread); `normal`, it does not, and the caller fsyncs the WAL itself before it counts a commit
 * as durable — the store does, off the event loop (sqlite-wal-sync.ts).
 */
export type SqliteSync = 'full' | 'normal';

/** Opens (creating the file and its directory if needed) and migrates. */
export async function openSqlite(file: string, sync: SqliteSync = 'full'): Promise<SqliteDatabase> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(sync === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    db.pragma('wal_autocheckpoint = 10000');
    db.pragma('journal_size_limit = 67108864');
    await migrate(migrationTarget(db), () => Date.now());
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * A read-only connection to a database `openSqlite` has opened (and migrated): the read models'
 * own, so reads never queue behind the writer (WAL serves both at once).
 */
export function openSqliteReader(file: string): SqliteDatabase {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  return db;
}

/** The durability settings in force, for tests and diagnostics. */
export function durabilitySettings(db: SqliteDatabase): { journalMode: string; synchronous: number } {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
  };
}

function migrationTarget(db: SqliteDatabase): MigrationTarget {
  const params = (values: readonly SqlValue[] | undefined): SqlValue[] => [...(values ?? [])];
  return {
    dialect: 'sqlite',
    async transaction(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        await work({
          run: (sql, values) => {
            db.prepare(sql).run(params(values));
            return Promise.resolve();
          },
          rows: (sql, values) => Promise.resolve(db.prepare(sql).all(params(values)) as Record<string, unknown>[]),
        });
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
  };
}
