/**
 * The enrichment hook (issue 18; docs/routing.md, "Enrichment hook") against a real HTTP receiver
 * on loopback: the hook's facts steer routing rules when it answers in time; a timeout, a 500,
 * garbage or a closed port open the conversation on the defaults; the receiver verifies the
 * signature; answers are cached per customer; a hook that hangs for one customer holds nobody
 * else's routing, in its tenant or another; a loopback URL is refused unless the operator allows it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skillGroup } from '../../src/domain/skill-group.js';
import { verifySignature, SIGNATURE_HEADER } from '../../src/services/outbound/signature.js';
import { answer, Receiver, type Behaviour } from '../support/hook-receiver.js';
import { apiKey, bearer, call, expectError } from '../support/http-fixtures.js';
import { rule } from '../support/routing-helpers.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

const SECRET = 'hook-secret-0123456789abcdef';
const loopbackAllowed = { allowHttp: true, allowPrivateAddresses: true };

let test: TestServer;
let acme: SeededTenant;
let receiver: Receiver;

interface ConversationBody {
  readonly conversationId: string;
  readonly groupId: string;
  readonly priority: number;
  readonly status: string;
  readonly ownerId: string | null;
  readonly attributes: Record<string, string>;
}

/** Gives the tenant a `vip` group and rules on the hook's facts, and the hook at the receiver. */
async function configure(tenant: SeededTenant, hook: { timeoutMs?: number; cacheSeconds?: number } = {}) {
  await tenant.run({ type: 'SaveSkillGroup', group: skillGroup({ id: 'vip', name: 'VIP' }) });
  await tenant.run({
    type: 'SaveRoutingRules',
    rules: [
      rule(
        'big-order',
        { facts: [{ attribute: 'orderAmount', op: 'gte', value: 5000 }] },
        { groupId: 'vip', priority: 5 },
      ),
      rule('gold', { labels: { any: ['gold'] }, vipLevel: { min: 3 } }, { priority: 2 }),
    ],
  });
  const saved = await call(test, {
    method: 'PUT',
    url: '/api/v1/enrichment-hook',
    headers: bearer(tenant.tokens.ad1),
    payload: { enabled: true, url: receiver.url, secret: SECRET, timeoutMs: 150, cacheSeconds: 60, ...hook },
  });
  expect(saved.status, saved.text).toBe(200);
}

async function open(tenant: SeededTenant, customerId: string, attributes: Record<string, string> = {}) {
  const opened = await call<ConversationBody>(test, {
    method: 'POST',
    url: '/api/v1/conversations',
    headers: apiKey(tenant.apiKey),
    payload: { customerId, channel: 'web', source: 'app', text: 'hello', attributes },
  });
  expect(opened.status, opened.text).toBe(201);
  return opened.body;
}

async function metricsText(): Promise<string> {
  return (await call(test, { method: 'GET', url: '/metrics' })).text;
}

beforeEach(async () => {
  receiver = new Receiver();
  await receiver.start();
  test = await startTestServer({ server: { outbound: loopbackAllowed } });
  acme = await test.tenant('acme');
});

afterEach(async () => {
  await test.close();
  await receiver.close();
});

