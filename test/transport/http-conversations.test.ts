/**
 * The HTTP API through `inject` on a real server (SQLite on disk): sign-in, a customer opening a
 * conversation through the widget, the agent answering, the read models behind the lists, a
 * transfer, closing and rating — and the error catalogue's shape on the way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  for (const agentId of ['a1', 'a2']) await acme.run({ type: 'ConnectAgent', agentId });
});

afterEach(async () => {
  await test.close();
});

const auth = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

async function customerToken(visitorId: string): Promise<string> {
  const reply = await test.server.http.inject({
    method: 'POST',
    url: '/api/v1/widget/session',
    payload: { tenantId: 'acme', visitorId },
  });
  expect(reply.statusCode).toBe(200);
  return reply.json<{ token: string }>().token;
}

describe('HTTP API', () => {
  it('signs agents in with their password and refuses a wrong one without saying which part was wrong', async () => {
    const ok = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenantId: 'acme', agentId: 'a1', password: PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
    const me = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: auth(ok.json<{ token: string }>().token),
    });
    expect(me.json()).toMatchObject({ kind: 'agent', tenantId: 'acme', agentId: 'a1', role: 'agent' });
    for (const payload of [
      { tenantId: 'acme', agentId: 'a1', password: 'wrong' },
      { tenantId: 'acme', agentId: 'nobody', password: PASSWORD },
      { tenantId: 'other', agentId: 'a1', password: PASSWORD },
    ]) {
      const refused = await test.server.http.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toEqual({
        error: { code: 'INVALID_CREDENTIALS', message: 'Wrong tenant, agent or password.' },
      });
    }
  });

  it('routes a widget conversation, lets the owner answer, transfers it, closes and rates it', async () => {
    const customer = await customerToken('visitor-0001');
    const opened = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers: auth(customer),
      payload: { conversationId: 'c1', channel: 'web', source: 'website', text: '我要退款' },
    });
    expect(opened.statusCode).toBe(201);
    const conversation = opened.json<{ ownerId: string; status: string }>();
    expect(conversation.status).toBe('active');
    const owner = conversation.ownerId as 'a1' | 'a2';
    const other = owner === 'a1' ? 'a2' : 'a1';

    const reply = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations/c1/messages',
      headers: auth(acme.tokens[owner]),
      payload: { messageId: 'm-agent-1', text: '您好，请提供订单号' },
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toEqual({ seq: 2 });

    const listed = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/conversations?status=active',
      headers: auth(acme.tokens.s1),
    });
    expect(listed.json<{ items: { conversationId: string }[] }>().items.map((item) => item.conversationId)).toEqual([
      'c1',
    ]);

    const recommendations = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/conversations/c1/recommendations',
      headers: auth(acme.tokens[owner]),
    });
    expect(recommendations.json<{ items: { agentId: string }[] }>().items[0]?.agentId).toBe(other);

    const requested = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/transfers',
      headers: auth(acme.tokens[owner]),
      payload: {
        transferId: 't1',
        conversationId: 'c1',
        target: { kind: 'agent', agentId: other },
        note: { text: 'refund, order 42' },
      },
    });
    expect(requested.statusCode).toBe(201);
    expect(requested.json()).toMatchObject({ transferId: 't1', status: 'pending', targetAgentId: other });
    const accepted = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/transfers/t1/accept',
      headers: auth(acme.tokens[other]),
    });
    expect(accepted.json()).toEqual({ transferId: 't1', status: 'accepted' });

    const history = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/conversations/c1/messages',
      headers: auth(customer),
    });
    const kinds = history.json<{ items: { kind: string; visibility: string }[] }>().items.map((item) => item.kind);
    expect(kinds).toEqual(['text', 'text', 'notice', 'notice', 'greeting']);

    const closed = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations/c1/close',
      headers: auth(customer),
      payload: {},
    });
    expect(closed.json()).toMatchObject({ status: 'closed' });
    const rated = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations/c1/rating',
      headers: auth(customer),
      payload: { score: 5 },
    });
    expect(rated.statusCode).toBe(200);
  });

  it('answers bad input and strangers with catalogued errors and changes nothing', async () => {
    const customer = await customerToken('visitor-0002');
    const cases = [
      { method: 'GET' as const, url: '/api/v1/conversations', headers: {}, status: 401, code: 'UNAUTHENTICATED' },
      {
        method: 'GET' as const,
        url: '/api/v1/conversations',
        headers: auth('forged.token.value'),
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        method: 'POST' as const,
        url: '/api/v1/conversations',
        headers: { ...auth(customer), 'content-type': 'application/json' },
        payload: '{"channel":',
        status: 400,
        code: 'MALFORMED_JSON',
      },
      {
        method: 'POST' as const,
        url: '/api/v1/conversations',
        headers: auth(customer),
        payload: { channel: 7 },
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      {
        method: 'POST' as const,
        url: '/api/v1/transfers',
        headers: auth(customer),
        payload: { conversationId: 'c1', target: { kind: 'agent', agentId: 'a1' }, note: { text: 'x' } },
        status: 403,
        code: 'FORBIDDEN',
      },
      { method: 'GET' as const, url: '/api/v1/nowhere', headers: {}, status: 404, code: 'NOT_FOUND' },
      {
        method: 'POST' as const,
        url: '/api/v1/conversations',
        headers: auth(customer),
        payload: { channel: 'web', source: 'x'.repeat(300_000) },
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
    ];
    const before = await acme
      .run({ type: 'ConnectAgent', agentId: 'a1' })
      .then(() => test.server.registry.actor('acme')!.lastSeq);
    for (const { status, code, ...request } of cases) {
      const reply = await test.server.http.inject(request);
      expect(reply.statusCode, `${request.method} ${request.url}`).toBe(status);
      expect(reply.json<{ error: { code: string } }>().error.code).toBe(code);
    }
    expect(test.server.registry.actor('acme')!.lastSeq).toBe(before);
  });

  it('keeps tenants apart: another tenant’s conversation is not found', async () => {
    const globex = await test.tenant('globex');
    await globex.run({ type: 'ConnectAgent', agentId: 'a1' });
    const customer = await customerToken('visitor-0003');
    await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers: auth(customer),
      payload: { conversationId: 'secret', channel: 'web', source: 'site', text: 'hi' },
    });
    const peek = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/conversations/secret',
      headers: auth(globex.tokens.ad1),
    });
    expect(peek.statusCode).toBe(404);
    expect(peek.json<{ error: { code: string } }>().error.code).toBe('CONVERSATION_NOT_FOUND');
    const viaKey = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/conversations/secret',
      headers: { 'x-api-key': globex.apiKey },
    });
    expect(viaKey.statusCode).toBe(404);
    const ownKey = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/conversations/secret',
      headers: { 'x-api-key': acme.apiKey },
    });
    expect(ownKey.statusCode).toBe(200);
  });
});

describe('idempotent sends over HTTP', () => {
  it('answers a resent message id with the original seq and posts it once', async () => {
    const customer = await customerToken('visitor-0004');
    await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers: auth(customer),
      payload: { conversationId: 'c9', channel: 'web', source: 'site', text: 'hello' },
    });
    const send = () =>
      test.server.http.inject({
        method: 'POST',
        url: '/api/v1/conversations/c9/messages',
        headers: auth(customer),
        payload: { messageId: 'client-1', text: 'are you there?' },
      });
    const [first, again] = await Promise.all([send(), send()]);
    const third = await send();
    expect([first.json(), again.json(), third.json()]).toEqual([{ seq: 2 }, { seq: 2 }, { seq: 2 }]);
    const history = await test.server.http.inject({
      method: 'GET',
      url: '/api/v1/conversations/c9/messages',
      headers: auth(customer),
    });
    expect(
      history.json<{ items: { messageId: string }[] }>().items.filter((item) => item.messageId === 'client-1'),
    ).toHaveLength(1);
  });
});
