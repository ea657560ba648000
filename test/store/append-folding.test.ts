/**
 * In the append that opens a conversation, the events that only move its row are folded into the
 * opening's insert (src/store/sql/projector.ts, issue 16). How the log is cut into appends must not
 * change a single read-model row: the scripted report history (openings with their assignment,
 * agent replies, closings, ratings, transfers in between) is appended as scripted, one event per
 * append, and all at once, on SQLite; every read-model table must come out the same, and the
 * conversations must be in their final state.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/domain/events.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { scriptedHistory } from '../reports/scripted-history.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-append-folding-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const TABLES = ['conversations', 'conversation_labels', 'messages', 'agents', 'customers', 'transfers', 'audit_log'];

/** Appends `appends` to a fresh database and returns every read-model table's rows, sorted. */
async function readModelRows(
  name: string,
  appends: readonly (readonly DomainEvent[])[],
): Promise<Record<string, string[]>> {
  const file = join(dir, `${name}.db`);
  const store = await createSqliteStore({ file });
  let seq = 0;
  for (const events of appends) {
    await store.append('t1', seq, events);
    seq += events.length;
  }
  await store.close();
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      TABLES.map((table) => [
        table,
        (db.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][]).map((row) => JSON.stringify(row)).sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

describe('conversation rows folded into their opening', () => {
  it('give the same read-model rows however the log is cut into appends', async () => {
    const scripted = await readModelRows('scripted', scriptedHistory());
    const single = await readModelRows(
      'single',
      scriptedHistory()
        .flat()
        .map((event) => [event]),
    );
    const whole = await readModelRows('whole', [scriptedHistory().flat()]);
    expect(scripted.conversations?.length).toBeGreaterThan(1);
    expect(scripted.messages?.length).toBeGreaterThan(0);
    expect(scripted.transfers?.length).toBeGreaterThan(0);
    expect(single).toEqual(scripted);
    expect(whole).toEqual(scripted);
  });

  it('leave a conversation opened, answered, closed and rated in one append in its final state', async () => {
    const events = scriptedHistory().flat();
    const file = join(dir, 'final.db');
    const store = await createSqliteStore({ file });
    await store.append('t1', 0, events);
    await store.close();
    const db = new Database(file, { readonly: true });
    try {
      const row = db
        .prepare(
          `SELECT status, owner_id, assigned_at, first_response_at, closed_at, closed_seq, rating, updated_seq
           FROM conversations WHERE conversation_id = 'c1'`,
        )
        .get() as Record<string, unknown>;
      const seqOf = (match: (event: DomainEvent) => boolean): number => events.findIndex(match) + 1;
      const mine = (event: DomainEvent): boolean => 'conversationId' in event && event.conversationId === 'c1';
      const closedSeq = seqOf((event) => mine(event) && event.type === 'ConversationClosed');
      const ratedSeq = seqOf((event) => mine(event) && event.type === 'ConversationRated');
      expect(row).toMatchObject({ status: 'closed', owner_id: 'a1', closed_seq: closedSeq, rating: 5 });
      expect(row.first_response_at).not.toBeNull();
      expect(row.updated_seq).toBe(ratedSeq);
    } finally {
      db.close();
    }
  });
});
