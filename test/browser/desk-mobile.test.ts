/**
 * Issue 17 on a phone and with a keyboard: the widget opens full-screen on a phone, keeps the
 * agent's last message above the rating form, and tells staff the page, referrer-free visit and
 * device it came from; the agent workspace fits a phone's width; conversations are reached with
 * Tab and opened with Enter, and the composer's controls carry labels. Screenshots in both
 * languages go to artifacts/screenshots/.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationLiveType } from '../../src/transport/http/views.js';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from '../support/browser.js';
import { agentClient, boxOf, customerClient, openConversation, openWorkspace, pageScroll } from '../support/desk.js';

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

const phone = { width: 390, height: 844 };

const cases = [
  { locale: 'zh-CN', language: 'zh-CN', start: '开始咨询', available: '在线' },
  { locale: 'en-US', language: 'en', start: 'Start chat', available: 'Available' },
] as const;

describe('on a phone and with a keyboard', () => {
  for (const c of cases) {
    it(`opens the widget full-screen and keeps the last message above the rating (${c.locale})`, async () => {
      const chen = await agentClient(web.baseUrl, 'chenjing');
      const { page, context, problems } = await openPage(browser, { locale: c.locale, viewport: phone });
      await page.goto(`${web.baseUrl}/widget/demo`);
      await page.getByTestId('widget-launcher').click();
      const frameBox = await boxOf(page.getByTestId('widget-frame'));
      expect(frameBox).toEqual({ x: 0, y: 0, width: phone.width, height: phone.height });
      const frame = page.frameLocator('[data-testid="widget-frame"]');
      await frame.getByTestId('prechat-language').selectOption(c.language);
      await expect(frame.getByTestId('prechat-start').textContent()).resolves.toBe(c.start);
      await screenshot(page, `desk-widget-phone-prechat-${c.locale}`);
      // English, so the English group (Chen Jing) serves them.
      await frame.getByTestId('prechat-language').selectOption('en');
      await frame.getByTestId('prechat-name').fill('Lucy');
      await frame.getByTestId('prechat-message').fill('Hello from my phone');
      await frame.getByTestId('prechat-start').click();
      const assigned = await chen.waitFor('conversation.assigned', (payload) => {
        const conversation = payload.conversation;
        return conversation?.customerName === 'Lucy';
      });
      const conversation = assigned.conversation as ConversationLiveType;
      // Staff learn where the visitor is and on what device.
      expect(conversation.attributes.page).toBe(`${web.baseUrl}/widget/demo`);
      expect(conversation.attributes.device).toContain('Mozilla/5.0');
      for (let n = 1; n <= 8; n += 1) {
        await chen.ok('message.send', {
          conversationId: assigned.conversationId,
          messageId: randomUUID(),
          text: `Answer ${n} of eight`,
        });
      }
      await frame.getByText('Answer 8 of eight').waitFor();
      await chen.ok('conversation.close', { conversationId: assigned.conversationId, resolution: 'resolved' });
      const rating = frame.getByTestId('widget-rating');
      await rating.waitFor();
      // The last message is in view, above the rating form, not under it.
      const last = frame.getByText('Answer 8 of eight');
      await expect
        .poll(async () => {
          const [message, form] = await Promise.all([boxOf(last), boxOf(rating)]);
          return message.y + message.height <= form.y;
        })
        .toBe(true);
      await screenshot(page, `desk-widget-phone-rating-${c.locale}`);
      expect(problems).toEqual([]);
      chen.close();
      await context.close();
    }, 90_000);

    it(`fits the agent workspace on a phone and reaches conversations with Tab (${c.locale})`, async () => {
      const { page, context, problems } = await openPage(browser, { locale: c.locale, viewport: phone });
      await openWorkspace(page, web.baseUrl, 'emily', c.available);
      const customer = await customerClient(web.baseUrl);
      const conversationId = await openConversation(customer, {
        text: 'Typed on a keyboard',
        attributes: { customerName: 'Keyboard Kim' },
      });
      const item = page.getByTestId(`conversation-item-${conversationId}`);
      await item.waitFor();
      const size = await pageScroll(page);
      expect(size.width).toBeLessThanOrEqual(size.windowWidth);
      await screenshot(page, `desk-workspace-phone-${c.locale}`);

      // Tab reaches the conversation; Enter opens it.
      let focused = '';
      for (let step = 0; step < 40 && focused !== `conversation-item-${conversationId}`; step += 1) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate<string>("document.activeElement?.getAttribute('data-testid') ?? ''");
      }
      expect(focused).toBe(`conversation-item-${conversationId}`);
      await expect(item.getAttribute('role')).resolves.toBe('button');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('chat-customer').textContent()).resolves.toBe('Keyboard Kim');
      // Labelled controls, not placeholders only.
      await expect(page.getByTestId('chat-input').getAttribute('aria-label')).resolves.toBeTruthy();
      await expect(page.getByTestId('note-toggle').getAttribute('aria-label')).resolves.toBeTruthy();
      await expect(page.getByTestId('message-list').getAttribute('aria-label')).resolves.toBeTruthy();
      const after = await pageScroll(page);
      expect(after.width).toBeLessThanOrEqual(after.windowWidth);
      await screenshot(page, `desk-workspace-phone-chat-${c.locale}`);
      expect(problems).toEqual([]);
      customer.close();
      await context.close();
    }, 90_000);
  }
});
