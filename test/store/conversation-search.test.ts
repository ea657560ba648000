/**
 * History search (src/store/search-read-model.ts) against both real databases: SQLite on disk (FTS5
 * trigram) and PostgreSQL (pg_trgm): Chinese and English words in closed and open conversations,
 * 1–2 character terms, every filter, scope, tenants kept apart, cursors, messages stored before the
 * migration (backfill), and the bounded scan of short terms.
 */
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DurableStore } from '../../src/store/durable-store.js';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import type { ConversationSearch } from '../../src/store/search-read-model.js';
import type { ReadModelTables } from '../../src/store/sql/read-model-tables.js';
import { createSearchReadModel, excerptOf } from '../../src/store/sql/search-queries.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { openSqliteReader } from '../../src/store/sqlite/open-sqlite.js';
import { SqliteReadDialect } from '../../src/store/sqlite/sqlite-read-dialect.js';
import { Harness, T0 } from '../support/harness.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { rule, saveRules } from '../support/routing-helpers.js';
import { appendAll } from './store-under-test.js';

const MINUTE = 60_000;

/** Two groups, two agents, five conversations with Chinese and English messages; c1 and c4 closed. */
function history(): Harness {
  const h = new Harness().group('sales').group('tech');
  h.agent('a1', { groups: ['sales'], max: 5 }).agent('a2', { groups: ['tech'], max: 5 });
  saveRules(h, [rule('parcel', { keywords: { any: ['parcel'] } }, { groupId: 'tech' })]);
  h.now += MINUTE;
  h.open('c1', { customerId: 'cu1', text: '我想申请退款，订单号 A1001' });
  h.run({
    type: 'PostMessage',
    conversationId: 'c1',
    messageId: 'c1-reply',
    author: { kind: 'agent', agentId: 'a1' },
    visibility: 'public',
    text: '好的，已为您提交退款申请',
  });
  h.run({ type: 'TagConversation', conversationId: 'c1', agentId: 'a1', add: ['refund'], remove: [] });
  h.close('c1');
  h.now += MINUTE;
  h.open('c2', { customerId: 'cu2', text: 'Where is my PARCEL? It is late' });
  h.now += MINUTE;
  h.open('c3', { customerId: 'cu1', text: '退货流程是什么' });
  h.now += MINUTE;
  h.open('c4', { customerId: 'cu3', text: 'parcel arrived broken, I want a refund' });
  h.close('c4');
  h.now += MINUTE;
  h.open('c5', { customerId: 'cu4', text: '100% sure_thing' });
  return h;
}

interface Sut {
  readonly store: DurableStore;
  /** Drops the search index and its migration row, as if the database predated it. */
  readonly forgetMigration: () => Promise<void>;
  readonly reopen: () => Promise<DurableStore>;
  readonly destroy: () => Promise<void>;
}

