/**
 * Issue 17: staff see who the customer is. The name an anonymous visitor types in the pre-chat form
 * (`attributes.customerName`) becomes their profile's name; the entry point's attributes (page,
 * referrer, device, the site's keys) stay with the conversation; both reach staff in the live view
 * and the conversation list. A verified customer's name is the tenant's and is never replaced.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  await acme.run({ type: 'ConnectAgent', agentId: 'a1' });
});

afterEach(async () => {
  await test.close();
});

const auth = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

async function customerToken(visitorId: string): Promise<string> {
  const reply = await test.server.http.inject({
    method: 'POST',
    url: '/api/v1/widget/session',
    payload: { tenantId: 'acme', visitorId },
  });
  expect(reply.statusCode).toBe(200);
  return reply.json<{ token: string }>().token;
}

const attributes = {
  customerName: '  王小明 ',
  page: 'https://shop.example/orders/1',
  referrer: 'https://search.example/',
  device: 'Mozilla/5.0 (Windows NT 10.0) Chrome/131.0',
  plan: 'gold',
};

describe('customer identity for staff', () => {
  it("shows the pre-chat name and the visitor's attributes in the live view and the list", async () => {
    const customer = await customerToken('visitor-identity-1');
    const opened = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers: auth(customer),
      payload: { conversationId: 'c-named', channel: 'web', source: 'website', text: '你好', attributes },
    });
    expect(opened.statusCode).toBe(201);

    const live = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/conversations/c-named',
      headers: auth(acme.tokens.a1),
    });
    expect(live.json()).toMatchObject({ customerName: '王小明', attributes });

    const customerId = live.json<{ customerId: string }>().customerId;
    const profile = await test.server.http.inject({
      method: 'GET',
      url: `/api/v1/customers/${encodeURIComponent(customerId)}`,
      headers: auth(acme.tokens.a1),
    });
    expect(profile.json()).toMatchObject({ customerId, name: '王小明', verified: false });

    await expect
      .poll(async () => {
        const list = await test.server.http.inject({
          method: 'GET',
          url: '/api/v1/conversations',
          headers: auth(acme.tokens.a1),
        });
        return list.json<{ items: { conversationId: string; customerName: string | null }[] }>().items;
      })
      .toContainEqual(expect.objectContaining({ conversationId: 'c-named', customerName: '王小明' }));
  });

  it('leaves an anonymous visitor unnamed and never renames a verified customer', async () => {
    const anonymous = await customerToken('visitor-identity-2');
    await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers: auth(anonymous),
      payload: { conversationId: 'c-anonymous', channel: 'web', source: 'website', text: 'hi' },
    });
    const live = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/conversations/c-anonymous',
      headers: auth(acme.tokens.a1),
    });
    expect(live.json()).toMatchObject({ customerName: null, attributes: {} });

    await acme.run({
      type: 'SaveCustomer',
      customer: {
        id: 'u:42',
        verified: true,
        name: '李雷',
        vipLevel: 0,
        language: null,
        labels: [],
        dedicatedAgentId: null,
      },
    });
    await acme.run({
      type: 'OpenConversation',
      conversationId: 'c-verified',
      customerId: 'u:42',
      channel: 'web',
      source: 'website',
      text: 'hello',
      attributes: { customerName: 'Somebody else' },
    });
    const verified = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/conversations/c-verified',
      headers: auth(acme.tokens.a1),
    });
    expect(verified.json()).toMatchObject({ customerName: '李雷', attributes: { customerName: 'Somebody else' } });
  });
});
