/**
 * The supervisor wallboard in Chromium against the real server with the demo tenant: an agent who
 * comes online shows up live; a waiting customer appears in the queue figures and the conversation
 * list; the supervisor sets the agent available (the customer is assigned), watches the
 * conversation, whispers, and takes it over; changes a group's strategy; switches language.
 * Agents and customers are driven from Node over HTTP and Socket.IO.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../src/cli/demo/demo-seed.js';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';
import { connectClient, until, type TestClient } from '../support/realtime-client.js';

let web: WebServer;
let browser: Browser;
const clients: TestClient[] = [];

beforeAll(async () => {
  web = await startWebServer();
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  for (const client of clients) client.close();
  await browser.close();
  await web.close();
}, 30_000);

async function post<T>(path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${web.baseUrl}/api/v1${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function agentOnline(agentId: string): Promise<{ client: TestClient; token: string }> {
  const { token } = await post<{ token: string }>('/auth/login', {
    tenantId: 'demo',
    agentId,
    password: demoPasswords.agent,
  });
  const client = await connectClient(web.baseUrl, token);
  clients.push(client);
  return { client, token };
}

describe('supervisor wallboard', () => {
  it('shows agents and queues live, and lets the supervisor watch, whisper, take over and change strategy', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, web.baseUrl, 'wangfang', 'supervisor');
    expect(new URL(page.url()).pathname).toBe('/supervisor');
    await page.getByTestId('wallboard-agents').waitFor();
    await expect(page.getByTestId('agent-state-zhangwei').textContent()).resolves.toBe('离线');

    // An agent comes online, then goes busy: the wallboard follows.
    const zhangwei = await agentOnline('zhangwei');
    await page.getByTestId('agent-state-zhangwei').getByText('在线').waitFor();
    await zhangwei.client.ok('status.set', { status: 'busy' });
    await page.getByTestId('agent-state-zhangwei').getByText('忙碌').waitFor();

    // A customer arrives (no rule matches: the 24/7 general desk) and waits.
    const customer = await post<{ token: string }>('/widget/session', {
      tenantId: 'demo',
      visitorId: 'wallboard-visitor-1',
    });
    const opened = await post<{ conversationId: string; status: string }>(
      '/conversations',
      { channel: 'web', source: 'app', text: 'Hello, anyone there?' },
      customer.token,
    );
    expect(opened.status).toBe('queued');
    const id = opened.conversationId;
    await page.getByTestId('queue-waiting-general').getByText('1').waitFor();
    await page.getByTestId(`conversation-row-${id}`).waitFor();
    await expect(page.getByTestId(`conversation-status-${id}`).textContent()).resolves.toBe('排队中');
    await screenshot(page, 'wallboard-waiting-zh');

    // The supervisor sets the agent available: the customer is assigned to them at once.
    await page.getByTestId('agent-status-zhangwei').click();
    await page.getByTestId('agent-status-zhangwei-available').click();
    await page.getByTestId(`conversation-owner-${id}`).getByText('张伟 Zhang Wei').waitFor();
    await page.getByTestId('queue-waiting-general').getByText('0').waitFor();

    // Watch: the whole timeline arrives; a whisper is an internal note.
    await page.getByTestId(`watch-${id}`).click();
    await page.getByTestId('drawer-timeline').getByText('Hello, anyone there?').waitFor();
    await page.getByTestId('whisper-input').fill('Please greet the customer');
    await page.getByTestId('whisper-send').click();
    await page.getByTestId('drawer-timeline').getByText('Please greet the customer').waitFor();
    await until(() => zhangwei.client.all('message', (entry) => entry.visibility === 'internal').length > 0, 'whisper');
    await screenshot(page, 'wallboard-watching-zh');

    // Take over: the conversation moves to the supervisor.
    await page.getByTestId('drawer-take-over').click();
    await page.getByTestId('drawer-owner').getByText('王芳 Wang Fang').waitFor();
    await zhangwei.client.waitFor('conversation.removed', (removed) => removed.conversationId === id);
    await page.getByTestId('drawer-leave').click();
    await page.getByTestId(`conversation-owner-${id}`).getByText('王芳 Wang Fang').waitFor();

    // Change a group's strategy live.
    await page.getByTestId('strategy-select-presales').click();
    await page.getByTestId('strategy-option-presales-least-load').click();
    // It asks first (issue 17): the change decides who gets the next customer.
    await page.getByTestId('strategy-confirm').click();
    await page.getByText('售前咨询 Pre-sales 的分配策略已改为 最少负载').waitFor();
    const group = await fetch(`${web.baseUrl}/api/v1/skill-groups/presales`, {
      headers: { authorization: `Bearer ${zhangwei.token}` },
    });
    expect(((await group.json()) as { strategy: string }).strategy).toBe('least-load');

    // English.
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByText('Supervisor wallboard').waitFor();
    await expect(page.getByTestId(`conversation-status-${id}`).textContent()).resolves.toBe('Active');
    await expect(page.getByTestId('agent-state-zhangwei').textContent()).resolves.toBe('Available');
    await screenshot(page, 'wallboard-en');

    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
