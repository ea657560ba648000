/**
 * Issue 17, "Missing" 2 and 3, in Chromium, in Chinese and English:
 * - a customer's new message in a chat the agent holds but is not looking at raises its unread
 *   badge and the count in the tab title ("(2) Switchboard"), chimes and shows a desktop
 *   notification; viewing the conversation clears both and tells the customer it was read; a
 *   message to the conversation on screen alerts only while the page is hidden;
 * - typing shows both ways — the customer's in the agent's chat panel, the agent's in the widget —
 *   and clears when the writer empties the box or sends; read marks show on both sides.
 * The Notification API is replaced by a recorder granted permission, and the chime's oscillators
 * are counted, so what the page asked the browser for can be read back.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  screenshot,
  routeWebsiteToGeneralDesk,
  startWebServer,
  type WebServer,
} from '../support/browser.js';
import { customerClient, openConversation, openWorkspace } from '../support/desk.js';
import type { TestClient } from '../support/realtime-client.js';

let web: WebServer;
let browser: Browser;

beforeAll(async () => {
  web = await startWebServer();
  await routeWebsiteToGeneralDesk(web);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser.close();
  await web.close();
});

/** Records desktop notifications (permission granted) and counts the chime's oscillators. */
const recorders = `
  window.__notices = [];
  window.__oscillators = 0;
  class RecordedNotification {
    static permission = 'granted';
    static requestPermission() { return Promise.resolve('granted'); }
    constructor(title, options) { window.__notices.push({ title, body: (options && options.body) || '' }); }
    close() {}
  }
  window.Notification = RecordedNotification;
  if (typeof AudioContext !== 'undefined') {
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function () {
      window.__oscillators += 1;
      return create.call(this);
    };
  }
`;

interface Recorded {
  readonly notices: { title: string; body: string }[];
  readonly oscillators: number;
}

const recorded = (page: Page): Promise<Recorded> =>
  page.evaluate<Recorded>('({ notices: window.__notices, oscillators: window.__oscillators })');

/** Makes the page look hidden (another tab in front) or visible again, as the browser would say. */
const setHidden = (page: Page, hidden: boolean): Promise<unknown> =>
  page.evaluate(
    `Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${hidden ? 'hidden' : 'visible'}' });` +
      "document.dispatchEvent(new Event('visibilitychange'));",
  );

/** The same for the widget's frame (its own document). */
const setFrameHidden = (frame: FrameLocator, hidden: boolean): Promise<unknown> =>
  frame.locator('body').evaluate(
    (body: { ownerDocument: { dispatchEvent(event: Event): boolean } }, state: string) => {
      const document = body.ownerDocument;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    },
    hidden ? 'hidden' : 'visible',
  );

const badge = (page: Page, conversationId: string) =>
  page.getByTestId(`unread-${conversationId}`).locator('.ant-scroll-number');

const cases = [
  {
    locale: 'zh-CN',
    language: 'zh-CN',
    available: '在线',
    names: ['王小明', '李华'],
    typist: '赵小雨',
    messageTitle: (name: string) => `${name} 发来新消息`,
    customerTyping: (name: string) => `${name} 正在输入…`,
    agentTyping: '陈静 Chen Jing 正在输入…',
    read: '已读',
    delivered: '已送达',
  },
  {
    locale: 'en-US',
    language: 'en',
    available: 'Available',
    names: ['Emma Stone', 'Liam Reed'],
    typist: 'Noah Park',
    messageTitle: (name: string) => `New message from ${name}`,
    customerTyping: (name: string) => `${name} is typing…`,
    agentTyping: '陈静 Chen Jing is typing…',
    read: 'Read',
    delivered: 'Delivered',
  },
] as const;

