/**
 * The store contract (event log, snapshots, read models) against SQLite on disk, in a temporary
 * directory, plus what only SQLite has: its durability settings (the WAL fsynced off the event loop
 * before an append is acknowledged), group commit across tenants in one transaction, and the writer
 * on its own thread (errors crossing back as the classes callers test for).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/domain/events.js';
import { durabilitySettings, openSqlite } from '../../src/store/sqlite/open-sqlite.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { SequenceConflictError } from '../../src/store/event-store.js';
import { Harness, T0 } from '../support/harness.js';
import { storeContract } from './event-store.contract.js';
import { readModelContract } from './read-model.contract.js';
import type { StoreUnderTest } from './store-under-test.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'switchboard-sqlite-'));
}

/** A fresh database file in a temporary directory, removed by `destroy`; its writer where `writer` says. */
function sqliteUnderTest(writer: 'thread' | 'in-loop' = 'in-loop'): Promise<StoreUnderTest> {
  const dir = tempDir();
  const file = join(dir, 'switchboard.db');
  const raw = (): Database.Database => new Database(file);
  return Promise.resolve({
    open: () => createSqliteStore({ file, writer }),
    insertRaw(tenantId: string, seq: number) {
      const db = raw();
      try {
        db.prepare('INSERT INTO events (tenant_id, seq, type, at, data) VALUES (?, ?, ?, ?, ?)').run(
          tenantId,
          seq,
          'TimerDropped',
          T0,
          JSON.stringify({ type: 'TimerDropped', at: T0, key: 'raw' }),
        );
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        db.close();
      }
    },
    schemaVersions() {
      const db = raw();
      try {
        const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as {
          version: number;
        }[];
        return Promise.resolve(rows.map((row) => row.version));
      } finally {
        db.close();
      }
    },
    destroy() {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  });
}

storeContract('SQLite', () => sqliteUnderTest());
readModelContract('SQLite', () => sqliteUnderTest());
// The same contract with the writer on a thread of its own (SQLITE_WRITER=thread).
storeContract('SQLite, writer on its own thread', () => sqliteUnderTest('thread'));

describe('SQLite store', () => {
  it('runs in WAL mode with synchronous = FULL (a committed append survives power loss)', async () => {
    const dir = tempDir();
    try {
      const db = await openSqlite(join(dir, 'nested', 'switchboard.db'));
      expect(durabilitySettings(db)).toEqual({ journalMode: 'wal', synchronous: 2 });
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets SQLite skip the fsync at commit only where the store fsyncs the WAL itself', async () => {
    const dir = tempDir();
    try {
      const db = await openSqlite(join(dir, 'switchboard.db'), 'normal');
      expect(durabilitySettings(db)).toEqual({ journalMode: 'wal', synchronous: 1 });
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses every append once an fsync of its WAL has failed, acknowledging nothing it could not sync', async () => {
    const dir = tempDir();
    const file = join(dir, 'switchboard.db');
    const event: DomainEvent = { type: 'TimerDropped', at: T0, key: 'k' };
    try {
      const store = await createSqliteStore({ file });
      await store.append('t1', 0, [event]);
      // The WAL's name no longer leads to the file SQLite writes: the store's fsync cannot reach it.
      unlinkSync(`${file}-wal`);
      await expect(store.append('t1', 1, [event])).rejects.toThrow(/ENOENT/);
      await expect(store.append('t1', 2, [event])).rejects.toThrow(/ENOENT/);
      await expect(store.append('t2', 0, [event])).rejects.toThrow(/ENOENT/);
      await store.close().catch(() => undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('creates its data directory and commits appends of many tenants in one transaction', async () => {
    const dir = tempDir();
    try {
      const store = await createSqliteStore({ dataDir: join(dir, 'data') });
      const tick: DomainEvent = { type: 'TimerDropped', at: T0, key: 'k' };
      const tenants = Array.from({ length: 20 }, (_, index) => `t${index}`);
      const before = store.commits();
      await Promise.all(tenants.map((tenant) => store.append(tenant, 0, [tick, tick])));
      expect(store.commits() - before).toBe(1);
      for (const tenant of tenants) expect(await store.lastSeq(tenant)).toBe(2);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a conflicting append alone, before it writes anything, inside a shared commit', async () => {
    const dir = tempDir();
    try {
      const store = await createSqliteStore({ file: join(dir, 'switchboard.db') });
      const h = new Harness().group('g');
      h.agent('a', { groups: ['g'] });
      const setup = h.log.length;
      await store.append('t1', 0, h.log);
      const opened = h.open('c1');
      const before = store.commits();
      // One turn of the loop, one transaction: t1's append, a stale one for t1 (with its own
      // conversation), and t2's.
      const results = await Promise.allSettled([
        store.append('t1', setup, opened),
        store.append('t1', setup, new Harness().group('g').open('stale')),
        store.append('t2', 0, [{ type: 'TimerDropped', at: T0, key: 'k' }]),
      ]);
      expect(store.commits() - before).toBe(1);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(SequenceConflictError);
      expect(await store.lastSeq('t1')).toBe(setup + opened.length);
      expect(await store.conversation('t1', 'c1')).not.toBeNull();
      expect(await store.conversation('t1', 'stale')).toBeNull();
      expect(await store.lastSeq('t2')).toBe(1);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('settles every append made before close, and refuses calls after it (writer on its own thread)', async () => {
    const dir = tempDir();
    const file = join(dir, 'switchboard.db');
    const tick: DomainEvent = { type: 'TimerDropped', at: T0, key: 'k' };
    try {
      const store = await createSqliteStore({ file, writer: 'thread' });
      const appended = [store.append('t1', 0, [tick]), store.append('t2', 0, [tick, tick])];
      await store.close();
      expect((await Promise.all(appended)).map((stored) => stored.map((event) => event.seq))).toEqual([[1], [1, 2]]);
      await expect(store.append('t1', 1, [tick])).rejects.toThrow(/closed/);
      const reopened = await createSqliteStore({ file });
      expect([await reopened.lastSeq('t1'), await reopened.lastSeq('t2')]).toEqual([1, 2]);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
