/**
 * Issue 17, "staff never see who the customer is": the name typed in the pre-chat form (or a
 * friendly "访客 4e49" / "Visitor 4e49" label for an anonymous visitor), the language, contact
 * details, the page and its referrer, the device and the site's attributes appear in the agent's
 * list, the chat header and the customer panel, and on the supervisor's wallboard and drawer,
 * in Chinese and English; no raw `v:…` id is shown as the customer's name.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';
import { customerClient, openConversation, openWorkspace } from '../support/desk.js';

let web: WebServer;
let browser: Browser;

beforeAll(async () => {
  web = await startWebServer();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser.close();
  await web.close();
});

const iPhone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

const cases = [
  {
    locale: 'zh-CN',
    available: '在线',
    name: '王小明',
    visitor: '访客',
    language: '英文',
    topic: '订单与物流',
    device: 'Safari 17 · iPhone · 手机',
  },
  {
    locale: 'en-US',
    available: 'Available',
    name: 'Emma Stone',
    visitor: 'Visitor',
    language: 'English',
    topic: 'Orders and delivery',
    device: 'Safari 17 · iPhone · mobile',
  },
] as const;

describe('who the customer is', () => {
  for (const c of cases) {
    it(`shows the customer's name, details and a friendly visitor label (${c.locale})`, async () => {
      const agent = await openPage(browser, { locale: c.locale });
      await openWorkspace(agent.page, web.baseUrl, 'chenjing', c.available);
      const named = await customerClient(web.baseUrl);
      const namedId = await openConversation(named, {
        text: 'Where is my parcel?',
        attributes: {
          customerName: c.name,
          topic: 'orders',
          page: 'https://shop.example/orders/1001',
          referrer: 'https://search.example/?q=parcel',
          device: iPhone,
          email: 'customer@example.com',
          plan: 'gold',
        },
      });
      const uuid = randomUUID();
      const anonymous = await customerClient(web.baseUrl, `visitor-${uuid}`);
      const anonymousId = await openConversation(anonymous, { text: 'Hello?' });
      const tag = uuid.replace(/-/g, '').slice(-4);

      // The list names both: the typed name, and the visitor label instead of an id.
      const namedItem = agent.page.getByTestId(`conversation-item-${namedId}`);
      await namedItem.getByText(c.name).waitFor();
      await agent.page.getByTestId(`conversation-item-${anonymousId}`).getByText(`${c.visitor} ${tag}`).waitFor();
      await expect(agent.page.getByTestId('conversation-list').textContent()).resolves.not.toContain('v:');

      // The chat header and the customer panel.
      await namedItem.click();
      await expect(agent.page.getByTestId('chat-customer').textContent()).resolves.toBe(c.name);
      const panel = agent.page.getByTestId('customer-panel');
      await expect.poll(() => panel.getByTestId('customer-name').textContent()).toBe(c.name);
      await expect(panel.getByTestId('customer-language').textContent()).resolves.toBe(c.language);
      await expect(panel.getByTestId('customer-contact').textContent()).resolves.toBe('customer@example.com');
      await expect(panel.getByTestId('customer-topic').textContent()).resolves.toBe(c.topic);
      await expect(panel.getByTestId('customer-page').textContent()).resolves.toBe('https://shop.example/orders/1001');
      await expect(panel.getByTestId('customer-referrer').textContent()).resolves.toBe(
        'https://search.example/?q=parcel',
      );
      await expect(panel.getByTestId('customer-device').textContent()).resolves.toBe(c.device);
      await expect(panel.getByTestId('customer-attributes').textContent()).resolves.toBe('plan: gold');
      await screenshot(agent.page, `desk-customer-identity-${c.locale}`);
      await agent.page.getByTestId(`conversation-item-${anonymousId}`).click();
      await expect(agent.page.getByTestId('chat-customer').textContent()).resolves.toBe(`${c.visitor} ${tag}`);
      await expect.poll(() => panel.getByTestId('customer-name').textContent()).toBe(`${c.visitor} ${tag}`);

      // The supervisor's wallboard and drawer (Li Qiang manages the English group).
      const supervisor = await openPage(browser, { locale: c.locale });
      await signIn(supervisor.page, web.baseUrl, 'liqiang', 'supervisor');
      const cell = supervisor.page.getByTestId(`conversation-customer-${namedId}`);
      await cell.waitFor();
      await expect(cell.textContent()).resolves.toBe(c.name);
      await expect(supervisor.page.getByTestId(`conversation-customer-${anonymousId}`).textContent()).resolves.toBe(
        `${c.visitor} ${tag}`,
      );
      await supervisor.page.getByTestId(`watch-${namedId}`).click();
      await expect.poll(() => supervisor.page.getByTestId('drawer-customer').textContent()).toBe(c.name);

      expect(agent.problems).toEqual([]);
      expect(supervisor.problems).toEqual([]);
      named.close();
      anonymous.close();
      await agent.context.close();
      await supervisor.context.close();
    }, 90_000);
  }
});
