/**
 * History search (src/store/search-read-model.ts) for both databases, over the index of
 * search-tables.ts. One SQL statement finds a page of conversations: the tenant, the scope and the
 * filters on the `conversations` row (each served by an index of migration 2), one condition per
 * term, and the keyset cursor. A term of three characters or more is looked up in the trigram index
 * (FTS5 `MATCH` on SQLite, `ILIKE` served by the pg_trgm GIN index on PostgreSQL); a shorter one
 * cannot be (a trigram needs three characters), so it is checked with LIKE / ILIKE on the messages of
 * each candidate conversation — and then the candidates are bounded: the page only looks at the next
 * `SEARCH_SCAN_WINDOW` conversations that pass every other condition, and its cursor continues after
 * them. A second statement fetches, for the page's conversations only, the first message with the
 * first term (the excerpt shown under each result).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import {
  INDEXED_TERM_LENGTH,
  MAX_SEARCH_PAGE,
  SEARCH_SCAN_WINDOW,
  type ConversationSearch,
  type SearchHit,
  type SearchMatch,
  type SearchReadModel,
} from '../search-read-model.js';
import { conversationView, type ConversationRow } from './read-model-queries.js';
import type { ReadModelTables } from './read-model-tables.js';
import { MESSAGES_TRIGRAM_INDEX } from './search-tables.js';
import type { Dialect } from './sql-statement.js';

type Condition = RawBuilder<unknown>;

const encodeCursor = (openedAt: number, id: string): string =>
  Buffer.from(JSON.stringify([openedAt, id]), 'utf8').toString('base64url');

/** The cursor's key, or null for a missing or malformed one (which starts from the top). */
function decodeCursor(cursor: string | null | undefined): { at: number; id: string } | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value)) return null;
    const [at, id] = value as unknown[];
    return typeof at === 'number' && typeof id === 'string' ? { at, id } : null;
  } catch {
    return null;
  }
}

/** A LIKE pattern finding `term` anywhere, with `\` escaping the pattern characters. */
const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** An FTS5 string: the term as one phrase, which the trigram tokenizer matches as a substring. */
const ftsPhrase = (term: string): string => `"${term.replace(/"/g, '""')}"`;

/** Unicode code points: what the trigram tokenizer and pg_trgm count as characters. */
const codePoints = (text: string): string[] => Array.from(text);

const isIndexable = (term: string): boolean => codePoints(term).length >= INDEXED_TERM_LENGTH;

/** The message text around the first occurrence of `term` (case-insensitive), at most ~160 characters. */
export function excerptOf(text: string, term: string | undefined): string {
  const chars = codePoints(text);
  const at = term === undefined ? -1 : text.toLowerCase().indexOf(term.toLowerCase());
  const startChar = at < 0 ? 0 : codePoints(text.slice(0, at)).length;
  const from = Math.max(0, startChar - 60);
  const to = Math.min(chars.length, from + 160);
  return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
}

/** Tuning for tests: `scanWindow` replaces `SEARCH_SCAN_WINDOW`. */
export interface SearchQueryOptions {
  readonly scanWindow?: number;
}

