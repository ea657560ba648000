/**
 * No token outlives its agent's session (docs/security.md): after a password reset, a demotion, a
 * disable, a removal or "sign out everywhere", the old token is refused on every HTTP request and
 * at the realtime handshake, and an open socket is told (`session.revoked`, catalogued code, the
 * reason) and disconnected at once. A disabled agent's conversations go back to routing with
 * their queue time. A token without an expiry is refused.
 */
import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal, type TestClient } from '../support/realtime-client.js';
import { PASSWORD, startRealtimeServer, TOKEN_SECRET, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;

beforeEach(async () => {
  test = await startRealtimeServer();
  await test.tenant('acme');
});

afterEach(async () => {
  await test.close();
});

async function http(
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<{ status: number; body: { error?: { code: string } } & Record<string, unknown> }> {
  const response = await fetch(`${test.url}${path}`, {
    method,
    headers: {
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/**
 * Watches a client from now on: resolves with the revocation it was sent, once the server has
 * closed its socket. Call before the action that ends the session (it may end before an answer).
 */
function revocation(client: TestClient): Promise<{ code: string; reason: string | null }> {
  const closed = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
  const notice = new Promise<{ code: string; reason: string | null }>((resolve) =>
    client.socket.once('session.revoked', resolve),
  );
  return Promise.all([notice, closed]).then(([payload, reason]) => {
    expect(reason).toBe('io server disconnect');
    return payload;
  });
}

async function expectRefusedEverywhere(token: string): Promise<void> {
  const me = await http('GET', '/api/v1/me', token);
  expect(me.status).toBe(401);
  expect(me.body.error?.code).toBe('SESSION_REVOKED');
  const conversations = await http('GET', '/api/v1/conversations', token);
  expect(conversations.status).toBe(401);
  expect((await refusal(test.url, { token })).code).toBe('SESSION_REVOKED');
}

describe('sessions end with the agent’s standing', () => {
  it('revokes the tokens of an agent whose password an admin reset', async () => {
    const admin = await test.login('acme', 'ad1');
    const token = await test.login('acme', 'a1');
    const socket = await test.connect(token);
    const ended = revocation(socket);
    const reset = await http('POST', '/api/v1/agents/a1/password', admin, { password: 'a brand new passphrase' });
    expect(reset.status).toBe(200);
    expect(await ended).toMatchObject({ code: 'SESSION_REVOKED', reason: 'password-changed' });
    await expectRefusedEverywhere(token);
    // The admin's own token is untouched.
    expect((await http('GET', '/api/v1/me', admin)).status).toBe(200);
  });

  it('revokes the tokens of a demoted supervisor', async () => {
    const admin = await test.login('acme', 'ad1');
    const token = await test.login('acme', 's1');
    const socket = await test.connect(token);
    expect((await http('GET', '/api/v1/conversations', token)).status).toBe(200);
    const ended = revocation(socket);
    const demoted = await http('PUT', '/api/v1/agents/s1', admin, { name: 'S1', role: 'agent', maxConcurrent: 3 });
    expect(demoted.status).toBe(200);
    expect(await ended).toMatchObject({ reason: 'role-changed' });
    await expectRefusedEverywhere(token);
    // Signing in again gives a token with the new role only.
    const fresh = await test.login('acme', 's1');
    expect((await http('GET', '/api/v1/me', fresh)).body).toMatchObject({ role: 'agent' });
  });

  it('disables an agent: sessions end, conversations return to routing with their queue time, no sign-in', async () => {
    const admin = await test.login('acme', 'ad1');
    const token = await test.login('acme', 'a1');
    const a1 = await test.connect(token);
    const customer = await test.connect(await test.widgetToken('acme', 'visitor-disable'));
    await customer.ok('conversation.open', { conversationId: 'c1', source: 'website', text: 'hello' });
    await a1.waitFor('conversation.assigned', (payload) => payload.conversationId === 'c1');
    const enqueuedAt = test.actor('acme').view.conversations.get('c1')?.enqueuedAt;

    const a2 = await test.connect(await test.login('acme', 'a2'));
    const ended = revocation(a1);
    const disabled = await http('POST', '/api/v1/agents/a1/disable', admin, {});
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ lifecycle: 'disabled', online: false, status: 'offline' });
    expect(await ended).toMatchObject({ reason: 'disabled' });
    await a2.waitFor('conversation.assigned', (payload) => payload.conversationId === 'c1');
    const conversation = test.actor('acme').view.conversations.get('c1');
    expect(conversation).toMatchObject({ ownerId: 'a2', enqueuedAt });
    await expectRefusedEverywhere(token);

    const login = await http('POST', '/api/v1/auth/login', null, {
      tenantId: 'acme',
      agentId: 'a1',
      password: PASSWORD,
    });
    expect(login.body.error?.code).toBe('INVALID_CREDENTIALS');
    // Agents cannot disable people; admins can enable them again.
    const byAgent = await http('POST', '/api/v1/agents/a2/disable', await test.login('acme', 'a2'), {});
    expect(byAgent.status).toBe(403);
    expect((await http('POST', '/api/v1/agents/a1/enable', admin, {})).body).toMatchObject({ lifecycle: 'active' });
    expect((await test.connect(await test.login('acme', 'a1'))).socket.connected).toBe(true);
  });

  it('removes an agent for good: no sign-in, not listed, id not reused, history kept', async () => {
    const admin = await test.login('acme', 'ad1');
    const token = await test.login('acme', 'a2');
    const socket = await test.connect(token);
    const ended = revocation(socket);
    const removed = await http('DELETE', '/api/v1/agents/a2', admin);
    expect(removed.body).toMatchObject({ agentId: 'a2', lifecycle: 'removed', memberships: [] });
    expect(await ended).toMatchObject({ reason: 'removed' });
    await expectRefusedEverywhere(token);
    const login = await http('POST', '/api/v1/auth/login', null, {
      tenantId: 'acme',
      agentId: 'a2',
      password: PASSWORD,
    });
    expect(login.status).toBe(401);
    const list = await http('GET', '/api/v1/agents', admin);
    expect((list.body.items as { agentId: string }[]).map((agent) => agent.agentId)).not.toContain('a2');
    const again = await http('PUT', '/api/v1/agents/a2', admin, { name: 'A2', role: 'agent', maxConcurrent: 3 });
    expect(again.body.error?.code).toBe('AGENT_REMOVED');
    expect((await http('GET', '/api/v1/agents/a2', admin)).body).toMatchObject({ lifecycle: 'removed' });
    const audit = await http('GET', '/api/v1/audit-log?type=AgentRemoved', admin);
    expect((audit.body.items as { subjectId: string }[])[0]?.subjectId).toBe('a2');
  });

  it('signs an agent out everywhere', async () => {
    const token = await test.login('acme', 'a1');
    const first = await test.connect(token);
    const second = await test.connect(token);
    const ends = [revocation(first), revocation(second)];
    const answer = await http('POST', '/api/v1/agents/a1/sign-out-everywhere', token, {});
    expect(answer.body).toMatchObject({ signedOut: true });
    for (const ended of await Promise.all(ends)) expect(ended).toMatchObject({ reason: 'signed-out' });
    await expectRefusedEverywhere(token);
    // Another agent may not sign a colleague out.
    const a2 = await test.login('acme', 'a2');
    expect((await http('POST', '/api/v1/agents/a1/sign-out-everywhere', a2, {})).status).toBe(403);
  });

  it('refuses a correctly signed token without an expiry', async () => {
    const agent = test.actor('acme').view.agents.get('a1');
    const token = await new SignJWT({ tid: 'acme', kind: 'agent', role: 'agent', sep: agent?.sessionEpoch ?? 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a1')
      .setIssuer('switchboard')
      .setIssuedAt()
      .sign(new TextEncoder().encode(TOKEN_SECRET));
    const me = await http('GET', '/api/v1/me', token);
    expect(me.status).toBe(401);
    expect(me.body.error?.code).toBe('UNAUTHENTICATED');
    expect((await refusal(test.url, { token })).code).toBe('UNAUTHENTICATED');
  });
});
