/**
 * The conversation test page in Chromium against the real server with the demo tenant: an admin
 * opens a VIP customer who asks for a refund (the demo's VIP rule comes before the refund rule),
 * sees the rule, the VIP desk, the agent routing would choose and the candidates — a test decision
 * that reaches nobody; then a non-VIP refund routed to real agents on request; closes that test
 * conversation; and reads the page in English.
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

    // A VIP customer asking for a refund: the VIP rule wins; the VIP desk's agent would get it, but
    // a test conversation only shows the decision by default — nobody is assigned.
    await page.getByTestId('sim-vip').fill('3');
    await page.getByTestId('sim-text').fill('我要退款');
    await page.getByTestId('sim-open').click();
    await page.getByTestId('sim-rule').getByText('VIP 客户优先 / VIP customers first').waitFor();
    await expect(page.getByTestId('sim-group').textContent()).resolves.toBe('VIP 专席 VIP desk');
    await expect(page.getByTestId('sim-priority').textContent()).resolves.toBe('5');
    await expect(page.getByTestId('sim-result').textContent()).resolves.toBe(
      '将分配给 周敏 Zhou Min（测试：未实际分配）',
    );
    await expect(page.getByTestId('sim-strategy').textContent()).resolves.toContain('VIP 专席 VIP desk 的 技能优先');
    await expect(page.getByTestId('sim-hours').textContent()).resolves.toBe('营业中：由该技能组接待');
    await expect(page.getByTestId('sim-preferred').textContent()).resolves.toBe('无：由技能组的分配策略选择');
    await page.getByTestId('sim-test-mode').waitFor();
    await page.getByTestId('sim-candidate-zhoumin').waitFor();
    const rows = page.locator('[data-testid^="sim-row-"]');
    await rows.first().waitFor();
    const decided = ((await rows.first().getAttribute('data-testid')) ?? '').replace('sim-row-', '');
    await page.getByTestId(`sim-status-${decided}`).getByText('已关闭').waitFor();
    await screenshot(page, 'simulate-vip-zh');

    // The same VIP customer routed to real agents on request: 周敏 gets it, flagged as a test.
    await page.getByTestId('sim-route-to-agents').check();
    await page.getByTestId('sim-open').click();
    const assigned = await zhoumin.waitFor('conversation.assigned');
    const vipConversation = assigned.conversationId;
    expect(assigned.conversation).toMatchObject({ test: 'routed' });
    // Nothing reached 周敏 from the decision-only one.
    expect(zhoumin.all('conversation.assigned').map((payload) => payload.conversationId)).toEqual([vipConversation]);
    await page.getByTestId(`sim-row-${vipConversation}`).waitFor();
    await page.getByTestId('sim-result').filter({ hasText: '已分配给' }).waitFor();
    await expect(page.getByTestId('sim-result').textContent()).resolves.toBe('已分配给 周敏 Zhou Min');

    // An ordinary customer with the same words: the refund rule sends them to after-sales.
    await page.getByTestId('sim-route-to-agents').uncheck();
    await page.getByTestId('sim-vip').fill('0');
    await page.getByTestId('sim-text').fill('I want a refund');
    await page.getByTestId('sim-open').click();
    await page.getByTestId('sim-rule').getByText('退款退货 / Refunds and returns').waitFor();
    await expect(page.getByTestId('sim-group').textContent()).resolves.toBe('售后服务 After-sales');
    expect(await rows.count()).toBe(3);

    // Close the routed VIP test conversation.
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