function searchContract(name: string, create: () => Promise<Sut>): void {
  describe(`${name}: conversation search`, () => {
    let sut: Sut;
    let store: DurableStore;
    const t = 'tenant-a';

    beforeAll(async () => {
      sut = await create();
      store = sut.store;
      await appendAll(store, t, history().log, 6);
      // Another tenant with the very same words: never found from tenant-a.
      await appendAll(store, 'tenant-b', history().log, 6);
    });

    afterAll(async () => {
      await store.close();
      await sut.destroy();
    });

    const ids = async (search: Partial<ConversationSearch>, limit = 2, tenantId = t): Promise<string[]> => {
      const found: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.searchConversations(tenantId, { terms: [], ...search }, { limit, cursor });
        found.push(...page.items.map((hit) => hit.conversation.conversationId));
        cursor = page.next;
      } while (cursor !== null);
      return found;
    };

    it('finds a closed conversation by a Chinese word, with the matching message', async () => {
      const page = await store.searchConversations(t, { terms: ['退款申请'] }, { limit: 10 });
      expect(page.items.map((hit) => hit.conversation.conversationId)).toEqual(['c1']);
      const [hit] = page.items;
      expect(hit?.conversation.status).toBe('closed');
      expect(hit?.conversation.customerId).toBe('cu1');
      expect(hit?.match?.seq).toBe(2);
      expect(hit?.match?.excerpt).toContain('退款申请');
      expect(page.next).toBeNull();
    });

    it('matches words case-insensitively, each term anywhere in the conversation', async () => {
      expect(await ids({ terms: ['parcel'] })).toEqual(['c4', 'c2']);
      expect(await ids({ terms: ['PaRcEl', 'refund'] })).toEqual(['c4']);
      expect(await ids({ terms: ['A1001', '提交退款'] })).toEqual(['c1']);
      expect(await ids({ terms: ['nowhere-to-be-seen'] })).toEqual([]);
    });

    it('finds one- and two-character Chinese terms without the index', async () => {
      expect(await ids({ terms: ['退'] })).toEqual(['c3', 'c1']);
      expect(await ids({ terms: ['退款'] })).toEqual(['c1']);
      expect(await ids({ terms: ['退', '流程'] })).toEqual(['c3']);
    });

    it('takes LIKE and FTS characters literally', async () => {
      expect(await ids({ terms: ['100%'] })).toEqual(['c5']);
      expect(await ids({ terms: ['e_t'] })).toEqual(['c5']);
      expect(await ids({ terms: ['%'] })).toEqual(['c5']);
      expect(await ids({ terms: ['"parcel'] })).toEqual([]);
      expect(await ids({ terms: ['sure_thing'] })).toEqual(['c5']);
    });

    it('filters by customer, owner, group, tag and opening time, with or without words', async () => {
      expect(await ids({ customerId: 'cu1' })).toEqual(['c3', 'c1']);
      expect(await ids({ customerId: 'cu1', terms: ['退货'] })).toEqual(['c3']);
      expect(await ids({ ownerId: 'a2' })).toEqual(['c4', 'c2']);
      expect(await ids({ groupId: 'sales', terms: ['退'] })).toEqual(['c3', 'c1']);
      expect(await ids({ groupId: 'tech', terms: ['退'] })).toEqual([]);
      expect(await ids({ tag: 'refund' })).toEqual(['c1']);
      expect(await ids({ tag: 'refund', terms: ['parcel'] })).toEqual([]);
      expect(await ids({ openedFrom: T0 + 2 * MINUTE, openedBefore: T0 + 4 * MINUTE })).toEqual(['c3', 'c2']);
      expect(await ids({})).toEqual(['c5', 'c4', 'c3', 'c2', 'c1']);
    });

    it('never returns a conversation outside the scope or the tenant', async () => {
      const own = { ownerIds: ['a1'], groupIds: [] };
      expect(await ids({ terms: ['parcel'], scope: own })).toEqual([]);
      expect(await ids({ terms: ['退'], scope: own })).toEqual(['c3', 'c1']);
      expect(await ids({ scope: { ownerIds: [], groupIds: ['tech'] } })).toEqual(['c4', 'c2']);
      expect(await ids({ scope: { ownerIds: [], groupIds: [] } })).toEqual([]);
      expect(await ids({ terms: ['退款申请'] }, 2, 'tenant-c')).toEqual([]);
    });

    it('pages with cursors, each conversation exactly once', async () => {
      for (const limit of [1, 2, 3]) {
        expect(await ids({ terms: ['e'] }, limit)).toEqual(['c5', 'c4', 'c2']);
        expect(await ids({ terms: ['parcel'] }, limit)).toEqual(['c4', 'c2']);
      }
      const garbage = await store.searchConversations(t, { terms: ['parcel'] }, { limit: 1, cursor: '!!' });
      expect(garbage.items.map((hit) => hit.conversation.conversationId)).toEqual(['c4']);
    });

    it('finds messages stored before the search migration (backfill)', async () => {
      await store.close();
      await sut.forgetMigration();
      store = await sut.reopen();
      expect(await ids({ terms: ['退款申请'] })).toEqual(['c1']);
      expect(await ids({ terms: ['parcel'] })).toEqual(['c4', 'c2']);
      // And later messages are indexed as they are appended.
      const more = history();
      more.now += MINUTE;
      more.open('c6', { customerId: 'cu5', text: '发票抬头写错了' });
      const seq = await store.lastSeq('tenant-d');
      await store.append('tenant-d', seq, more.log);
      expect(await ids({ terms: ['发票抬头'] }, 2, 'tenant-d')).toEqual(['c6']);
      expect(await ids({ terms: ['发票抬头'] })).toEqual([]);
    });
  });
}

searchContract('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-search-'));
  const file = join(dir, 'switchboard.db');
  return createSqliteStore({ file }).then((store) => ({
    store,
    forgetMigration: () => {
      const db = new Database(file);
      try {
        // Migration 9 (the insert trigger dropped) came after 5: a database predating 5 has neither.
        db.exec(`DROP TRIGGER message_search_update; DROP TABLE message_search;
          DELETE FROM schema_migrations WHERE version IN (5, 9);`);
      } finally {
        db.close();
      }
      return Promise.resolve();
    },
    reopen: () => createSqliteStore({ file }),
    destroy: () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  }));
});

searchContract('PostgreSQL', async () => {
  await ensureTestDatabase();
  const schema = uniqueSchema('search');
  const open = () => createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 3 });
  const store = await open();
  const indexes = await onTestDatabase<{ indexname: string }>(
    'SELECT indexname FROM pg_indexes WHERE schemaname = $1',
    [schema],
  );
  // This server has pg_trgm: the migration must have built the trigram index.
  expect(indexes.map((row) => row.indexname)).toContain('messages_text_trgm');
  return {
    store,
    forgetMigration: async () => {
      await onTestDatabase('DROP INDEX messages_text_trgm', [], schema);
      await onTestDatabase('DELETE FROM schema_migrations WHERE version = 5', [], schema);
    },
    reopen: async () => {
      const again = await open();
      const rebuilt = await onTestDatabase('SELECT 1 FROM pg_indexes WHERE schemaname = $1 AND indexname = $2', [
        schema,
        'messages_text_trgm',
      ]);
      expect(rebuilt).toHaveLength(1);
      return again;
    },
    destroy: async () => {
      await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
});

