/**
 * The customer chat widget in Chromium, on the demo shop page (`/widget/demo`) and on a page of
 * another origin, against the real server with the demo tenant; agents are socket.io clients in
 * Node. Routing is made predictable by who is online: refunds go to after-sales (Sun Li), English
 * speakers to the English desk (Chen Jing, then Emily by transfer). The tests run in order on one
 * server: the first needs nobody online.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, FrameLocator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../src/cli/demo/demo-seed.js';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from '../support/browser.js';
import { connectClient, until, type TestClient } from '../support/realtime-client.js';

let web: WebServer;
let browser: Browser;
const agents = new Map<string, TestClient>();

beforeAll(async () => {
  web = await startWebServer();
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  for (const agent of agents.values()) agent.close();
  await browser.close();
  await web.close();
}, 60_000);

/** Signs a demo agent in over HTTP, connects them and sets their status. */
async function agentOnline(agentId: string, status: 'available' | 'busy' = 'available'): Promise<TestClient> {
  const token = await login(agentId, demoPasswords.agent);
  const client = await connectClient(web.baseUrl, token);
  agents.set(agentId, client);
  await client.ok('status.set', { status });
  return client;
}

/** The conversation most recently assigned to an agent (waits for it). */
async function assigned(agent: TestClient, before = 0): Promise<string> {
  await until(() => agent.all('conversation.assigned').length > before, 'an assignment');
  const last = agent.all('conversation.assigned').at(-1);
  if (last === undefined) throw new Error('no assignment');
  return last.conversationId;
}

async function openWidget(page: Page, url: string): Promise<FrameLocator> {
  await page.goto(url);
  await page.getByTestId('widget-launcher').click();
  await page.getByTestId('widget-frame').waitFor();
  const frame = page.frameLocator('[data-testid="widget-frame"]');
  await frame.getByTestId('widget-app').waitFor();
  return frame;
}

interface PreChat {
  readonly language: 'zh-CN' | 'en';
  readonly topic: string;
  readonly message: string;
  readonly name?: string;
}

async function startChat(frame: FrameLocator, form: PreChat): Promise<void> {
  await frame.getByTestId('prechat-language').selectOption(form.language);
  if (form.name !== undefined) await frame.getByTestId('prechat-name').fill(form.name);
  await frame.getByTestId('prechat-topic').selectOption(form.topic);
  await frame.getByTestId('prechat-message').fill(form.message);
  await frame.getByTestId('prechat-start').click();
  await frame.getByTestId('widget-messages').waitFor();
}

async function write(frame: FrameLocator, text: string): Promise<void> {
  await frame.getByTestId('widget-input').fill(text);
  await frame.getByTestId('widget-send').click();
}

/** The seqs of the entries the widget shows, in order (each must appear once). */
async function shownSeqs(frame: FrameLocator): Promise<number[]> {
  const items = await frame.locator('[data-testid="widget-messages"] [data-seq]').all();
  return Promise.all(items.map(async (item) => Number(await item.getAttribute('data-seq'))));
}

async function messageTexts(frame: FrameLocator): Promise<string[]> {
  return frame.getByTestId('widget-message').locator('.sbw-bubble').allTextContents();
}

