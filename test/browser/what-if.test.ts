/**
 * The what-if page in Chromium against the real server with the demo tenant: A is the current
 * configuration, B the example multi-skill scenario picked from the presets with a team half as
 * large again; both run on the server (progress bars) and are compared side by side, figures and
 * charts, in English and in Chinese.
 */
import type { Browser } from 'playwright-core';
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

describe('what-if page', () => {
  it('runs configurations A and B on the server and compares them', async () => {
    const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
    await signIn(page, web.baseUrl, 'admin', 'admin');
    await page.goto(`${web.baseUrl}/what-if`);
    const editorA = page.getByTestId('what-if-json-A');
    await editorA.waitFor();
    const scenario = JSON.parse(await editorA.inputValue()) as Record<string, unknown> & {
      groups: unknown[];
      agents: { count: number }[];
    };
    expect(scenario.groups.length).toBeGreaterThan(0);
    // A short day keeps the test quick. A is the current configuration; B is the example
    // multi-skill scenario (picked from the presets) with half as many agents again.
    await editorA.fill(JSON.stringify({ ...scenario, durationSeconds: 7200, warmupSeconds: 600 }, null, 2));
    // "Agents × 0.8" on the current configuration (one block per real agent) shrinks the team.
    const before = scenario.agents.reduce((sum, block) => sum + block.count, 0);
    await page.getByTestId('what-if-agents-A').fill('0.8');
    await page.getByTestId('what-if-apply-A').click();
    const shrunk = JSON.parse(await editorA.inputValue()) as { agents: { count: number }[] };
    expect(shrunk.agents.reduce((sum, block) => sum + block.count, 0)).toBe(Math.round(before * 0.8));
    await page.getByTestId('what-if-preset-B').click();
    await page.locator('.ant-select-item-option-content', { hasText: 'Example: hotel after-sales' }).click();
    const editorB = page.getByTestId('what-if-json-B');
    await expect.poll(async () => (await editorB.inputValue()).includes('hotels-zh')).toBe(true);
    const example = JSON.parse(await editorB.inputValue()) as Record<string, unknown> & {
      agents: { count: number }[];
    };
    // Its busy morning: counted from 08:00 to noon.
    await editorB.fill(JSON.stringify({ ...example, durationSeconds: 43_200, warmupSeconds: 28_800 }, null, 2));
    await page.getByTestId('what-if-agents-B').fill('1.5');
    await page.getByTestId('what-if-apply-B').click();
    const edited = JSON.parse(await editorB.inputValue()) as { agents: { count: number }[]; durationSeconds: number };
    expect(edited.durationSeconds).toBe(43_200);
    expect(edited.agents.reduce((sum, block) => sum + block.count, 0)).toBeGreaterThan(
      example.agents.reduce((sum, block) => sum + block.count, 0),
    );

    await page.getByTestId('what-if-run').click();
    await page.getByTestId('what-if-progress-A').waitFor();
    const serviceLevel = page.getByTestId('what-if-figure-serviceLevel');
    await serviceLevel.waitFor({ timeout: 60_000 });
    await expect
      .poll(
        async () => (await serviceLevel.locator('td').allTextContents()).filter((text) => text.endsWith('%')).length,
        {
          timeout: 60_000,
        },
      )
      .toBe(2);
    for (const chart of ['headline', 'waits', 'groups', 'utilisation', 'transfers']) {
      await page.getByTestId(`what-if-chart-${chart}`).locator('svg').first().waitFor();
    }
    const arrivals = await page.getByTestId('what-if-figure-arrivals').locator('td').allTextContents();
    expect(Number(arrivals[1])).toBeGreaterThan(0);
    expect(Number(arrivals[2])).toBeGreaterThan(0);
    // The example has transfers to its refunds group: B shows accepted / requested.
    const transfers = await page.getByTestId('what-if-figure-transfers').locator('td').allTextContents();
    expect(Number(transfers[2]?.split(' / ')[1])).toBeGreaterThan(0);
    await screenshot(page, 'what-if-en');

    await page.getByTestId('what-if-progress-B').waitFor();
    // The same comparison in Chinese.
    await page.getByTestId('language-switch').getByText('中文').click();
    await page.getByText('服务水平、排队、放弃、利用率（%）').waitFor();
    await page.getByTestId('what-if-figure-serviceLevel').getByText('服务水平').waitFor();
    // Switching language keeps the edited scenarios.
    expect(JSON.parse(await editorA.inputValue())).toMatchObject({ durationSeconds: 7200, warmupSeconds: 600 });
    await screenshot(page, 'what-if-zh');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
