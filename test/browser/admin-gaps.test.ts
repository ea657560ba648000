/**
 * The admin console's gaps closed (issue 18), in Chromium against the real server with the demo
 * tenant, in Chinese and English: a new agent needs a password (refused empty in the form, refused
 * common by the server's policy, nothing created until one passes); skill groups and departments
 * are removed from their rows after a confirmation, refused with the translated reason while in use;
 * business hours entered as day ranges (Mon–Fri 09:00–18:00) and stored one entry per day; transfer
 * rules (keyword / VIP) listed with their targets by name, added and saved.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';

let web: WebServer;
let browser: Browser;
let admin: string | undefined;

beforeAll(async () => {
  web = await startWebServer();
  browser = await launchBrowser();
  const login = await api('/auth/login', 'POST', { tenantId: 'demo', agentId: 'admin', password: 'demo-admin' });
  admin = (login.body as { token: string }).token;
}, 60_000);
afterAll(async () => {
  await browser.close();
  await web.close();
}, 60_000);

async function api(path: string, method = 'GET', body?: unknown): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (admin !== undefined) headers.authorization = `Bearer ${admin}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${web.baseUrl}/api/v1${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

async function openSection(page: Page, path: string): Promise<void> {
  await page.getByTestId(`admin-menu-${path}`).click();
  await page.waitForURL(`**/admin/${path}`);
}

/** Refused calls are 4xx answers the page handles; Chromium logs them as failed resources. */
const unexpected = (problems: readonly string[]) => problems.filter((problem) => !/\b(409|422)\b/.test(problem));

describe('admin console gaps', () => {
  it('requires a password the policy accepts before creating an agent (中文)', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, web.baseUrl, 'admin', 'admin');
    await page.getByTestId('agent-new').click();
    await page.getByTestId('agent-id').fill('newdesk');
    await page.getByTestId('agent-name').fill('新客服 New desk');
    await page.getByTestId('agent-save').click();
    await page.getByText('新客服必须设置密码').waitFor();
    expect((await api('/agents/newdesk')).status).toBe(404);

    await page.getByTestId('agent-password').fill('password123');
    await page.getByTestId('agent-save').click();
    await expect(page.getByTestId('admin-error').textContent()).resolves.toContain('该密码过于常见');
    expect((await api('/agents/newdesk')).status).toBe(404);
    await screenshot(page, 'admin-agent-password-refused');

    await page.getByTestId('agent-password').fill('lantern-harbour-42');
    await page.getByTestId('agent-save').click();
    await page.getByTestId('agent-row-newdesk').waitFor();
    const login = await fetch(`${web.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: 'demo', agentId: 'newdesk', password: 'lantern-harbour-42' }),
    });
    expect(login.status).toBe(200);
    await context.close();
    expect(unexpected(problems)).toEqual([]);
  }, 90_000);

  it('removes an unused skill group and refuses one in use, with the reason (中文)', async () => {
    await api('/skill-groups/temp-desk', 'PUT', { name: '临时组 Temp desk' });
    const { page, context, problems } = await openPage(browser);
    await signIn(page, web.baseUrl, 'admin', 'admin');
    await openSection(page, 'groups');

    await page.getByTestId('group-remove-vip').click();
    await page.getByTestId('group-remove-vip-confirm').click();
    await expect(page.getByTestId('admin-error').textContent()).resolves.toBe(
      '仍在使用中，无法删除；请先修改使用它的配置。',
    );
    await page.locator('.ant-notification').getByText('routing rule vip').waitFor();
    await screenshot(page, 'admin-group-in-use');
    expect((await api('/skill-groups/vip')).status).toBe(200);

    await page.getByTestId('group-remove-temp-desk').click();
    await page.getByText('删除 临时组 Temp desk？').waitFor();
    await page.getByTestId('group-remove-temp-desk-confirm').click();
    await page.getByTestId('group-row-temp-desk').waitFor({ state: 'detached' });
    expect((await api('/skill-groups/temp-desk')).status).toBe(404);
    await context.close();
    expect(unexpected(problems)).toEqual([]);
  }, 90_000);

  it('removes an unused department and refuses one in use, with the reason (English)', async () => {
    await api('/departments/pop-up', 'PUT', { name: 'Pop-up store' });
    const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
    await signIn(page, web.baseUrl, 'admin', 'admin');
    await openSection(page, 'departments');

    await page.getByTestId('department-remove-service').click();
    await page.getByTestId('department-remove-service-confirm').click();
    await expect(page.getByTestId('admin-error').textContent()).resolves.toBe(
      'Still in use, so it cannot be removed; change what uses it first.',
    );
    await page.locator('.ant-notification').getByText('sub department').waitFor();
    expect((await api('/departments/service')).status).toBe(200);

    await page.getByTestId('department-remove-pop-up').click();
    await page.getByText('Remove Pop-up store?').waitFor();
    await page.getByTestId('department-remove-pop-up-confirm').click();
    await page.getByTestId('department-row-pop-up').waitFor({ state: 'detached' });
    expect((await api('/departments/pop-up')).status).toBe(404);
    await screenshot(page, 'admin-department-removed-en');
    await context.close();
    expect(unexpected(problems)).toEqual([]);
  }, 90_000);

  it('edits business hours as day ranges and stores them per day (中文 and English)', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, web.baseUrl, 'admin', 'admin');
    await openSection(page, 'hours');
    await page.getByTestId('hours-group').click();
    await page.keyboard.type('presales');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    // The demo's office hours: Mon–Fri 09:00–18:00 and Sat 10:00–16:00, two rows rather than six.
    await expect.poll(() => page.getByTestId('hours-weekly-summary-0').textContent()).toBe('周一至周五');
    await expect.poll(() => page.getByTestId('hours-weekly-summary-1').textContent()).toBe('周六');
    await expect(page.locator('[data-testid^="hours-weekly-summary-"]').count()).resolves.toBe(2);
    // Sunday joins the Saturday row.
    await page.getByTestId('hours-weekly-days-1').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '周日' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('hours-weekly-summary-1').textContent()).toBe('周六至周日');
    await page.getByTestId('hours-save').click();
    await expect
      .poll(async () => ((await api('/skill-groups/presales')).body as { hours: { weekly: unknown[] } }).hours.weekly)
      .toEqual([
        ...[1, 2, 3, 4, 5].map((day) => ({ day, from: '09:00', to: '18:00' })),
        { day: 6, from: '10:00', to: '16:00' },
        { day: 7, from: '10:00', to: '16:00' },
      ]);
    await screenshot(page, 'admin-hours-day-ranges');
    await page.getByTestId('language-switch').getByText('English').click();
    await expect.poll(() => page.getByTestId('hours-weekly-summary-0').textContent()).toBe('Mon–Fri');
    await expect.poll(() => page.getByTestId('hours-weekly-summary-1').textContent()).toBe('Sat–Sun');
    await context.close();
    expect(unexpected(problems)).toEqual([]);
  }, 90_000);

  it('edits mid-conversation transfer rules (中文 and English)', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, web.baseUrl, 'admin', 'admin');
    await openSection(page, 'transfers');
    const demoRule = page.getByTestId('transfer-rule-row-complaint-suggest');
    await demoRule.getByText('建议转接 → 售后服务 After-sales').waitFor();

    await page.getByTestId('transfer-rule-new').click();
    await page.getByTestId('transfer-rule-id').fill('vip-up');
    await page.getByTestId('transfer-rule-name').fill('VIP 升级 / VIP upgrade');
    await page.getByTestId('transfer-rule-save').click();
    await page.getByText('至少需要一个关键词或 VIP 等级').waitFor();
    await page.getByTestId('transfer-rule-vip').fill('3');
    await page.getByTestId('transfer-rule-keywords-any').click();
    await page.keyboard.type('升级');
    await page.keyboard.press('Enter');
    await page.getByTestId('transfer-rule-action').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '自动转接' }).click();
    await page.locator('.ant-modal .ant-form-item', { hasText: '目标' }).locator('.ant-select').click();
    await page.keyboard.type('VIP');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'VIP 专席' }).click();
    await page.getByTestId('transfer-rule-note').fill('VIP 客户要求升级 / VIP asks to escalate');
    await page.getByTestId('transfer-rule-save').click();
    await page.getByTestId('transfer-rule-row-vip-up').getByText('自动转接 → VIP 专席 VIP desk').waitFor();
    const tenant = (await api('/tenant')).body as { settings: { transfer: { rules: { id: string }[] } } };
    expect(tenant.settings.transfer.rules.find((rule) => rule.id === 'vip-up')).toEqual({
      id: 'vip-up',
      name: 'VIP 升级 / VIP upgrade',
      enabled: true,
      when: { keywords: { any: ['升级'] }, vipLevelAtLeast: 3 },
      action: 'transfer',
      target: { kind: 'group', groupId: 'vip' },
      note: 'VIP 客户要求升级 / VIP asks to escalate',
    });
    await screenshot(page, 'admin-transfer-rules');

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('transfer-rules').getByText('Transfer rules (mid-conversation)').waitFor();
    await page.getByTestId('transfer-rule-row-vip-up').getByText('Transfer → VIP 专席 VIP desk').waitFor();
    await page.getByTestId('transfer-rule-row-vip-up').getByText('VIP ≥ 3').waitFor();
    await context.close();
    expect(unexpected(problems)).toEqual([]);
  }, 90_000);
});
