/**
 * The conversation test page in Chromium against the real server with the demo tenant: an admin
 * opens a VIP customer who asks for a refund (the demo's VIP rule comes before the refund rule),
 * sees the rule, the VIP desk, the agent chosen by the group's strategy and the candidates; then a
 * non-VIP refund; closes a test conversation; and reads the page in English.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../src/cli/demo/demo-seed.js';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';
import { connectClient, type TestClient } from '../support/realtime-client.js';

let web: WebServer;
let browser: Browser;
let zhoumin: TestClient;

beforeAll(async () => {
  web = await startWebServer();
  browser = await launchBrowser();
  const login = await fetch(`${web.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId: 'zhoumin', password: demoPasswords.agent }),
  });
  const { token } = (await login.json()) as { token: string };
  zhoumin = await connectClient(web.baseUrl, token);
}, 60_000);
afterAll(async () => {
  zhoumin.close();
  await browser.close();
  await web.close();
}, 30_000);

describe('conversation test page', () => {
  it('shows where a test customer was routed and why, and closes it', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, web.baseUrl, 'admin', 'admin');
    await page.goto(`${web.baseUrl}/simulate`);
    await page.getByTestId('sim-form').waitFor();

    // A VIP customer asking for a refund: the VIP rule wins, the VIP desk's agent gets it.
    await page.getByTestId('sim-vip').fill('3');
    await page.getByTestId('sim-text').fill('我要退款');
    await page.getByTestId('sim-open').click();
    await page.getByTestId('sim-rule').getByText('VIP 客户优先 / VIP customers first').waitFor();
    await expect(page.getByTestId('sim-group').textContent()).resolves.toBe('VIP 专席 VIP desk');
    await expect(page.getByTestId('sim-priority').textContent()).resolves.toBe('5');
    await expect(page.getByTestId('sim-result').textContent()).resolves.toBe('已分配给 周敏 Zhou Min');
    await expect(page.getByTestId('sim-strategy').textContent()).resolves.toContain('VIP 专席 VIP desk 的 技能优先');
    await expect(page.getByTestId('sim-hours').textContent()).resolves.toBe('营业中：由该技能组接待');
    await expect(page.getByTestId('sim-preferred').textContent()).resolves.toBe('无：由技能组的分配策略选择');
    await page.getByTestId('sim-candidate-zhoumin').waitFor();
    const vipConversation = (await zhoumin.waitFor('conversation.assigned')).conversationId;
    await page.getByTestId(`sim-row-${vipConversation}`).waitFor();
    await screenshot(page, 'simulate-vip-zh');

    // An ordinary customer with the same words: the refund rule sends them to after-sales.
    await page.getByTestId('sim-vip').fill('0');
    await page.getByTestId('sim-text').fill('I want a refund');
    await page.getByTestId('sim-open').click();
    await page.getByTestId('sim-rule').getByText('退款退货 / Refunds and returns').waitFor();
    await expect(page.getByTestId('sim-group').textContent()).resolves.toBe('售后服务 After-sales');
    expect(await page.locator('[data-testid^="sim-row-"]').count()).toBe(2);

    // Close the VIP test conversation.
    await page.getByTestId(`sim-close-${vipConversation}`).click();
    await page.getByTestId(`sim-status-${vipConversation}`).getByText('已关闭').waitFor();
    await zhoumin.waitFor(
      'conversation.updated',
      (update) => update.conversationId === vipConversation && update.status === 'closed',
    );

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByText('Test customers opened here').waitFor();
    await page.getByTestId(`sim-details-${vipConversation}`).click();
    await expect(page.getByTestId('sim-result').textContent()).resolves.toBe('Closed');
    await expect(page.getByTestId('sim-strategy').textContent()).resolves.toContain(
      'Most skilled of VIP 专席 VIP desk',
    );
    await screenshot(page, 'simulate-en');

    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
