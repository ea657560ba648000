/**
 * The reports pages in Chromium against the real server with the demo tenant. First a little
 * history through the API and realtime: two agents come online and available, three customers
 * open conversations and are answered, one conversation is transferred and accepted, another's
 * transfer is rejected, all three are closed and rated. Then the admin opens /reports: the queues
 * tab shows the three arrivals and its charts render, the transfers tab shows two requests and a 50%
 * success rate, grouping by agent gives a row per transferring agent, the CSV download matches the
 * table and opens well in Excel (UTF-8 byte-order mark, columns titled in the page's language,
 * local times, percentages), the language switch changes the text, and a too-long hourly range shows the API's error in
 * words.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../src/cli/demo/demo-seed.js';
import type { CustomerConversation } from '../../src/transport/realtime/protocol.js';
import {
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  routeWebsiteToGeneralDesk,
  startWebServer,
  type WebServer,
} from '../support/browser.js';
import { connectClient, type TestClient } from '../support/realtime-client.js';

let web: WebServer;
let browser: Browser;
const clients: TestClient[] = [];

/** Who transferred which conversation away, as the history below made it. */
const history = { transferredBy: [] as string[], owners: [] as string[] };

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${web.baseUrl}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${String(response.status)} ${await response.text()}`);
  return (await response.json()) as T;
}

async function agentAvailable(agentId: string): Promise<TestClient> {
  const { token } = await post<{ token: string }>('/auth/login', {
    tenantId: 'demo',
    agentId,
    password: demoPasswords.agent,
  });
  const client = await connectClient(web.baseUrl, token);
  clients.push(client);
  await client.ok('status.set', { status: 'available' });
  return client;
}

async function customer(): Promise<TestClient> {
  const { token } = await post<{ token: string }>('/widget/session', {
    tenantId: 'demo',
    visitorId: `reports-${randomUUID()}`,
  });
  const client = await connectClient(web.baseUrl, token);
  clients.push(client);
  return client;
}

/**
 * One customer's conversation: opened, answered by whoever routing picks, optionally transferred
 * to the other agent (who accepts or rejects), closed by its owner and rated.
 */
async function serve(
  agents: Readonly<Record<string, TestClient>>,
  transfer: 'accept' | 'reject' | null,
  score: number,
): Promise<void> {
  const person = await customer();
  const opened = await person.ok<{ conversation: CustomerConversation }>('conversation.open', {
    source: 'website',
    text: 'Where is my order?',
    messageId: randomUUID(),
  });
  const conversationId = opened.conversation.conversationId;
  const ownerId = opened.conversation.agent?.agentId;
  if (ownerId === undefined) throw new Error('the conversation was not assigned at once');
  const [otherId] = Object.keys(agents).filter((agentId) => agentId !== ownerId);
  const owner = agents[ownerId];
  const other = otherId === undefined ? undefined : agents[otherId];
  if (owner === undefined || other === undefined || otherId === undefined) throw new Error('unknown agent');
  await owner.waitFor('conversation.assigned', (assigned) => assigned.conversationId === conversationId);
  await owner.ok('message.send', { conversationId, messageId: randomUUID(), text: 'Let me check that for you.' });

  let closer = owner;
  if (transfer !== null) {
    const requested = await owner.ok<{ transferId: string }>('transfer.request', {
      conversationId,
      target: { kind: 'agent', agentId: otherId },
      note: { text: 'Order question, please take over', reason: 'order' },
    });
    history.transferredBy.push(ownerId);
    await other.waitFor('transfer.requested', (card) => card.transferId === requested.transferId);
    if (transfer === 'accept') {
      await other.ok('transfer.accept', { transferId: requested.transferId });
      await other.waitFor('conversation.assigned', (assigned) => assigned.conversationId === conversationId);
      closer = other;
    } else {
      await other.ok('transfer.reject', { transferId: requested.transferId, reason: 'Not my area' });
    }
  }
  history.owners.push(closer === owner ? ownerId : otherId);
  await closer.ok('conversation.close', { conversationId, resolution: 'resolved' });
  await person.waitFor('conversation.updated', (view) => view.status === 'closed');
  await person.ok('conversation.rate', { conversationId, score });
}

beforeAll(async () => {
  web = await startWebServer();
  await routeWebsiteToGeneralDesk(web);
  browser = await launchBrowser();
  const agents = { chenjing: await agentAvailable('chenjing'), emily: await agentAvailable('emily') };
  await serve(agents, 'accept', 5);
  await serve(agents, 'reject', 3);
  await serve(agents, null, 4);
}, 60_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await browser.close();
  await web.close();
}, 30_000);

async function openReports(page: Page, agentId = 'admin', role: 'admin' | 'supervisor' = 'admin'): Promise<void> {
  await signIn(page, web.baseUrl, agentId, role);
  await page.goto(`${web.baseUrl}/reports`);
  await page.getByTestId('reports-page').waitFor();
}

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent()) ?? '';
}

/** A column's title (antd repeats the header in a hidden measuring row of the body). */
async function columnTitle(page: Page, metric: string): Promise<string> {
  return (await page.locator(`thead [data-testid="report-column-${metric}"]`).textContent()) ?? '';
}

/** The CSV's lines as cells (the export quotes only what needs it; these values need none). */
function parseCsv(csv: string): string[][] {
  return csv
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
}

/** Clicks the CSV button; the file's name and cells, after checking it starts with the UTF-8 BOM. */
async function downloadCsv(page: Page): Promise<{ name: string; cells: string[][] }> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId('report-csv').click();
  const download = await downloading;
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { name: download.suggestedFilename(), cells: parseCsv(bytes.subarray(3).toString('utf8')) };
}

describe('reports pages', () => {
  it('shows queues, transfers and agents with charts, tables and a CSV, in both languages', async () => {
    const { page, context, problems } = await openPage(browser);
    await openReports(page);

    // Queues (the first tab): the three arrivals in the range's total, both charts drawn.
    await page.getByTestId('report-queues').waitFor();
    await page.getByTestId('report-cell-total-arrivals').getByText('3', { exact: true }).waitFor();
    expect(await text(page, 'report-cell-total-answered')).toBe('3');
    expect(await text(page, 'report-cell-total-abandoned')).toBe('0');
    await page.getByTestId('report-trend-chart').locator('svg').first().waitFor();
    await page.getByTestId('report-breakdown-none').waitFor();
    expect(await page.getByTestId('reports-tab-queues').textContent()).toBe('排队');
    expect(await columnTitle(page, 'arrivals')).toContain('进线量');
    // Grouped by skill group: every arrival went to the 24/7 general desk.
    await page.getByTestId('report-dimension').click();
    await page.getByTestId('report-dimension-skillGroup').click();
    await page.getByTestId('report-cell-general-arrivals').getByText('3', { exact: true }).waitFor();
    expect(await text(page, 'report-key-general')).toBe('综合咨询 General (24/7)');
    await page.getByTestId('report-breakdown-chart').locator('svg').first().waitFor();
    await screenshot(page, 'reports-queues-zh');

    // Transfers: two requests, one accepted; the skill-group breakdown carries over.
    await page.getByTestId('reports-tab-transfers').click();
    await page.getByTestId('report-transfers').waitFor();
    await page.getByTestId('report-dimension').click();
    await page.getByTestId('report-dimension-none').click();
    await page.getByTestId('report-cell-total-requests').getByText('2', { exact: true }).waitFor();
    expect(await text(page, 'report-cell-total-accepted')).toBe('1');
    expect(await text(page, 'report-cell-total-rejected')).toBe('1');
    expect(await text(page, 'report-cell-total-successRate')).toBe('50.0%');
    expect(await text(page, 'report-cell-total-rejectionRate')).toBe('50.0%');
    expect(await text(page, 'report-cell-total-intraDepartment')).toBe('2');
    await page.getByTestId('report-trend-chart').locator('svg').first().waitFor();
    await screenshot(page, 'reports-transfers-zh');

    // By agent: one row per agent who transferred, with their requests.
    await page.getByTestId('report-dimension').click();
    await page.getByTestId('report-dimension-agent').click();
    const perAgent = new Map<string, number>();
    for (const agentId of history.transferredBy) perAgent.set(agentId, (perAgent.get(agentId) ?? 0) + 1);
    for (const [agentId, requests] of perAgent) {
      await page.getByTestId(`report-cell-${agentId}-requests`).getByText(String(requests), { exact: true }).waitFor();
    }
    await expect(page.locator('[data-testid^="report-key-"]').count()).resolves.toBe(perAgent.size);
    await page.getByTestId('report-breakdown-chart').locator('svg').first().waitFor();
    await screenshot(page, 'reports-transfers-by-agent-zh');

    // The CSV: the per-period rows the table shows, opening well in Excel: a UTF-8 byte-order mark,
    // the columns titled in the page's language, the shares as percentages.
    await page.getByTestId('report-table-view-rows').click();
    const tableKeys: string[] = [];
    for (const cell of await page.locator('[data-testid^="report-key-"]').all()) {
      tableKeys.push(((await cell.getAttribute('data-testid')) ?? '').replace('report-key-', ''));
    }
    const chinese = await downloadCsv(page);
    expect(chinese.name).toMatch(/^switchboard-transfers-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...lines] = chinese.cells;
    expect(header?.slice(0, 6)).toEqual([
      '时段',
      expect.stringMatching(/^时段开始（.+）$/),
      '客服',
      '转接请求',
      '已接受',
      '已拒绝',
    ]);
    expect(header).toContain('成功率（%）');
    expect(lines.map((line) => `${line[0] ?? ''}/${line[2] ?? ''}`).sort()).toEqual([...tableKeys].sort());
    const requestsAt = header?.indexOf('转接请求') ?? -1;
    const successAt = header?.indexOf('成功率（%）') ?? -1;
    for (const line of lines) {
      const rowKey = `${line[0] ?? ''}/${line[2] ?? ''}`;
      expect(await text(page, `report-cell-${rowKey}-requests`)).toBe(line[requestsAt]);
      expect(line[successAt]).toMatch(/^\d{1,3}\.\d%$/);
      // The period's start is a local date and time, not a UTC instant.
      expect(line[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    }

    // English: tabs, columns and the dimension's values follow.
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('reports-tab-transfers').getByText('Transfers', { exact: true }).waitFor();
    expect(await columnTitle(page, 'requests')).toContain('Requests');
    expect(await columnTitle(page, 'successRate')).toContain('Success rate');
    await screenshot(page, 'reports-transfers-en');
    const english = await downloadCsv(page);
    expect(english.cells[0]?.slice(0, 6)).toEqual([
      'Period',
      expect.stringMatching(/^Period start \(.+\)$/),
      'Agent',
      'Requests',
      'Accepted',
      'Rejected',
    ]);
    expect(english.cells.slice(1)).toEqual(lines);

    // Agents, still by agent: handled conversations per closing owner.
    await page.getByTestId('reports-tab-agents').click();
    await page.getByTestId('report-agents').waitFor();
    await page.getByTestId('report-table-view-totals').click();
    const handled = new Map<string, number>();
    for (const agentId of history.owners) handled.set(agentId, (handled.get(agentId) ?? 0) + 1);
    for (const [agentId, count] of handled) {
      await page.getByTestId(`report-cell-${agentId}-handled`).getByText(String(count), { exact: true }).waitFor();
    }
    expect(await columnTitle(page, 'averageHandlingSeconds')).toContain('Average handling time');
    await page.getByTestId('report-trend-chart').locator('svg').first().waitFor();
    await screenshot(page, 'reports-agents-en');

    // Back to Chinese.
    await page.getByTestId('language-switch').getByText('中文').click();
    await page.getByTestId('reports-tab-agents').getByText('客服', { exact: true }).waitFor();
    expect(await columnTitle(page, 'handled')).toContain('处理量');

    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('shows the API’s error code as a translated message', async () => {
    const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
    await openReports(page);
    await page.getByTestId('report-cell-total-arrivals').waitFor();

    // An hourly report spans at most 31 days.
    const inputs = page.getByTestId('report-range').locator('input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill('2026-01-01');
    await inputs.nth(0).press('Enter');
    await inputs.nth(1).fill('2026-03-31');
    await inputs.nth(1).press('Enter');
    await page.getByTestId('report-granularity-hour').click();
    await page.getByTestId('report-error-title').getByText('The date range is not valid', { exact: false }).waitFor();
    await screenshot(page, 'reports-error-en');
    await page.getByTestId('language-switch').getByText('中文').click();
    await page.getByTestId('report-error-title').getByText('日期范围无效', { exact: false }).waitFor();

    // A day report over the same range is fine again.
    await page.getByTestId('report-granularity-day').click();
    await page.getByTestId('report-error').waitFor({ state: 'detached' });
    await page.getByTestId('report-cell-total-arrivals').getByText('0', { exact: true }).waitFor();

    await context.close();
    expect(problems.filter((problem) => !problem.includes('400'))).toEqual([]);
  }, 60_000);

  it('lets a supervisor see the queues of the groups they manage', async () => {
    const { page, context, problems } = await openPage(browser);
    // Wang Fang manages the general desk, where the three customers arrived.
    await openReports(page, 'wangfang', 'supervisor');
    await page.getByTestId('report-cell-total-arrivals').getByText('3', { exact: true }).waitFor();
    await page.getByTestId('report-trend-chart').locator('svg').first().waitFor();
    await screenshot(page, 'reports-supervisor-zh');
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
