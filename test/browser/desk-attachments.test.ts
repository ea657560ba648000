/**
 * Issue 17, "Missing" 1 — pictures and files both ways, in Chromium, in Chinese and English:
 * - a customer picks a picture in the widget: the agent sees it inline (the thumbnail loads), opens
 *   the viewer on the original and closes it with Esc; after a transfer the colleague sees it the
 *   same way;
 * - the supervisor watching the conversation and history search's timeline show both as well;
 * - the agent drops a PDF on the chat panel (the drop zone shows while it is dragged over): the
 *   customer gets it as a download link with name and size, and the link serves the file;
 * - past the tenant's size limit (set through the settings API) a file is refused with the
 *   translated reason naming the limit in MB — in the widget and in the workspace — a type the
 *   tenant does not take is refused as such, and a picture pasted from the clipboard within the
 *   limit reaches the customer inline;
 * - links that stopped working (expired) are read again, in the widget after a reload and in the
 *   workspace, and the pictures show.
 * Each language runs on its own server, so routing starts from nobody online.
 */
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../src/cli/demo/demo-seed.js';
import {
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  routeWebsiteToGeneralDesk,
  startWebServer,
  type WebServer,
} from '../support/browser.js';
import { openWorkspace } from '../support/desk.js';
import { dragFilesOver, largePdf, pasteFiles, pdf, picture, type TestFile } from '../support/file-transfer.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser.close();
});

interface Case {
  readonly locale: 'zh-CN' | 'en-US';
  readonly language: 'zh-CN' | 'en';
  readonly available: string;
  /** The customer's first message (no routing keyword): the only agent online serves it. */
  readonly question: string;
  readonly note: string;
  /** The supervisor whose scope holds the conversation's group. */
  readonly supervisor: string;
  readonly historyMenu: string;
  /** A word of the question, for history search. */
  readonly keyword: string;
  readonly tooLarge: (name: string) => string;
}

const cases: readonly Case[] = [
  {
    locale: 'zh-CN',
    language: 'zh-CN',
    available: '在线',
    question: '我的 App 打开后一直白屏，我把截图发给您',
    note: '客户发来了报错截图',
    supervisor: 'wangfang',
    historyMenu: '历史会话',
    keyword: '一直白屏',
    tooLarge: (name) => `“${name}”太大，无法发送：文件不能超过 1 MB。`,
  },
  {
    locale: 'en-US',
    language: 'en',
    available: 'Available',
    question: 'The app stays blank when it starts, here is a screenshot',
    note: 'The customer sent a screenshot of the error',
    supervisor: 'liqiang',
    historyMenu: 'History',
    keyword: 'stays blank',
    tooLarge: (name) => `“${name}” is too large: files up to 1 MB can be sent.`,
  },
];

async function openWidget(page: Page, baseUrl: string): Promise<FrameLocator> {
  await page.goto(`${baseUrl}/widget/demo`);
  await page.getByTestId('widget-launcher').click();
  await page.getByTestId('widget-frame').waitFor();
  const frame = page.frameLocator('[data-testid="widget-frame"]');
  await frame.getByTestId('widget-app').waitFor();
  return frame;
}

async function startChat(frame: FrameLocator, c: Case, name: string): Promise<void> {
  await frame.getByTestId('prechat-language').selectOption(c.language);
  await frame.getByTestId('prechat-name').fill(name);
  await frame.getByTestId('prechat-topic').selectOption('tech');
  await frame.getByTestId('prechat-message').fill(c.question);
  await frame.getByTestId('prechat-start').click();
  await frame.getByTestId('widget-messages').waitFor();
}

/** The agent picks the conversation of `name` in their list and waits until it is on screen. */
async function selectConversation(page: Page, name: string): Promise<void> {
  await page.getByTestId('conversations-mine').getByText(name).click();
  await expect.poll(() => page.getByTestId('chat-customer').textContent()).toBe(name);
}

/** Whether every picture in the element has loaded (a broken or expired link has no width). */
const picturesLoaded = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element: { querySelectorAll(selector: string): ArrayLike<{ naturalWidth: number }> }) => {
    const images = Array.from(element.querySelectorAll('img'));
    return images.length > 0 && images.every((image) => image.naturalWidth > 0);
  });