describe('alerts for new messages', () => {
  for (const c of cases) {
    it(`counts unread messages in the list and the tab title, and alerts (${c.locale})`, async () => {
      const agent = await openPage(browser, { locale: c.locale });
      await agent.context.addInitScript({ content: recorders });
      await openWorkspace(agent.page, web.baseUrl, 'chenjing', c.available);
      const [firstName, secondName] = c.names;
      const first = await customerClient(web.baseUrl);
      const firstId = await openConversation(first, {
        text: 'first',
        language: c.language,
        attributes: { customerName: firstName },
      });
      const second = await customerClient(web.baseUrl);
      const opened: { customer: TestClient; conversationId: string }[] = [{ customer: first, conversationId: firstId }];
      try {
        // The first conversation is on screen: nothing unread.
        await agent.page.getByTestId(`conversation-item-${firstId}`).click();
        await expect.poll(() => agent.page.getByTestId('chat-customer').textContent()).toBe(firstName);
        await expect.poll(() => agent.page.title()).toBe('Switchboard');

        const secondId = await openConversation(second, {
          text: 'second',
          language: c.language,
          attributes: { customerName: secondName },
        });
        opened.push({ customer: second, conversationId: secondId });
        await expect.poll(() => badge(agent.page, secondId).getAttribute('title')).toBe('1');
        await expect.poll(() => agent.page.title()).toBe('(1) Switchboard');
        const before = await recorded(agent.page);

        // A new message in the conversation not on screen: badge, title, chime, desktop notification.
        await second.ok('message.send', {
          conversationId: secondId,
          messageId: `m-${c.locale}-2`,
          text: 'are you there?',
        });
        await expect.poll(() => badge(agent.page, secondId).getAttribute('title')).toBe('2');
        await expect.poll(() => agent.page.title()).toBe('(2) Switchboard');
        await expect
          .poll(async () => (await recorded(agent.page)).notices)
          .toContainEqual({ title: c.messageTitle(secondName), body: 'are you there?' });
        await expect.poll(async () => (await recorded(agent.page)).oscillators).toBeGreaterThan(before.oscillators);
        await screenshot(agent.page, `desk-unread-${c.locale}`);

        // A message to the conversation on screen neither counts nor alerts…
        await first.ok('message.send', { conversationId: firstId, messageId: `m-${c.locale}-1`, text: 'thanks' });
        await agent.page.getByTestId('message-list').getByText('thanks').waitFor();
        await expect(badge(agent.page, firstId).count()).resolves.toBe(0);
        // …unless the page is hidden: then it does, until the agent comes back to it.
        await setHidden(agent.page, true);
        await first.ok('message.send', { conversationId: firstId, messageId: `m-${c.locale}-1b`, text: 'hello?' });
        await expect.poll(() => badge(agent.page, firstId).getAttribute('title')).toBe('1');
        await expect.poll(() => agent.page.title()).toBe('(3) Switchboard');
        await expect
          .poll(async () => (await recorded(agent.page)).notices)
          .toContainEqual({ title: c.messageTitle(firstName), body: 'hello?' });
        await setHidden(agent.page, false);
        await expect.poll(() => badge(agent.page, firstId).count()).toBe(0);
        await expect.poll(() => agent.page.title()).toBe('(2) Switchboard');

        // Viewing the second conversation clears its count, and its customer learns it was read.
        await agent.page.getByTestId(`conversation-item-${secondId}`).click();
        await expect.poll(() => badge(agent.page, secondId).count()).toBe(0);
        await expect.poll(() => agent.page.title()).toBe('Switchboard');
        await second.waitFor('read', (mark) => mark.reader === 'agent' && mark.seq >= 2);

        expect(agent.problems).toEqual([]);
      } finally {
        // Closed, so the next case starts with none of these.
        for (const { customer, conversationId } of opened)
          await customer.request('conversation.close', { conversationId });
        first.close();
        second.close();
        await agent.context.close();
      }
    }, 120_000);
  }
});

async function openWidget(page: Page): Promise<FrameLocator> {
  await page.goto(`${web.baseUrl}/widget/demo`);
  await page.getByTestId('widget-launcher').click();
  await page.getByTestId('widget-frame').waitFor();
  const frame = page.frameLocator('[data-testid="widget-frame"]');
  await frame.getByTestId('widget-app').waitFor();
  return frame;
}

