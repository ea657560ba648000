/**
 * Issue 17, the transfer's loose ends: the dialog says which online colleagues are not offered
 * and why (a higher level without the escalate permission, away) instead of "nobody suitable";
 * the colleague's card names the customer; after a rejection the customer is told, in their
 * language, that the same agent keeps serving them; the internal entries and the drawer read in
 * the UI's language (no "rejected the transfer" or `TRANSFER_REJECT` in the Chinese UI); "Transfer
 * again" is offered while it can work and is gone once the conversation is closed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/transport/realtime/protocol.js';
import {
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  routeWebsiteToGeneralDesk,
  startWebServer,
  type WebServer,
} from '../support/browser.js';
import { agentClient, customerClient, openConversation, openWorkspace } from '../support/desk.js';

let web: WebServer;
let browser: Browser;

beforeAll(async () => {
  web = await startWebServer();
  await routeWebsiteToGeneralDesk(web);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser.close();
  await web.close();
});

async function supervisorToken(agentId: string): Promise<string> {
  const response = await fetch(`${web.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId, password: 'demo-supervisor' }),
  });
  return ((await response.json()) as { token: string }).token;
}

describe('transfers, explained', () => {
  it('explains who is not offered, tells the customer after a rejection, and speaks the UI language', async () => {
    // Zhao Lei (level 2, no escalate permission) is the only one online: the conversation is his.
    const zhao = await openPage(browser, { locale: 'zh-CN' });
    await openWorkspace(zhao.page, web.baseUrl, 'zhaolei', '在线');
    const customer = await customerClient(web.baseUrl);
    const conversationId = await openConversation(customer, {
      text: '你好，我想咨询一下',
      language: 'zh-CN',
      attributes: { customerName: '张三' },
    });
    const item = zhao.page.getByTestId(`conversation-item-${conversationId}`);
    await item.waitFor();
    await item.click();

    // Colleagues come online: Chen Jing (level 3), Sun Li (away) and Emily Wu (level 2).
    const chen = await agentClient(web.baseUrl, 'chenjing');
    const sun = await agentClient(web.baseUrl, 'sunli');
    await sun.ok('status.set', { status: 'away' });
    const emily = await agentClient(web.baseUrl, 'emily');

    await zhao.page.getByTestId('transfer-button').click();
    const dialog = zhao.page.getByTestId('transfer-dialog');
    await dialog.waitFor();
    await expect(zhao.page.locator('.ant-modal-title').textContent()).resolves.toContain('张三');
    await dialog.getByTestId('recommendation-emily').waitFor();
    const chenLine = dialog.getByTestId('not-offered-chenjing');
    await chenLine.waitFor();
    await expect(chenLine.textContent()).resolves.toBe('陈静 Chen Jing：级别 3 高于您，向上转接需要升级权限');
    await expect(dialog.getByTestId('not-offered-sunli').textContent()).resolves.toBe('孙丽 Sun Li：已离开');
    await screenshot(zhao.page, 'desk-transfer-not-offered-zh-CN');

    // The same dialog in English (the switch sits under the dialog's mask: clicked directly).
    await zhao.page.getByTestId('language-switch').getByText('English').dispatchEvent('click');
    await expect
      .poll(() => chenLine.textContent())
      .toBe('陈静 Chen Jing: level 3 is above yours: transferring up needs the escalate permission');
    await expect(dialog.getByTestId('not-offered-sunli').textContent()).resolves.toBe('孙丽 Sun Li: is away');
    await screenshot(zhao.page, 'desk-transfer-not-offered-en');
    await zhao.page.getByTestId('language-switch').getByText('中文').dispatchEvent('click');

    await dialog.getByTestId('recommendation-emily').click();
    await zhao.page.getByTestId('transfer-note').fill('客户咨询英文账单问题');
    await zhao.page.getByTestId('transfer-submit').click();
    await dialog.waitFor({ state: 'detached' });

    // Emily's card names the customer; she rejects.
    const card = await emily.waitFor('transfer.requested', (payload) => payload.conversationId === conversationId);
    expect(card.customer?.name).toBe('张三');
    await emily.ok('transfer.reject', { transferId: card.transferId, reason: '正在处理紧急工单' });

    // The customer heard "connecting you…", and now hears that Zhao Lei keeps serving them.
    const stays = await customer.waitFor(
      'message',
      (entry: TimelineEntry) => entry.kind === 'notice' && entry.text.includes('将继续为您服务'),
    );
    expect(stays.text).toBe('赵磊 Zhao Lei 将继续为您服务，请继续留言。');

    // The owner sees the outcome in Chinese, with a working "Transfer again".
    const failed = zhao.page.getByTestId('transfer-failed');
    await failed.waitFor();
    await failed.getByTestId('transfer-again').waitFor();
    const list = zhao.page.getByTestId('message-list');
    await list.getByText('吴艾米 Emily Wu 拒绝了转接：正在处理紧急工单').waitFor();
    await list.getByText('赵磊 Zhao Lei 将继续为您服务，请继续留言。').waitFor();
    const text = (await list.textContent()) ?? '';
    for (const english of ['rejected the transfer', 'accepted the transfer', 'not answered in time', 'TRANSFER'])
      expect(text).not.toContain(english);
    await screenshot(zhao.page, 'desk-transfer-rejected-zh-CN');
    await failed.getByTestId('transfer-again').click();
    await dialog.waitFor();
    await zhao.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The supervisor's drawer reads the same entries in Chinese, kinds translated.
    const li = await openPage(browser, { locale: 'zh-CN' });
    await signIn(li.page, web.baseUrl, 'wangfang', 'supervisor');
    await li.page.getByTestId(`watch-${conversationId}`).click();
    const drawer = li.page.getByTestId('conversation-drawer');
    await drawer.getByText('吴艾米 Emily Wu 拒绝了转接：正在处理紧急工单').waitFor();
    await expect(drawer.textContent()).resolves.not.toMatch(/TRANSFER|rejected the transfer/);
    await drawer.getByText('转接被拒绝').waitFor();

    // Taken over from elsewhere (her API session): the open drawer follows the table's new owner.
    await expect(drawer.getByTestId('drawer-owner').textContent()).resolves.toBe('赵磊 Zhao Lei');
    const token = await supervisorToken('wangfang');
    const takeOver = await fetch(`${web.baseUrl}/api/v1/conversations/${conversationId}/take-over`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    expect(takeOver.status).toBe(200);
    await li.page.getByTestId(`conversation-owner-${conversationId}`).getByText('王芳 Wang Fang').waitFor();
    await expect.poll(() => drawer.getByTestId('drawer-owner').textContent()).toBe('王芳 Wang Fang');

    // No longer his, then closed: no button that cannot work.
    await expect.poll(() => zhao.page.getByTestId('transfer-again').count()).toBe(0);
    const closed = await fetch(`${web.baseUrl}/api/v1/conversations/${conversationId}/close`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ resolution: 'resolved' }),
    });
    expect(closed.status).toBe(200);
    await expect.poll(() => zhao.page.getByTestId('transfer-again').count()).toBe(0);

    expect(zhao.problems).toEqual([]);
    expect(li.problems).toEqual([]);
    for (const client of [customer, chen, sun, emily]) client.close();
    await zhao.context.close();
    await li.context.close();
  }, 120_000);
});
