/**
 * Browser tests: the server as `npm start` runs it (demo tenant, SQLite in a temporary directory,
 * the built web app, the system clock) on a free port, and Chromium driven by playwright-core (the
 * machine's own or the one from npm: see `chromium-executable.ts`). Every page records its console
 * errors, failed requests and Content-Security-Policy violations (in any frame, the widget's
 * included), so a test can assert there were none; screenshots go to `artifacts/screenshots/` (kept
 * by CI as test artifacts).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { pino } from 'pino';
import { startServer, type RunningServer } from '../../src/cli/start-server.js';
import { DEMO_TENANT_ID, demoPasswords } from '../../src/cli/demo/demo-seed.js';
import type { Role } from '../../src/domain/agent.js';
import { resolveConfig } from '../../src/server/config.js';
import { defaultWebRoot, hasWebBuild } from '../../src/transport/http/web-app.js';
import { resolveTestChromium, type BrowserChoice } from './chromium-executable.js';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/screenshots');

export interface WebServer {
  readonly running: RunningServer;
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the server with the demo tenant, as `npm start` does on a fresh machine; `env` adds
 * settings (e.g. `OUTBOUND_ALLOW_HTTP` for a webhook or hook receiver on loopback).
 */
export async function startWebServer(env: Readonly<Record<string, string>> = {}): Promise<WebServer> {
  if (!hasWebBuild(defaultWebRoot)) throw new Error('no web build: run `npm run build:web` (npm test does)');
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-web-'));
  const config = resolveConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      SWITCHBOARD_DATA_DIR: join(dir, 'data'),
      RATE_LIMIT: '100000',
      LOG_LEVEL: 'warn',
      ...env,
    },
    null,
  );
  const running = await startServer({ config, demo: true, log: pino({ level: 'silent' }) });
  return {
    running,
    baseUrl: running.urls.base,
    async close() {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Sends the demo's website conversations to the 24/7 general desk, as they go outside pre-sales
 * hours. Pre-sales keeps Shanghai office hours, so on the real clock a test whose agents are on the
 * general desk found its customer assigned at once by night and queued for pre-sales by day
 * (Shanghai); a test that expects an agent of the general desk to get the conversation at once
 * calls this, and routes alike at any hour.
 */
export async function routeWebsiteToGeneralDesk(web: WebServer): Promise<void> {
  const actor = web.running.server.registry.actor(DEMO_TENANT_ID);
  if (actor === undefined) throw new Error('no demo tenant');
  const result = await actor.submit({ type: 'ConfigureTenant', settings: { defaultGroupBySource: {} } });
  if (!result.ok) throw new Error(`ConfigureTenant: ${result.error.message}`);
}

/**
 * Launches headless Chromium: by default the one `SWITCHBOARD_TEST_BROWSER` picks, or `choice`.
 * The flags are the project's own; `@sparticuz/chromium`'s `args` are not used, as they include
 * `--single-process` (browser contexts would then share storage) and flags that switch off web
 * security, which the CSP and cross-origin widget tests need enforced.
 */
export async function launchBrowser(choice?: BrowserChoice): Promise<Browser> {
  const browser = await resolveTestChromium(choice);
  return chromium.launch({
    executablePath: browser.executablePath,
    env: browser.env,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page that records console errors, uncaught exceptions and failed requests. */
export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Everything that went wrong in the browser; a test expects it empty. */
  readonly problems: string[];
}

export interface PageOptions {
  /** Browser language, e.g. 'zh-CN' or 'en-US'. */
  readonly locale?: string;
  readonly viewport?: { readonly width: number; readonly height: number };
}

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    viewport: options.viewport ?? { width: 1440, height: 900 },
  });
  // Every frame reports what the Content-Security-Policy blocked (init scripts are exempt from it).
  await context.addInitScript({
    content:
      "document.addEventListener('securitypolicyviolation', (event) => console.error(" +
      "'CSP violation: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline')));",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || text.includes('Content Security Policy')) problems.push(`console: ${text}`);
  });
  page.on('response', (response) => {
    if (response.status() === 404) problems.push(`not found: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A socket closed by navigation or page close is not a failure of the app.
    const failure = request.failure()?.errorText ?? '';
    if (!failure.includes('ERR_ABORTED')) problems.push(`request failed: ${request.url()} ${failure}`);
  });
  return { page, context, problems };
}

/** Saves a full-page screenshot as `artifacts/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs a demo person in through the login page and waits for their home page. */
export async function signIn(page: Page, baseUrl: string, agentId: string, role: Role): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-agent').fill(agentId);
  await page.getByTestId('login-password').fill(demoPasswords[role]);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
