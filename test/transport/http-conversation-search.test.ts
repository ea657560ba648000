/**
 * `GET /api/v1/conversations/search` on a real server, once on SQLite and once on PostgreSQL: a
 * Chinese word finds a closed conversation whose timeline then opens (even once the live state has
 * forgotten it); agents find only their own conversations (and their groups' when the tenant allows),
 * supervisors their scope, admins and API keys the tenant; another tenant's never appear; bad input
 * is a catalogued 4xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skillGroup } from '../../src/domain/skill-group.js';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import type { DurableStore } from '../../src/store/durable-store.js';
import { apiKey, bearer, call, customerToken, expectError, type Headers } from '../support/http-fixtures.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

interface Results {
  readonly items: {
    readonly conversation: { readonly conversationId: string; readonly status: string; readonly ownerId: string };
    readonly match: { readonly seq: number; readonly excerpt: string } | null;
  }[];
  readonly next: string | null;
}

/** The store each suite runs on: undefined is the test server's SQLite. */
const stores: readonly {
  name: string;
  store?: () => { open: () => Promise<DurableStore>; drop: () => Promise<void> };
}[] = [
  { name: 'SQLite' },
  {
    name: 'PostgreSQL',
    store: () => {
      const schema = uniqueSchema('search_http');
      return {
        open: async () => {
          await ensureTestDatabase();
          return createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 3 });
        },
        drop: async () => {
          await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        },
      };
    },
  },
];

