/**
 * The customer side of the widget over a real server (issue 17): the transcript download is the
 * customer's own conversation only (another customer or tenant gets 404, staff 403) and never holds
 * internal notes; the contact details of a left message are validated and reach staff as the
 * conversation's attributes; the tenant's widget texts are validated settings, served to the
 * widget's first screen per language with an estimated wait, and an unknown tenant gets nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/realtime-client.js';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;
let agent: TestClient;
let customer: TestClient;
let customerToken: string;
let adminToken: string;

const get = (path: string, token?: string): Promise<Response> =>
  fetch(`${test.url}${path}`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });

const patchTenant = (body: unknown): Promise<Response> =>
  fetch(`${test.url}/api/v1/tenant`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  test = await startRealtimeServer();
  await test.tenant('acme');
  await test.tenant('globex');
  adminToken = await test.login('acme', 'ad1');
  agent = await test.connect(await test.login('acme', 'a1'));
  customerToken = await test.widgetToken('acme', 'visitor-0001');
  customer = await test.connect(customerToken);
  await customer.ok('conversation.open', { conversationId: 'c1', source: 'website', text: 'Where is my order?' });
  await agent.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'c1');
  await agent.ok('message.send', { conversationId: 'c1', messageId: 'r1', text: 'It ships today.' });
  await agent.ok('message.send', {
    conversationId: 'c1',
    messageId: 'n1',
    text: 'INTERNAL: customer looks upset',
    visibility: 'internal',
  });
  await customer.ok('message.send', { conversationId: 'c1', messageId: 'm2', text: '谢谢！' });
});

afterAll(async () => {
  await test.close();
});

describe('transcript', () => {
  it("gives the customer their own conversation's public entries as a text file", async () => {
    const answer = await get('/api/v1/widget/conversations/c1/transcript?language=en', customerToken);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/);
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="transcript-.*\.txt"$/);
    const text = await answer.text();
    expect(text).toContain('Chat transcript');
    expect(text).toMatch(/You: Where is my order\?/);
    expect(text).toMatch(/: It ships today\./);
    expect(text).toMatch(/You: 谢谢！/);
    expect(text).not.toContain('INTERNAL');
    const chinese = await (
      await get('/api/v1/widget/conversations/c1/transcript?language=zh-CN', customerToken)
    ).text();
    expect(chinese).toContain('聊天记录');
    expect(chinese).toMatch(/我: Where is my order\?/);
  });

  it('answers 404 for another customer of the tenant, and for a customer of another tenant', async () => {
    const stranger = await test.widgetToken('acme', 'visitor-0002');
    expect((await get('/api/v1/widget/conversations/c1/transcript', stranger)).status).toBe(404);
    const elsewhere = await test.widgetToken('globex', 'visitor-0001');
    expect((await get('/api/v1/widget/conversations/c1/transcript', elsewhere)).status).toBe(404);
    expect((await get('/api/v1/widget/conversations/nope/transcript', customerToken)).status).toBe(404);
  });

  it('is refused to staff (403) and to nobody (401)', async () => {
    expect((await get('/api/v1/widget/conversations/c1/transcript', adminToken)).status).toBe(403);
    expect((await get('/api/v1/widget/conversations/c1/transcript')).status).toBe(401);
  });
});

describe('left-message contact details', () => {
  it('requires a phone number or an e-mail address, each well formed', async () => {
    const none = await customer.request('conversation.contact', { conversationId: 'c1', name: 'Li Lei' });
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_COMMAND' } });
    const badEmail = await customer.request('conversation.contact', { conversationId: 'c1', email: 'not-an-address' });
    expect(badEmail).toMatchObject({ ok: false, error: { code: 'INVALID_COMMAND' } });
    const badPhone = await customer.request('conversation.contact', { conversationId: 'c1', phone: 'call me' });
    expect(badPhone).toMatchObject({ ok: false, error: { code: 'INVALID_COMMAND' } });
    const tooLong = await customer.request('conversation.contact', { conversationId: 'c1', phone: '1'.repeat(40) });
    expect(tooLong).toMatchObject({ ok: false });
  });

  it("refuses another customer's conversation as unknown", async () => {
    const stranger = await test.connect(await test.widgetToken('acme', 'visitor-0003'));
    const answer = await stranger.request('conversation.contact', { conversationId: 'c1', phone: '+86 138 0000 0000' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONVERSATION_NOT_FOUND' } });
  });

  it('stores valid details as the conversation attributes staff see', async () => {
    // A tenant with nobody online: the conversation is a left message.
    await test.tenant('quiet');
    const visitor = await test.connect(await test.widgetToken('quiet', 'visitor-0004'));
    const opened = await visitor.ok<{ conversation: { status: string } }>('conversation.open', {
      conversationId: 'q1',
      source: 'website',
      text: 'Please call me back',
    });
    expect(opened.conversation.status).toBe('left-message');
    await visitor.ok('conversation.contact', {
      conversationId: 'q1',
      name: '韩梅梅',
      phone: '+86 138-0000-0000',
      email: 'meimei@example.com',
    });
    const staff = await test.login('quiet', 'a1');
    const view = (await (await get('/api/v1/conversations/q1', staff)).json()) as {
      customerName: string | null;
      attributes: Record<string, string>;
    };
    expect(view.attributes).toMatchObject({
      customerName: '韩梅梅',
      phone: '+86 138-0000-0000',
      email: 'meimei@example.com',
    });
    // Where staff list left messages, the row carries the details too.
    const listed = (await (await get('/api/v1/conversations?status=left-message', staff)).json()) as {
      items: { conversationId: string; contact?: unknown }[];
    };
    expect(listed.items.find((item) => item.conversationId === 'q1')?.contact).toEqual({
      phone: '+86 138-0000-0000',
      email: 'meimei@example.com',
    });
  });
});

describe('widget texts and the first screen', () => {
  it('validates the texts: known languages and kinds, not blank, at most 500 characters', async () => {
    expect((await patchTenant({ widgetMessages: { en: { welcome: 'x'.repeat(501) } } })).status).toBe(400);
    expect((await patchTenant({ widgetMessages: { en: { welcome: '' } } })).status).toBe(400);
    expect((await patchTenant({ widgetMessages: { en: { welcome: '   ' } } })).status).toBe(422);
    expect((await patchTenant({ widgetMessages: { fr: { welcome: 'Bonjour' } } })).status).toBe(400);
    expect((await patchTenant({ widgetMessages: { en: { goodbye: 'Bye' } } })).status).toBe(400);
  });

  it("serves the tenant's texts in the visitor's language, with the built-in wording where none is set", async () => {
    const saved = await patchTenant({
      widgetMessages: {
        en: { welcome: 'Welcome to ACME!', afterHours: 'We open at nine.' },
        'zh-CN': { welcome: '欢迎光临 ACME！', queue: '请稍候，马上为您服务。' },
      },
    });
    expect(saved.status).toBe(200);
    const en = (await (await get('/api/v1/widget/info?tenantId=acme&language=en')).json()) as Record<string, unknown>;
    expect(en.texts).toEqual({ welcome: 'Welcome to ACME!', queue: null, afterHours: 'We open at nine.' });
    expect(en.available).toBe(true);
    const zh = (await (await get('/api/v1/widget/info?tenantId=acme&language=zh-CN')).json()) as Record<
      string,
      unknown
    >;
    expect(zh.texts).toEqual({ welcome: '欢迎光临 ACME！', queue: '请稍候，马上为您服务。', afterHours: null });
    // Settings saved without the texts replay unchanged; other settings keep them.
    expect((await patchTenant({ firstResponseTimeoutSeconds: 90 })).status).toBe(200);
    const again = (await (await get('/api/v1/widget/info?tenantId=acme&language=en')).json()) as Record<
      string,
      unknown
    >;
    expect(again.texts).toMatchObject({ welcome: 'Welcome to ACME!' });
  });

  it("says nothing about a tenant the server does not serve, and never another tenant's texts", async () => {
    const unknown = (await (await get('/api/v1/widget/info?tenantId=nobody-here&language=en')).json()) as Record<
      string,
      unknown
    >;
    expect(unknown).toEqual({
      texts: { welcome: null, queue: null, afterHours: null },
      available: null,
      estimatedWaitSeconds: null,
      attachments: null,
    });
    const globex = (await (await get('/api/v1/widget/info?tenantId=globex&language=en')).json()) as Record<
      string,
      unknown
    >;
    expect(globex.texts).toEqual({ welcome: null, queue: null, afterHours: null });
    expect((await get('/api/v1/widget/info?tenantId=bad%20id')).status).toBe(400);
    expect((await get('/api/v1/widget/info')).status).toBe(400);
  });
});