async function login(baseUrl: string, agentId: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', agentId, password }),
  });
  return ((await response.json()) as { token: string }).token;
}

/**
 * What went wrong in a page, less the browser's own line for each refusal the test asks for (it
 * logs every 413 and 415 answer as a failed resource).
 */
const unexpected = (problems: readonly string[]): string[] =>
  problems.filter((problem) => !/status of 41[35] /.test(problem));

/** Random pixels barely compress: a PNG of about `width × height × 3` bytes. */
async function noisyPicture(name: string, width: number, height: number): Promise<TestFile> {
  const buffer = await sharp({
    create: { width, height, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
  })
    .png({ compressionLevel: 0 })
    .toBuffer();
  return { name, mimeType: 'image/png', buffer };
}

describe('pictures and files in the chat', () => {
  for (const c of cases) {
    it(`a customer's picture reaches the agent, the transfer target, the supervisor and search; the agent's PDF reaches the customer (${c.locale})`, async () => {
      const web: WebServer = await startWebServer();
      try {
        await routeWebsiteToGeneralDesk(web);
        await pictureAndFile(web, c);
      } finally {
        await web.close();
      }
    }, 180_000);
  }

  it('refuses files past the limit or of a refused type, translated; a pasted picture gets through; stale links are read again', async () => {
    const web = await startWebServer();
    try {
      await limitsAndPaste(web);
    } finally {
      await web.close();
    }
  }, 180_000);
});

async function pictureAndFile(web: WebServer, c: Case): Promise<void> {
  const suffix = c.locale === 'zh-CN' ? 'zh-CN' : 'en';
  // Chen Jing is the only one online: the conversation is his.
  const owner = await openPage(browser, { locale: c.locale });
  await openWorkspace(owner.page, web.baseUrl, 'chenjing', c.available);
  const customer = await openPage(browser, { locale: c.locale, viewport: { width: 1280, height: 900 } });
  const frame = await openWidget(customer.page, web.baseUrl);
  const name = c.locale === 'zh-CN' ? '李明' : 'Sam Lee';
  await startChat(frame, c, name);
  await selectConversation(owner.page, name);

  // The customer picks a picture.
  const screenshotFile = await picture(c.locale === 'zh-CN' ? '报错截图.png' : 'error-screenshot.png');
  await frame.getByTestId('widget-attach').waitFor();
  await expect(frame.getByTestId('widget-attach').getAttribute('aria-label')).resolves.toBe(
    c.locale === 'zh-CN' ? '发送文件或图片' : 'Send a file or picture',
  );
  await frame.getByTestId('widget-attach-input').setInputFiles(screenshotFile);
  const ownImage = frame.locator('[data-author="customer"] [data-testid="widget-image"]');
  await ownImage.waitFor();
  await expect.poll(() => picturesLoaded(ownImage)).toBe(true);

  // The agent sees it inline: a thumbnail that loaded, labelled with the file's name.
  const list = owner.page.getByTestId('message-list');
  const shown = list.locator('[data-author="customer"] [data-testid="attachment-image"]');
  await shown.waitFor();
  await expect.poll(() => picturesLoaded(shown)).toBe(true);
  const open = shown.getByTestId('attachment-image-open');
  await expect(open.getAttribute('aria-label')).resolves.toBe(
    c.locale === 'zh-CN' ? `查看图片 ${screenshotFile.name}` : `View picture ${screenshotFile.name}`,
  );
  await screenshot(owner.page, `desk-attachments-workspace-${suffix}`);

  // The viewer opens on the original and Esc closes it.
  await open.click();
  const viewer = owner.page.locator('.ant-image-preview');
  await viewer.waitFor();
  const original = viewer.locator('img').first();
  await expect.poll(() => picturesLoaded(viewer)).toBe(true);
  const thumbnailSource = (await open.locator('img').getAttribute('src')) ?? '';
  const originalSource = (await original.getAttribute('src')) ?? '';
  expect(originalSource).not.toBe('');
  expect(originalSource).not.toBe(thumbnailSource);
  await screenshot(owner.page, `desk-attachments-viewer-${suffix}`);
  await owner.page.keyboard.press('Escape');
  await viewer.waitFor({ state: 'detached' });

  // The agent drops a PDF on the chat panel: the drop zone shows while it is dragged over.
  const invoice = pdf(c.locale === 'zh-CN' ? '发票-20261204.pdf' : 'invoice-20261204.pdf');
  const panel = owner.page.getByTestId('chat-panel');
  const drag = await dragFilesOver(panel, [invoice]);
  const zone = owner.page.getByTestId('drop-zone');
  await zone.waitFor();
  await expect(zone.textContent()).resolves.toBe(
    c.locale === 'zh-CN' ? '松开即可发送文件' : 'Drop files here to send them',
  );
  await screenshot(owner.page, `desk-attachments-drop-zone-${suffix}`);
  await drag.drop();
  await zone.waitFor({ state: 'detached' });
  const sentFile = list.locator('[data-author="agent"] [data-testid="attachment-file"]');
  await sentFile.waitFor();
  await expect(sentFile.textContent()).resolves.toContain(invoice.name);

  // The customer gets it as a download with name and size, and the link serves the file.
  const download = frame.getByTestId('widget-file');
  await download.waitFor();
  await expect(download.textContent()).resolves.toContain(invoice.name);
  await expect(download.textContent()).resolves.toContain(`${invoice.buffer.length} B`);
  await expect(download.getAttribute('download')).resolves.toBe(invoice.name);
  const href = (await download.getAttribute('href')) ?? '';
  const served = await fetch(new URL(href, web.baseUrl));
  expect(served.status).toBe(200);
  expect(Buffer.from(await served.arrayBuffer()).equals(invoice.buffer)).toBe(true);
  await screenshot(customer.page, `widget-attachments-${suffix}`);

  // The customer opens their picture in the widget's viewer; Esc closes it.
  await ownImage.click();
  const widgetViewer = frame.getByTestId('widget-viewer');
  await widgetViewer.waitFor();
  await expect.poll(() => picturesLoaded(widgetViewer)).toBe(true);
  await screenshot(customer.page, `widget-attachments-viewer-${suffix}`);
  await frame.getByTestId('widget-viewer-close').press('Escape');
  await widgetViewer.waitFor({ state: 'detached' });

  // Zhao Lei comes online; the conversation goes to him (he accepts his department's at once).
  const target = await openPage(browser, { locale: c.locale });
  await openWorkspace(target.page, web.baseUrl, 'zhaolei', c.available);
  await owner.page.getByTestId('transfer-button').click();
  const dialog = owner.page.getByTestId('transfer-dialog');
  await dialog.getByTestId('recommendation-zhaolei').click();
  await owner.page.getByTestId('transfer-note').fill(c.note);
  await owner.page.getByTestId('transfer-submit').click();
  await dialog.waitFor({ state: 'detached' });
  await selectConversation(target.page, name);
  const received = target.page
    .getByTestId('message-list')
    .locator('[data-author="customer"] [data-testid="attachment-image"]');
  await received.waitFor();
  await expect.poll(() => picturesLoaded(received)).toBe(true);
  await expect(
    target.page.getByTestId('message-list').locator('[data-testid="attachment-file"]').textContent(),
  ).resolves.toContain(invoice.name);
  await received.getByTestId('attachment-image-open').click();
  await target.page.locator('.ant-image-preview').waitFor();
  await target.page.keyboard.press('Escape');
  await target.page.locator('.ant-image-preview').waitFor({ state: 'detached' });
  await screenshot(target.page, `desk-attachments-transferred-${suffix}`);

  // The supervisor watching it sees the picture and the file in the drawer.
  const item = target.page.getByTestId('conversations-mine').locator('[data-testid^="conversation-item-"]');
  const conversationId = ((await item.first().getAttribute('data-testid')) ?? '').slice('conversation-item-'.length);
  const supervisor = await openPage(browser, { locale: c.locale });
  await signIn(supervisor.page, web.baseUrl, c.supervisor, 'supervisor');
  await supervisor.page.getByTestId(`watch-${conversationId}`).click();
  const drawer = supervisor.page.getByTestId('conversation-drawer');
  const watchedPicture = drawer.locator('[data-testid="attachment-image"]');
  await watchedPicture.waitFor();
  await expect.poll(() => picturesLoaded(watchedPicture)).toBe(true);
  await expect(drawer.getByTestId('attachment-file').textContent()).resolves.toContain(invoice.name);
  await screenshot(supervisor.page, `supervisor-attachments-drawer-${suffix}`);

  // History search finds it by a word of the question; its timeline shows them too.
  await target.page.locator('.ant-menu').getByText(c.historyMenu).click();
  await target.page.getByTestId('search-q').fill(c.keyword);
  await target.page.getByTestId('search-submit').click();
  await target.page.getByTestId(`search-result-${conversationId}`).click();
  const timeline = target.page.getByTestId('search-timeline');
  const foundPicture = timeline.locator('[data-testid="attachment-image"]');
  await foundPicture.waitFor();
  await expect.poll(() => picturesLoaded(foundPicture)).toBe(true);
  await expect(timeline.getByTestId('attachment-file').textContent()).resolves.toContain(invoice.name);
  await foundPicture.getByTestId('attachment-image-open').click();
  await target.page.locator('.ant-image-preview').waitFor();
  await target.page.keyboard.press('Escape');
  await target.page.locator('.ant-image-preview').waitFor({ state: 'detached' });

  expect(owner.problems).toEqual([]);
  expect(target.problems).toEqual([]);
  expect(customer.problems).toEqual([]);
  expect(supervisor.problems).toEqual([]);
  for (const watched of [owner, target, customer, supervisor]) await watched.context.close();
}

async function limitsAndPaste(web: WebServer): Promise<void> {
  // The admin sets a 1 MB limit.
  const adminToken = await login(web.baseUrl, 'admin', demoPasswords.admin);
  const patched = await fetch(`${web.baseUrl}/api/v1/tenant`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({
      attachments: { maxBytes: 1024 * 1024, allowedTypes: ['image/png', 'image/jpeg', 'application/pdf'] },
    }),
  });
  expect(patched.status).toBe(200);

  const owner = await openPage(browser, { locale: 'zh-CN' });
  await openWorkspace(owner.page, web.baseUrl, 'chenjing', '在线');
  const customer = await openPage(browser, { locale: 'en-US' });
  const frame = await openWidget(customer.page, web.baseUrl);
  const english = cases[1];
  const chinese = cases[0];
  if (english === undefined || chinese === undefined) throw new Error('cases');
  await startChat(frame, english, 'Kim Park');
  await selectConversation(owner.page, 'Kim Park');

  // The customer's 1.5 MB scan is refused, in English, naming the limit.
  const scan = largePdf('contract-scan.pdf', 1.5 * 1024 * 1024);
  await frame.getByTestId('widget-attach-input').setInputFiles(scan);
  const refused = frame.getByTestId('widget-upload-refused');
  await refused.waitFor();
  await expect(refused.textContent()).resolves.toContain(english.tooLarge(scan.name));
  await screenshot(customer.page, 'widget-attachment-refused-en');
  await refused.getByRole('button').click();
  await refused.waitFor({ state: 'detached' });

  // A text file, a type this tenant does not take: refused, saying so.
  const notes = { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('order 20261204, size M\n') };
  await frame.getByTestId('widget-attach-input').setInputFiles(notes);
  await refused.waitFor();
  await expect(refused.getAttribute('data-reason')).resolves.toBe('refusedType');
  await expect(refused.textContent()).resolves.toContain('Files of this type cannot be sent (“notes.txt”).');
  await refused.getByRole('button').click();
  await refused.waitFor({ state: 'detached' });

  // The agent pastes a picture too large: refused, in Chinese, naming the limit.
  const input = owner.page.getByTestId('chat-input');
  const big = await noisyPicture('现场照片.png', 900, 600);
  expect(big.buffer.length).toBeGreaterThan(1024 * 1024);
  await pasteFiles(input, [big]);
  const refusedHere = owner.page.getByTestId('upload-refused');
  await refusedHere.waitFor();
  await expect(refusedHere.textContent()).resolves.toContain(chinese.tooLarge(big.name));
  await screenshot(owner.page, 'desk-attachment-refused-zh-CN');

  // A picture within the limit, pasted: the customer sees it inline.
  const small = await picture('截图.png', 480, 300, '#52c41a');
  await pasteFiles(input, [small]);
  const inline = frame.locator('[data-author="agent"] [data-testid="widget-image"]');
  await inline.waitFor();
  await expect.poll(() => picturesLoaded(inline)).toBe(true);
  await expect(
    owner.page.getByTestId('message-list').locator('[data-testid="attachment-image"]').count(),
  ).resolves.toBe(1);

  await staleLinks(owner.page, customer.page);

  // The stale links' 403 answers are what the test asked for.
  const refusedLink = /status of 403 /;
  expect(unexpected(owner.problems).filter((problem) => !refusedLink.test(problem))).toEqual([]);
  expect(unexpected(customer.problems).filter((problem) => !refusedLink.test(problem))).toEqual([]);
  await owner.context.close();
  await customer.context.close();
}