describe('enrichment hook answering in time', () => {
  it('routes on its facts: an order amount of 8800 sends the conversation to VIP with priority 5', async () => {
    await configure(acme);
    receiver.behaviour = () => answer({ attributes: { orderAmount: 8800, orderStatus: 'paid' } });
    const conversation = await open(acme, 'u:shopper-1', { page: '/orders/77' });
    expect(conversation.groupId).toBe('vip');
    expect(conversation.priority).toBe(5);
    // The facts join the entry point's attributes, as text; staff see them with the conversation.
    expect(conversation.attributes).toMatchObject({ page: '/orders/77', orderAmount: '8800', orderStatus: 'paid' });

    const [request] = receiver.asked('u:shopper-1');
    expect(request?.body).toMatchObject({
      tenantId: 'acme',
      customer: { id: 'u:shopper-1', externalId: 'shopper-1' },
      conversation: { channel: 'web', source: 'app', attributes: { page: '/orders/77' } },
    });
    expect(request?.body.requestedAt).toBe(new Date(test.clock.now()).toISOString());
  });

  it("wins over the entry point's attribute of the same name, and its labels and VIP level steer rules", async () => {
    await configure(acme);
    receiver.behaviour = (request) =>
      request.customer.id === 'u:small'
        ? answer({ attributes: { orderAmount: '120' } })
        : answer({ labels: ['gold'], vipLevel: 3 });
    // The browser claims a big order; the back-end says 120.
    const small = await open(acme, 'u:small', { orderAmount: '99999' });
    expect(small.groupId).toBe('g');
    expect(small.priority).toBe(0);
    expect(small.attributes.orderAmount).toBe('120');
    const gold = await open(acme, 'u:gold');
    expect(gold.priority).toBe(2);
    // The profile is not changed by the hook: it is the back-end's to keep (customer API).
    const profile = await call<{ labels: string[]; vipLevel: number }>(test, {
      method: 'GET',
      url: '/api/v1/customers/u:gold',
      headers: bearer(acme.tokens.s1),
    });
    expect(profile.status === 404 || (profile.body.vipLevel === 0 && profile.body.labels.length === 0)).toBe(true);
  });

  it('signs each request so the receiver can verify it', async () => {
    await configure(acme);
    receiver.behaviour = () => answer({});
    await open(acme, 'u:signed');
    const [request] = receiver.asked('u:signed');
    const header = request?.headers[SIGNATURE_HEADER] as string | undefined;
    const nowSeconds = Math.floor(test.clock.now() / 1000);
    expect(verifySignature(header, SECRET, request?.raw ?? '', nowSeconds)).toBe('valid');
    expect(verifySignature(header, 'another-secret-0123456789', request?.raw ?? '', nowSeconds)).toBe('mismatch');
  });

  it('asks once per customer within the cache time, and again after it', async () => {
    await configure(acme, { cacheSeconds: 60 });
    receiver.behaviour = () => answer({ attributes: { orderAmount: 6000 } });
    expect((await open(acme, 'u:repeat')).groupId).toBe('vip');
    test.clock.advanceBy(30_000);
    expect((await open(acme, 'u:repeat')).groupId).toBe('vip');
    expect(receiver.asked('u:repeat')).toHaveLength(1);
    test.clock.advanceBy(31_000);
    await open(acme, 'u:repeat');
    expect(receiver.asked('u:repeat')).toHaveLength(2);
    expect(await metricsText()).toMatch(/switchboard_enrichment_reused_total\{how="cache"\} 1/);
  });

  it('shares one call between concurrent opens of the same customer', async () => {
    await configure(acme, { timeoutMs: 2000 });
    receiver.behaviour = () => 'hang';
    const first = open(acme, 'u:twice');
    const second = open(acme, 'u:twice');
    await until(() => receiver.asked('u:twice').length === 1);
    receiver.release(JSON.stringify({ attributes: { orderAmount: 7000 } }));
    const both = await Promise.all([first, second]);
    expect(both.map((conversation) => conversation.groupId)).toEqual(['vip', 'vip']);
    expect(receiver.asked('u:twice')).toHaveLength(1);
  });
});

