/**
 * Routing rules over HTTP: the ordered list (first match wins), replaced whole by admins and read by
 * supervisors, sends a new conversation where it says; rules naming what does not exist are refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiKey, bearer, call, expectError } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  for (const agentId of ['a1', 'a2']) await acme.run({ type: 'ConnectAgent', agentId });
});

afterEach(async () => {
  await test.close();
});

const rules = [
  {
    id: 'vip-complaints',
    name: 'VIP complaints',
    enabled: true,
    conditions: { keywords: { any: ['投诉', 'complaint'] }, vipLevel: { min: 3 } },
    actions: { groupId: 'vip', priority: 10, labels: ['complaint'] },
  },
  {
    id: 'refunds',
    name: 'Refunds',
    enabled: true,
    conditions: { keywords: { any: ['退款', 'refund'] } },
    actions: { groupId: 'vip', agentId: 'a2' },
  },
];

describe('routing rules', () => {
  it('replaces the ordered list and routes by the first rule that matches', async () => {
    await call(test, {
      method: 'PUT',
      url: '/api/v1/skill-groups/vip',
      headers: bearer(acme.tokens.ad1),
      payload: { name: 'VIP' },
    });
    await call(test, {
      method: 'PUT',
      url: '/api/v1/skill-groups/vip/members/a2',
      headers: bearer(acme.tokens.ad1),
      payload: { ability: 8, tier: 'primary' },
    });
    const saved = await call<{ rules: unknown[] }>(test, {
      method: 'PUT',
      url: '/api/v1/routing-rules',
      headers: apiKey(acme.apiKey),
      payload: { rules },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.rules).toEqual(rules);
    const read = await call(test, { method: 'GET', url: '/api/v1/routing-rules', headers: bearer(acme.tokens.s1) });
    expect(read.body).toEqual({ rules });

    await call(test, {
      method: 'PUT',
      url: '/api/v1/customers/big-fish',
      headers: apiKey(acme.apiKey),
      payload: { vipLevel: 5 },
    });
    const opened = await call<{ groupId: string; priority: number; labels: string[]; routedBy: { id: string } }>(test, {
      method: 'POST',
      url: '/api/v1/conversations',
      headers: apiKey(acme.apiKey),
      payload: {
        customerId: 'big-fish',
        channel: 'api',
        source: 'crm',
        text: 'I want to file a complaint about a refund',
      },
    });
    expect(opened.body).toMatchObject({
      groupId: 'vip',
      priority: 10,
      labels: ['complaint'],
      routedBy: { id: 'vip-complaints' },
    });
  });

  it('refuses rules naming unknown groups or agents, duplicates, and non-admin writers', async () => {
    const put = (payload: Record<string, unknown>, token = acme.tokens.ad1) =>
      call(test, { method: 'PUT', url: '/api/v1/routing-rules', headers: bearer(token), payload });
    expectError(await put({ rules }), 422, 'INVALID_CONFIGURATION');
    expectError(await put({ rules: [{ ...rules[1], actions: { agentId: 'ghost' } }] }), 422, 'INVALID_CONFIGURATION');
    const twice = { ...rules[1], actions: { groupId: 'g' } };
    expectError(await put({ rules: [twice, twice] }), 422, 'INVALID_CONFIGURATION');
    expectError(await put({ rules: [] }, acme.tokens.s1), 403, 'FORBIDDEN');
    expectError(
      await call(test, { method: 'GET', url: '/api/v1/routing-rules', headers: bearer(acme.tokens.a1) }),
      403,
      'FORBIDDEN',
    );
  });

  it('rules on order facts round-trip, route by amount and check-in time, and hostile shapes are refused', async () => {
    const put = (payload: Record<string, unknown>) =>
      call<{ rules: unknown[] }>(test, {
        method: 'PUT',
        url: '/api/v1/routing-rules',
        headers: bearer(acme.tokens.ad1),
        payload,
      });
    const factRules = [
      {
        id: 'stuck',
        name: 'Check-in passed',
        enabled: true,
        conditions: {
          facts: [
            { attribute: 'checkInAt', op: 'passed' },
            { attribute: 'orderStatus', op: 'not-in', values: ['cancelled'] },
          ],
        },
        actions: { priority: 10 },
      },
      {
        id: 'big',
        name: 'Big orders',
        enabled: true,
        conditions: { facts: [{ attribute: 'orderAmount', op: 'gte', value: 5000 }] },
        actions: { priority: 3 },
      },
    ];
    const saved = await put({ rules: factRules });
    expect(saved.status).toBe(200);
    expect(saved.body.rules).toEqual(factRules);

    const open = async (customerId: string, attributes: Record<string, string>) =>
      (
        await call<{ priority: number }>(test, {
          method: 'POST',
          url: '/api/v1/conversations',
          headers: apiKey(acme.apiKey),
          payload: { customerId, channel: 'api', source: 'hotel', text: 'hello', attributes },
        })
      ).body.priority;
    // The server's clock is simulated: the rule is evaluated at the engine's now, not the wall clock.
    const checkInAt = new Date(test.clock.now() + 30 * 60_000).toISOString();
    expect(await open('early', { checkInAt })).toBe(0);
    expect(await open('rich', { checkInAt, orderAmount: '6000' })).toBe(3);
    expect(await open('odd', { checkInAt: 'soon', orderAmount: 'lots' })).toBe(0);
    test.clock.advanceBy(31 * 60_000);
    expect(await open('late', { checkInAt })).toBe(10);

    const one = (fact: unknown) => ({ rules: [{ ...factRules[1], conditions: { facts: [fact] } }] });
    expectError(await put(one({ attribute: 'a', op: 'matches', value: 1 })), 400, 'VALIDATION_FAILED');
    expectError(await put(one({ attribute: 'a', op: 'in', values: [] })), 400, 'VALIDATION_FAILED');
    expectError(await put(one({ attribute: 'a', op: 'within' })), 400, 'VALIDATION_FAILED');
    expectError(await put(one({ attribute: 'a', op: 'gte', value: 1e300 })), 400, 'VALIDATION_FAILED');
    expectError(await put(one({ attribute: 'a', op: 'in', values: Array.from({ length: 51 }, String) })), 400);
    const many = Array.from({ length: 17 }, (_, i) => ({ attribute: `a${i}`, op: 'passed' }));
    expectError(await put({ rules: [{ ...factRules[1], conditions: { facts: many } }] }), 400, 'VALIDATION_FAILED');
  });
});
