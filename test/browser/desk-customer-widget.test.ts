/**
 * The customer side of the widget in Chromium (issue 17), against the real server with the demo
 * tenant: an admin writes the widget's welcome and after-hours texts in the settings page, and the
 * widget shows them in Chinese and in English; with nobody online the first screen says so and a
 * left message asks for contact details (validated, then seen by staff); "End chat" asks first —
 * keep chatting leaves the conversation open — and the transcript downloads as a file without
 * internal notes. Tests run in order on one server.
 */
import { readFileSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../src/cli/demo/demo-seed.js';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';
import { connectClient, until, type TestClient } from '../support/realtime-client.js';

let web: WebServer;
let browser: Browser;
let adminToken: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  web = await startWebServer();
  browser = await launchBrowser();
  adminToken = await login('admin', demoPasswords.admin);
}, 60_000);
afterAll(async () => {
  for (const client of clients) client.close();
  await browser.close();
  await web.close();
}, 60_000);

async function login(agentId: string, password: string): Promise<string> {
  const response = await fetch(`${web.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId, password }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function openWidget(page: Page): Promise<FrameLocator> {
  await page.goto(`${web.baseUrl}/widget/demo`);
  await page.getByTestId('widget-launcher').click();
  const frame = page.frameLocator('[data-testid="widget-frame"]');
  await frame.getByTestId('widget-app').waitFor();
  return frame;
}

async function startChat(frame: FrameLocator, language: 'zh-CN' | 'en', topic: string, message: string) {
  await frame.getByTestId('prechat-language').selectOption(language);
  await frame.getByTestId('prechat-topic').selectOption(topic);
  await frame.getByTestId('prechat-message').fill(message);
  await frame.getByTestId('prechat-start').click();
  await frame.getByTestId('widget-messages').waitFor();
}

const text = async (frame: FrameLocator, testId: string): Promise<string> =>
  (await frame.getByTestId(testId).textContent()) ?? '';

describe('widget customer side', { timeout: 120_000 }, () => {
  it('shows the welcome and after-hours texts the admin configured, in both languages', async () => {
    const admin = await openPage(browser, { locale: 'zh-CN' });
    await signIn(admin.page, web.baseUrl, 'admin', 'admin');
    await admin.page.goto(`${web.baseUrl}/admin/settings`);
    await admin.page.getByTestId('settings-widget-texts').waitFor();
    await admin.page.getByTestId('widget-text-zh-CN-welcome').fill('欢迎光临演示商城！有问题随时问我们。');
    await admin.page.getByTestId('widget-text-en-welcome').fill('Welcome to the demo shop! Ask us anything.');
    await admin.page.getByTestId('widget-text-en-afterHours').fill('We are away right now and reply within a day.');
    await screenshot(admin.page, 'admin-widget-texts-zh');
    await admin.page.getByTestId('settings-save').click();
    await until(async () => {
      const info = (await (await fetch(`${web.baseUrl}/api/v1/widget/info?tenantId=demo&language=en`)).json()) as {
        texts: { welcome: string | null };
      };
      return info.texts.welcome === 'Welcome to the demo shop! Ask us anything.';
    }, 'the texts saved');
    const saved = (await (
      await fetch(`${web.baseUrl}/api/v1/tenant`, { headers: { authorization: `Bearer ${adminToken}` } })
    ).json()) as { settings: { widgetMessages?: unknown; quickReplies?: unknown[] } };
    // Blank fields are left out: the built-in wording applies to them.
    expect(saved.settings.widgetMessages).toEqual({
      'zh-CN': { welcome: '欢迎光临演示商城！有问题随时问我们。' },
      en: {
        welcome: 'Welcome to the demo shop! Ask us anything.',
        afterHours: 'We are away right now and reply within a day.',
      },
    });
    expect(admin.problems).toEqual([]);
    await admin.context.close();

    const { page, context, problems } = await openPage(browser, { locale: 'zh-CN' });
    const frame = await openWidget(page);
    await until(
      async () => (await text(frame, 'widget-welcome')) === '欢迎光临演示商城！有问题随时问我们。',
      'zh welcome',
    );
    // Nobody is online yet: the first screen says so before the customer writes.
    await expect(text(frame, 'prechat-offline')).resolves.toContain('当前暂无客服在线');
    await screenshot(page, 'widget-welcome-zh');
    await frame.getByTestId('prechat-language').selectOption('en');
    await until(
      async () => (await text(frame, 'widget-welcome')) === 'Welcome to the demo shop! Ask us anything.',
      'en welcome',
    );
    await expect(text(frame, 'prechat-offline')).resolves.toContain('No agent is online right now');
    await screenshot(page, 'widget-welcome-en');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('asks a left message for contact details, validates them, and staff see them', async () => {
    const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
    const frame = await openWidget(page);
    await startChat(frame, 'en', 'refunds', 'I would like a refund for order 20260002');
    await frame.getByTestId('widget-leave-message').waitFor();
    await expect(text(frame, 'widget-after-hours-message')).resolves.toBe(
      'We are away right now and reply within a day.',
    );
    await frame.getByTestId('contact-save').click();
    await expect(text(frame, 'contact-error')).resolves.toBe('Please give a phone number or an e-mail address.');
    await frame.getByTestId('contact-name').fill('Alex Doe');
    await frame.getByTestId('contact-email').fill('alex@');
    await frame.getByTestId('contact-save').click();
    await expect(text(frame, 'contact-error')).resolves.toBe('Please check the e-mail address.');
    await frame.getByTestId('contact-email').fill('alex@example.com');
    await frame.getByTestId('contact-phone').fill('+44 20 7946 0000');
    await screenshot(page, 'widget-contact-en');
    await frame.getByTestId('contact-save').click();
    await frame.getByTestId('contact-saved').waitFor();

    const listed = (await (
      await fetch(`${web.baseUrl}/api/v1/conversations?status=left-message`, {
        headers: { authorization: `Bearer ${adminToken}` },
      })
    ).json()) as { items: { conversationId: string }[] };
    const ids = listed.items.map((item) => item.conversationId);
    const views = await Promise.all(
      ids.map(
        async (id) =>
          (await (
            await fetch(`${web.baseUrl}/api/v1/conversations/${id}`, {
              headers: { authorization: `Bearer ${adminToken}` },
            })
          ).json()) as { attributes: Record<string, string> },
      ),
    );
    expect(views.map((view) => view.attributes)).toContainEqual(
      expect.objectContaining({ customerName: 'Alex Doe', email: 'alex@example.com', phone: '+44 20 7946 0000' }),
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('confirms before ending the chat, and downloads the transcript without internal notes', async () => {
    const sunli = await connectClient(web.baseUrl, await login('sunli', demoPasswords.agent));
    clients.push(sunli);
    await sunli.ok('status.set', { status: 'available' });
    const { page, context, problems } = await openPage(browser, { locale: 'zh-CN' });
    const frame = await openWidget(page);
    await startChat(frame, 'zh-CN', 'refunds', '请问退款多久到账？');
    await until(() => sunli.all('conversation.assigned').length > 0, 'an assignment');
    const conversationId = sunli.all('conversation.assigned').at(-1)?.conversationId ?? '';
    await frame.getByTestId('widget-agent').waitFor();
    await sunli.ok('message.send', { conversationId, messageId: 'sl-1', text: '一般 3 个工作日内到账。' });
    await sunli.ok('message.send', {
      conversationId,
      messageId: 'sl-note',
      text: '内部备注：老客户',
      visibility: 'internal',
    });
    await frame.getByText('一般 3 个工作日内到账。').waitFor();

    await frame.getByTestId('widget-end').click();
    await expect(text(frame, 'widget-end-confirm')).resolves.toContain('确定结束本次对话吗？');
    await screenshot(page, 'widget-end-confirm-zh');
    await frame.getByTestId('widget-end-cancel').click();
    await expect(frame.getByTestId('widget-end-confirm').count()).resolves.toBe(0);
    await expect(frame.getByTestId('widget-app').getAttribute('data-status')).resolves.toBe('active');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByTestId('widget-transcript').click(),
    ]);
    const file = readFileSync(await download.path(), 'utf8');
    expect(file).toContain('聊天记录');
    expect(file).toContain('我: 请问退款多久到账？');
    expect(file).toContain('一般 3 个工作日内到账。');
    expect(file).not.toContain('内部备注');

    await frame.getByTestId('widget-end').click();
    await frame.getByTestId('widget-end-yes').click();
    await frame.getByTestId('widget-rating').waitFor();
    await sunli.waitFor(
      'conversation.updated',
      (update) => update.conversationId === conversationId && update.status === 'closed',
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
