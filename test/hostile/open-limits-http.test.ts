/**
 * The customer-facing bounds of `POST /api/v1/conversations` (docs/security.md, "Limits and
 * overload"): a customer opening their own conversations is capped at 5 open ones (429
 * TOO_MANY_OPEN_CONVERSATIONS, nothing stored), an API key opening for a customer is not, and the
 * channel is a short lower-case identifier (400 VALIDATION_FAILED otherwise).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKey, bearer, call, customerToken, expectError } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

describe('conversation opens over HTTP', () => {
  let test: TestServer;
  let tenant: SeededTenant;

  beforeAll(async () => {
    test = await startTestServer();
    tenant = await test.tenant('acme');
  });

  afterAll(async () => {
    await test.close();
  });

  const open = (headers: Record<string, string>, body: Record<string, unknown>) =>
    call(test, { method: 'POST', url: '/api/v1/conversations', headers, payload: { source: 'web', ...body } });

  it('caps the conversations a customer opens for themselves, not those an API key opens for them', async () => {
    const token = await customerToken(test, 'acme', 'visitor-capped');
    for (let i = 0; i < 5; i += 1) expect((await open(bearer(token), { channel: 'web' })).status).toBe(201);
    const refused = await open(bearer(token), { channel: 'web', conversationId: 'sixth' });
    expectError(refused, 429, 'TOO_MANY_OPEN_CONVERSATIONS');
    expect(test.server.registry.actor('acme')?.view.conversations.has('sixth')).toBe(false);

    const byKey = await open(apiKey(tenant.apiKey), { channel: 'web', customerId: 'v:visitor-capped' });
    expect(byKey.status).toBe(201);
  });

  it('accepts a short lower-case channel and refuses anything else', async () => {
    const token = await customerToken(test, 'acme', 'visitor-channels');
    expect((await open(bearer(token), { channel: 'wechat_mini-app' })).status).toBe(201);
    for (const channel of ['', 'Web', '渠道', '<script>', 'web channel', 'a'.repeat(33), '1web']) {
      expectError(await open(bearer(token), { channel }), 400, 'VALIDATION_FAILED');
    }
  });
});
