/**
 * Issue 17, history search in real Chromium: an agent finds the conversation they closed by a
 * Chinese keyword (four characters: the trigram index; two characters: the bounded scan), from the
 * workspace's menu, and opens its whole timeline; in both languages. A supervisor of the group finds
 * it from the wallboard; another agent (of another group) does not.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../src/cli/demo/demo-seed.js';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';
import { customerClient, openWorkspace } from '../support/desk.js';
import type { TestClient } from '../support/realtime-client.js';

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

async function tokenOf(agentId: string, role: 'agent' | 'supervisor'): Promise<string> {
  const response = await fetch(`${web.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId, password: demoPasswords[role] }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** Opens a conversation from the app as the widget does (the general desk); returns its id. */
async function openFromApp(customer: TestClient, text: string, customerName: string): Promise<string> {
  const opened = await customer.ok<{ conversation: { conversationId: string } }>('conversation.open', {
    source: 'app',
    language: 'zh-CN',
    text,
    messageId: randomUUID(),
    attributes: { customerName },
  });
  return opened.conversation.conversationId;
}

/** Waits until the results list is no longer loading (before a screenshot). */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('search-results').locator('.ant-spin-blur').count()).toBe(0);
}

/** Waits until the timeline drawer has slid fully in (before a screenshot). */
async function drawerOpen(page: Page): Promise<void> {
  const wrapper = page.locator('.ant-drawer-content-wrapper');
  await expect
    .poll(async () => {
      const box = await wrapper.boundingBox();
      return box === null ? null : Math.round(box.x + box.width);
    })
    .toBe(page.viewportSize()?.width);
}

/** Opens history search from the header menu and searches `keywords`. */
async function search(page: Page, menuLabel: string, keywords: string): Promise<void> {
  await page.locator('.ant-menu').getByText(menuLabel).click();
  await page.getByTestId('history-search').waitFor();
  await page.getByTestId('search-q').fill(keywords);
  await page.getByTestId('search-submit').click();
}

describe('history search', () => {
  it('finds a closed conversation by a Chinese keyword and opens its timeline, in both languages', async () => {
    // Zhao Lei serves the 24/7 general desk (source "app", no rule's keyword: any time of day), and
    // closes the conversation.
    const zhao = await openPage(browser, { locale: 'zh-CN' });
    await openWorkspace(zhao.page, web.baseUrl, 'zhaolei', '在线');
    const customer = await customerClient(web.baseUrl);
    const conversationId = await openFromApp(customer, '会员积分没有到账，卡号 8866', '李四');
    await customer.ok('message.send', { conversationId, messageId: 'search-m2', text: '另外发票抬头也需要修改' });
    const other = await customerClient(web.baseUrl);
    const otherId = await openFromApp(other, '积分兑换的礼品什么时候发货', '王五');
    const mine = zhao.page.getByTestId('conversations-mine');
    await mine.getByTestId(`conversation-item-${conversationId}`).waitFor();
    await mine.getByTestId(`conversation-item-${otherId}`).waitFor();
    const token = await tokenOf('zhaolei', 'agent');
    const closed = await fetch(`${web.baseUrl}/api/v1/conversations/${conversationId}/close`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ resolution: 'resolved', summary: '已指导客户重置密码' }),
    });
    expect(closed.status, await closed.text()).toBe(200);

    // Chinese UI, a six-character keyword: only the closed conversation has it.
    await search(zhao.page, '历史会话', '积分没有到账');
    const row = zhao.page.getByTestId(`search-result-${conversationId}`);
    await row.waitFor();
    await expect(zhao.page.getByTestId(`search-status-${conversationId}`).textContent()).resolves.toBe('已结束');
    await expect(zhao.page.getByTestId(`search-excerpt-${conversationId}`).textContent()).resolves.toContain(
      '积分没有到账',
    );
    await expect(zhao.page.getByTestId(`search-result-${otherId}`).count()).resolves.toBe(0);
    await row.click();
    const drawer = zhao.page.getByTestId('search-timeline');
    await drawer.getByText('另外发票抬头也需要修改').waitFor();
    await drawer.getByText('会员积分没有到账，卡号 8866').waitFor();
    await settled(zhao.page);
    await expect(drawer.getByTestId('search-timeline-customer').textContent()).resolves.toBe('李四');
    await expect(drawer.getByTestId('search-timeline-status').textContent()).resolves.toBe('已结束');
    await drawerOpen(zhao.page);
    await screenshot(zhao.page, 'desk-search-timeline-zh-CN');
    await zhao.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // English UI, a two-character keyword (below the trigram index: the bounded scan finds it).
    await zhao.page.getByTestId('language-switch').getByText('English').click();
    await zhao.page.getByTestId('search-q').fill('发票');
    await zhao.page.getByTestId('search-submit').click();
    await expect.poll(() => zhao.page.getByTestId(`search-status-${conversationId}`).textContent()).toBe('Closed');
    await expect(zhao.page.getByTestId(`search-result-${otherId}`).count()).resolves.toBe(0);
    await zhao.page.getByTestId(`search-result-${conversationId}`).press('Enter');
    await drawer.getByText('另外发票抬头也需要修改').waitFor();
    await expect(drawer.getByTestId('search-timeline-status').textContent()).resolves.toBe('Closed');
    await settled(zhao.page);
    await drawerOpen(zhao.page);
    await screenshot(zhao.page, 'desk-search-timeline-en');

    // A supervisor of tech finds it from the wallboard; an agent of pre-sales (not theirs) does not.
    const li = await openPage(browser, { locale: 'zh-CN' });
    await signIn(li.page, web.baseUrl, 'liqiang', 'supervisor');
    await search(li.page, '历史会话', '积分');
    await li.page.getByTestId(`search-result-${conversationId}`).waitFor();
    await settled(li.page);
    await screenshot(li.page, 'desk-search-supervisor-zh-CN');
    const wang = await openPage(browser, { locale: 'zh-CN' });
    await signIn(wang.page, web.baseUrl, 'zhangwei', 'agent');
    await search(wang.page, '历史会话', '积分没有到账');
    await wang.page.getByTestId('search-empty').waitFor();
    await expect(wang.page.getByTestId(`search-result-${conversationId}`).count()).resolves.toBe(0);

    expect(zhao.problems).toEqual([]);
    expect(li.problems).toEqual([]);
    expect(wang.problems).toEqual([]);
    customer.close();
    other.close();
    for (const page of [zhao, li, wang]) await page.context.close();
  }, 120_000);
});
