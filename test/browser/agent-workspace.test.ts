/**
 * The agent workspace in Chromium against the real server and demo tenant. A customer (a Node
 * socket.io client) writes in English, so the demo's rules route them to the English group; only
 * Chen Jing is online, so she gets it, answers, and transfers it with the keyboard shortcut to
 * Emily Wu (English primary, signed in in a second browser) with a template and a note. Emily sees
 * the incoming card with its countdown, accepts, and the customer gets the transfer notice, Emily's
 * greeting and her answer. Both pages switch language and end without a console error.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/transport/realtime/protocol.js';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';
import { connectClient, type TestClient } from '../support/realtime-client.js';

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

async function customerClient(visitorId: string): Promise<TestClient> {
  const response = await fetch(`${web.baseUrl}/api/v1/widget/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', visitorId }),
  });
  expect(response.status).toBe(200);
  const { token } = (await response.json()) as { token: string };
  return connectClient(web.baseUrl, token);
}

/** Signs an agent in and waits until the workspace shows them available. */
async function openWorkspace(page: Page, agentId: string, availableText: string): Promise<void> {
  await signIn(page, web.baseUrl, agentId, 'agent');
  expect(new URL(page.url()).pathname).toBe('/agent');
  await page.getByTestId('my-status').getByText(availableText).waitFor();
}

const publicText = (entry: TimelineEntry, text: string): boolean => entry.text === text && entry.kind === 'text';

