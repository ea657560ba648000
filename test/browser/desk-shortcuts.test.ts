/**
 * Issue 17, keyboard workflow: in the agent workspace Alt+↓ / Alt+↑ move between conversations,
 * Alt+R puts the focus in the reply box, Alt+X opens the close dialog, and `?` (outside text boxes)
 * or the labelled button opens the help panel listing every shortcut, in Chinese and English;
 * typing `?` in the reply box stays text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from '../support/browser.js';
import { customerClient, openConversation, openWorkspace } from '../support/desk.js';

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

const focused = (page: Page): Promise<unknown> =>
  page.evaluate("document.activeElement && document.activeElement.getAttribute('data-testid')");
const blur = (page: Page): Promise<unknown> => page.evaluate('document.activeElement && document.activeElement.blur()');

const cases = [
  { locale: 'zh-CN', available: '在线', help: '键盘快捷键', next: '下一个会话', close: '结束会话' },
  {
    locale: 'en-US',
    available: 'Available',
    help: 'Keyboard shortcuts',
    next: 'Next conversation',
    close: 'Close the conversation',
  },
] as const;

describe('keyboard workflow', () => {
  for (const c of cases) {
    it(`moves between conversations, reaches the reply box, closes and lists the shortcuts (${c.locale})`, async () => {
      const agent = await openPage(browser, { locale: c.locale });
      const { page } = agent;
      await openWorkspace(page, web.baseUrl, 'chenjing', c.available);
      const customers = [await customerClient(web.baseUrl), await customerClient(web.baseUrl)];
      const ids: string[] = [];
      for (const customer of customers) ids.push(await openConversation(customer, { text: 'Hello?' }));
      for (const id of ids) await page.getByTestId(`conversation-item-${id}`).waitFor();
      const listed = await page
        .locator('[data-testid^="conversation-item-"]')
        .evaluateAll((items: { getAttribute(name: string): string | null }[]) =>
          items.map((item) => (item.getAttribute('data-testid') ?? '').slice('conversation-item-'.length)),
        );
      const pressed = (id: string) => page.getByTestId(`conversation-item-${id}`).getAttribute('aria-pressed');

      // From the first listed, Alt+↓ picks the next; Alt+↑ goes back.
      expect(listed.length).toBeGreaterThanOrEqual(2);
      await page.getByTestId(`conversation-item-${listed[0] ?? ''}`).click();
      await expect.poll(() => pressed(listed[0] ?? '')).toBe('true');
      await blur(page);
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => pressed(listed[1] ?? '')).toBe('true');
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => pressed(listed[0] ?? '')).toBe('true');

      // Alt+R reaches the reply box; "?" typed there is text, not the help panel.
      await page.keyboard.press('Alt+KeyR');
      await expect.poll(() => focused(page)).toBe('chat-input');
      await page.keyboard.type('Any questions?');
      await expect(page.getByTestId('chat-input').inputValue()).resolves.toBe('Any questions?');
      await expect(page.getByTestId('shortcuts-help').count()).resolves.toBe(0);

      // From the reply box, Alt+↓ moves on and stays in the next one's reply box.
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => pressed(listed[1] ?? '')).toBe('true');
      await expect.poll(() => focused(page)).toBe('chat-input');

      // "?" outside text boxes opens the help panel, a labelled dialog; Esc closes it.
      await blur(page);
      await page.keyboard.type('?');
      const dialog = page.getByRole('dialog', { name: c.help });
      await dialog.waitFor();
      await expect(page.getByTestId('shortcut-next').textContent()).resolves.toBe(`Alt+↓${c.next}`);
      await expect(page.getByTestId('shortcut-close').textContent()).resolves.toBe(`Alt+X${c.close}`);
      // The screenshot once the opening animation has finished.
      await expect.poll(() => dialog.getAttribute('class')).not.toContain('zoom');
      await screenshot(page, `desk-shortcuts-help-${c.locale}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      // The labelled button opens it too.
      const button = page.getByRole('button', { name: new RegExp(c.help) });
      await expect(button.getAttribute('data-testid')).resolves.toBe('shortcuts-button');
      await button.click();
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      // Alt+X asks to close the selected conversation.
      await page.keyboard.press('Alt+KeyX');
      await page.getByTestId('close-dialog').waitFor();

      expect(agent.problems).toEqual([]);
      for (const customer of customers) customer.close();
      await agent.context.close();
    }, 120_000);
  }
});
