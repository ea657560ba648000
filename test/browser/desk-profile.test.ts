/**
 * Issue 18, customer profiles through the API: the shop's back-end writes a customer's contact and
 * custom attributes by its own user id; when that customer signs in to the widget verified (HMAC of
 * the same id) and chats, the agent's customer panel shows the profile — name, contact, attributes
 * — in Chinese and English.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../src/cli/demo/demo-seed.js';
import { signUserId } from '../../src/transport/auth/widget-tokens.js';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from '../support/browser.js';
import { openConversation, openWorkspace } from '../support/desk.js';
import { connectClient } from '../support/realtime-client.js';

let web: WebServer;
let browser: Browser;
let secret: string;
let admin: string;

async function post<T>(path: string, body: unknown, token?: string, method = 'POST'): Promise<T> {
  const response = await fetch(`${web.baseUrl}/api/v1${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as T;
}

beforeAll(async () => {
  web = await startWebServer();
  browser = await launchBrowser();
  admin = (
    await post<{ token: string }>('/auth/login', { tenantId: 'demo', agentId: 'admin', password: demoPasswords.admin })
  ).token;
  secret = (await post<{ secret: string }>('/widget-secret', {}, admin)).secret;
}, 120_000);
afterAll(async () => {
  await browser.close();
  await web.close();
});

const cases = [
  { locale: 'zh-CN', available: '在线', name: '李娜', contactLabel: '资料联系方式', attributesLabel: '资料属性' },
  {
    locale: 'en-US',
    available: 'Available',
    name: 'Lena Li',
    contactLabel: 'Contact (profile)',
    attributesLabel: 'Profile attributes',
  },
] as const;

describe('the customer profile the back-end keeps', () => {
  for (const c of cases) {
    it(`shows a verified customer's contact and attributes in the agent's panel (${c.locale})`, async () => {
      const externalId = `shop-${randomUUID()}`;
      await post(
        `/customers/by-external-id/${externalId}`,
        {
          name: c.name,
          contact: { phone: '+86 138 0013 8000', email: 'lina@example.com' },
          attributes: { tier: 'gold', lifetimeSpend: '25000' },
        },
        admin,
        'PUT',
      );
      const issuedAt = Math.floor(Date.now() / 1000);
      const session = await post<{ token: string; subject: string }>('/widget/session', {
        tenantId: 'demo',
        userId: externalId,
        issuedAt,
        signature: signUserId(secret, externalId, issuedAt),
      });
      expect(session.subject).toBe(`u:${externalId}`);
      const customer = await connectClient(web.baseUrl, session.token);

      const agent = await openPage(browser, { locale: c.locale });
      await openWorkspace(agent.page, web.baseUrl, 'chenjing', c.available);
      const conversationId = await openConversation(customer, { text: 'My order has not arrived' });
      await agent.page.getByTestId(`conversation-item-${conversationId}`).click();

      const panel = agent.page.getByTestId('customer-panel');
      await expect.poll(() => panel.getByTestId('customer-name').textContent()).toBe(c.name);
      await expect
        .poll(() => panel.getByTestId('profile-contact').textContent())
        .toBe('+86 138 0013 8000 · lina@example.com');
      await expect(panel.getByTestId('profile-attributes').textContent()).resolves.toBe(
        'tier: gold · lifetimeSpend: 25000',
      );
      await panel.getByText(c.contactLabel, { exact: true }).waitFor();
      await panel.getByText(c.attributesLabel, { exact: true }).waitFor();
      await screenshot(agent.page, `desk-customer-profile-${c.locale}`);

      expect(agent.problems).toEqual([]);
      customer.close();
      await agent.context.close();
    }, 90_000);
  }
});
