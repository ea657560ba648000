/**
 * A conversation id names one conversation forever (issue 13, docs/http-api.md), on SQLite and on
 * PostgreSQL: once the live state has forgotten a closed conversation (past `closedRetention`),
 * opening with its id gives its own customer their conversation back and anyone else
 * CONVERSATION_EXISTS — the same answer as for an id still remembered — and nothing is overwritten.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import type { DurableStore } from '../../src/store/durable-store.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

const auth = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

interface Backend {
  readonly name: string;
  readonly store?: () => Promise<DurableStore>;
  readonly cleanUp: () => Promise<void>;
}

function backends(): Backend[] {
  const schema = uniqueSchema('conversation_ids');
  return [
    { name: 'SQLite', cleanUp: () => Promise.resolve() },
    {
      name: 'PostgreSQL',
      store: async () => {
        await ensureTestDatabase();
        return createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 4 });
      },
      cleanUp: async () => {
        await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      },
    },
  ];
}

let test: TestServer | null = null;
let cleanUp: (() => Promise<void>) | null = null;

afterEach(async () => {
  await test?.close();
  await cleanUp?.();
  test = null;
  cleanUp = null;
});

describe.each(backends())('conversation ids on $name', (backend) => {
  async function start(): Promise<{ server: TestServer; acme: SeededTenant }> {
    const server = await startTestServer(backend.store === undefined ? {} : { store: backend.store });
    test = server;
    cleanUp = backend.cleanUp;
    const acme = await server.tenant('acme');
    await acme.run({ type: 'ConfigureTenant', settings: { closedRetention: 1 } });
    await acme.run({ type: 'ConnectAgent', agentId: 'a1' });
    return { server, acme };
  }

  async function customerToken(server: TestServer, visitorId: string): Promise<string> {
    const reply = await server.server.http.inject({
      method: 'POST',
      url: '/api/v1/widget/session',
      payload: { tenantId: 'acme', visitorId },
    });
    return reply.json<{ token: string }>().token;
  }

  it('is never given to another customer, however long ago it closed', async () => {
    const { server, acme } = await start();
    const http = server.server.http;
    const victim = await customerToken(server, 'visitor-victim');
    const attacker = await customerToken(server, 'visitor-attacker');
    const open = (token: string, conversationId: string, text: string) =>
      http.inject({
        method: 'POST',
        url: '/api/v1/conversations',
        headers: auth(token),
        payload: { conversationId, channel: 'web', source: 'website', text },
      });
    const close = (token: string, conversationId: string) =>
      http.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversationId}/close`,
        headers: auth(token),
        payload: {},
      });

    expect((await open(victim, 'conv-1', 'my address is 1 Secret Road')).statusCode).toBe(201);
    expect((await close(victim, 'conv-1')).statusCode).toBe(200);
    // Two more closings push conv-1 out of the live state (closedRetention 1).
    for (const id of ['conv-2', 'conv-3']) {
      expect((await open(victim, id, 'hi')).statusCode).toBe(201);
      expect((await close(victim, id)).statusCode).toBe(200);
    }
    const actor = server.server.registry.actor('acme');
    expect(actor?.view.conversations.has('conv-1')).toBe(false);

    // A live conversation of someone else and a forgotten one get the very same answer.
    expect((await open(victim, 'conv-live', 'still here')).statusCode).toBe(201);
    const live = await open(attacker, 'conv-live', 'let me in');
    const forgotten = await open(attacker, 'conv-1', 'let me in');
    expect(forgotten.statusCode).toBe(409);
    expect(forgotten.json()).toEqual({
      error: { code: 'CONVERSATION_EXISTS', message: 'A conversation with this id already exists.' },
    });
    expect(live.statusCode).toBe(409);
    expect(live.json()).toEqual(forgotten.json());
    const viaKey = await http.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers: { 'x-api-key': acme.apiKey },
      payload: { conversationId: 'conv-1', customerId: 'someone-else', channel: 'api', source: 'crm' },
    });
    expect(viaKey.statusCode).toBe(409);

    // Nothing was overwritten: the victim still reads their own history and finds it in their list.
    const messages = await server.server.registry.store.messages('acme', 'conv-1', { limit: 10 });
    expect(messages.items.map((message) => message.text)).toEqual(['my address is 1 Secret Road']);
    const row = await server.server.registry.store.conversation('acme', 'conv-1');
    expect(row).toMatchObject({ status: 'closed' });
    const list = await http.inject({ method: 'GET', url: '/api/v1/conversations', headers: auth(victim) });
    expect(list.json<{ items: { conversationId: string }[] }>().items.map((item) => item.conversationId)).toContain(
      'conv-1',
    );

    // Its own customer opening it again (a late retry) gets it back, as it is.
    const again = await open(victim, 'conv-1', 'hello again');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      conversationId: 'conv-1',
      customerId: row?.customerId,
      status: 'closed',
      lastSeq: 1,
    });
    const still = await server.server.registry.store.messages('acme', 'conv-1', { limit: 10 });
    expect(still.items).toHaveLength(1);
    // Retrying a live one answers with it too (200, not a second conversation).
    const retry = await open(victim, 'conv-live', 'still here');
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ conversationId: 'conv-live', status: 'active' });
  });

  it('refuses, as the final fence, an append that would open a used id again', async () => {
    const { server, acme } = await start();
    const store = server.server.registry.store;
    await acme.run({
      type: 'OpenConversation',
      conversationId: 'fence',
      customerId: 'first',
      channel: 'web',
      source: 'website',
      text: 'first words',
    });
    await acme.run({ type: 'CloseConversation', conversationId: 'fence', agentId: null, by: 'customer' });
    const seq = await store.lastSeq('acme');
    const opened = (await store.read('acme', 0, seq)).find(
      (stored) => stored.event.type === 'ConversationOpened' && stored.event.conversationId === 'fence',
    );
    expect(opened).toBeDefined();
    // The same opening, for another customer, appended past the live state's checks.
    const forged = { ...(opened?.event as object), customerId: 'second', at: opened!.event.at + 1 };
    await expect(store.append('acme', seq, [forged as never])).rejects.toThrow();
    expect(await store.lastSeq('acme')).toBe(seq);
    expect(await store.conversation('acme', 'fence')).toMatchObject({ customerId: 'first', status: 'closed' });
  });
});
