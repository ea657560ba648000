/**
 * The browser a fresh machine gets: the Chromium shipped in the `@sparticuz/chromium` npm package,
 * launched explicitly (even where the machine has its own), against the real server. It must keep
 * browser contexts apart (two people signed in side by side, as the multi-user tests do) and draw
 * the Chinese UI with a CJK font from npm rather than boxes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from '../support/browser.js';
import { browserChoice, resolveTestChromium } from '../support/chromium-executable.js';

let web: WebServer;
let browser: Browser;

beforeAll(async () => {
  web = await startWebServer();
  browser = await launchBrowser('npm');
});
afterAll(async () => {
  await browser.close();
  await web.close();
});

/**
 * Draws `text` on a canvas in the page's own font stack and returns the pixels. Without a font
 * that has the glyphs, every Han character is drawn as the same empty box.
 */
function drawn(page: Page, text: string): Promise<string> {
  return page.evaluate<string>(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const context = canvas.getContext('2d');
    context.font = '48px ' + getComputedStyle(document.body).fontFamily;
    context.fillText(${JSON.stringify(text)}, 4, 52);
    return canvas.toDataURL();
  })()`);
}

describe('the npm Chromium', () => {
  it('is the one unpacked from @sparticuz/chromium', async () => {
    const npm = await resolveTestChromium('npm');
    expect(npm.source).toBe('npm');
    expect(npm.executablePath).not.toBe('/usr/bin/chromium');
    expect(browser.version()).toMatch(/^143\./);
    expect(npm.env.FONTCONFIG_FILE).toMatch(/fonts\.conf$/);
  });

  it('is chosen by SWITCHBOARD_TEST_BROWSER, and a wrong choice or CHROMIUM_PATH is an error', async () => {
    expect(browserChoice({})).toBe('auto');
    expect(browserChoice({ SWITCHBOARD_TEST_BROWSER: 'npm' })).toBe('npm');
    expect(() => browserChoice({ SWITCHBOARD_TEST_BROWSER: 'firefox' })).toThrow(/auto, system or npm/);
    await expect(resolveTestChromium('auto', { CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toThrow(
      /CHROMIUM_PATH names no file/,
    );
    const npm = await resolveTestChromium('npm', { CHROMIUM_PATH: '/nonexistent/chromium' });
    const given = await resolveTestChromium('system', { CHROMIUM_PATH: npm.executablePath });
    expect(given).toMatchObject({ source: 'system', executablePath: npm.executablePath });
  });

  it('keeps the storage of two browser contexts apart', async () => {
    const first = await openPage(browser);
    const second = await openPage(browser);
    await first.page.goto(`${web.baseUrl}/login`);
    await second.page.goto(`${web.baseUrl}/login`);
    await first.page.evaluate(`localStorage.setItem('switchboard-test', 'first')`);
    await expect(first.page.evaluate(`localStorage.getItem('switchboard-test')`)).resolves.toBe('first');
    await expect(second.page.evaluate(`localStorage.getItem('switchboard-test')`)).resolves.toBeNull();
    await first.context.close();
    await second.context.close();
    expect([...first.problems, ...second.problems]).toEqual([]);
  });

  it('draws the Chinese UI with a CJK font', async () => {
    const { page, context, problems } = await openPage(browser, {
      locale: 'zh-CN',
      viewport: { width: 800, height: 600 },
    });
    await page.goto(`${web.baseUrl}/login`);
    await expect(page.getByTestId('login-submit').textContent()).resolves.toContain('登录');
    const [transfer, connect, box] = await Promise.all([drawn(page, '转'), drawn(page, '接'), drawn(page, '')]);
    expect(transfer).not.toBe(box);
    expect(transfer).not.toBe(connect);
    await screenshot(page, 'npm-chromium-login-zh');
    await context.close();
    expect(problems).toEqual([]);
  });
});