describe('customer chat widget', { timeout: 120_000 }, () => {
  it('leaves a message when no agent of the group is online, in Chinese, and is served once one is', async () => {
    const { page, context, problems } = await openPage(browser, { locale: 'zh-CN' });
    const frame = await openWidget(page, `${web.baseUrl}/widget/demo`);
    await expect(frame.getByTestId('prechat-start').textContent()).resolves.toBe('开始咨询');
    await screenshot(page, 'widget-prechat-zh');
    await startChat(frame, { language: 'zh-CN', topic: 'refunds', message: '我要退款，订单号 20260001', name: '小李' });
    await frame.getByTestId('widget-leave-message').waitFor();
    await expect(frame.getByTestId('widget-leave-message').textContent()).resolves.toContain('当前暂无客服在线');
    await write(frame, '我的电话是 138 0000 0000');
    await until(async () => (await messageTexts(frame)).length === 2, 'both messages shown');
    await screenshot(page, 'widget-leave-message-zh');

    // Sun Li (after-sales) comes online: the left message is hers, and the customer sees her name.
    const sunli = await agentOnline('sunli');
    const conversationId = await assigned(sunli);
    await frame.getByTestId('widget-agent').waitFor();
    await expect(frame.getByTestId('widget-agent').textContent()).resolves.toContain('孙丽 Sun Li');
    await sunli.ok('message.send', { conversationId, messageId: 'sunli-1', text: '您好，退款已为您处理。' });
    await frame.getByText('您好，退款已为您处理。').waitFor();

    await sunli.ok('conversation.close', { conversationId, resolution: 'resolved' });
    await frame.getByTestId('widget-rating').waitFor();
    await expect(frame.getByTestId('widget-closed').textContent()).resolves.toBe('本次对话已结束。');
    await frame.getByTestId('widget-rating-5').click();
    await frame.getByTestId('widget-rating-submit').click();
    await expect(frame.getByTestId('widget-rating-done').textContent()).resolves.toContain('感谢您的评价');
    const rated = await sunli.waitFor('conversation.rated', (event) => event.conversationId === conversationId);
    expect(rated.score).toBe(5);
    await screenshot(page, 'widget-rated-zh');
    expect(await shownSeqs(frame)).toEqual([...new Set(await shownSeqs(frame))]);
    sunli.close();
    await context.close();
    expect(problems).toEqual([]);
  });

  it('queues, is served, resumes after a reload and a dropped connection, shows a transfer, and is rated', async () => {
    const chenjing = await agentOnline('chenjing', 'busy');
    const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
    const frame = await openWidget(page, `${web.baseUrl}/widget/demo`);
    await frame.getByTestId('prechat-language').selectOption('en');
    await expect(frame.getByTestId('prechat-start').textContent()).resolves.toBe('Start chat');
    await screenshot(page, 'widget-prechat-en');
    await startChat(frame, { language: 'en', topic: 'orders', message: 'Where is my parcel?' });

    // Chen Jing is online but busy: the customer waits, first in the queue.
    await frame.getByTestId('widget-queue-position').waitFor();
    await expect(frame.getByTestId('widget-queue-position').textContent()).resolves.toContain(
      'You are number 1 in the queue.',
    );
    await screenshot(page, 'widget-queued-en');

    await chenjing.ok('status.set', { status: 'available' });
    const conversationId = await assigned(chenjing);
    const opening = await chenjing.entry(conversationId, 1);
    expect(opening.text).toBe('Where is my parcel?');
    await frame.getByTestId('widget-agent').waitFor();
    await expect(frame.getByTestId('widget-agent').textContent()).resolves.toBe('You are chatting with 陈静 Chen Jing');
    await chenjing.ok('message.send', { conversationId, messageId: 'cj-1', text: 'Let me check that for you.' });
    await frame.getByText('Let me check that for you.').waitFor();
    await write(frame, 'Order 4711, thanks');
    await chenjing.waitFor(
      'message',
      (entry) => entry.conversationId === conversationId && entry.text === 'Order 4711, thanks',
    );

    // A reload continues the same conversation: the same messages, once each.
    const before = await messageTexts(frame);
    await page.reload();
    const reloaded = page.frameLocator('[data-testid="widget-frame"]');
    await reloaded.getByTestId('widget-agent').waitFor();
    await until(async () => (await messageTexts(reloaded)).length === before.length, 'history after reload');
    expect(await messageTexts(reloaded)).toEqual(before);

    // The connection drops and cannot come back at once; the agent writes meanwhile.
    let release: (() => void) | null = null;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route('**/api/v1/widget/session', async (route: Route) => {
      await held;
      await route.continue();
    });
    const sockets = await web.running.server.realtime.io.fetchSockets();
    for (const socket of sockets) {
      if ((socket.data as { principal?: { kind: string } }).principal?.kind === 'customer') socket.disconnect(true);
    }
    await reloaded.getByTestId('widget-connection').waitFor();
    await chenjing.ok('message.send', { conversationId, messageId: 'cj-2', text: 'Found it: it ships tomorrow.' });
    await write(reloaded, 'Great, and the invoice?');
    await reloaded.getByTestId('widget-pending').waitFor();
    (release as (() => void) | null)?.();
    await reloaded.getByText('Found it: it ships tomorrow.').waitFor();
    await chenjing.waitFor(
      'message',
      (entry) => entry.conversationId === conversationId && entry.text === 'Great, and the invoice?',
    );
    await until(async () => (await reloaded.getByTestId('widget-pending').count()) === 0, 'the pending send confirmed');
    await context.unroute('**/api/v1/widget/session');
    const texts = await messageTexts(reloaded);
    expect(texts).toEqual([...before, 'Found it: it ships tomorrow.', 'Great, and the invoice?']);
    const seqs = await shownSeqs(reloaded);
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
    // Sent once even though it may have been sent twice.
    expect(chenjing.messages(conversationId).filter((entry) => entry.text === 'Great, and the invoice?')).toHaveLength(
      1,
    );

    // Chen Jing hands over to Emily: the customer sees the notices and Emily's greeting.
    const emily = await agentOnline('emily');
    await chenjing.ok('transfer.request', {
      conversationId,
      target: { kind: 'agent', agentId: 'emily' },
      note: { text: 'Parcel question, invoice pending' },
    });
    const request = await emily.waitFor('transfer.requested', (card) => card.conversationId === conversationId);
    await reloaded.getByText("We're connecting you with a colleague who can help best.", { exact: false }).waitFor();
    await emily.ok('transfer.accept', { transferId: request.transferId });
    await reloaded.getByText("You're now chatting with 吴艾米 Emily Wu.").waitFor();
    await reloaded.getByText("Hi, I'm Emily and I'll take it from here.").waitFor();
    await expect(reloaded.getByTestId('widget-agent').textContent()).resolves.toBe(
      'You are chatting with 吴艾米 Emily Wu',
    );
    expect(await reloaded.getByTestId('widget-notice').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'widget-transferred-en');

    await emily.ok('conversation.close', { conversationId, resolution: 'resolved' });
    await reloaded.getByTestId('widget-rating').waitFor();
    await reloaded.getByTestId('widget-rating-4').click();
    await reloaded.getByTestId('widget-rating-comment').fill('Quick and friendly');
    await reloaded.getByTestId('widget-rating-submit').click();
    await expect(reloaded.getByTestId('widget-rating-done').textContent()).resolves.toContain(
      'Thank you for your feedback!',
    );
    const rated = await emily.waitFor('conversation.rated', (event) => event.conversationId === conversationId);
    expect(rated).toMatchObject({ score: 4, comment: 'Quick and friendly' });
    await screenshot(page, 'widget-rated-en');

    // A new conversation starts from the pre-chat form again.
    await reloaded.getByTestId('widget-new-chat').click();
    await reloaded.getByTestId('prechat-start').waitFor();
    await emily.ok('status.set', { status: 'busy' });
    await context.close();
    expect(problems).toEqual([]);
  });

  it('works embedded in a page of another origin', async () => {
    const host = await hostPage(
      `<!doctype html><html><head><meta charset="utf-8"><title>Other shop</title><link rel="icon" href="data:,"></head>` +
        `<body><h1>Another site</h1><script src="${web.baseUrl}/widget.js" data-tenant="demo" ` +
        `data-language="en" data-source="partner" data-position="bottom-left" async></script></body></html>`,
    );
    try {
      const chenjing = agents.get('chenjing');
      if (chenjing === undefined) throw new Error('Chen Jing is not connected');
      const count = chenjing.all('conversation.assigned').length;
      const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
      const frame = await openWidget(page, host.url);
      expect(new URL(host.url).origin).not.toBe(new URL(web.baseUrl).origin);
      await expect(frame.getByTestId('prechat-start').textContent()).resolves.toBe('Start chat');
      await startChat(frame, { language: 'en', topic: 'presales', message: 'Do you ship abroad?' });
      const conversationId = await assigned(chenjing, count);
      await chenjing.ok('message.send', { conversationId, messageId: 'cj-x1', text: 'Yes, worldwide.' });
      await frame.getByText('Yes, worldwide.').waitFor();
      await screenshot(page, 'widget-cross-origin');
      // The frame's minimise button reaches the host page's loader across origins, and a reply
      // that arrives while it is hidden shows on the launcher.
      await frame.getByTestId('widget-minimize').click();
      await until(async () => !(await page.getByTestId('widget-frame').isVisible()), 'the frame hidden');
      await chenjing.ok('message.send', { conversationId, messageId: 'cj-x2', text: 'Anything else?' });
      await until(async () => (await page.getByTestId('widget-unread').textContent()) === '1', 'the unread badge');
      await page.getByTestId('widget-launcher').click();
      await frame.getByText('Anything else?').waitFor();
      await until(async () => !(await page.getByTestId('widget-unread').isVisible()), 'the badge cleared');

      // The customer ends the chat and is asked for a rating.
      await frame.getByTestId('widget-end').click();
      await frame.getByTestId('widget-end-yes').click();
      await frame.getByTestId('widget-rating').waitFor();
      const closed = await chenjing.waitFor(
        'conversation.updated',
        (update) => update.conversationId === conversationId && update.status === 'closed',
      );
      expect(closed.closedAt).not.toBeNull();
      await context.close();
      expect(problems).toEqual([]);
    } finally {
      await host.close();
    }
  });

  it('serves a verified customer signed by the tenant, and refuses a forged signature', async () => {
    const admin = await login('admin', demoPasswords.admin);
    const secretReply = await fetch(`${web.baseUrl}/api/v1/widget-secret`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    const { secret } = (await secretReply.json()) as { secret: string };
    const userId = 'shopper-42';
    // The server runs on the system clock: sign the user id with the time now (docs/widget.md).
    const issuedAt = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', secret).update(`${userId}.${issuedAt}`).digest('hex');
    const embed = (sig: string): string =>
      `<!doctype html><html><head><meta charset="utf-8"><title>Account</title><link rel="icon" href="data:,"></head>` +
      `<body><h1>My account</h1><script src="${web.baseUrl}/widget.js" data-tenant="demo" data-language="zh-CN" ` +
      `data-user-id="${userId}" data-issued-at="${issuedAt}" data-signature="${sig}" async></script></body></html>`;

    const chenjing = agents.get('chenjing');
    if (chenjing === undefined) throw new Error('Chen Jing is not connected');
    const count = chenjing.all('conversation.assigned').length;
    const host = await hostPage(embed(signature));
    try {
      const { page, context, problems } = await openPage(browser, { locale: 'zh-CN' });
      const frame = await openWidget(page, host.url);
      // The English desk has served conversations by now: the wait is estimated from them.
      await chenjing.ok('status.set', { status: 'busy' });
      await startChat(frame, { language: 'en', topic: 'tech', message: 'My account shows an error' });
      await frame.getByTestId('widget-estimated-wait').waitFor();
      await expect(frame.getByTestId('widget-estimated-wait').textContent()).resolves.toMatch(/^Estimated wait: /);
      await chenjing.ok('status.set', { status: 'available' });
      await until(() => chenjing.all('conversation.assigned').length > count, 'an assignment');
      const assignment = chenjing.all('conversation.assigned').at(-1);
      expect(assignment?.conversation?.customerId).toBe(`u:${userId}`);
      await context.close();
      expect(problems).toEqual([]);
      if (assignment !== undefined)
        await chenjing.ok('conversation.close', { conversationId: assignment.conversationId });
    } finally {
      await host.close();
    }

    const forged = await hostPage(embed('0'.repeat(64)));
    try {
      const { page, context, problems } = await openPage(browser, { locale: 'zh-CN' });
      const frame = await openWidget(page, forged.url);
      await expect(frame.getByTestId('widget-error').textContent()).resolves.toBe('无法验证您的账号，请刷新页面重试。');
      expect(await frame.getByTestId('prechat-start').count()).toBe(0);
      await context.close();
      // The refused session is a 401 the frame handles; Chromium logs it as a failed resource.
      expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
    } finally {
      await forged.close();
    }
  });
});

async function login(agentId: string, password: string): Promise<string> {
  const response = await fetch(`${web.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId, password }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** A page of another origin (localhost rather than 127.0.0.1, another port) embedding the widget. */
async function hostPage(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${String(port)}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
