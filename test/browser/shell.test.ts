/**
 * The web app's shell in Chromium: served by the server itself, sign-in for each role lands on that
 * role's home page, and the language switch changes visible text (and is remembered).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';

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

describe('web app shell', () => {
  it('signs each role in to its home page and switches language', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(web.baseUrl);
    await page.waitForURL('**/login');
    await expect(page.getByTestId('login-submit').textContent()).resolves.toContain('登录');
    await screenshot(page, 'login-zh');

    await signIn(page, web.baseUrl, 'admin', 'admin');
    expect(new URL(page.url()).pathname).toBe('/admin');
    await page.getByTestId('language-switch').getByText('English').click();
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('Admin');
    await page.reload();
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('Admin');
    await page.getByTestId('language-switch').getByText('中文').click();
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('管理员');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('refuses a wrong password with a message and stays on the login page', async () => {
    const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${web.baseUrl}/login`);
    await page.getByTestId('login-agent').fill('admin');
    await page.getByTestId('login-password').fill('wrong password');
    await page.getByTestId('login-submit').click();
    await page.getByText('Wrong tenant, agent ID or password').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
    // The refused login is a 401 the page handles; Chromium logs it as a failed resource.
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });
});