for (const { name, store } of stores) {
  describe(`history search over HTTP (${name})`, () => {
    let test: TestServer;
    let acme: SeededTenant;
    let globex: SeededTenant;
    let a3Token: string;
    const database = store?.();

    const open = async (tenant: SeededTenant, conversationId: string, text: string, extra: object = {}) => {
      await tenant.run({
        type: 'OpenConversation',
        conversationId,
        customerId: `cust-${conversationId}`,
        channel: 'web',
        source: 'website',
        text,
        ...extra,
      });
    };

    beforeAll(async () => {
      test = await startTestServer(database === undefined ? {} : { store: database.open });
      acme = await test.tenant('acme');
      globex = await test.tenant('globex');
      await acme.run({ type: 'SaveSkillGroup', group: skillGroup({ id: 'vip', name: 'VIP' }) });
      await acme.run({
        type: 'SaveAgent',
        agent: {
          id: 'a3',
          name: 'A3',
          role: 'agent',
          level: 1,
          departmentId: null,
          memberships: [{ groupId: 'vip', ability: 5, tier: 'primary' }],
          languages: ['zh-CN'],
          maxConcurrent: 3,
        },
      });
      a3Token = await test.server.tokens.issue({ kind: 'agent', tenantId: 'acme', agentId: 'a3', role: 'agent' });
      await acme.run({ type: 'ConfigureTenant', settings: { defaultGroupBySource: { vipsite: 'vip' } } });
      for (const agentId of ['a1', 'a2', 'a3']) await acme.run({ type: 'ConnectAgent', agentId });
      await globex.run({ type: 'ConnectAgent', agentId: 'a1' });
      // k1 (a1, closed), k2 (a2), k3 (a3, group vip); globex has the same words.
      await open(acme, 'k1', '我要申请退款，订单 A1001', { agentId: 'a1' });
      await acme.run({
        type: 'PostMessage',
        conversationId: 'k1',
        messageId: 'k1-a1',
        author: { kind: 'agent', agentId: 'a1' },
        visibility: 'public',
        text: '好的，已为您提交退款申请',
      });
      await acme.run({ type: 'CloseConversation', conversationId: 'k1', agentId: 'a1', by: 'agent' });
      await open(acme, 'k2', '申请退款怎么操作', { agentId: 'a2' });
      await open(acme, 'k3', '申请退款加急', { source: 'vipsite' });
      await open(globex, 'k9', '我要申请退款', { agentId: 'a1' });
    });

    afterAll(async () => {
      await test.close();
      await database?.drop();
    });

    const search = (headers: Headers, query: string) =>
      call<Results>(test, { method: 'GET', url: `/api/v1/conversations/search?${query}`, headers });
    const found = async (headers: Headers, query: string): Promise<string[]> => {
      const answer = await search(headers, query);
      expect(answer.status, answer.text).toBe(200);
      return answer.body.items.map((item) => item.conversation.conversationId);
    };
    const q = (text: string): string => `q=${encodeURIComponent(text)}`;

    it('finds a closed conversation by a Chinese word and opens its whole timeline', async () => {
      const answer = await search(bearer(acme.tokens.a1), q('提交退款'));
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body.items).toHaveLength(1);
      const [hit] = answer.body.items;
      expect(hit?.conversation).toMatchObject({ conversationId: 'k1', status: 'closed', ownerId: 'a1' });
      expect(hit?.match?.excerpt).toContain('提交退款');
      const timeline = await call<{ items: { seq: number; text: string }[] }>(test, {
        method: 'GET',
        url: '/api/v1/conversations/k1/messages',
        headers: bearer(acme.tokens.a1),
      });
      expect(timeline.status).toBe(200);
      expect(timeline.body.items.map((item) => item.text)).toContain('好的，已为您提交退款申请');
    });

    it('finds one- and two-character words too', async () => {
      expect(await found(bearer(acme.tokens.ad1), q('退款'))).toEqual(['k3', 'k2', 'k1']);
      expect(await found(bearer(acme.tokens.ad1), q('急'))).toEqual(['k3']);
      expect(await found(bearer(acme.tokens.ad1), `${q('退款 A1001')}&limit=1`)).toEqual(['k1']);
    });

    it('keeps every caller to what they may read, and tenants apart', async () => {
      const words = q('申请退款');
      expect(await found(bearer(acme.tokens.a1), words)).toEqual(['k1']);
      expect(await found(bearer(acme.tokens.a2), words)).toEqual(['k2']);
      expect(await found(bearer(a3Token), words)).toEqual(['k3']);
      expect(await found(bearer(acme.tokens.s1), words)).toEqual(['k2', 'k1']);
      expect(await found(bearer(acme.tokens.ad1), words)).toEqual(['k3', 'k2', 'k1']);
      expect(await found(apiKey(acme.apiKey), words)).toEqual(['k3', 'k2', 'k1']);
      expect(await found(bearer(globex.tokens.ad1), words)).toEqual(['k9']);
      // A filter cannot widen the scope: a1 asking for a2's conversations gets nothing.
      expect(await found(bearer(acme.tokens.a1), `${words}&agentId=a2`)).toEqual([]);
      expect(await found(bearer(acme.tokens.s1), `${words}&groupId=vip`)).toEqual([]);
    });

    it('lets agents find their groups’ conversations when the tenant allows it', async () => {
      await acme.run({ type: 'ConfigureTenant', settings: { agentSearchScope: 'groups' } });
      try {
        expect(await found(bearer(acme.tokens.a1), q('申请退款'))).toEqual(['k2', 'k1']);
        expect(await found(bearer(acme.tokens.a1), q('加急'))).toEqual([]);
      } finally {
        await acme.run({ type: 'ConfigureTenant', settings: { agentSearchScope: 'own' } });
      }
      expect(await found(bearer(acme.tokens.a1), q('申请退款'))).toEqual(['k1']);
    });

    it('filters by customer, agent, group, tag and dates, and pages with a cursor', async () => {
      const admin = bearer(acme.tokens.ad1);
      expect(await found(admin, 'customerId=cust-k2')).toEqual(['k2']);
      expect(await found(admin, 'agentId=a1')).toEqual(['k1']);
      expect(await found(admin, 'groupId=vip')).toEqual(['k3']);
      expect(await found(admin, 'tag=nothing-tagged')).toEqual([]);
      expect(await found(admin, `${q('退款')}&from=2100-01-01T00:00:00Z`)).toEqual([]);
      expect(await found(admin, `${q('退款')}&to=2100-01-01T00:00:00Z`)).toEqual(['k3', 'k2', 'k1']);
      const first = await search(admin, `${q('申请退款')}&limit=1`);
      expect(first.body.items).toHaveLength(1);
      expect(first.body.next).not.toBeNull();
      const second = await search(admin, `${q('申请退款')}&limit=1&cursor=${first.body.next ?? ''}`);
      expect(second.body.items.map((item) => item.conversation.conversationId)).not.toEqual(
        first.body.items.map((item) => item.conversation.conversationId),
      );
    });

    it('opens the timeline of a conversation the live state has forgotten', async () => {
      await acme.run({ type: 'ConfigureTenant', settings: { closedRetention: 1 } });
      await acme.run({ type: 'CloseConversation', conversationId: 'k2', agentId: 'a2', by: 'agent' });
      await acme.run({ type: 'CloseConversation', conversationId: 'k3', agentId: null, by: 'customer' });
      expect(await found(bearer(acme.tokens.a1), q('提交退款'))).toEqual(['k1']);
      const timeline = await call<{ items: { text: string }[] }>(test, {
        method: 'GET',
        url: '/api/v1/conversations/k1/messages',
        headers: bearer(acme.tokens.a1),
      });
      expect(timeline.status, timeline.text).toBe(200);
      expect(timeline.body.items.map((item) => item.text)).toContain('好的，已为您提交退款申请');
      const unknown = await call(test, {
        method: 'GET',
        url: '/api/v1/conversations/nope/messages',
        headers: bearer(acme.tokens.a1),
      });
      expectError(unknown, 404, 'CONVERSATION_NOT_FOUND');
      const otherTenant = await call(test, {
        method: 'GET',
        url: '/api/v1/conversations/k9/messages',
        headers: bearer(acme.tokens.a1),
      });
      expectError(otherTenant, 404, 'CONVERSATION_NOT_FOUND');
    });

    it('refuses customers, strangers and bad input with catalogued 4xx errors', async () => {
      const customer = await customerToken(test, 'acme', 'visitor-search');
      expectError(await search(bearer(customer), q('退款')), 403, 'FORBIDDEN');
      expectError(await search({}, q('退款')), 401);
      const admin = bearer(acme.tokens.ad1);
      for (const bad of [
        q('长'.repeat(101)),
        q('a b c d e f'),
        q('x'.repeat(51)),
        'limit=51',
        'limit=0',
        'from=yesterday',
        'from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z',
        'unknown=1',
        `cursor=${'c'.repeat(513)}`,
        'agentId=bad%20id',
        'q=%00',
        'q=a%01b',
        'tag=%00',
      ]) {
        expectError(await search(admin, bad), 400, 'VALIDATION_FAILED');
      }
    });
  });
}
