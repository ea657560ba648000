/**
 * The Content-Security-Policy in Chromium (docs/security.md): the pages the other browser tests do
 * not open — the API documentation and the widget's demo page with its chat frame — load without a
 * single violation, and the policy is what the server promises. Every browser test checks for
 * violations too (test/support/browser.ts counts them as problems).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, startWebServer, type WebServer } from '../support/browser.js';

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

describe('Content-Security-Policy in Chromium', () => {
  it('serves the login page, the API docs and the widget demo without a violation', async () => {
    const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
    const login = await page.goto(`${web.baseUrl}/login`);
    expect(login?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByTestId('login-submit').waitFor();

    await page.goto(`${web.baseUrl}/docs`);
    // Swagger UI renders the document after fetching it: slow on a loaded machine.
    await page.locator('.swagger-ui .info').waitFor({ timeout: 60_000 });

    await page.goto(`${web.baseUrl}/widget/demo`);
    await page.getByTestId('widget-launcher').click();
    await page.frameLocator('[data-testid="widget-frame"]').getByTestId('widget-app').waitFor();
    await context.close();
    expect(problems).toEqual([]);
  }, 180_000);

  it('reports an injected inline script as a violation, so the check has teeth', async () => {
    const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${web.baseUrl}/login`);
    await page.getByTestId('login-submit').waitFor();
    await page.evaluate(
      "const script = document.createElement('script'); script.textContent = 'window.injected = true'; document.body.append(script);",
    );
    await expect.poll(() => problems.some((problem) => problem.includes('CSP violation: script-src'))).toBe(true);
    expect(await page.evaluate('window.injected')).toBeUndefined();
    await context.close();
  });
});
