/**
 * Channels and bots through the API (issue 18; docs/integrations.md "Channels and bots"): an API key
 * opens a conversation for a customer of another channel — named by the tenant's own id, with a
 * bot's transcript from before the hand-over and routing attributes — posts that customer's messages
 * (idempotent by message id) and closes it. The agent reads the transcript first; the customer's
 * side never gets it back; routing rules read the channel and the attributes; another tenant's key
 * finds nothing; bad input changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeState } from '../../src/domain/describe-state.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import { transcriptLimits } from '../../src/domain/transcript.js';
import { apiKey, bearer, call, expectError, type Headers } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;
let globex: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  globex = await test.tenant('globex');
  await acme.run({ type: 'ConnectAgent', agentId: 'a1' });
  await acme.run({ type: 'SetAgentStatus', agentId: 'a1', status: 'available' });
});

afterEach(async () => {
  await test.close();
});

interface Row {
  readonly seq: number;
  readonly authorKind: string;
  readonly visibility: string;
  readonly kind: string;
  readonly text: string;
  readonly at: string;
}

const transcript = [
  { author: 'bot', text: '您好，请问有什么可以帮您？', at: '2026-03-01T01:59:00.000Z' },
  { author: 'customer', text: '订单 A1001 还没到', at: '2026-03-01T01:59:30.000Z' },
  { author: 'bot', text: '正在为您转人工…', at: '2026-03-01T01:59:40.000Z' },
];

const open = (headers: Headers, payload: Record<string, unknown>) =>
  call<Record<string, unknown>>(test, { method: 'POST', url: '/api/v1/conversations', headers, payload });

const wechat = (extra: Record<string, unknown> = {}) => ({
  conversationId: 'wx-1',
  channel: 'wechat',
  source: 'wechat-bot',
  customer: { externalId: 'wechat-o6_bmjrPTlm6', name: '小明', language: 'zh-CN' },
  transcript,
  ...extra,
});

const timeline = async (headers: Headers, conversationId = 'wx-1') =>
  (
    await call<{ items: Row[] }>(test, {
      method: 'GET',
      url: `/api/v1/conversations/${conversationId}/messages`,
      headers,
    })
  ).body.items;

const post = (headers: Headers, messageId: string, text: string, conversationId = 'wx-1') =>
  call<{ seq: number }>(test, {
    method: 'POST',
    url: `/api/v1/conversations/${conversationId}/messages`,
    headers,
    payload: { messageId, text },
  });

describe('a conversation of another channel opened with an API key', () => {
  it('shows the agent the bot transcript first, then the live messages, and not the customer', async () => {
    const opened = await open(apiKey(acme.apiKey), wechat({ text: '还在吗？', messageId: 'wx-m0' }));
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body).toMatchObject({
      conversationId: 'wx-1',
      customerId: 'u:wechat-o6_bmjrPTlm6',
      customerName: '小明',
      channel: 'wechat',
      source: 'wechat-bot',
      language: 'zh-CN',
      ownerId: 'a1',
    });
    const rows = await timeline(bearer(acme.tokens.a1));
    expect(rows.slice(0, 4).map((row) => [row.seq, row.authorKind, row.kind, row.visibility, row.text])).toEqual([
      [1, 'bot', 'transcript', 'internal', '您好，请问有什么可以帮您？'],
      [2, 'customer', 'transcript', 'internal', '订单 A1001 还没到'],
      [3, 'bot', 'transcript', 'internal', '正在为您转人工…'],
      [4, 'customer', 'text', 'public', '还在吗？'],
    ]);
    // Each transcript line keeps when it was said on the bot's channel.
    expect(rows.slice(0, 3).map((row) => row.at)).toEqual(transcript.map((line) => line.at));
    // The customer's profile: verified under the tenant's own id, with the channel's name and language.
    const profile = await call(test, {
      method: 'GET',
      url: '/api/v1/customers/by-external-id/wechat-o6_bmjrPTlm6',
      headers: apiKey(acme.apiKey),
    });
    expect(profile.body).toMatchObject({ customerId: 'u:wechat-o6_bmjrPTlm6', verified: true, name: '小明' });
    // The transcript is staff-only: what the customer's side reads (public messages) leaves it out.
    const customerSide = await test.server.registry.store.messages('acme', 'wx-1', { limit: 50, publicOnly: true });
    expect(customerSide.items.map((row) => row.text)).toEqual(['还在吗？']);
  });

  it('posts the customer’s messages with the key, once per message id, and closes the conversation', async () => {
    await open(apiKey(acme.apiKey), wechat());
    const first = await post(apiKey(acme.apiKey), 'wx-m1', '我的订单号是 A1001');
    expect(first.status, first.text).toBe(201);
    expect(first.body.seq).toBe(4);
    const again = await post(apiKey(acme.apiKey), 'wx-m1', '我的订单号是 A1001');
    expect(again.status).toBe(201);
    expect(again.body.seq).toBe(4);
    const reply = await post(bearer(acme.tokens.a1), 'a1-r1', '您好，我来帮您查一下');
    expect(reply.status, reply.text).toBe(201);
    const rows = await timeline(bearer(acme.tokens.a1));
    expect(rows.slice(3).map((row) => [row.authorKind, row.text])).toEqual([
      ['customer', '我的订单号是 A1001'],
      ['agent', '您好，我来帮您查一下'],
    ]);
    // A key writes only what the customer could: no internal notes.
    const note = await call(test, {
      method: 'POST',
      url: '/api/v1/conversations/wx-1/messages',
      headers: apiKey(acme.apiKey),
      payload: { messageId: 'wx-n1', text: 'note', visibility: 'internal' },
    });
    expectError(note, 400, 'INVALID_COMMAND');
    const closed = await call(test, {
      method: 'POST',
      url: '/api/v1/conversations/wx-1/close',
      headers: apiKey(acme.apiKey),
      payload: {},
    });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed' });
    expectError(await post(apiKey(acme.apiKey), 'wx-m2', 'hello?'), 409, 'CONVERSATION_CLOSED');
  });

  it('routes on the channel and the routing attributes given, and keyword rules read the transcript', async () => {
    await acme.run({ type: 'SaveSkillGroup', group: skillGroup({ id: 'vip', name: 'VIP' }) });
    await acme.run({ type: 'SaveSkillGroup', group: skillGroup({ id: 'orders', name: 'Orders' }) });
    await acme.run({
      type: 'SaveRoutingRules',
      rules: [
        {
          id: 'wechat-gold',
          name: 'WeChat gold members',
          enabled: true,
          conditions: { channels: ['wechat'], attributes: { tier: ['gold'] } },
          actions: { groupId: 'vip', priority: 5 },
        },
        {
          id: 'late-orders',
          name: 'Late orders',
          enabled: true,
          conditions: { keywords: { any: ['还没到'] } },
          actions: { groupId: 'orders' },
        },
      ],
    });
    const gold = await open(apiKey(acme.apiKey), wechat({ attributes: { tier: 'gold', orderId: 'A1001' } }));
    expect(gold.body).toMatchObject({
      groupId: 'vip',
      priority: 5,
      routedBy: { id: 'wechat-gold' },
      attributes: { tier: 'gold' },
    });
    // Not gold: the customer's words in the bot's transcript match the keyword rule.
    const late = await open(apiKey(acme.apiKey), wechat({ conversationId: 'wx-2', attributes: { tier: 'silver' } }));
    expect(late.body).toMatchObject({ groupId: 'orders', routedBy: { id: 'late-orders' } });
    // The same words said by the bot alone do not.
    const botOnly = await open(
      apiKey(acme.apiKey),
      wechat({ conversationId: 'wx-3', transcript: [{ author: 'bot', text: '您的订单还没到吗？' }] }),
    );
    expect(botOnly.body).toMatchObject({ groupId: 'g', routedBy: null });
  });

  it('fills an empty profile from the channel but never replaces what the back-end wrote', async () => {
    await call(test, {
      method: 'PUT',
      url: '/api/v1/customers/by-external-id/shop-7',
      headers: apiKey(acme.apiKey),
      payload: { name: '王芳' },
    });
    const opened = await open(
      apiKey(acme.apiKey),
      wechat({ customer: { externalId: 'shop-7', name: 'WeChat nickname', language: 'en' } }),
    );
    expect(opened.body).toMatchObject({ customerId: 'u:shop-7', customerName: '王芳', language: 'en' });
    const profile = await call(test, {
      method: 'GET',
      url: '/api/v1/customers/u:shop-7',
      headers: apiKey(acme.apiKey),
    });
    expect(profile.body).toMatchObject({ name: '王芳', language: 'en' });
  });

  it('is the key’s tenant’s only: another tenant’s key gets 404 and changes nothing', async () => {
    await open(apiKey(acme.apiKey), wechat());
    const before = describeState(test.server.registry.actor('acme')!.view);
    const other = apiKey(globex.apiKey);
    expectError(await post(other, 'x1', 'hi'), 404, 'CONVERSATION_NOT_FOUND');
    expectError(
      await call(test, { method: 'GET', url: '/api/v1/conversations/wx-1/messages', headers: other }),
      404,
      'CONVERSATION_NOT_FOUND',
    );
    expectError(
      await call(test, { method: 'POST', url: '/api/v1/conversations/wx-1/close', headers: other, payload: {} }),
      404,
      'CONVERSATION_NOT_FOUND',
    );
    // The same conversation id in its own tenant is a conversation of its own.
    const own = await open(other, wechat());
    expect(own.status, own.text).toBe(201);
    expect(describeState(test.server.registry.actor('acme')!.view)).toEqual(before);
  });

  it('refuses bad input with catalogued errors and records nothing', async () => {
    const key = apiKey(acme.apiKey);
    const before = describeState(test.server.registry.actor('acme')!.view);
    const tooMany = Array.from({ length: transcriptLimits.lines + 1 }, (_, i) => ({ author: 'bot', text: `${i}` }));
    const bad: Record<string, unknown>[] = [
      wechat({ transcript: tooMany }),
      wechat({ transcript: [{ author: 'agent', text: 'hi' }] }),
      wechat({ transcript: [{ author: 'bot', text: '' }] }),
      wechat({ transcript: [{ author: 'bot', text: 'x'.repeat(transcriptLimits.textLength + 1) }] }),
      wechat({ transcript: [{ author: 'bot', text: 'hi', at: 'yesterday' }] }),
      wechat({ transcript: [{ author: 'bot', text: 'hi', extra: 1 }] }),
      wechat({ channel: 'WeChat!' }),
      wechat({ customer: { externalId: 'has space' } }),
      wechat({ customer: { externalId: 'x', name: '' } }),
      wechat({ customerId: 'u:also-given' }),
      { ...wechat(), customer: undefined },
    ];
    for (const payload of bad) expectError(await open(key, payload), 400, 'VALIDATION_FAILED');
    // A customer's own token may not bring a transcript or name another customer.
    const widget = await call<{ token: string }>(test, {
      method: 'POST',
      url: '/api/v1/widget/session',
      payload: { tenantId: 'acme', visitorId: 'visitor-0001' },
    });
    expect(widget.status, widget.text).toBe(200);
    const own = { conversationId: 'wx-own', channel: 'web', source: 'site', transcript };
    expectError(await open(bearer(widget.body.token), own), 403, 'FORBIDDEN');
    expect(describeState(test.server.registry.actor('acme')!.view)).toEqual(before);
  });
});
