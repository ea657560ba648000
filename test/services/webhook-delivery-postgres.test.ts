/**
 * Webhook deliveries on the PostgreSQL store (cluster mode's): the outbox rows written in the
 * append's transaction, delivered signed and in order, retried after 500s, and resumed by a server
 * that opens the same schema after a restart. webhook-delivery.test.ts covers the rest on SQLite;
 * the queue's SQL is shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/services/outbound/signature.js';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createWebhook, customerSays, deliveries, openConversation, until } from '../support/webhook-fixtures.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const schema = uniqueSchema('webhooks');
const hook = new WebhookReceiver();

async function server(): Promise<TestServer> {
  return startTestServer({
    store: async () => {
      await ensureTestDatabase();
      return createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 4 });
    },
    server: {
      outbound: { allowHttp: true, allowPrivateAddresses: true },
      webhooks: {
        pollMs: 50,
        random: () => 0.5,
        retry: { baseDelayMs: 10_000, factor: 3, maxDelayMs: 3_600_000, maxRetryMs: 600_000 },
      },
    },
  });
}

beforeAll(async () => {
  await hook.start();
});

afterAll(async () => {
  await hook.stop();
  await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

describe('webhooks on PostgreSQL', () => {
  it('delivers in order, retries after 500s, and resumes pending deliveries after a restart', async () => {
    hook.answer = (request, n) => ({ status: request.json.type === 'message.posted' && n < 3 ? 500 : 200 });
    const first = await server();
    const acme = await first.tenant('acme');
    const created = await createWebhook(first, acme, hook.url, ['message.posted', 'conversation.opened']);
    await openConversation(acme, 'k1');
    for (let n = 1; n <= 3; n += 1) await customerSays(acme, 'k1', n);
    await until('the first attempts', () => hook.ofType('message.posted').length >= 1);
    await first.server.webhooks.settle();
    const pending = await deliveries(first, acme, created.webhookId, '?status=pending');
    expect(pending.map((row) => row.eventType)).toEqual([
      'message.posted',
      'message.posted',
      'message.posted',
      'message.posted',
    ]);
    await first.close();

    const second = await server();
    for (
      let round = 0;
      round < 10 && hook.ofType('message.posted').filter((r) => r.json.data.text === 'message 3').length === 0;
      round += 1
    ) {
      second.clock.advanceBy(60_000);
      second.server.webhooks.wake();
      await second.server.webhooks.settle();
    }
    const delivered = new Map<string, string>();
    for (const request of hook.requests) {
      const now = Math.floor(second.clock.now() / 1000);
      expect(
        verifySignature(request.headers['switchboard-signature'] as string, created.secret, request.body, now),
      ).toBe('valid');
      if (request.json.type === 'message.posted') delivered.set(request.json.id, request.json.data.text ?? '');
    }
    // Each message once per id, in order; repeats only of the one being retried.
    expect([...delivered.values()]).toEqual(['hello', 'message 1', 'message 2', 'message 3']);
    const texts = hook.ofType('message.posted').map((request) => request.json.data.text);
    expect(texts.slice(-4)).toEqual(['hello', 'message 1', 'message 2', 'message 3']);
    const token = await second.server.tokens.issue({ kind: 'agent', tenantId: 'acme', agentId: 'ad1', role: 'admin' });
    const log = await deliveries(second, { ...acme, tokens: { ...acme.tokens, ad1: token } }, created.webhookId);
    expect(log.map((row) => row.status)).toEqual(['delivered', 'delivered', 'delivered', 'delivered', 'delivered']);
    await second.close();
  });
});
