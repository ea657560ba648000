/**
 * Customer profiles by the tenant's external id (issue 18): the shop's back-end creates and updates
 * a customer — contact, custom attributes and the rest — with its own id; the verified widget
 * customer signing in with that id is the same customer, whose profile the agent's panel shows and
 * whose attributes routing rules read; other tenants never see it; bad input changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerProfileLimits } from '../../src/domain/customer.js';
import { signUserId } from '../../src/transport/auth/widget-tokens.js';
import { apiKey, bearer, call, expectError, type Headers } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;
let globex: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  globex = await test.tenant('globex');
  await acme.run({ type: 'ConnectAgent', agentId: 'a1' });
});

afterEach(async () => {
  await test.close();
});

const url = (externalId: string): string => `/api/v1/customers/by-external-id/${encodeURIComponent(externalId)}`;
const write = (method: 'PUT' | 'PATCH', headers: Headers, externalId: string, payload: unknown) =>
  call(test, { method, url: url(externalId), headers, payload: payload as Record<string, unknown> });
const read = (headers: Headers, path: string) => call(test, { method: 'GET', url: path, headers });

const profile = {
  name: '王芳',
  vipLevel: 2,
  language: 'zh-CN',
  labels: ['repeat-buyer'],
  dedicatedAgentId: 'a2',
  contact: { phone: '+86 138 0013 8000', email: 'wang.fang@example.com' },
  attributes: { tier: 'gold', lifetimeSpend: '25000' },
};

describe('customer profiles by external id', () => {
  it('creates a verified customer u:<id> with the API key, readable by both ids', async () => {
    const created = await write('PUT', apiKey(acme.apiKey), 'shop-42', profile);
    expect(created.status, created.text).toBe(200);
    expect(created.body).toEqual({
      customerId: 'u:shop-42',
      externalId: 'shop-42',
      verified: true,
      ...profile,
      lastAgentId: null,
      lastServedAt: null,
    });
    expect((await read(bearer(acme.tokens.a1), url('shop-42'))).body).toEqual(created.body);
    expect((await read(bearer(acme.tokens.a1), '/api/v1/customers/u:shop-42')).body).toEqual(created.body);
  });

  it('PATCH merges the fields given (attributes key by key, null removing) and PUT replaces', async () => {
    const patched = await write('PATCH', bearer(acme.tokens.s1), 'shop-7', { name: 'Ann', attributes: { a: '1' } });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toMatchObject({ customerId: 'u:shop-7', name: 'Ann', vipLevel: 0, attributes: { a: '1' } });

    await write('PUT', apiKey(acme.apiKey), 'shop-7', profile);
    const merged = await write('PATCH', bearer(acme.tokens.ad1), 'shop-7', {
      vipLevel: 4,
      contact: { email: null },
      attributes: { tier: null, lastOrderAt: '2026-12-04T10:00:00+08:00' },
    });
    expect(merged.body).toMatchObject({
      name: '王芳',
      vipLevel: 4,
      labels: ['repeat-buyer'],
      dedicatedAgentId: 'a2',
      contact: { phone: '+86 138 0013 8000', email: null },
      attributes: { lifetimeSpend: '25000', lastOrderAt: '2026-12-04T10:00:00+08:00' },
    });

    const replaced = await write('PUT', apiKey(acme.apiKey), 'shop-7', { name: 'Ann' });
    expect(replaced.body).toMatchObject({
      name: 'Ann',
      vipLevel: 0,
      labels: [],
      dedicatedAgentId: null,
      contact: { phone: null, email: null },
      attributes: {},
    });
  });

  it('the verified widget customer with that id gets the profile: in the agent’s panel and in routing', async () => {
    await acme.run({
      type: 'SaveRoutingRules',
      rules: [
        {
          id: 'big-spender',
          name: 'Big spender',
          enabled: true,
          conditions: { facts: [{ attribute: 'lifetimeSpend', op: 'gte', value: 10_000 }] },
          actions: { priority: 7 },
        },
      ],
    });
    await write('PUT', apiKey(acme.apiKey), 'shop-42', profile);

    const secret = await call<{ secret: string }>(test, {
      method: 'POST',
      url: '/api/v1/widget-secret',
      headers: bearer(acme.tokens.ad1),
    });
    const issuedAt = Math.floor(test.clock.now() / 1000);
    const session = await call<{ token: string; subject: string }>(test, {
      method: 'POST',
      url: '/api/v1/widget/session',
      payload: {
        tenantId: 'acme',
        userId: 'shop-42',
        issuedAt,
        signature: signUserId(secret.body.secret, 'shop-42', issuedAt),
      },
    });
    expect(session.body.subject).toBe('u:shop-42');
    const opened = await call<{ customerId: string; priority: number }>(test, {
      method: 'POST',
      url: '/api/v1/conversations',
      headers: bearer(session.body.token),
      payload: { conversationId: 'c1', channel: 'web', source: 'site', text: '我的订单' },
    });
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body.priority).toBe(7);

    // What the agent's customer panel asks for: the conversation's customer, then their profile.
    const conversation = await read(bearer(acme.tokens.a1), '/api/v1/conversations/c1');
    const { customerId } = conversation.body as { customerId: string };
    const panel = await read(bearer(acme.tokens.a1), `/api/v1/customers/${encodeURIComponent(customerId)}`);
    expect(panel.body).toMatchObject({
      customerId: 'u:shop-42',
      externalId: 'shop-42',
      verified: true,
      name: '王芳',
      contact: profile.contact,
      attributes: profile.attributes,
    });
    // The customer themself never reads it.
    expectError(await read(bearer(session.body.token), url('shop-42')), 403, 'FORBIDDEN');
  });

  it('another tenant cannot read it, and its own write with the same id touches only its own customer', async () => {
    await write('PUT', apiKey(acme.apiKey), 'shop-42', profile);
    expectError(await read(apiKey(globex.apiKey), url('shop-42')), 404, 'CUSTOMER_NOT_FOUND');
    expectError(await read(bearer(globex.tokens.ad1), '/api/v1/customers/u:shop-42'), 404, 'CUSTOMER_NOT_FOUND');
    const theirs = await write('PATCH', apiKey(globex.apiKey), 'shop-42', { name: 'Someone else' });
    expect(theirs.body).toMatchObject({ name: 'Someone else', attributes: {} });
    expect((await read(apiKey(acme.apiKey), url('shop-42'))).body).toMatchObject({
      name: '王芳',
      attributes: profile.attributes,
    });
  });

  it('refuses bad input and agents’ writes with catalogue codes, changing nothing', async () => {
    const before = await write('PUT', apiKey(acme.apiKey), 'shop-42', profile);
    const tooMany = Object.fromEntries(
      Array.from({ length: customerProfileLimits.attributes + 1 }, (_, i) => [`k${i}`, 'v']),
    );
    const bad: readonly unknown[] = [
      { attributes: tooMany },
      { attributes: { tier: 'x'.repeat(customerProfileLimits.attributeValueLength + 1) } },
      { attributes: { 'bad key': 'v' } },
      { attributes: { ['k'.repeat(customerProfileLimits.attributeKeyLength + 1)]: 'v' } },
      { attributes: { tier: { nested: 'v' } } },
      { attributes: ['tier'] },
      { contact: { phone: 'call me maybe' } },
      { contact: { email: 'not-an-address' } },
      { contact: { fax: '123' } },
      { vipLevel: -1 },
      { verified: false },
      { nickname: 'x' },
    ];
    for (const payload of bad) {
      for (const method of ['PUT', 'PATCH'] as const) {
        expectError(await write(method, apiKey(acme.apiKey), 'shop-42', payload), 400, 'VALIDATION_FAILED');
      }
    }
    expectError(await write('PATCH', apiKey(acme.apiKey), 'not a valid id', { name: 'x' }), 400, 'VALIDATION_FAILED');
    expectError(
      await write('PATCH', apiKey(acme.apiKey), 'shop-42', { dedicatedAgentId: 'ghost' }),
      404,
      'AGENT_NOT_FOUND',
    );
    // 50 attributes already stored, then one more by PATCH: beyond the bound once merged.
    const fifty = Object.fromEntries(
      Array.from({ length: customerProfileLimits.attributes }, (_, i) => [`k${i}`, 'v']),
    );
    await write('PUT', apiKey(acme.apiKey), 'shop-50', { attributes: fifty });
    expectError(
      await write('PATCH', apiKey(acme.apiKey), 'shop-50', { attributes: { one: 'more' } }),
      422,
      'INVALID_CONFIGURATION',
    );
    expectError(await write('PATCH', bearer(acme.tokens.a1), 'shop-42', { name: 'x' }), 403, 'FORBIDDEN');
    expect((await read(apiKey(acme.apiKey), url('shop-42'))).body).toEqual(before.body);
    expect(Object.keys((await read(apiKey(acme.apiKey), url('shop-50'))).body as object)).toContain('attributes');
    expect(
      Object.keys(((await read(apiKey(acme.apiKey), url('shop-50'))).body as { attributes: object }).attributes),
    ).toHaveLength(50);
  });
});
