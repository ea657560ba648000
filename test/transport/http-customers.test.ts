/**
 * Customer profiles over HTTP: VIP level, language, labels and dedicated agent, written by
 * supervisors, admins or the tenant's backend, read by staff and never by the customer themself.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, call, customerToken, expectError } from '../support/http-fixtures.js';
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

describe('customers', () => {
  it('saves a profile, keeps how the customer signed in, and shows their last agent', async () => {
    const customer = await customerToken(test, 'acme', 'visitor-0001');
    const opened = await call<{ ownerId: string }>(test, {
      method: 'POST',
      url: '/api/v1/conversations',
      headers: bearer(customer),
      payload: { conversationId: 'c1', channel: 'web', source: 'site', text: 'hello' },
    });
    await call(test, { method: 'POST', url: '/api/v1/conversations/c1/close', headers: bearer(customer) });
    const saved = await call(test, {
      method: 'PUT',
      url: '/api/v1/customers/v:visitor-0001',
      headers: bearer(acme.tokens.s1),
      payload: { name: 'Ann', vipLevel: 2, language: 'en-US', labels: ['celebrity'], dedicatedAgentId: 'a2' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({
      customerId: 'v:visitor-0001',
      name: 'Ann',
      verified: false,
      vipLevel: 2,
      language: 'en-US',
      labels: ['celebrity'],
      dedicatedAgentId: 'a2',
      externalId: null,
      contact: { phone: null, email: null },
      attributes: {},
      lastAgentId: opened.body.ownerId,
      lastServedAt: new Date(test.clock.now()).toISOString(),
    });
    const read = await call(test, {
      method: 'GET',
      url: '/api/v1/customers/v:visitor-0001',
      headers: bearer(acme.tokens.a1),
    });
    expect(read.body).toEqual(saved.body);
  });

  it('keeps profiles from customers and agents’ writes, and refuses unknown dedicated agents', async () => {
    const customer = await customerToken(test, 'acme', 'visitor-0002');
    expectError(
      await call(test, { method: 'GET', url: '/api/v1/customers/v:visitor-0002', headers: bearer(customer) }),
      403,
      'FORBIDDEN',
    );
    const put = (token: string, payload: Record<string, unknown>) =>
      call(test, { method: 'PUT', url: '/api/v1/customers/x1', headers: bearer(token), payload });
    expectError(await put(acme.tokens.a1, { vipLevel: 1 }), 403, 'FORBIDDEN');
    expectError(await put(acme.tokens.ad1, { dedicatedAgentId: 'ghost' }), 404, 'AGENT_NOT_FOUND');
    expectError(
      await call(test, { method: 'GET', url: '/api/v1/customers/x1', headers: bearer(acme.tokens.a1) }),
      404,
      'CUSTOMER_NOT_FOUND',
    );
  });
});