describe('agent workspace', () => {
  it('serves a customer, transfers to a colleague who accepts, in both languages', async () => {
    const chen = await openPage(browser, { locale: 'zh-CN' });
    await openWorkspace(chen.page, 'chenjing', '在线');

    const customer = await customerClient(`visitor-${randomUUID()}`);
    const opened = await customer.ok<{ conversation: { conversationId: string } }>('conversation.open', {
      source: 'website',
      language: 'en',
      text: 'Hello, my order page shows a blank screen',
      messageId: randomUUID(),
    });
    const conversationId = opened.conversation.conversationId;

    // Chen Jing is the only one online in the English group: the conversation is hers.
    const item = chen.page.getByTestId(`conversation-item-${conversationId}`);
    await item.waitFor();
    await item.click();
    await chen.page.getByTestId('message-list').getByText('Hello, my order page shows a blank screen').waitFor();
    await chen.page.getByTestId('chat-input').fill('Hi! Let me look into that for you.');
    await chen.page.getByTestId('chat-send').click();
    await customer.waitFor('message', (entry) => publicText(entry, 'Hi! Let me look into that for you.'));
    // An internal note stays with the staff.
    await chen.page.getByTestId('note-toggle').click();
    await chen.page.getByTestId('chat-input').fill('Probably the CDN issue from this morning.');
    await chen.page.getByTestId('chat-send').click();
    await chen.page.getByTestId('message-list').getByText('Probably the CDN issue from this morning.').waitFor();
    await chen.page.getByTestId('note-toggle').click();
    await screenshot(chen.page, 'agent-workspace');

    const emily = await openPage(browser, { locale: 'zh-CN' });
    await openWorkspace(emily.page, 'emily', '在线');

    // Ctrl+T reaches the page in headless Chromium (a desktop browser keeps it for a new tab): it opens the dialog.
    await chen.page.keyboard.press('Control+t');
    await chen.page.getByTestId('transfer-dialog').waitFor();
    await chen.page.keyboard.press('Escape');
    await chen.page.getByTestId('transfer-dialog').waitFor({ state: 'detached' });
    // Alt+T, the browser-safe shortcut, and the button's tooltip shows both.
    await chen.page.getByTestId('transfer-button').hover();
    await chen.page.getByText('Alt+T / Ctrl+T').waitFor();
    await chen.page.keyboard.press('Alt+t');
    const dialog = chen.page.getByTestId('transfer-dialog');
    await dialog.waitFor();
    const candidate = chen.page.getByTestId('recommendation-emily');
    await candidate.waitFor();
    await candidate.click();
    await chen.page.getByTestId('transfer-template').click();
    await chen.page.locator('.ant-select-item-option').filter({ hasText: 'Technical issue' }).click();
    await expect(chen.page.getByTestId('transfer-field-problem').inputValue()).resolves.toBe(
      'Hello, my order page shows a blank screen',
    );
    await chen.page.getByTestId('transfer-field-steps').fill('Asked for a screenshot');
    await chen.page.getByTestId('transfer-note').fill('English-speaking customer, blank order page; please take over.');
    await screenshot(chen.page, 'agent-transfer-dialog');
    await chen.page.getByTestId('transfer-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await chen.page.getByTestId('transfer-pending').waitFor();

    // Emily sees the request with the note and a countdown, and accepts.
    const card = emily.page.getByTestId('incoming-transfer-card');
    await card.waitFor();
    await expect(card.getByTestId('incoming-note').textContent()).resolves.toBe(
      'English-speaking customer, blank order page; please take over.',
    );
    const countdown = await card.getByTestId('transfer-countdown').textContent();
    expect(countdown).toMatch(/^0:[0-3]\d$/);
    await screenshot(emily.page, 'agent-incoming-transfer');
    await card.getByTestId('transfer-accept').click();
    await card.waitFor({ state: 'detached' });

    // The customer is told, greeted by Emily, and gets her answer.
    await customer.waitFor('message', (entry) => entry.kind === 'notice' && entry.seq > 2);
    await customer.waitFor('message', (entry) => entry.kind === 'greeting' && entry.text.includes('Emily'));
    await emily.page.getByTestId(`conversation-item-${conversationId}`).click();
    await emily.page.getByTestId('message-list').getByText('Probably the CDN issue from this morning.').waitFor();
    await emily.page.getByTestId('chat-input').fill('Hi, Emily here. Could you try reloading with Ctrl+F5?');
    await emily.page.getByTestId('chat-input').press('Enter');
    await customer.waitFor('message', (entry) =>
      publicText(entry, 'Hi, Emily here. Could you try reloading with Ctrl+F5?'),
    );
    expect(customer.all('message', (entry) => entry.visibility === 'internal')).toEqual([]);

    // Chen Jing no longer has it; Emily's customer panel shows the chain.
    await chen.page.getByTestId(`conversation-item-${conversationId}`).waitFor({ state: 'detached' });
    await emily.page.getByTestId('transfer-chain').getByText('已接受').waitFor();

    // Both languages.
    await expect(emily.page.getByTestId('transfer-button').textContent()).resolves.toBe('转接');
    await emily.page.getByTestId('language-switch').getByText('English').click();
    await expect(emily.page.getByTestId('transfer-button').textContent()).resolves.toBe('Transfer');
    await emily.page.getByTestId('transfer-chain').getByText('Accepted').waitFor();
    await emily.page.getByTestId('language-switch').getByText('中文').click();
    await expect(emily.page.getByTestId('transfer-button').textContent()).resolves.toBe('转接');

    customer.close();
    await chen.context.close();
    await emily.context.close();
    expect(chen.problems).toEqual([]);
    expect(emily.problems).toEqual([]);
  }, 240_000);
  it('rejects a transfer with a reason, answers with a quick reply and closes with a resolution', async () => {
    const chen = await openPage(browser, { locale: 'en-US' });
    await openWorkspace(chen.page, 'chenjing', 'Available');
    const customer = await customerClient(`visitor-${randomUUID()}`);
    const opened = await customer.ok<{ conversation: { conversationId: string } }>('conversation.open', {
      source: 'website',
      language: 'en',
      text: 'Can you help me with my invoice?',
      messageId: randomUUID(),
    });
    const conversationId = opened.conversation.conversationId;
    await chen.page.getByTestId(`conversation-item-${conversationId}`).click();
    await chen.page.getByTestId('message-list').getByText('Can you help me with my invoice?').waitFor();

    // A quick reply fills the box; Enter sends it.
    await chen.page.getByTestId('quick-reply-wait').click();
    await expect(chen.page.getByTestId('chat-input').inputValue()).resolves.toContain('One moment please');
    await chen.page.getByTestId('chat-input').press('Enter');
    await customer.waitFor('message', (entry) => entry.kind === 'text' && entry.text.includes('One moment please'));

    // The alert switches are remembered in this browser.
    await chen.page.getByTestId('alert-sound').click();
    await chen.page.reload();
    await chen.page.getByTestId('my-status').getByText('Available').waitFor();
    await expect(chen.page.getByTestId('alert-sound').getAttribute('aria-checked')).resolves.toBe('false');

    const emily = await openPage(browser, { locale: 'en-US' });
    await openWorkspace(emily.page, 'emily', 'Available');
    await chen.page.getByTestId(`conversation-item-${conversationId}`).click();
    await chen.page.getByTestId('transfer-button').click();
    await chen.page.getByTestId('recommendation-emily').click();
    await chen.page.getByTestId('transfer-note').fill('Invoice question');
    await chen.page.getByTestId('transfer-submit').click();

    const card = emily.page.getByTestId('incoming-transfer-card');
    await card.waitFor();
    await card.getByTestId('transfer-reject').click();
    await card.getByTestId('transfer-reject-reason').fill('Billing is not my area');
    await card.getByTestId('transfer-reject-confirm').click();
    await card.waitFor({ state: 'detached' });

    // Chen Jing is told, with the reason, and still owns the conversation.
    const failed = chen.page.getByTestId('transfer-failed');
    await failed.waitFor();
    await failed.getByText('Billing is not my area').waitFor();
    await chen.page.getByTestId('transfer-chain').getByText('Rejected').waitFor();

    await chen.page.getByTestId('close-button').click();
    await chen.page.getByTestId('close-dialog').getByText('Unresolved').click();
    await chen.page.getByTestId('close-summary').fill('Sent to billing by email');
    await chen.page.getByTestId('close-submit').click();
    await chen.page.getByTestId(`conversation-item-${conversationId}`).waitFor({ state: 'detached' });
    await customer.waitFor('conversation.updated', (view) => view.status === 'closed');

    customer.close();
    await chen.context.close();
    await emily.context.close();
    expect(chen.problems).toEqual([]);
    expect(emily.problems).toEqual([]);
  }, 240_000);
  it('lists a conversation waiting in the group while busy, and takes it on becoming available', async () => {
    const chen = await openPage(browser, { locale: 'zh-CN' });
    await openWorkspace(chen.page, 'chenjing', '在线');
    await chen.page.getByTestId('status-busy').click();
    await chen.page.getByTestId('my-status').getByText('忙碌').waitFor();

    const customer = await customerClient(`visitor-${randomUUID()}`);
    const opened = await customer.ok<{ conversation: { conversationId: string; status: string } }>(
      'conversation.open',
      { source: 'website', language: 'en', text: 'Is anyone there?', messageId: randomUUID() },
    );
    const conversationId = opened.conversation.conversationId;
    expect(opened.conversation.status).toBe('queued');

    // Waiting in her group, with its waiting time; opening it shows the history, read-only.
    const waiting = chen.page.getByTestId('conversations-waiting').getByTestId(`conversation-item-${conversationId}`);
    await waiting.waitFor();
    await waiting.getByTestId(`wait-${conversationId}`).waitFor();
    await waiting.click();
    await chen.page.getByTestId('message-list').getByText('Is anyone there?').waitFor();
    await expect(chen.page.getByTestId('chat-input').count()).resolves.toBe(0);

    // Available again: the conversation is hers at once.
    await chen.page.getByTestId('status-available').click();
    await chen.page.getByTestId('conversations-mine').getByTestId(`conversation-item-${conversationId}`).waitFor();
    await waiting.waitFor({ state: 'detached' });
    await chen.page.getByTestId(`conversation-item-${conversationId}`).click();
    await chen.page.getByTestId('chat-input').fill('Yes, I am here.');
    await chen.page.getByTestId('chat-send').click();
    await customer.waitFor('message', (entry) => publicText(entry, 'Yes, I am here.'));

    customer.close();
    await chen.context.close();
    expect(chen.problems).toEqual([]);
  }, 240_000);
});