describe('enrichment hook failing: the conversation opens on the defaults', () => {
  it.each([
    ['times out', (): Behaviour => 'hang', 'timeout'],
    ['answers 500', (): Behaviour => ({ status: 500, body: '{"attributes":{"orderAmount":9000}}' }), 'error'],
    ['answers garbage', (): Behaviour => ({ status: 200, body: '<html>oops' }), 'invalid'],
    ['answers the wrong shape', (): Behaviour => answer({ attributes: { orderAmount: { n: 1 } } }), 'invalid'],
    ['answers too much', (): Behaviour => answer({ attributes: { note: 'x'.repeat(20_000) } }), 'invalid'],
  ])('when it %s', async (_what, behaviour, outcome) => {
    await configure(acme, { timeoutMs: 150 });
    receiver.behaviour = behaviour;
    const conversation = await open(acme, 'u:unlucky', { page: '/home' });
    expect(conversation.groupId).toBe('g');
    expect(conversation.priority).toBe(0);
    expect(conversation.attributes).toEqual({ page: '/home' });
    expect(receiver.asked('u:unlucky')).toHaveLength(1);
    expect(await metricsText()).toContain(`switchboard_enrichment_calls_total{outcome="${outcome}"} 1`);
    // A failure is not cached: the next open asks again.
    await open(acme, 'u:unlucky');
    expect(receiver.asked('u:unlucky')).toHaveLength(2);
  });

  it('when its port is closed', async () => {
    await configure(acme);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) =>
      closed.close(() => {
        resolve();
      }),
    );
    await call(test, {
      method: 'PUT',
      url: '/api/v1/enrichment-hook',
      headers: bearer(acme.tokens.ad1),
      payload: { enabled: true, url: `http://127.0.0.1:${port}/enrich` },
    });
    const conversation = await open(acme, 'u:nobody-home');
    expect(conversation.groupId).toBe('g');
    expect(await metricsText()).toContain('switchboard_enrichment_calls_total{outcome="error"} 1');
  });

  it('when it is disabled, nothing is asked', async () => {
    await configure(acme);
    await call(test, {
      method: 'PUT',
      url: '/api/v1/enrichment-hook',
      headers: bearer(acme.tokens.ad1),
      payload: { enabled: false, url: receiver.url },
    });
    expect((await open(acme, 'u:quiet')).groupId).toBe('g');
    expect(receiver.received).toHaveLength(0);
  });
});

describe('a slow hook holds nobody else', () => {
  it("routes customer B of the same tenant and of another tenant while A's hook request is still open", async () => {
    const beta = await test.tenant('beta');
    for (const tenant of [acme, beta]) {
      await configure(tenant, { timeoutMs: 2000 });
      await tenant.run({ type: 'ConnectAgent', agentId: 'a1' });
    }
    receiver.behaviour = (request) => (request.customer.id === 'u:slow' ? 'hang' : answer({}));
    const slow = open(acme, 'u:slow');
    await until(() => receiver.asked('u:slow').length === 1);

    const sameTenant = await open(acme, 'u:quick');
    const otherTenant = await open(beta, 'u:quick');
    for (const conversation of [sameTenant, otherTenant]) {
      expect(conversation.status).toBe('active');
      expect(conversation.ownerId).toBe('a1');
    }
    // A's request is still open at the receiver, and A's conversation does not exist yet.
    expect(receiver.asked('u:slow')[0]?.answered).toBe(false);
    const conversations = test.server.registry.actor('acme')?.view.conversations;
    expect([...(conversations?.values() ?? [])].map((conversation) => conversation.customerId)).toEqual(['u:quick']);

    receiver.release(JSON.stringify({ attributes: { orderAmount: 5000 } }));
    expect((await slow).groupId).toBe('vip');
  });
});

describe('a customer opening their own conversation', () => {
  it('with a widget token is enriched too (anonymous: no external id)', async () => {
    await configure(acme);
    receiver.behaviour = () => answer({ attributes: { orderAmount: 5000 } });
    const session = await call<{ token: string; customerId: string }>(test, {
      method: 'POST',
      url: '/api/v1/widget/session',
      payload: { tenantId: 'acme', visitorId: 'visitor-7' },
    });
    const opened = await call<ConversationBody>(test, {
      method: 'POST',
      url: '/api/v1/conversations',
      headers: bearer(session.body.token),
      payload: { channel: 'web', source: 'app', text: 'hi' },
    });
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body.groupId).toBe('vip');
    expect(receiver.received[0]?.body.customer.externalId).toBeUndefined();
  });
});

