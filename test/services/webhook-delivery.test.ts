/**
 * Webhook deliveries end to end, with a real HTTP receiver on loopback: endpoints saved over the
 * API, events of a tenant delivered signed, in order per conversation, retried with backoff after
 * 500s and timeouts, a receiver down and back (nothing lost; repeats only with the same id),
 * failures logged, a restart resuming pending deliveries, and the outbound policy's refusals.
 * The server's clock is simulated: a test moves it to make a retry due.
 */
import { lookup } from 'node:dns/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/services/outbound/outbound-policy.js';
import { verifySignature } from '../../src/services/outbound/signature.js';
import type { WebhookDeliveryOptions } from '../../src/services/webhooks/webhook-deliverer.js';
import { bearer, call, expectError } from '../support/http-fixtures.js';
import {
  createWebhook,
  customerSays,
  deliveries,
  openConversation,
  until,
  type DeliveryRow,
} from '../support/webhook-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const loopbackAllowed = { allowHttp: true, allowPrivateAddresses: true };
const fast: Partial<WebhookDeliveryOptions> = {
  pollMs: 50,
  timeoutMs: 400,
  random: () => 0.5,
  retry: { baseDelayMs: 10_000, factor: 3, maxDelayMs: 3_600_000, maxRetryMs: 10 * 60_000 },
};

const open: TestServer[] = [];
const receivers: WebhookReceiver[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const test of open.splice(0)) await test.close();
  for (const receiver of receivers.splice(0)) await receiver.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function server(options: { outbound?: typeof loopbackAllowed; dataDir?: string } = {}): Promise<TestServer> {
  const test = await startTestServer({
    server: { outbound: options.outbound ?? loopbackAllowed, webhooks: fast },
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
  });
  open.push(test);
  return test;
}

async function receiver(): Promise<WebhookReceiver> {
  const started = new WebhookReceiver();
  await started.start();
  receivers.push(started);
  return started;
}

