/**
 * The enrichment hook's card in the admin console (issue 18), in Chromium against the real server
 * with the demo tenant and a receiver on loopback (the operator allows http and private addresses
 * for it): an admin saves the URL and secret — the secret is never shown back —, a test call shows
 * the facts the hook answered (the receiver verifies the signature) or, for a failing customer, why
 * there are none; a URL the outbound policy refuses is refused with the translated reason.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature, SIGNATURE_HEADER } from '../../src/services/outbound/signature.js';
import { launchBrowser, openPage, screenshot, signIn, startWebServer, type WebServer } from '../support/browser.js';

const SECRET = 'browser-hook-secret-0123456789';

let web: WebServer;
let browser: Browser;
let receiver: Server;
let hookUrl: string;
const signatures: string[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      const header = request.headers[SIGNATURE_HEADER] as string | undefined;
      const t = Number(/t=(\d+)/.exec(header ?? '')?.[1] ?? 0);
      signatures.push(verifySignature(header, SECRET, raw, t));
      const body = JSON.parse(raw) as { customer: { id: string } };
      if (body.customer.id === 'u:down') {
        response.writeHead(503).end('maintenance');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ attributes: { orderAmount: 8800, orderStatus: 'paid' }, labels: ['gold'], vipLevel: 2 }),
      );
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/enrich`;
  web = await startWebServer({ OUTBOUND_ALLOW_HTTP: 'true', OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true' });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser.close();
  await web.close();
  receiver.closeAllConnections();
  await new Promise<void>((resolve) =>
    receiver.close(() => {
      resolve();
    }),
  );
}, 60_000);

async function hookAsSaved(): Promise<unknown> {
  const login = await fetch(`${web.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId: 'admin', password: 'demo-admin' }),
  });
  const { token } = (await login.json()) as { token: string };
  const hook = await fetch(`${web.baseUrl}/api/v1/enrichment-hook`, { headers: { authorization: `Bearer ${token}` } });
  return hook.json();
}

async function openHookSection(page: Page): Promise<void> {
  await signIn(page, web.baseUrl, 'admin', 'admin');
  await page.getByTestId('admin-menu-enrichment').click();
  await page.waitForURL('**/admin/enrichment');
  await page.getByTestId('hook-url').waitFor();
}

/** Refused saves are 4xx answers the page handles; Chromium logs them as failed resources. */
const unexpected = (problems: readonly string[]) => problems.filter((problem) => !/\b400\b/.test(problem));

describe('enrichment hook card', () => {
  it('saves the hook without showing the secret back, and a test call shows the facts or the failure (中文)', async () => {
    const { page, context, problems } = await openPage(browser);
    await openHookSection(page);
    await page.getByTestId('hook-enabled').click();
    await page.getByTestId('hook-url').fill(hookUrl);
    await page.getByTestId('hook-secret').fill(SECRET);
    await page.getByTestId('hook-save').click();
    await page.getByTestId('admin-saved').waitFor();
    expect(await hookAsSaved()).toMatchObject({ configured: true, enabled: true, url: hookUrl, secretSet: true });
    // The secret field is empty again, saying a secret is kept.
    await page.getByText('密钥已保存，不再显示').waitFor();
    expect(await page.getByTestId('hook-secret').inputValue()).toBe('');

    await page.getByTestId('hook-test').click();
    await page.getByTestId('hook-test-answered').waitFor();
    await expect(page.getByTestId('hook-test-facts').textContent()).resolves.toBe(
      'orderAmount = 8800, orderStatus = paid',
    );
    await expect(page.getByTestId('hook-test-answered').textContent()).resolves.toContain('已答复：HTTP 200');
    await screenshot(page, 'admin-enrichment-hook-answered');

    await page.getByTestId('hook-test-customer').fill('u:down');
    await page.getByTestId('hook-test').click();
    await page.getByTestId('hook-test-failed').waitFor();
    await expect(page.getByTestId('hook-test-failed').textContent()).resolves.toContain('调用失败：HTTP 503');
    await expect(page.getByTestId('hook-test-failed').textContent()).resolves.toContain('answered HTTP 503');
    expect(signatures).toEqual(['valid', 'valid']);
    await context.close();
    expect(unexpected(problems)).toEqual([]);
  }, 90_000);

  it('refuses a URL the outbound policy does not allow, with the reason (English)', async () => {
    const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
    await openHookSection(page);
    await page.getByTestId('hook-url').fill('ftp://files.example.com/enrich');
    await page.getByTestId('hook-save').click();
    await expect(page.getByTestId('admin-error').textContent()).resolves.toBe(
      'The server may not call this URL: https only, and no private or loopback addresses unless the operator allows them.',
    );
    expect(await hookAsSaved()).toMatchObject({ url: hookUrl });
    await context.close();
    expect(unexpected(problems)).toEqual([]);
  }, 90_000);
});
