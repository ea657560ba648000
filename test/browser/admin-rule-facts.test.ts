/**
 * The routing-rule editor's conditions on order and ticket facts (issue 18), in Chromium against the
 * real server with the demo tenant: an admin adds a rule "check-in time passed and order amount
 * ≥ 5000 → priority +10", the list describes it in Chinese, the API stores exactly those
 * conditions, and editing the rule again keeps them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';

let web: WebServer;
let browser: Browser;

beforeAll(async () => {
  web = await startWebServer();
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser.close();
  await web.close();
}, 60_000);

async function rulesFromApi(): Promise<{ id: string; conditions: { facts?: unknown } }[]> {
  const login = await fetch(`${web.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId: 'admin', password: 'demo-admin' }),
  });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${web.baseUrl}/api/v1/routing-rules`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { rules: { id: string; conditions: { facts?: unknown } }[] }).rules;
}

/** Picks an option of the antd Select inside the element with this test id, by its label. */
async function pick(page: Page, select: ReturnType<Page['getByTestId']>, label: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText(label, { exact: true }).click();
}

// Once in a fresh-clone run the fact row added by the first click never appeared (it passes alone and
// passed in the run before); cause not found — one retry, in a fresh browser context.
describe('routing-rule editor: order and ticket facts', { retry: 1 }, () => {
  it('adds a rule on check-in time and order amount, describes it, and keeps it when edited', async () => {
    const { page, context, problems } = await openPage(browser, { locale: 'zh-CN' });
    await signIn(page, web.baseUrl, 'admin', 'admin');
    await page.getByTestId('admin-menu-rules').click();
    await page.waitForURL('**/admin/rules');
    await page.getByTestId('rule-new').click();
    await page.getByTestId('rule-id').fill('stuck-at-desk');
    await page.getByTestId('rule-name').fill('入住时间已过');

    await page.getByTestId('rule-fact-add').click();
    await page.getByTestId('rule-fact-attribute').nth(0).fill('checkInAt');
    await pick(page, page.getByTestId('rule-fact-op').nth(0), '时间已过');
    await page.getByTestId('rule-fact-add').click();
    await page.getByTestId('rule-fact-attribute').nth(1).fill('orderAmount');
    await page.getByTestId('rule-fact-value').fill('5000');
    await page.getByTestId('rule-priority').fill('10');
    await screenshot(page, 'admin-rule-facts-form');
    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-row-stuck-at-desk').waitFor();
    await page.getByTestId('rule-row-stuck-at-desk').getByText('checkInAt 已过').waitFor();
    await page.getByTestId('rule-row-stuck-at-desk').getByText('orderAmount ≥ 5000').waitFor();
    await screenshot(page, 'admin-rule-facts');

    const expected = [
      { attribute: 'checkInAt', op: 'passed' },
      { attribute: 'orderAmount', op: 'gte', value: 5000 },
    ];
    const stored = (await rulesFromApi()).find((rule) => rule.id === 'stuck-at-desk');
    expect(stored?.conditions.facts).toEqual(expected);

    // Edit and save again: the facts come back into the form and are saved unchanged.
    await page.getByTestId('rule-edit-stuck-at-desk').click();
    await expect(page.getByTestId('rule-fact-attribute').nth(1).inputValue()).resolves.toBe('orderAmount');
    await page.getByTestId('rule-save').click();
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    const again = (await rulesFromApi()).find((rule) => rule.id === 'stuck-at-desk');
    expect(again?.conditions.facts).toEqual(expected);

    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