describe('SQLite: short terms scan a bounded window of conversations', () => {
  it('checks at most the window per call, and its cursor continues after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-search-window-'));
    const file = join(dir, 'switchboard.db');
    const store = await createSqliteStore({ file });
    const reader = openSqliteReader(file);
    try {
      const h = new Harness().group('sales');
      h.agent('a1', { groups: ['sales'], max: 20 });
      for (let i = 0; i < 10; i += 1) {
        h.now += MINUTE;
        h.open(`w${String(i)}`, { text: i === 1 || i === 8 ? '好' : 'hello' });
      }
      await appendAll(store, 't', h.log, 5);
      const search = createSearchReadModel(
        new Kysely<ReadModelTables>({ dialect: new SqliteReadDialect(reader) }),
        'sqlite',
        { scanWindow: 3 },
      );
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const page = await search.searchConversations('t', { terms: ['好'] }, { limit: 10, cursor });
        pages.push(page.items.map((hit) => hit.conversation.conversationId));
        cursor = page.next;
      } while (cursor !== null);
      // Ten conversations, three per call: w9 w8 w7 | w6 w5 w4 | w3 w2 w1 | w0.
      expect(pages).toEqual([['w8'], [], ['w1'], []]);
    } finally {
      reader.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite: the index follows a message rewritten in place', () => {
  it('forgets the old words and finds the new ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-search-update-'));
    const file = join(dir, 'switchboard.db');
    const store = await createSqliteStore({ file });
    try {
      await appendAll(store, 't', history().log, 6);
      const find = async (term: string): Promise<string[]> =>
        (await store.searchConversations('t', { terms: [term] }, { limit: 10 })).items.map(
          (hit) => hit.conversation.conversationId,
        );
      expect(await find('退货流程')).toEqual(['c3']);
      // The projection's upsert (ON CONFLICT … DO UPDATE) rewrites a row this way.
      const db = new Database(file);
      try {
        db.prepare("UPDATE messages SET text = '换货流程是什么' WHERE conversation_id = 'c3' AND seq = 1").run();
      } finally {
        db.close();
      }
      expect(await find('退货流程')).toEqual([]);
      expect(await find('换货流程')).toEqual(['c3']);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite: messages indexed in bulk (sqlite-search-index.ts)', () => {
  const waiting = (file: string): number => {
    const db = new Database(file, { readonly: true });
    try {
      const mark = db.prepare('SELECT indexed_up_to FROM message_search_progress').pluck().get() as number;
      const last = db.prepare('SELECT MAX(rowid) FROM messages').pluck().get() as number;
      return last - mark;
    } finally {
      db.close();
    }
  };

  it('finds what was stored before the search, and a text rewritten before it was indexed by its new words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-search-bulk-'));
    const file = join(dir, 'switchboard.db');
    const store = await createSqliteStore({ file });
    try {
      await appendAll(store, 't', history().log, 6);
      // A few messages wait for the index (fewer than a commit indexes at once, and no timer yet).
      expect(waiting(file)).toBeGreaterThan(0);
      const db = new Database(file);
      try {
        db.prepare("UPDATE messages SET text = '换货流程是什么' WHERE conversation_id = 'c3' AND seq = 1").run();
      } finally {
        db.close();
      }
      const find = async (term: string): Promise<string[]> =>
        (await store.searchConversations('t', { terms: [term] }, { limit: 10 })).items.map(
          (hit) => hit.conversation.conversationId,
        );
      expect(await find('退货流程')).toEqual([]);
      expect(await find('换货流程')).toEqual(['c3']);
      expect(await find('parcel')).toEqual(['c4', 'c2']);
      expect(waiting(file)).toBe(0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('indexes waiting messages shortly after their commit when no search asks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-search-timer-'));
    const file = join(dir, 'switchboard.db');
    const store = await createSqliteStore({ file });
    try {
      await appendAll(store, 't', history().log, 6);
      const giveUp = Date.now() + 5000;
      while (waiting(file) > 0 && Date.now() < giveUp) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(waiting(file)).toBe(0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('indexes after a restart what was stored but not indexed when the process stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-search-restart-'));
    const file = join(dir, 'switchboard.db');
    const first = await createSqliteStore({ file });
    await appendAll(first, 't', history().log, 6);
    await first.close();
    expect(waiting(file)).toBeGreaterThan(0);
    const again = await createSqliteStore({ file });
    try {
      const hits = await again.searchConversations('t', { terms: ['退款申请'] }, { limit: 10 });
      expect(hits.items.map((hit) => hit.conversation.conversationId)).toEqual(['c1']);
      expect(waiting(file)).toBe(0);
    } finally {
      await again.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('excerpts', () => {
  it('cut long texts around the term, by characters', () => {
    const text = `${'前'.repeat(100)}退款${'后'.repeat(200)}`;
    const excerpt = excerptOf(text, '退款');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('退款');
    expect(Array.from(excerpt).length).toBe(162);
    expect(excerptOf('short', undefined)).toBe('short');
  });
});