describe('typing and read marks', () => {
  for (const c of cases) {
    it(`shows typing both ways, clears it, and marks messages read (${c.locale})`, async () => {
      const agent = await openPage(browser, { locale: c.locale });
      await openWorkspace(agent.page, web.baseUrl, 'chenjing', c.available);
      const customer = await openPage(browser, { locale: c.locale });
      const frame = await openWidget(customer.page);
      const name = c.typist;
      await frame.getByTestId('prechat-language').selectOption(c.language);
      await frame.getByTestId('prechat-name').fill(name);
      await frame.getByTestId('prechat-topic').selectOption('tech');
      await frame.getByTestId('prechat-message').fill('My router keeps rebooting');
      await frame.getByTestId('prechat-start').click();
      await agent.page.getByTestId('conversations-mine').getByText(name).click();
      await expect.poll(() => agent.page.getByTestId('chat-customer').textContent()).toBe(name);

      // The customer types: the agent sees it; emptying the box clears it.
      const customerTyping = agent.page.getByTestId('customer-typing');
      await frame.getByTestId('widget-input').pressSequentially('It is ');
      await expect.poll(() => customerTyping.textContent()).toBe(c.customerTyping(name));
      await frame.getByTestId('widget-input').fill('');
      await customerTyping.waitFor({ state: 'detached' });
      // Typing again and sending: the message replaces the indicator.
      await frame.getByTestId('widget-input').pressSequentially('model X200');
      await customerTyping.waitFor();
      await screenshot(agent.page, `desk-customer-typing-${c.locale}`);
      await frame.getByTestId('widget-send').click();
      await agent.page.getByTestId('message-list').getByText('model X200').waitFor();
      await customerTyping.waitFor({ state: 'detached' });

      // The agent has the conversation on screen: the customer's messages show as read in the widget.
      await expect
        .poll(() => frame.getByTestId('widget-receipt').allTextContents())
        .toEqual([`✓✓ ${c.read}`, `✓✓ ${c.read}`]);

      // The agent types: the widget shows it; emptying the box clears it.
      const agentTyping = frame.getByTestId('widget-agent-typing');
      await agent.page.getByTestId('chat-input').pressSequentially('Let me ');
      await expect.poll(() => agentTyping.textContent()).toBe(c.agentTyping);
      await screenshot(customer.page, `widget-agent-typing-${c.locale}`);
      await agent.page.getByTestId('chat-input').fill('');
      await agentTyping.waitFor({ state: 'detached' });
      await agent.page.getByTestId('chat-input').pressSequentially('Please unplug it for ten seconds.');
      await agentTyping.waitFor();
      // The customer's page goes to the background: the reply arrives but is not read yet.
      await setFrameHidden(frame, true);
      await agent.page.getByTestId('chat-send').click();
      await frame.getByText('Please unplug it for ten seconds.').waitFor();
      await agentTyping.waitFor({ state: 'detached' });
      const reply = agent.page.getByTestId('message-list').locator('[data-author="agent"]').last();
      const receipt = reply.locator('[data-testid^="receipt-"]');
      await expect.poll(() => receipt.textContent()).toBe(`✓ ${c.delivered}`);
      await expect(receipt.getAttribute('data-state')).resolves.toBe('delivered');

      // Back in front, the widget shows it: the agent's message turns read in the workspace.
      await setFrameHidden(frame, false);
      await expect.poll(() => receipt.getAttribute('data-state')).toBe('read');
      await expect(receipt.textContent()).resolves.toBe(`✓✓ ${c.read}`);
      await screenshot(agent.page, `desk-read-marks-${c.locale}`);

      expect(agent.problems).toEqual([]);
      expect(customer.problems).toEqual([]);
      await frame.getByTestId('widget-end').click();
      await frame.getByTestId('widget-end-yes').click();
      await frame.getByTestId('widget-rating').waitFor();
      await customer.context.close();
      await agent.context.close();
    }, 120_000);
  }
});
