/**
 * Issue 17, "the reply box falls off the screen": in a 17-entry chat the workspace fits the window
 * at 1280×720 and 1440×900, the message list scrolls inside its panel (the page never scrolls), it
 * stays pinned to the newest entry as messages arrive, and an agent who scrolled up to read is left
 * where they are. In Chinese and English.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from '../support/browser.js';
import {
  boxOf,
  customerClient,
  openConversation,
  openWorkspace,
  pageScroll,
  scrollState,
  scrollToTop,
} from '../support/desk.js';

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

const cases = [
  { locale: 'zh-CN', available: '在线', viewport: { width: 1280, height: 720 } },
  { locale: 'en-US', available: 'Available', viewport: { width: 1440, height: 900 } },
] as const;

describe('the chat panel fits the window', () => {
  for (const { locale, available, viewport } of cases) {
    it(`keeps the composer on screen in a 17-entry chat at ${viewport.width}×${viewport.height} (${locale})`, async () => {
      const agent = await openPage(browser, { locale, viewport });
      await openWorkspace(agent.page, web.baseUrl, 'chenjing', available);
      const customer = await customerClient(web.baseUrl);
      const conversationId = await openConversation(customer, { text: 'Message 1 of a long chat' });
      for (let n = 2; n <= 17; n += 1) {
        await customer.ok('message.send', {
          conversationId,
          messageId: randomUUID(),
          text: `Message ${n} of a long chat`,
        });
      }
      await agent.page.getByTestId(`conversation-item-${conversationId}`).click();
      const list = agent.page.getByTestId('message-list');
      await list.getByText('Message 17 of a long chat').waitFor();

      // The page itself does not scroll: the panel fits, and the list scrolls inside it.
      const page = await pageScroll(agent.page);
      expect(page.height).toBeLessThanOrEqual(page.window);
      const input = await boxOf(agent.page.getByTestId('chat-input'));
      const send = await boxOf(agent.page.getByTestId('chat-send'));
      expect(input.y + input.height).toBeLessThanOrEqual(viewport.height);
      expect(send.y + send.height).toBeLessThanOrEqual(viewport.height);
      const scroll = await scrollState(list);
      expect(scroll.height).toBeGreaterThan(scroll.client);
      // Pinned to the newest entry.
      expect(scroll.below).toBeLessThan(2);
      await expect(list.getByText('Message 17 of a long chat').isVisible()).resolves.toBe(true);
      await screenshot(agent.page, `desk-long-chat-${viewport.width}-${locale}`);

      // A new message keeps it pinned to the bottom…
      await customer.ok('message.send', { conversationId, messageId: randomUUID(), text: 'Message 18 arrives' });
      await list.getByText('Message 18 arrives').waitFor();
      await expect.poll(async () => (await scrollState(list)).below).toBeLessThan(2);
      // …but an agent reading earlier messages stays where they scrolled to.
      await scrollToTop(list);
      await customer.ok('message.send', { conversationId, messageId: randomUUID(), text: 'Message 19 arrives' });
      await list.getByText('Message 19 arrives').waitFor();
      expect((await scrollState(list)).top).toBe(0);
      expect((await pageScroll(agent.page)).scrollY).toBe(0);

      // The agent's own reply is sent from the composer on screen.
      await agent.page.getByTestId('chat-input').fill('Thanks for your patience');
      await agent.page.getByTestId('chat-send').click();
      await customer.waitFor('message', (entry) => entry.text === 'Thanks for your patience');
      expect(agent.problems).toEqual([]);
      customer.close();
      await agent.context.close();
    }, 90_000);
  }
});