describe('webhook endpoints', () => {
  it('refuses loopback and private URLs by default, and plain http', async () => {
    const test = await server({ outbound: { allowHttp: false, allowPrivateAddresses: false } });
    const acme = await test.tenant('acme');
    for (const url of [
      'https://127.0.0.1/hook',
      'https://10.1.2.3/hook',
      'https://localhost/hook',
      'https://[::1]/x',
    ]) {
      const answer = await call(test, {
        method: 'POST',
        url: '/api/v1/webhooks',
        headers: bearer(acme.tokens.ad1),
        payload: { url, events: ['message.posted'] },
      });
      expectError(answer, 400, 'OUTBOUND_URL_REFUSED');
    }
    const plain = await call<{ error: { message: string } }>(test, {
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: bearer(acme.tokens.ad1),
      payload: { url: 'http://example.com/hook', events: [] },
    });
    expectError(plain, 400, 'OUTBOUND_URL_REFUSED');
    expect(plain.body.error.message).toContain('https');
  });

  it('shows the secret once: not in the list, the endpoint or the audit log', async () => {
    const test = await server();
    const acme = await test.tenant('acme');
    const created = await createWebhook(test, acme, 'https://example.com/hook', [
      'message.posted',
      'conversation.opened',
    ]);
    expect(created.secret).toMatch(/^whsec_/);
    const rotated = await call<{ secret: string }>(test, {
      method: 'POST',
      url: `/api/v1/webhooks/${created.webhookId}/rotate-secret`,
      headers: bearer(acme.tokens.ad1),
      payload: {},
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.secret);
    for (const url of ['/api/v1/webhooks', `/api/v1/webhooks/${created.webhookId}`, '/api/v1/audit-log']) {
      const answer = await call(test, { method: 'GET', url, headers: bearer(acme.tokens.ad1) });
      expect(answer.status).toBe(200);
      expect(answer.text).not.toContain(created.secret);
      expect(answer.text).not.toContain(rotated.body.secret);
    }
    const audit = await call<{ items: { type: string }[] }>(test, {
      method: 'GET',
      url: '/api/v1/audit-log',
      headers: bearer(acme.tokens.ad1),
    });
    expect(audit.body.items.map((item) => item.type)).toEqual(
      expect.arrayContaining(['WebhookSaved', 'WebhookSecretSet']),
    );
    const list = await call<{ items: { events: string[]; enabled: boolean }[] }>(test, {
      method: 'GET',
      url: '/api/v1/webhooks',
      headers: bearer(acme.tokens.ad1),
    });
    expect(list.body.items).toEqual([
      expect.objectContaining({ events: ['conversation.opened', 'message.posted'], enabled: true }),
    ]);
  });
});

describe('webhook deliveries', () => {
  it('delivers signed public messages in order per conversation, never internal notes', async () => {
    const test = await server();
    const acme = await test.tenant('acme');
    const hook = await receiver();
    // Slow, uneven answers: order must still hold per conversation.
    hook.answer = (_request, n) => ({ status: 200, delayMs: (n * 7) % 30 });
    const created = await createWebhook(test, acme, hook.url, [
      'message.posted',
      'conversation.opened',
      'conversation.assigned',
    ]);
    await acme.run({ type: 'ConnectAgent', agentId: 'a1' });
    await acme.run({ type: 'SetAgentStatus', agentId: 'a1', status: 'available' });
    await openConversation(acme, 'k1');
    await openConversation(acme, 'k2');
    for (let n = 1; n <= 6; n += 1) {
      await customerSays(acme, 'k1', n);
      await customerSays(acme, 'k2', n);
    }
    await acme.run({
      type: 'PostMessage',
      conversationId: 'k1',
      messageId: 'k1-note',
      author: { kind: 'agent', agentId: 'a1' },
      visibility: 'internal',
      text: 'secret internal note',
    });
    await acme.run({
      type: 'PostMessage',
      conversationId: 'k1',
      messageId: 'k1-reply',
      author: { kind: 'agent', agentId: 'a1' },
      visibility: 'public',
      text: 'how can I help?',
    });
    await until('every message', () => hook.ofType('message.posted').length === 15);
    await test.server.webhooks.settle();
    expect(hook.requests.some((request) => request.body.includes('secret internal note'))).toBe(false);
    for (const request of hook.requests) {
      const signature = request.headers['switchboard-signature'] as string;
      const now = Math.floor(test.clock.now() / 1000);
      expect(verifySignature(signature, created.secret, request.body, now)).toBe('valid');
      expect(verifySignature(signature, 'whsec_wrong', request.body, now)).toBe('mismatch');
      expect(request.headers['switchboard-delivery']).toBe(request.json.id);
      expect(request.json.tenantId).toBe('acme');
    }
    for (const conversationId of ['k1', 'k2']) {
      const mine = hook.requests.filter((request) => request.json.conversationId === conversationId);
      expect(mine[0]?.json.type).toBe('conversation.opened');
      expect(mine[0]?.json.data.customer).toEqual({ id: `c-${conversationId}` });
      const assigned = mine.find((request) => request.json.type === 'conversation.assigned');
      expect(assigned?.json.data.agent).toEqual({ id: 'a1', name: 'A1' });
      const texts = mine.filter((request) => request.json.type === 'message.posted').map((r) => r.json.data.text);
      const expected = ['hello', ...[1, 2, 3, 4, 5, 6].map((n) => `message ${n}`)];
      expect(texts).toEqual(conversationId === 'k1' ? [...expected, 'how can I help?'] : expected);
    }
    const reply = hook.ofType('message.posted').find((request) => request.json.data.text === 'how can I help?');
    expect(reply?.json.data.author).toEqual({ kind: 'agent', agentId: 'a1', name: 'A1' });
    const log = await deliveries(test, acme, created.webhookId, '?status=delivered&limit=100');
    expect(log).toHaveLength(hook.requests.length);
    expect(log.every((row) => row.attempts === 1 && row.lastStatusCode === 200)).toBe(true);
  });

  it('retries after 500s with growing delays, with the same delivery id, then delivers', async () => {
    const test = await server();
    const acme = await test.tenant('acme');
    const hook = await receiver();
    hook.answer = (_request, n) => ({ status: n < 2 ? 500 : 204 });
    const created = await createWebhook(test, acme, hook.url, ['conversation.opened']);
    await openConversation(acme, 'k1');
    await until('the first attempt', () => hook.requests.length === 1);
    await test.server.webhooks.settle();
    let [row] = await deliveries(test, acme, created.webhookId);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });
    // Full jitter at 0.5: half of 10 s, then half of 30 s.
    expect(Date.parse(row?.nextAttemptAt ?? '') - test.clock.now()).toBe(5000);
    test.clock.advanceBy(4999);
    test.server.webhooks.wake();
    await test.server.webhooks.settle();
    expect(hook.requests).toHaveLength(1);
    test.clock.advanceBy(1);
    test.server.webhooks.wake();
    await until('the second attempt', () => hook.requests.length === 2);
    await test.server.webhooks.settle();
    [row] = await deliveries(test, acme, created.webhookId);
    expect(Date.parse(row?.nextAttemptAt ?? '') - test.clock.now()).toBe(15_000);
    test.clock.advanceBy(15_000);
    test.server.webhooks.wake();
    await until('the third attempt', () => hook.requests.length === 3);
    await test.server.webhooks.settle();
    [row] = await deliveries(test, acme, created.webhookId);
    expect(row).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204 });
    expect(new Set(hook.requests.map((request) => request.headers['switchboard-delivery'])).size).toBe(1);
    expect(new Set(hook.requests.map((request) => request.body)).size).toBe(1);
  });

  it('retries after a timeout, and fails at once on a 4xx, logged with the reason', async () => {
    const test = await server();
    const acme = await test.tenant('acme');
    const hook = await receiver();
    hook.answer = (request, n) =>
      request.json.conversationId === 'gone' ? { status: 410 } : { status: 200, delayMs: n === 0 ? 2000 : 0 };
    const created = await createWebhook(test, acme, hook.url, ['conversation.opened']);
    await openConversation(acme, 'slow');
    await until('the first attempt', () => hook.requests.length === 1);
    await test.server.webhooks.settle();
    let [slow] = await deliveries(test, acme, created.webhookId);
    expect(slow).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null });
    expect(slow?.lastError).toContain('timeout');
    test.clock.advanceBy(5000);
    test.server.webhooks.wake();
    await until('the retry', () => hook.requests.length === 2);
    await test.server.webhooks.settle();
    [slow] = await deliveries(test, acme, created.webhookId);
    expect(slow).toMatchObject({ status: 'delivered', attempts: 2 });

    await openConversation(acme, 'gone');
    await until('the 410', () => hook.requests.length === 3);
    await test.server.webhooks.settle();
    const failed = await deliveries(test, acme, created.webhookId, '?status=failed');
    expect(failed).toEqual([expect.objectContaining({ status: 'failed', attempts: 1, lastStatusCode: 410 })]);
    expect(failed[0]?.lastError).toContain('not retried');
  });

  it('gives up after the retry window and logs the failure; send again delivers it with the same id', async () => {
    const test = await server();
    const acme = await test.tenant('acme');
    const hook = await receiver();
    let up = false;
    hook.answer = () => ({ status: up ? 200 : 503 });
    const created = await createWebhook(test, acme, hook.url, ['conversation.opened']);
    await openConversation(acme, 'k1');
    for (let round = 0; round < 20; round += 1) {
      await until('an attempt', () => hook.requests.length === round + 1);
      await test.server.webhooks.settle();
      const [row] = await deliveries(test, acme, created.webhookId);
      if (row?.status === 'failed') break;
      test.clock.advanceTo(Date.parse(row?.nextAttemptAt ?? ''));
      test.server.webhooks.wake();
    }
    const [failed] = await deliveries(test, acme, created.webhookId);
    expect(failed?.status).toBe('failed');
    expect(failed?.lastError).toContain('gave up');
    // 5 s, 15 s, 45 s, 135 s, 405 s: the next would end past the 10-minute window.
    expect(failed?.attempts).toBe(5);
    up = true;
    const again = await call<DeliveryRow>(test, {
      method: 'POST',
      url: `/api/v1/webhooks/${created.webhookId}/deliveries/${failed?.deliveryId}/redeliver`,
      headers: bearer(acme.tokens.ad1),
      payload: {},
    });
    expect(again.status, again.text).toBe(200);
    await until('the redelivery', () => hook.requests.length === 6);
    await test.server.webhooks.settle();
    const [delivered] = await deliveries(test, acme, created.webhookId);
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 6, lastStatusCode: 200 });
    expect(new Set(hook.requests.map((request) => request.json.id))).toEqual(new Set([failed?.deliveryId]));
  });

  it('loses nothing while the receiver is down: every message arrives once it is back', async () => {
    const test = await server();
    const acme = await test.tenant('acme');
    const hook = await receiver();
    const created = await createWebhook(test, acme, hook.url, ['message.posted']);
    await openConversation(acme, 'k1');
    await until('the first message', () => hook.requests.length === 1);
    // Its answer recorded before the receiver goes (else it may count as failed, and pending).
    await test.server.webhooks.settle();
    expect(await deliveries(test, acme, created.webhookId, '?status=delivered')).toHaveLength(1);
    await hook.stop();
    for (let n = 1; n <= 5; n += 1) await customerSays(acme, 'k1', n);
    await test.server.webhooks.settle();
    const pending = await deliveries(test, acme, created.webhookId, '?status=pending');
    expect(pending).toHaveLength(5);
    // Only the head of the conversation was tried: the later ones wait behind it.
    expect(pending.filter((row) => row.attempts > 0)).toHaveLength(1);
    await hook.start();
    for (let round = 0; round < 10 && hook.ofType('message.posted').length < 6; round += 1) {
      test.clock.advanceBy(60_000);
      test.server.webhooks.wake();
      await test.server.webhooks.settle();
    }
    const texts = hook.ofType('message.posted').map((request) => request.json.data.text);
    expect(texts).toEqual(['hello', 'message 1', 'message 2', 'message 3', 'message 4', 'message 5']);
    const ids = hook.requests.map((request) => request.json.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await deliveries(test, acme, created.webhookId, '?status=delivered')).toHaveLength(6);
  });

  it('resumes pending deliveries after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-webhooks-'));
    dirs.push(dataDir);
    const hook = await receiver();
    hook.answer = () => ({ status: 503 });
    const first = await server({ dataDir });
    const acme = await first.tenant('acme');
    const created = await createWebhook(first, acme, hook.url, ['message.posted']);
    await openConversation(acme, 'k1');
    await customerSays(acme, 'k1', 1);
    await until('an attempt', () => hook.requests.length === 1);
    await first.server.webhooks.settle();
    await first.close();
    open.splice(open.indexOf(first), 1);

    hook.answer = () => ({ status: 200 });
    const second = await server({ dataDir });
    second.clock.advanceBy(60_000);
    second.server.webhooks.wake();
    await until('both messages', () => hook.ofType('message.posted').length === 3);
    const texts = hook.ofType('message.posted').map((request) => request.json.data.text);
    expect(texts).toEqual(['hello', 'hello', 'message 1']);
    expect(hook.requests[0]?.json.id).toBe(hook.requests[1]?.json.id);
    const token = await second.server.tokens.issue({ kind: 'agent', tenantId: 'acme', agentId: 'ad1', role: 'admin' });
    const log = await call<{ items: DeliveryRow[] }>(second, {
      method: 'GET',
      url: `/api/v1/webhooks/${created.webhookId}/deliveries`,
      headers: bearer(token),
    });
    expect(log.body.items.map((row) => row.status)).toEqual(['delivered', 'delivered']);
  });

  it('refuses to deliver to a host name resolving to loopback unless private addresses are allowed', async () => {
    const test = await server({ outbound: { allowHttp: true, allowPrivateAddresses: false } });
    const acme = await test.tenant('acme');
    const hook = await receiver();
    // The machine's own name resolves to a loopback or private address: the URL passes the save
    // check (it is not a literal address), and the connection is refused.
    const name = hostname();
    const { address } = await lookup(name);
    expect(isPublicAddress(address)).toBe(false);
    const created = await createWebhook(test, acme, hook.urlByName(name), ['conversation.opened']);
    const ping = await call<{ deliveryId: string }>(test, {
      method: 'POST',
      url: `/api/v1/webhooks/${created.webhookId}/ping`,
      headers: bearer(acme.tokens.ad1),
      payload: {},
    });
    expect(ping.status, ping.text).toBe(202);
    await openConversation(acme, 'k1');
    await until('both refused', () => false, 300).catch(() => undefined);
    await test.server.webhooks.settle();
    const log = await deliveries(test, acme, created.webhookId);
    expect(log.map((row) => row.eventType).sort()).toEqual(['conversation.opened', 'ping']);
    for (const row of log) {
      expect(row).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null });
      expect(row.lastError).toContain('refused');
    }
    expect(hook.requests).toHaveLength(0);
  });

  it('sends a signed ping on request', async () => {
    const test = await server();
    const acme = await test.tenant('acme');
    const hook = await receiver();
    const created = await createWebhook(test, acme, hook.url, []);
    const ping = await call<{ deliveryId: string }>(test, {
      method: 'POST',
      url: `/api/v1/webhooks/${created.webhookId}/ping`,
      headers: bearer(acme.tokens.ad1),
      payload: {},
    });
    await until('the ping', () => hook.requests.length === 1);
    const [request] = hook.requests;
    expect(request?.json).toMatchObject({ id: ping.body.deliveryId, type: 'ping', tenantId: 'acme' });
    const now = Math.floor(test.clock.now() / 1000);
    expect(
      verifySignature(request?.headers['switchboard-signature'] as string, created.secret, request?.body ?? '', now),
    ).toBe('valid');
  });
});

describe('webhook delivery log', () => {
  it('prunes settled deliveries after the retention', async () => {
    const test = await startTestServer({
      server: { outbound: loopbackAllowed, webhooks: { ...fast, retentionMs: 60_000, pruneEveryMs: 1000 } },
    });
    open.push(test);
    const acme = await test.tenant('acme');
    const hook = await receiver();
    const created = await createWebhook(test, acme, hook.url, ['conversation.opened']);
    await openConversation(acme, 'k1');
    await until('the delivery', () => hook.requests.length === 1);
    await test.server.webhooks.settle();
    expect(await deliveries(test, acme, created.webhookId)).toHaveLength(1);
    test.clock.advanceBy(59_000);
    test.server.webhooks.wake();
    await test.server.webhooks.settle();
    expect(await deliveries(test, acme, created.webhookId)).toHaveLength(1);
    test.clock.advanceBy(2000);
    test.server.webhooks.wake();
    await test.server.webhooks.settle();
    expect(await deliveries(test, acme, created.webhookId)).toEqual([]);
  });
});