/** The search port over a Kysely instance of `dialect` (the adapter owns the connection). */
export function createSearchReadModel(
  db: Kysely<ReadModelTables>,
  dialect: Dialect,
  options: SearchQueryOptions = {},
): SearchReadModel {
  const scanWindow = Math.max(1, Math.floor(options.scanWindow ?? SEARCH_SCAN_WINDOW));
  const like = dialect === 'postgres' ? sql`ILIKE` : sql`LIKE`;
  const escape = dialect === 'postgres' ? sql`` : sql`ESCAPE '\\'`;
  let trigramIndex: Promise<boolean> | null = null;
  /** SQLite always has its FTS table; PostgreSQL has the index only where pg_trgm could be installed. */
  const hasTrigramIndex = (): Promise<boolean> => {
    if (dialect === 'sqlite') return Promise.resolve(true);
    trigramIndex ??= sql<{ found: number }>`SELECT 1 AS found FROM pg_indexes
        WHERE schemaname = current_schema() AND indexname = ${MESSAGES_TRIGRAM_INDEX}`
      .execute(db)
      .then((result) => result.rows.length > 0);
    return trigramIndex;
  };

  const inList = (column: string, values: readonly string[]): Condition =>
    dialect === 'postgres'
      ? sql`${sql.ref(column)} = ANY(${[...values]}::text[])`
      : sql`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;

  /**
   * The ids of the tenant's conversations with a message containing `term`, from the index. On
   * SQLite the FTS table drives (CROSS JOIN fixes the order) and each match finds its message by rowid.
   */
  const withTerm = (tenantId: string, term: string): RawBuilder<unknown> =>
    dialect === 'postgres'
      ? sql`SELECT m.conversation_id FROM messages m
          WHERE m.tenant_id = ${tenantId} AND m.text ILIKE ${containsPattern(term)}`
      : sql`SELECT m.conversation_id FROM message_search s CROSS JOIN messages m
          WHERE s.text MATCH ${ftsPhrase(term)} AND m.rowid = s.rowid AND m.tenant_id = ${tenantId}`;

  const indexedTerm = (tenantId: string, term: string): Condition =>
    sql`c.conversation_id IN (${withTerm(tenantId, term)})`;

  const scannedTerm = (term: string): Condition =>
    sql`EXISTS (SELECT 1 FROM messages m WHERE m.tenant_id = c.tenant_id
      AND m.conversation_id = c.conversation_id AND m.text ${like} ${containsPattern(term)} ${escape})`;

  /** The conditions on the row, the scope and the cursor: everything but the terms. */
  function rowConditions(tenantId: string, search: ConversationSearch, cursor: string | null | undefined): Condition[] {
    const where: Condition[] = [sql`c.tenant_id = ${tenantId}`];
    if (search.customerId !== undefined) where.push(sql`c.customer_id = ${search.customerId}`);
    if (search.ownerId !== undefined) where.push(sql`c.owner_id = ${search.ownerId}`);
    if (search.groupId !== undefined) where.push(sql`c.group_id = ${search.groupId}`);
    if (search.openedFrom !== undefined) where.push(sql`c.opened_at >= ${search.openedFrom}`);
    if (search.openedBefore !== undefined) where.push(sql`c.opened_at < ${search.openedBefore}`);
    if (search.tag !== undefined) {
      where.push(sql`c.conversation_id IN (SELECT l.conversation_id FROM conversation_labels l
        WHERE l.tenant_id = ${tenantId} AND l.label = ${search.tag})`);
    }
    if (search.scope !== undefined) {
      const { ownerIds, groupIds } = search.scope;
      if (ownerIds.length === 0 && groupIds.length === 0) where.push(sql`1 = 0`);
      else where.push(sql`(${inList('c.owner_id', ownerIds)} OR ${inList('c.group_id', groupIds)})`);
    }
    const after = decodeCursor(cursor);
    if (after !== null) {
      where.push(sql`(c.opened_at < ${after.at} OR (c.opened_at = ${after.at} AND c.conversation_id < ${after.id}))`);
    }
    return where;
  }

  /** The key of the last conversation a bounded scan may look at, or null if fewer remain. */
  async function windowEnd(
    from: RawBuilder<unknown>,
    where: readonly Condition[],
  ): Promise<{ at: number; id: string } | null> {
    const result = await sql<{ opened_at: number; conversation_id: string }>`
      SELECT c.opened_at, c.conversation_id FROM ${from} WHERE ${sql.join(where, sql` AND `)}
      ORDER BY c.opened_at DESC, c.conversation_id DESC LIMIT 1 OFFSET ${scanWindow - 1}`.execute(db);
    const row = result.rows[0];
    return row === undefined ? null : { at: row.opened_at, id: row.conversation_id };
  }

  async function matches(tenantId: string, ids: readonly string[], term: string): Promise<Map<string, SearchMatch>> {
    const found = new Map<string, SearchMatch>();
    if (ids.length === 0) return found;
    const result = await sql<{ conversation_id: string; seq: number; at: number; text: string }>`
      SELECT x.conversation_id, x.seq, x.at, x.text FROM (
        SELECT m.conversation_id, m.seq, m.at, m.text,
          ROW_NUMBER() OVER (PARTITION BY m.conversation_id ORDER BY m.seq) AS rn
        FROM messages m
        WHERE m.tenant_id = ${tenantId} AND m.conversation_id IN (${sql.join(ids.map((id) => sql`${id}`))})
          AND m.text ${like} ${containsPattern(term)} ${escape}
      ) x WHERE x.rn = 1`.execute(db);
    for (const row of result.rows) {
      found.set(row.conversation_id, {
        seq: row.seq,
        at: row.at,
        excerpt: excerptOf(row.text, term),
      });
    }
    return found;
  }

  return {
    async searchConversations(tenantId, search, page) {
      const limit = Math.max(1, Math.min(MAX_SEARCH_PAGE, Math.floor(page.limit)));
      const indexed = await hasTrigramIndex();
      const where = rowConditions(tenantId, search, page.cursor);
      const terms = [...new Set(search.terms)];
      const indexable = indexed ? terms.filter(isIndexable) : [];
      const scanned = terms.filter((term) => !indexable.includes(term)).map(scannedTerm);
      // The longest indexed term (likely the rarest) drives: the page costs what its matches cost,
      // not what the tenant's conversations do; the other terms are conditions.
      const [driver, ...others] = [...indexable].sort((a, b) => codePoints(b).length - codePoints(a).length);
      where.push(...others.map((term) => indexedTerm(tenantId, term)));
      const from =
        driver === undefined
          ? sql`conversations c`
          : sql`(SELECT DISTINCT hit.conversation_id FROM (${withTerm(tenantId, driver)}) hit) h
              CROSS JOIN conversations c`;
      if (driver !== undefined) where.push(sql`c.conversation_id = h.conversation_id`);
      const end = scanned.length === 0 ? null : await windowEnd(from, where);
      const bounded =
        end === null
          ? where
          : [...where, sql`(c.opened_at > ${end.at} OR (c.opened_at = ${end.at} AND c.conversation_id >= ${end.id}))`];
      const result = await sql<ConversationRow>`
        SELECT c.*,
          (SELECT m.seq FROM messages m WHERE m.tenant_id = c.tenant_id AND m.conversation_id = c.conversation_id
            ORDER BY m.seq DESC LIMIT 1) AS message_count,
          (SELECT m.at FROM messages m WHERE m.tenant_id = c.tenant_id AND m.conversation_id = c.conversation_id
            ORDER BY m.seq DESC LIMIT 1) AS last_message_at
        FROM ${from} WHERE ${sql.join([...bounded, ...scanned], sql` AND `)}
        ORDER BY c.opened_at DESC, c.conversation_id DESC LIMIT ${limit + 1}`.execute(db);
      const rows = result.rows.slice(0, limit);
      const last = rows[rows.length - 1];
      const next =
        result.rows.length > limit && last !== undefined
          ? encodeCursor(last.opened_at, last.conversation_id)
          : end === null
            ? null
            : encodeCursor(end.at, end.id);
      const first = search.terms[0];
      const found =
        first === undefined
          ? new Map<string, SearchMatch>()
          : await matches(
              tenantId,
              rows.map((row) => row.conversation_id),
              first,
            );
      const items: SearchHit[] = rows.map((row) => ({
        conversation: conversationView(row),
        match: found.get(row.conversation_id) ?? null,
      }));
      return { items, next };
    },
  };
}
