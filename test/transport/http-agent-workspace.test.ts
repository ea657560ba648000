/**
 * What the agent workspace reads and writes over HTTP besides the realtime gateway: the tenant's
 * quick replies (admins write them through PATCH /tenant, every staff member reads them, the domain
 * refuses duplicates and blanks, and settings saved before they existed still read), and the
 * conversations waiting in an agent's groups, which the workspace lists next to its own.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, call, expectError } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
});

afterEach(async () => {
  await test.close();
});

interface QuickReply {
  id: string;
  title: string;
  text: string;
}
interface TenantBody {
  settings: { quickReplies?: QuickReply[]; timeZone: string };
}

const replies: QuickReply[] = [
  { id: 'greet', title: 'Greeting', text: 'Hello, happy to help!' },
  { id: 'wait', title: 'One moment', text: 'One moment please.' },
];

describe('quick replies in the tenant settings', () => {
  it('are absent until set, then admins set them and every staff member reads them in order', async () => {
    const before = await call<TenantBody>(test, {
      method: 'GET',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.a1),
    });
    expect(before.status).toBe(200);
    expect(before.body.settings.quickReplies).toBeUndefined();

    const patched = await call<TenantBody>(test, {
      method: 'PATCH',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.ad1),
      payload: { quickReplies: replies },
    });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.settings.quickReplies).toEqual(replies);

    const read = await call<TenantBody>(test, {
      method: 'GET',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.a1),
    });
    expect(read.body.settings.quickReplies).toEqual(replies);

    // Patching something else keeps them.
    await call(test, {
      method: 'PATCH',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.ad1),
      payload: { timeZone: 'Asia/Shanghai' },
    });
    const kept = await call<TenantBody>(test, {
      method: 'GET',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.s1),
    });
    expect(kept.body.settings.quickReplies).toEqual(replies);
    expect(kept.body.settings.timeZone).toBe('Asia/Shanghai');
  });

  it('refuses agents, duplicate ids, blank texts and malformed entries, and changes nothing', async () => {
    const patch = (token: string, quickReplies: unknown) =>
      call(test, { method: 'PATCH', url: '/api/v1/tenant', headers: bearer(token), payload: { quickReplies } });
    expectError(await patch(acme.tokens.a1, replies), 403, 'FORBIDDEN');
    expectError(await patch(acme.tokens.ad1, [replies[0], replies[0]]), 422, 'INVALID_CONFIGURATION');
    expectError(await patch(acme.tokens.ad1, [{ id: 'x', title: '  ', text: 'hi' }]), 422, 'INVALID_CONFIGURATION');
    expectError(await patch(acme.tokens.ad1, [{ id: 'x', title: 'T', text: '' }]), 400, 'VALIDATION_FAILED');
    expectError(
      await patch(acme.tokens.ad1, [{ id: 'x', title: 'T', text: 'hi', extra: 1 }]),
      400,
      'VALIDATION_FAILED',
    );
    const read = await call<TenantBody>(test, {
      method: 'GET',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.a1),
    });
    expect(read.body.settings.quickReplies).toBeUndefined();
  });
});

describe('conversations waiting in an agent’s groups', () => {
  it('an agent lists the queued conversations of a group', async () => {
    // a1 is online but away: both conversations wait in group g's queue.
    await acme.run({ type: 'ConnectAgent', agentId: 'a1' });
    await acme.run({ type: 'SetAgentStatus', agentId: 'a1', status: 'away' });
    for (const [conversationId, customerId] of [
      ['c1', 'u1'],
      ['c2', 'u2'],
    ] as const) {
      await acme.run({
        type: 'OpenConversation',
        conversationId,
        customerId,
        channel: 'web',
        source: 'site',
        text: 'hello',
      });
    }
    const page = await call<{ items: { conversationId: string; status: string; groupId: string }[] }>(test, {
      method: 'GET',
      url: '/api/v1/conversations?status=queued&status=left-message&groupId=g',
      headers: bearer(acme.tokens.a1),
    });
    expect(page.status, page.text).toBe(200);
    expect(page.body.items.map((item) => [item.conversationId, item.status, item.groupId]).sort()).toEqual([
      ['c1', 'queued', 'g'],
      ['c2', 'queued', 'g'],
    ]);
  });
});
