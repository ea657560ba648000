/**
 * DDL of the message search index (migration "desk-search", issue 17; docs/search.md).
 *
 * SQLite: an FTS5 table with the `trigram` tokenizer, which indexes every run of three characters
 * whatever the script, so Chinese (no spaces between words) is found as well as English. It is
 * contentless (the text stays in `messages` only) and keyed by the message row's rowid: a match is
 * joined to its message (tenant, conversation) by that rowid. The migration fills it from the
 * messages already stored; since migration 9 (`searchIndexInBulk`) new messages are indexed in bulk
 * by the SQLite adapter (sqlite-search-index.ts), before any search reads the index. Messages are never deleted, and VACUUM keeps the rowids of the
 * `messages` table (checked on SQLite 3.53), so the keys stay valid. (Storing the tenant and
 * conversation ids in the FTS table instead, `contentless_unindexed`, cost ~20% more per message.)
 *
 * PostgreSQL: a GIN index on `messages.text` with pg_trgm's `gin_trgm_ops`, which serves
 * `ILIKE '%term%'` for terms of three characters or more (pg_trgm treats CJK characters as word
 * characters under a UTF-8 locale such as C.UTF-8). The extension is created in `public` (so that
 * dropping one tenant schema never drops it for the others) when it is available and the role may;
 * otherwise there is no index and search checks terms with ILIKE on a bounded window of
 * conversations. Building the index covers the rows already stored.
 */
import type { Dialect } from './sql-statement.js';

/** The name of the PostgreSQL trigram index (search-queries.ts asks whether it exists). */
export const MESSAGES_TRIGRAM_INDEX = 'messages_text_trgm';

const sqlite = (): readonly string[] => [
  `CREATE VIRTUAL TABLE message_search USING fts5(text, content = '', tokenize = 'trigram')`,
  `CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_search (rowid, text) VALUES (new.rowid, new.text);
  END`,
  // A contentless table forgets the text: removing a row's terms takes the text it was indexed with.
  `CREATE TRIGGER message_search_update AFTER UPDATE OF text ON messages BEGIN
    INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO message_search (rowid, text) VALUES (new.rowid, new.text);
  END`,
  'INSERT INTO message_search (rowid, text) SELECT rowid, text FROM messages',
];

/**
 * Migration 9 (SQLite): new messages are no longer indexed by a trigger, row by row inside the
 * statement that writes each (which cost twice the same work done in bulk; e2e profile, issue 16),
 * but in bulk by the adapter (sqlite-search-index.ts): every message whose rowid is above
 * `message_search_progress.indexed_up_to`, in one `INSERT … SELECT`, in the transaction that moves the
 * mark. New rows take rowids above every existing one. A text rewritten in place (the projection's
 * upsert) is re-indexed by the update trigger only if it was indexed already; one not indexed yet
 * is indexed later with its new text.
 */
export const searchIndexInBulk = (dialect: Dialect): readonly string[] =>
  dialect === 'postgres'
    ? []
    : [
        'DROP TRIGGER IF EXISTS message_search_insert',
        'DROP TRIGGER IF EXISTS message_search_update',
        `CREATE TABLE IF NOT EXISTS message_search_progress (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          indexed_up_to INTEGER NOT NULL
        )`,
        // Every message stored so far is indexed (by the trigger, or migration 5's fill).
        `INSERT INTO message_search_progress (id, indexed_up_to)
          VALUES (1, (SELECT COALESCE(MAX(rowid), 0) FROM messages))
          ON CONFLICT (id) DO UPDATE SET indexed_up_to = excluded.indexed_up_to`,
        `CREATE TRIGGER message_search_update AFTER UPDATE OF text ON messages
          WHEN old.rowid <= (SELECT indexed_up_to FROM message_search_progress WHERE id = 1) BEGIN
            INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.rowid, old.text);
            INSERT INTO message_search (rowid, text) VALUES (new.rowid, new.text);
          END`,
      ];

/** No '?' in here: the migration runner numbers placeholders. */
const postgres = (): readonly string[] => [
  `DO $$
  DECLARE
    ext_schema text;
  BEGIN
    SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
      WHERE e.extname = 'pg_trgm';
    IF ext_schema IS NULL AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') THEN
          CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
        ELSE
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        END IF;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm not created (%): message search runs without a trigram index', SQLERRM;
      END;
      SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    END IF;
    IF ext_schema IS NOT NULL THEN
      EXECUTE format('CREATE INDEX IF NOT EXISTS ${MESSAGES_TRIGRAM_INDEX} ON messages USING gin (text %I.gin_trgm_ops)', ext_schema);
    END IF;
  END
  $$`,
];

/** Migration "desk-search": the message search index for `dialect`. */
export const searchTables = (dialect: Dialect): readonly string[] => (dialect === 'postgres' ? postgres() : sqlite());