/** The parts of `window` the page functions below use (the tests compile without the DOM library). */
interface StoragePage {
  localStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
    length: number;
    key(index: number): string | null;
  };
}

/**
 * Links that stopped working are read again: the widget, reloaded with stored links past their
 * expiry, asks for the entries again and shows the picture; the workspace, whose first thumbnail
 * request is refused, reads the entry again over HTTP and shows it.
 */
async function staleLinks(agentPage: Page, customerPage: Page): Promise<void> {
  // The widget's stored chat: its picture's links made to have expired an hour ago.
  const frame = customerPage.frameLocator('[data-testid="widget-frame"]');
  const staled = await frame.locator('body').evaluate(() => {
    const page = globalThis as unknown as StoragePage;
    for (let index = 0; index < page.localStorage.length; index += 1) {
      const key = page.localStorage.key(index);
      if (key === null || !key.includes('.chat.')) continue;
      const chat = JSON.parse(page.localStorage.getItem(key) ?? '{}') as {
        entries: { attachments?: { url: string; thumbnailUrl: string | null; expiresAt: string }[] }[];
      };
      const past = Math.floor(Date.now() / 1000) - 3600;
      let count = 0;
      for (const entry of chat.entries)
        for (const file of entry.attachments ?? []) {
          file.url = file.url.replace(/expires=\d+/, `expires=${String(past)}`);
          file.thumbnailUrl = file.thumbnailUrl?.replace(/expires=\d+/, `expires=${String(past)}`) ?? null;
          file.expiresAt = new Date(past * 1000).toISOString();
          count += 1;
        }
      page.localStorage.setItem(key, JSON.stringify(chat));
      return count;
    }
    return 0;
  });
  expect(staled).toBe(1);
  await customerPage.reload();
  const reloaded = customerPage.frameLocator('[data-testid="widget-frame"]');
  const picture = reloaded.locator('[data-author="agent"] [data-testid="widget-image"]');
  await picture.waitFor();
  await expect.poll(() => picturesLoaded(picture)).toBe(true);
  const source = (await picture.locator('img').getAttribute('src')) ?? '';
  expect(Number(/expires=(\d+)/.exec(source)?.[1])).toBeGreaterThan(Date.now() / 1000);

  // The workspace: its next thumbnail request is refused, as an expired link is.
  let refused = 0;
  await agentPage.route('**/api/v1/attachments/**', async (route) => {
    if (refused === 0 && route.request().url().includes('variant=thumbnail')) {
      refused += 1;
      await route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: '{"error":{"code":"ATTACHMENT_LINK_INVALID","message":"expired"}}',
      });
      return;
    }
    await route.continue();
  });
  const reread = agentPage.waitForRequest((request) =>
    /\/conversations\/[^/]+\/messages\?afterSeq=\d+&limit=1$/.test(request.url()),
  );
  await agentPage.reload();
  await selectConversation(agentPage, 'Kim Park');
  await reread;
  const shown = agentPage.getByTestId('message-list').locator('[data-testid="attachment-image"]');
  await expect.poll(() => picturesLoaded(shown)).toBe(true);
  expect(refused).toBe(1);
  await agentPage.unroute('**/api/v1/attachments/**');
}
