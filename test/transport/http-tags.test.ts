/** Conversation tags over HTTP: the owner tags, the list filters by label, bad labels are refused. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  await acme.run({ type: 'ConnectAgent', agentId: 'a1' });
  await acme.run({
    type: 'OpenConversation',
    conversationId: 'c1',
    customerId: 'u1',
    channel: 'web',
    source: 'site',
    text: 'hi',
    agentId: 'a1',
  });
});

afterEach(async () => {
  await test.close();
});

const auth = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

describe('POST /api/v1/conversations/:id/tags', () => {
  it('tags a conversation and the list filters by the tag', async () => {
    const tagged = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations/c1/tags',
      headers: auth(acme.tokens.a1),
      payload: { add: ['refund', 'vip'] },
    });
    expect(tagged.statusCode).toBe(200);
    expect(tagged.json<{ labels: string[] }>().labels).toEqual(['refund', 'vip']);
    const removed = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations/c1/tags',
      headers: auth(acme.tokens.s1),
      payload: { remove: ['vip'] },
    });
    expect(removed.json<{ labels: string[] }>().labels).toEqual(['refund']);
    const row = await test.server.registry.store.listConversations('acme', { labels: ['refund'] }, { limit: 10 });
    expect(row.items.map((item) => [item.conversationId, item.labels])).toEqual([['c1', ['refund']]]);
    const none = await test.server.registry.store.listConversations('acme', { labels: ['vip'] }, { limit: 10 });
    expect(none.items).toEqual([]);
  });

  it('refuses strangers and malformed labels with catalogued errors', async () => {
    const stranger = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations/c1/tags',
      headers: auth(acme.tokens.a2),
      payload: { add: ['x'] },
    });
    expect(stranger.json<{ error: { code: string } }>().error.code).toBe('NOT_PARTICIPANT');
    const malformed = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/conversations/c1/tags',
      headers: auth(acme.tokens.a1),
      payload: { add: ['a,b'] },
    });
    expect(malformed.statusCode).toBe(400);
  });
});
