/**
 * The whole story of issue 6 in four browsers at once, against the server as `npm start` runs it:
 * a customer opens the chat widget on the demo shop page and writes in English; Chen Jing, the
 * only agent online in the English group, sees it in her workspace and answers; she opens the
 * transfer dialog with Alt+T and hands the conversation to Emily Wu, a recommended colleague, with a
 * template note; Emily accepts from the countdown card; the customer sees the notice and Emily's
 * reply; Li Qiang, the supervisor of the English group, sees it live on the wallboard and takes it
 * over. No page logs an error.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  startWebServer,
  type WatchedPage,
  type WebServer,
} from '../support/browser.js';

let web: WebServer;
let browser: Browser;

beforeAll(async () => {
  web = await startWebServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await web.close();
});

async function openWorkspace(page: Page, agentId: string): Promise<void> {
  await signIn(page, web.baseUrl, agentId, 'agent');
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('my-status').getByText('Available').waitFor();
}

async function openWidget(page: Page): Promise<FrameLocator> {
  await page.goto(`${web.baseUrl}/widget/demo`);
  await page.getByTestId('widget-launcher').click();
  const frame = page.frameLocator('[data-testid="widget-frame"]');
  await frame.getByTestId('widget-app').waitFor();
  return frame;
}

/** The id of the conversation the customer's widget shows, from the agent's list. */
async function onlyConversation(page: Page): Promise<string> {
  const item = page.locator('[data-testid^="conversation-item-"]').first();
  await item.waitFor();
  const testId = await item.getAttribute('data-testid');
  return (testId ?? '').replace('conversation-item-', '');
}

describe('the end-to-end story', () => {
  it('routes, answers, transfers with a template, accepts, and the supervisor takes over live', async () => {
    const pages: WatchedPage[] = [];
    const open = async (locale: string): Promise<WatchedPage> => {
      const watched = await openPage(browser, { locale });
      pages.push(watched);
      return watched;
    };

    // The supervisor's wallboard and Chen Jing's workspace are open before the customer arrives.
    const liqiang = await open('en-US');
    await signIn(liqiang.page, web.baseUrl, 'liqiang', 'supervisor');
    await liqiang.page.getByTestId('language-switch').getByText('English').click();
    await liqiang.page.getByTestId('wallboard-agents').waitFor();
    const chen = await open('en-US');
    await openWorkspace(chen.page, 'chenjing');
    await liqiang.page.getByTestId('agent-state-chenjing').getByText('Available').waitFor();

    // The customer writes from the widget on the shop page.
    const customer = await open('en-US');
    const widget = await openWidget(customer.page);
    await widget.getByTestId('prechat-language').selectOption('en');
    await widget.getByTestId('prechat-topic').selectOption('other');
    await widget.getByTestId('prechat-message').fill('Hello, my order page shows a blank screen');
    await widget.getByTestId('prechat-start').click();
    await widget.getByTestId('widget-messages').getByText('Hello, my order page shows a blank screen').waitFor();

    // Chen Jing gets it, reads it and answers; the customer sees the answer.
    const conversationId = await onlyConversation(chen.page);
    await chen.page.getByTestId(`conversation-item-${conversationId}`).click();
    await chen.page.getByTestId('message-list').getByText('Hello, my order page shows a blank screen').waitFor();
    await chen.page.getByTestId('chat-input').fill('Hi! Let me look into that for you.');
    await chen.page.getByTestId('chat-send').click();
    await widget.getByTestId('widget-messages').getByText('Hi! Let me look into that for you.').waitFor();
    await widget.getByTestId('widget-agent').waitFor();
    await screenshot(customer.page, 'story-1-customer-answered');

    // The wallboard shows the conversation live, owned by Chen Jing.
    await liqiang.page.getByTestId(`conversation-row-${conversationId}`).waitFor();
    await liqiang.page.getByTestId(`conversation-owner-${conversationId}`).getByText('Chen Jing').waitFor();

    // Emily comes online; Chen Jing opens the transfer dialog with Alt+T and picks her.
    const emily = await open('en-US');
    await openWorkspace(emily.page, 'emily');
    await chen.page.keyboard.press('Alt+t');
    const dialog = chen.page.getByTestId('transfer-dialog');
    await dialog.waitFor();
    await chen.page.getByTestId('recommendation-emily').click();
    await chen.page.getByTestId('transfer-template').click();
    await chen.page.locator('.ant-select-item-option').filter({ hasText: 'Technical issue' }).click();
    await chen.page.getByTestId('transfer-field-steps').fill('Asked for a screenshot');
    await chen.page.getByTestId('transfer-note').fill('Blank order page; English-speaking customer.');
    await screenshot(chen.page, 'story-2-transfer-dialog');
    await chen.page.getByTestId('transfer-submit').click();
    await dialog.waitFor({ state: 'detached' });

    // Emily accepts from the card while its countdown runs.
    const card = emily.page.getByTestId('incoming-transfer-card');
    await card.waitFor();
    expect(await card.getByTestId('transfer-countdown').textContent()).toMatch(/^0:[0-3]\d$/);
    await expect(card.getByTestId('incoming-note').textContent()).resolves.toBe(
      'Blank order page; English-speaking customer.',
    );
    await screenshot(emily.page, 'story-3-incoming-transfer');
    await card.getByTestId('transfer-accept').click();
    await card.waitFor({ state: 'detached' });
    await chen.page.getByTestId(`conversation-item-${conversationId}`).waitFor({ state: 'detached' });

    // The customer is told and hears from Emily.
    await emily.page.getByTestId(`conversation-item-${conversationId}`).click();
    await emily.page.getByTestId('chat-input').fill('Hi, Emily here. Could you reload the page?');
    await emily.page.getByTestId('chat-send').click();
    await widget.getByTestId('widget-messages').getByText('Hi, Emily here. Could you reload the page?').waitFor();
    expect(await widget.getByTestId('widget-notice').count()).toBeGreaterThan(0);
    await widget.getByTestId('widget-agent').getByText('Emily').waitFor();
    await screenshot(customer.page, 'story-4-customer-transferred');

    // Li Qiang sees the new owner live, watches, and takes over.
    await liqiang.page.getByTestId(`conversation-owner-${conversationId}`).getByText('Emily').waitFor();
    await liqiang.page.getByTestId(`watch-${conversationId}`).click();
    await liqiang.page.getByTestId('drawer-timeline').getByText('Hi, Emily here. Could you reload the page?').waitFor();
    await liqiang.page.getByTestId('drawer-take-over').click();
    await liqiang.page.getByTestId('drawer-owner').getByText('Li Qiang').waitFor();
    await emily.page.getByTestId(`conversation-item-${conversationId}`).waitFor({ state: 'detached' });
    await liqiang.page
      .getByTestId('reply-input')
      .fill('This is Li Qiang, the supervisor. I will make sure this is fixed.');
    await liqiang.page.getByTestId('reply-send').click();
    await widget
      .getByTestId('widget-messages')
      .getByText('This is Li Qiang, the supervisor. I will make sure this is fixed.')
      .waitFor();
    await screenshot(liqiang.page, 'story-5-wallboard-taken-over');

    for (const { context } of pages) await context.close();
    for (const { problems } of pages) expect(problems).toEqual([]);
  }, 240_000);
});
