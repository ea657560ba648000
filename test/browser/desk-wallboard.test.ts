/**
 * Issue 17 on the supervisor's side and the login page: the queue table fits at 1440 px with the
 * service level and the strategy in view, the group names stay put when it scrolls sideways, at
 * 1280×720 the queues are on the first screen (charts below), and a strategy change asks first —
 * cancelling changes nothing. The login form's validation speaks the page's language.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';
import { boxOf } from '../support/desk.js';

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

async function strategyOf(groupId: string): Promise<string> {
  const login = await fetch(`${web.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId: 'liqiang', password: 'demo-supervisor' }),
  });
  const { token } = (await login.json()) as { token: string };
  const group = await fetch(`${web.baseUrl}/api/v1/skill-groups/${groupId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await group.json()) as { strategy: string }).strategy;
}

const cases = [
  {
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    confirm: '将 技术支持 Tech support 的分配策略改为 最少负载？',
    required: /^请输入/,
  },
  {
    locale: 'en-US',
    viewport: { width: 1280, height: 720 },
    confirm: 'Change the strategy of 技术支持 Tech support to Least load?',
    required: /^Enter your /,
  },
] as const;

// Once in a full run at a load of 8 the strategy confirmation stayed open after its cancel click
// (antd's modal, not the app's logic: it passes alone); one retry, each try in a fresh context.
describe('wallboard queue table and login validation', { retry: 1 }, () => {
  for (const c of cases) {
    it(`fits the queue table and confirms a strategy change at ${c.viewport.width}×${c.viewport.height} (${c.locale})`, async () => {
      const { page, context, problems } = await openPage(browser, { locale: c.locale, viewport: c.viewport });
      // The login page's own validation, before signing in.
      await page.goto(`${web.baseUrl}/login`);
      await page.getByTestId('login-tenant').fill('');
      await page.getByTestId('login-submit').click();
      const errors = page.locator('.ant-form-item-explain-error');
      await expect.poll(() => errors.count()).toBe(3);
      for (const text of await errors.allTextContents()) expect(text).toMatch(c.required);

      await signIn(page, web.baseUrl, 'liqiang', 'supervisor');
      const table = page.getByTestId('wallboard-queues');
      await table.waitFor();
      // On the first screen, charts below it.
      const tableBox = await boxOf(table);
      expect(tableBox.y).toBeLessThan(c.viewport.height - 100);
      // The strategy and the service level are in view without scrolling sideways.
      const select = page.getByTestId('strategy-select-tech');
      const selectBox = await boxOf(select);
      expect(selectBox.x + selectBox.width).toBeLessThanOrEqual(tableBox.x + tableBox.width);
      const sl = page.getByTestId('queue-sl-tech');
      if ((await sl.count()) > 0) {
        const slBox = await boxOf(sl);
        expect(slBox.x + slBox.width).toBeLessThanOrEqual(tableBox.x + tableBox.width);
      }
      // Scrolled sideways, the group's name stays where it was.
      const name = page.getByTestId('queue-name-tech');
      const before = await boxOf(name);
      await table
        .locator('.ant-table-content, .ant-table-body')
        .first()
        .evaluate((e: { scrollLeft: number }) => {
          e.scrollLeft = 400;
        });
      expect((await boxOf(name)).x).toBe(before.x);
      await screenshot(page, `desk-wallboard-${c.viewport.width}-${c.locale}`);

      // A strategy change asks first; cancelling keeps the strategy.
      const original = await strategyOf('tech');
      expect(original).not.toBe('least-load');
      await select.click();
      await page.getByTestId('strategy-option-tech-least-load').click();
      const title = page.locator('.ant-modal-confirm-title');
      await title.waitFor();
      await expect(title.textContent()).resolves.toBe(c.confirm);
      await page.getByTestId('strategy-cancel').click();
      await title.waitFor({ state: 'detached' });
      await expect(strategyOf('tech')).resolves.toBe(original);
      await select.click();
      await page.getByTestId('strategy-option-tech-least-load').click();
      await page.getByTestId('strategy-confirm').click();
      await title.waitFor({ state: 'detached' });
      await expect.poll(() => strategyOf('tech')).toBe('least-load');
      // Back as it was, for the next case.
      await select.click();
      await page.getByTestId(`strategy-option-tech-${original}`).click();
      await page.getByTestId('strategy-confirm').click();
      await expect.poll(() => strategyOf('tech')).toBe(original);

      expect(problems).toEqual([]);
      await context.close();
    }, 90_000);
  }
});
