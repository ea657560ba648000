/**
 * Attachments end to end on a real server (docs/attachments.md): a customer's image reaches the
 * owner and, after a transfer, the new owner through signed links (original and webp thumbnail);
 * only the conversation's participants can upload or get links; changed, forged and expired links
 * are refused; files past the tenant's limit or of a refused type (or not what they claim) are
 * refused and nothing is stored; nothing but raster images is served inline. The same flow runs on
 * SQLite (files on disk) and PostgreSQL (files in a table).
 */
import { existsSync, readdirSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { AttachmentLinks } from '../../src/services/attachment-links.js';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import type { SqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import type { TimelineEntry } from '../../src/transport/realtime/protocol.js';
import { bearer, call, customerToken, expectError, type Answer } from '../support/http-fixtures.js';
import { uploadForm } from '../support/multipart.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import {
  startTestServer,
  TEST_TOKEN_SECRET,
  type SeededTenant,
  type TestServer,
  type TestServerOptions,
} from '../support/test-server.js';

interface Posted {
  readonly message: TimelineEntry;
}
interface Page {
  readonly items: readonly TimelineEntry[];
}

let test: TestServer;
let cleanup: (() => Promise<void>) | null = null;

afterEach(async () => {
  await test.close();
  await cleanup?.();
  cleanup = null;
});

/** A photo-like PNG (noise, so it does not compress to nothing) with the given size. */
async function photo(width = 1200, height = 900): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
/** The start of a Windows executable: `MZ`, and a PE header where the DOS header says. */
const EXE = (() => {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
})();
/** A valid PNG header claiming 60,000 × 60,000 pixels (3.6 gigapixels) with almost no data. */
const BOMB = (() => {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(60_000, 0);
  header.writeUInt32BE(60_000, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
})();
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

async function setUp(options: TestServerOptions = {}): Promise<{ acme: SeededTenant; customer: string }> {
  test = await startTestServer({ http: { rateLimitPerMinute: 100_000 }, ...options });
  const acme = await test.tenant('acme');
  for (const agentId of ['a1', 'a2']) await acme.run({ type: 'ConnectAgent', agentId });
  await acme.run({ type: 'SetAgentStatus', agentId: 'a2', status: 'away' });
  const customer = await customerToken(test, 'acme', 'visitor-0001');
  const opened = await call(test, {
    method: 'POST',
    url: '/api/v1/conversations',
    headers: bearer(customer),
    payload: { conversationId: 'c1', channel: 'web', source: 'website', text: 'hello' },
  });
  expect(opened.body).toMatchObject({ ownerId: 'a1', status: 'active' });
  await acme.run({ type: 'SetAgentStatus', agentId: 'a2', status: 'available' });
  return { acme, customer };
}

function upload(
  token: string,
  file: { readonly data: Buffer | string; readonly filename: string; readonly type: string },
  fields: { readonly text?: string; readonly clientMessageId?: string } = {},
  conversationId = 'c1',
): Promise<Answer<Posted>> {
  const form = uploadForm(file, fields);
  return call<Posted>(test, {
    method: 'POST',
    url: `/api/v1/conversations/${conversationId}/attachments`,
    headers: { ...bearer(token), ...form.headers },
    payload: form.payload,
  });
}

const fetchLink = (url: string) => test.server.http.inject({ method: 'GET', url });

async function timeline(token: string, conversationId = 'c1'): Promise<Answer<Page>> {
  return call<Page>(test, {
    method: 'GET',
    url: `/api/v1/conversations/${conversationId}/messages`,
    headers: bearer(token),
  });
}

const lastSeq = (): number => test.server.registry.actor('acme')!.lastSeq;

/** Files the SQLite server keeps on disk (all tenants). */
function filesOnDisk(): number {
  const dir = (test.server.registry.store as SqliteStore).attachmentsDir;
  if (dir === null || !existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, tenant) => sum + readdirSync(`${dir}/${tenant}`).length, 0);
}

/** The image flow both stores must pass: upload, fetch both variants, transfer, fetch as the new owner. */
async function imageFlow(acme: SeededTenant, customer: string): Promise<void> {
  const image = await photo();
  const posted = await upload(
    customer,
    { data: image, filename: 'IMG 0001.png', type: 'image/png' },
    { text: '看这张图', clientMessageId: 'up-1' },
  );
  expect(posted.status, posted.text).toBe(201);
  const entry = posted.body.message;
  expect(entry).toMatchObject({
    authorKind: 'customer',
    kind: 'text',
    text: '看这张图',
    messageId: 'up-1',
    visibility: 'public',
  });
  expect(entry.attachments).toHaveLength(1);
  const file = entry.attachments[0]!;
  expect(file).toMatchObject({ name: 'IMG 0001.png', contentType: 'image/png', size: image.length, image: true });
  expect(file.thumbnailUrl).not.toBeNull();

  // The owner reads the timeline and gets links of their own, which work without a token.
  const owned = await timeline(acme.tokens.a1);
  const seen = owned.body.items.find((item) => item.messageId === 'up-1')!;
  expect(seen.attachments[0]).toMatchObject({ attachmentId: file.attachmentId, image: true });
  const original = await fetchLink(seen.attachments[0]!.url);
  expect(original.statusCode).toBe(200);
  expect(original.headers['content-type']).toBe('image/png');
  expect(String(original.headers['content-disposition'])).toMatch(/^inline; /);
  expect(original.headers['x-content-type-options']).toBe('nosniff');
  expect(original.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
  expect(original.headers['cache-control']).toBe('private, max-age=3600');
  expect(original.rawPayload.equals(image)).toBe(true);
  const thumbnail = await fetchLink(seen.attachments[0]!.thumbnailUrl!);
  expect(thumbnail.statusCode).toBe(200);
  expect(thumbnail.headers['content-type']).toBe('image/webp');
  expect(thumbnail.rawPayload.length).toBeLessThan(image.length);
  const preview = await sharp(thumbnail.rawPayload).metadata();
  expect(preview.format).toBe('webp');
  expect(Math.max(preview.width, preview.height)).toBe(320);
  expect(preview.exif).toBeUndefined();

  // A resent upload (same clientMessageId) is the same message: one entry, one file.
  const again = await upload(
    customer,
    { data: image, filename: 'IMG 0001.png', type: 'image/png' },
    { clientMessageId: 'up-1' },
  );
  expect(again.status).toBe(201);
  expect(again.body.message.seq).toBe(entry.seq);
  expect((await timeline(acme.tokens.a1)).body.items.filter((item) => item.attachments.length > 0)).toHaveLength(1);

  // After a transfer the new owner reads the timeline and fetches the file through fresh links.
  await acme.run({
    type: 'RequestTransfer',
    transferId: 't1',
    conversationId: 'c1',
    initiatorId: 'a1',
    target: { kind: 'agent', agentId: 'a2' },
    note: { text: 'photo of the damage', templateId: null, fields: {}, reason: null, tags: [] },
  });
  await acme.run({ type: 'AcceptTransfer', transferId: 't1', agentId: 'a2' });
  const transferred = await timeline(acme.tokens.a2);
  const forTarget = transferred.body.items.find((item) => item.messageId === 'up-1')!.attachments[0]!;
  const byTarget = await fetchLink(forTarget.url);
  expect(byTarget.statusCode).toBe(200);
  expect(byTarget.rawPayload.equals(image)).toBe(true);

  // The owner answers with a PDF: the customer gets it as a download.
  const reply = await upload(acme.tokens.a2, { data: PDF, filename: 'invoice.pdf', type: 'application/pdf' });
  expect(reply.status, reply.text).toBe(201);
  expect(reply.body.message).toMatchObject({ authorKind: 'agent', authorId: 'a2', text: '' });
  const forCustomer = (await timeline(customer)).body.items.at(-1)!.attachments[0]!;
  expect(forCustomer).toMatchObject({ name: 'invoice.pdf', image: false, thumbnailUrl: null });
  const download = await fetchLink(forCustomer.url);
  expect(download.statusCode).toBe(200);
  expect(download.headers['content-type']).toBe('application/pdf');
  expect(download.headers['content-disposition']).toBe(
    `attachment; filename="invoice.pdf"; filename*=UTF-8''invoice.pdf`,
  );
  expect(download.headers['x-content-type-options']).toBe('nosniff');
  expect(download.rawPayload.equals(PDF)).toBe(true);
}

describe('attachments on SQLite (files on disk)', () => {
  it('reach the owner and the transfer target through signed links, with a webp thumbnail', async () => {
    const { acme, customer } = await setUp();
    await imageFlow(acme, customer);
    expect(filesOnDisk()).toBe(2);
    // The transcript lists files by name.
    const transcript = await call(test, {
      method: 'GET',
      url: '/api/v1/widget/conversations/c1/transcript?language=en',
      headers: bearer(customer),
    });
    expect(transcript.text).toContain('You: 看这张图 [Files: IMG 0001.png]');
    expect(transcript.text).toContain('[Files: invoice.pdf]');
  });

  it('lets only participants upload or get links: other customers and other tenants get 404', async () => {
    const { acme, customer } = await setUp();
    const globex = await test.tenant('globex');
    const stranger = await customerToken(test, 'acme', 'visitor-0002');
    const foreigner = await customerToken(test, 'globex', 'visitor-0001');
    const note = { data: 'hello', filename: 'note.txt', type: 'text/plain' };
    const seq = lastSeq();
    for (const token of [stranger, foreigner, globex.tokens.a1, globex.tokens.ad1]) {
      expectError(await upload(token, note), 404, 'CONVERSATION_NOT_FOUND');
      expectError(await timeline(token), 404, 'CONVERSATION_NOT_FOUND');
    }
    // Staff of the tenant who may not write publicly in it (a colleague, an admin) are refused too.
    expectError(await upload(acme.tokens.a2, note), 403, 'NOT_OWNER');
    expectError(await upload(acme.tokens.ad1, note), 403, 'NOT_OWNER');
    expect(lastSeq()).toBe(seq);
    expect(filesOnDisk()).toBe(0);
    expect((await upload(customer, note)).status).toBe(201);
  });

  it('refuses changed, forged and expired links, and another tenant’s file under a good signature', async () => {
    const { acme, customer } = await setUp({ server: { attachments: { linkSeconds: 60 } } });
    const posted = await upload(customer, { data: await photo(400, 300), filename: 'a.png', type: 'image/png' });
    const { url, attachmentId } = posted.body.message.attachments[0]!;
    expect((await fetchLink(url)).statusCode).toBe(200);
    const parsed = new URL(url, 'http://x');
    const sig = parsed.searchParams.get('sig')!;
    const expires = parsed.searchParams.get('expires')!;
    const changed = [
      url.replace(attachmentId, '00000000-0000-4000-8000-000000000000'),
      url.replace('/acme/', '/globex/'),
      url.replace('variant=original', 'variant=thumbnail'),
      url.replace(`expires=${expires}`, `expires=${String(Number(expires) + 3600)}`),
      url.replace(sig, `${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`),
      url.replace(sig, 'f'.repeat(64)),
    ];
    for (const link of changed) {
      const answer = await fetchLink(link);
      expect(answer.statusCode, link).toBe(403);
      expect(answer.json()).toMatchObject({ error: { code: 'ATTACHMENT_LINK_INVALID' } });
    }
    // A link minted (with the server's key) for another tenant does not reach acme's file.
    await test.tenant('globex');
    const minted = new AttachmentLinks(TEST_TOKEN_SECRET, test.clock, 60);
    const foreign = minted.views('globex', [{ ...posted.body.message.attachments[0]!, hasThumbnail: false }])[0]!;
    expectError(await call(test, { method: 'GET', url: foreign.url }), 404, 'ATTACHMENT_NOT_FOUND');
    // Expired: the simulated clock moves past the link's lifetime.
    test.clock.advanceBy(61_000);
    expectError(await call(test, { method: 'GET', url }), 403, 'ATTACHMENT_LINK_INVALID');
    // Reading the timeline again gives a fresh link that works.
    const items = (await timeline(acme.tokens.a1)).body.items;
    const fresh = items.find((item) => item.attachments.length > 0)!.attachments[0]!;
    expect(fresh.url).not.toBe(url);
    expect((await fetchLink(fresh.url)).statusCode).toBe(200);
  });

  it('refuses files past the tenant’s limit and of refused types, storing nothing', async () => {
    const { acme, customer } = await setUp();
    const limited = await call(test, {
      method: 'PATCH',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.ad1),
      payload: { attachments: { maxBytes: 2000, allowedTypes: ['image/png', 'text/plain', 'application/pdf'] } },
    });
    expect(limited.status, limited.text).toBe(200);
    expect(limited.body).toMatchObject({ settings: { attachments: { maxBytes: 2000 } } });
    // The widget learns the limits before it sends anything.
    const info = await call(test, { method: 'GET', url: '/api/v1/widget/info?tenantId=acme' });
    expect(info.body).toMatchObject({
      attachments: { maxBytes: 2000, allowedTypes: ['image/png', 'text/plain', 'application/pdf'] },
    });
    const seq = lastSeq();
    expectError(
      await upload(customer, { data: 'x'.repeat(2001), filename: 'big.txt', type: 'text/plain' }),
      413,
      'ATTACHMENT_TOO_LARGE',
    );
    const refusedTypes = [
      { data: EXE, filename: 'setup.exe', type: 'application/x-msdownload' },
      { data: EXE, filename: 'setup.pdf', type: 'application/pdf' },
      { data: EXE, filename: 'setup.txt', type: 'text/plain' },
      { data: '<html><script>alert(1)</script></html>', filename: 'page.html', type: 'text/html' },
      { data: SVG, filename: 'logo.svg', type: 'image/svg+xml' },
      { data: 'not a picture at all', filename: 'photo.png', type: 'image/png' },
      { data: PDF, filename: 'doc.png', type: 'image/png' },
      { data: Buffer.from([0x68, 0x69, 0x00, 0x01, 0xff]), filename: 'bin.txt', type: 'text/plain' },
      { data: BOMB, filename: 'bomb.png', type: 'image/png' },
      // Allowed by default, not by this tenant.
      { data: 'a,b\n1,2\n', filename: 'data.csv', type: 'text/csv' },
    ];
    for (const file of refusedTypes) expectError(await upload(customer, file), 415, 'ATTACHMENT_TYPE_REFUSED');
    // The form itself: no file, two files, an unknown field.
    const noFile = uploadForm({ data: 'x', filename: 'a.txt', type: 'text/plain' });
    const bare = await call(test, {
      method: 'POST',
      url: '/api/v1/conversations/c1/attachments',
      headers: { ...bearer(customer), 'content-type': noFile.headers['content-type']! },
      payload: noFile.payload.toString().replace('name="file"', 'name="other"'),
    });
    expectError(bare, 400, 'VALIDATION_FAILED');
    const json = await call(test, {
      method: 'POST',
      url: '/api/v1/conversations/c1/attachments',
      headers: bearer(customer),
      payload: { text: 'no file' },
    });
    expectError(json, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(lastSeq()).toBe(seq);
    expect(filesOnDisk()).toBe(0);
  });

  it('serves SVG and HTML only as text downloads, never inline', async () => {
    const { customer } = await setUp();
    const posted = await upload(customer, { data: SVG, filename: 'logo.svg', type: 'text/plain' });
    expect(posted.status, posted.text).toBe(201);
    const file = posted.body.message.attachments[0]!;
    expect(file).toMatchObject({ name: 'logo.svg.txt', contentType: 'text/plain', image: false, thumbnailUrl: null });
    const served = await fetchLink(file.url);
    expect(served.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(String(served.headers['content-disposition'])).toMatch(/^attachment; filename="logo\.svg\.txt"/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    // A Chinese name survives in filename* (RFC 5987) with an ASCII fallback.
    const named = await upload(customer, { data: '订单', filename: '订单 说明.txt', type: 'text/plain' });
    const download = await fetchLink(named.body.message.attachments[0]!.url);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="__ __.txt"; filename*=UTF-8''${encodeURIComponent('订单 说明.txt')}`,
    );
  });
});

describe('attachments on PostgreSQL (files in a table)', () => {
  it('reach the owner and the transfer target, and refusals store nothing', async () => {
    await ensureTestDatabase();
    const schema = uniqueSchema('attach');
    cleanup = async () => {
      await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    };
    const { acme, customer } = await setUp({
      store: () => createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 4 }),
    });
    await imageFlow(acme, customer);
    const stored = await onTestDatabase<{ count: string }>('SELECT count(*) AS count FROM attachments', [], schema);
    expect(Number(stored[0]!.count)).toBe(2);
    expectError(await upload(customer, { data: EXE, filename: 'a.exe', type: 'application/x-msdownload' }), 415);
    const after = await onTestDatabase<{ count: string }>('SELECT count(*) AS count FROM attachments', [], schema);
    expect(Number(after[0]!.count)).toBe(2);
  });
});