describe('hook settings', () => {
  it('never shows the secret back, keeps it when left out, and audits the change with it redacted', async () => {
    const empty = await call(test, { method: 'GET', url: '/api/v1/enrichment-hook', headers: bearer(acme.tokens.ad1) });
    expect(empty.body).toEqual({
      configured: false,
      enabled: false,
      url: null,
      secretSet: false,
      timeoutMs: 300,
      cacheSeconds: 60,
    });
    const first = await call(test, {
      method: 'PUT',
      url: '/api/v1/enrichment-hook',
      headers: bearer(acme.tokens.ad1),
      payload: { enabled: true, url: receiver.url },
    });
    expectError(first, 400, 'VALIDATION_FAILED');
    await configure(acme, { timeoutMs: 400 });
    const changed = await call(test, {
      method: 'PUT',
      url: '/api/v1/enrichment-hook',
      headers: bearer(acme.tokens.ad1),
      payload: { enabled: true, url: `${receiver.url}?v=2` },
    });
    expect(changed.body).toEqual({
      configured: true,
      enabled: true,
      url: `${receiver.url}?v=2`,
      secretSet: true,
      timeoutMs: 400,
      cacheSeconds: 60,
    });
    expect(test.server.registry.actor('acme')?.view.settings.enrichmentHook?.secret).toBe(SECRET);
    for (const url of ['/api/v1/enrichment-hook', '/api/v1/tenant', '/api/v1/audit-log']) {
      const read = await call(test, { method: 'GET', url, headers: bearer(acme.tokens.ad1) });
      expect(read.status, url).toBe(200);
      expect(read.text, url).not.toContain(SECRET);
    }
    const audit = await call(test, { method: 'GET', url: '/api/v1/audit-log', headers: bearer(acme.tokens.ad1) });
    expect(audit.text).toContain('enrichmentHook');
    expect(audit.text).toContain('[redacted]');
  });

  it('refuses a loopback URL when the operator does not allow it, and a stricter policy refuses the call', async () => {
    const strict = await startTestServer();
    try {
      const tenant = await strict.tenant('acme');
      const refused = await strict.server.http.inject({
        method: 'PUT',
        url: '/api/v1/enrichment-hook',
        headers: bearer(tenant.tokens.ad1),
        payload: { enabled: true, url: receiver.url, secret: SECRET },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<{ error: { code: string } }>().error.code).toBe('OUTBOUND_URL_REFUSED');
      // Saved before the operator narrowed the policy: the call is refused, the conversation routed.
      await tenant.run({
        type: 'ConfigureTenant',
        settings: {
          enrichmentHook: { enabled: true, url: receiver.url, secret: SECRET, timeoutMs: 300, cacheSeconds: 60 },
        },
      });
      const opened = await strict.server.http.inject({
        method: 'POST',
        url: '/api/v1/conversations',
        headers: apiKey(tenant.apiKey),
        payload: { customerId: 'u:x', channel: 'web', source: 'app' },
      });
      expect(opened.statusCode).toBe(201);
      expect(receiver.received).toHaveLength(0);
      const metrics = await strict.server.http.inject({ method: 'GET', url: '/metrics' });
      expect(metrics.body).toContain('switchboard_enrichment_calls_total{outcome="refused"} 1');
    } finally {
      await strict.close();
    }
  });

  it('test call: shows the facts, or why there are none', async () => {
    await configure(acme);
    const headers = bearer(acme.tokens.ad1);
    receiver.behaviour = () => answer({ attributes: { orderAmount: 5999 }, labels: ['gold'], vipLevel: 2 });
    const good = await call(test, { method: 'POST', url: '/api/v1/enrichment-hook/test', headers, payload: {} });
    expect(good.body).toMatchObject({
      outcome: 'answered',
      status: 200,
      problem: null,
      facts: { attributes: { orderAmount: '5999' }, labels: ['gold'], vipLevel: 2 },
    });
    receiver.behaviour = () => ({ status: 503, body: 'down' });
    const bad = await call(test, {
      method: 'POST',
      url: '/api/v1/enrichment-hook/test',
      headers,
      payload: { customerId: 'u:someone' },
    });
    expect(bad.body).toMatchObject({ outcome: 'error', status: 503, problem: 'answered HTTP 503', facts: null });
    expect(receiver.asked('u:someone')).toHaveLength(1);
  });

  it('test call without a saved hook is ENRICHMENT_HOOK_NOT_SET', async () => {
    const answer = await call(test, {
      method: 'POST',
      url: '/api/v1/enrichment-hook/test',
      headers: bearer(acme.tokens.ad1),
      payload: {},
    });
    expectError(answer, 404, 'ENRICHMENT_HOOK_NOT_SET');
  });
});

/** Waits (polling the event loop) until `condition` holds; fails after 5 s. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not reached');
}
