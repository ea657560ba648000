/**
 * The widget's session endpoint (docs/widget.md, docs/security.md): a verified customer's signature
 * covers the user id and its issue time and expires (10 minutes by default); the old format
 * without an issue time is refused with a clear code; and the endpoint does not say which tenants
 * exist — an unknown tenant's visitor gets a token shaped like any other, which opens nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUserId } from '../../src/transport/auth/widget-tokens.js';
import { bearer, call, expectError } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;
let secret: string;

beforeAll(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  const rotated = await call<{ secret: string }>(test, {
    method: 'POST',
    url: '/api/v1/widget-secret',
    headers: bearer(acme.tokens.ad1),
  });
  secret = rotated.body.secret;
});
afterAll(() => test.close());

const nowSeconds = (): number => Math.floor(test.clock.now() / 1000);

const session = (payload: Record<string, unknown>) =>
  call<{ token: string; subject: string; tenantId: string; role: string }>(test, {
    method: 'POST',
    url: '/api/v1/widget/session',
    payload,
  });

describe('verified customer signatures', () => {
  it('accepts a fresh signature of the user id and its issue time', async () => {
    const issuedAt = nowSeconds() - 30;
    const answer = await session({
      tenantId: 'acme',
      userId: 'shopper-1',
      issuedAt,
      signature: signUserId(secret, 'shopper-1', issuedAt),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.subject).toBe('u:shopper-1');
  });

  it('refuses an expired, a future and an old-format signature with WIDGET_SIGNATURE_EXPIRED', async () => {
    const expired = nowSeconds() - 601;
    expectError(
      await session({
        tenantId: 'acme',
        userId: 'shopper-1',
        issuedAt: expired,
        signature: signUserId(secret, 'shopper-1', expired),
      }),
      401,
      'WIDGET_SIGNATURE_EXPIRED',
    );
    const future = nowSeconds() + 3600;
    expectError(
      await session({
        tenantId: 'acme',
        userId: 'shopper-1',
        issuedAt: future,
        signature: signUserId(secret, 'shopper-1', future),
      }),
      401,
      'WIDGET_SIGNATURE_EXPIRED',
    );
    // The format before issue times: the user id alone, a signature that never expired.
    const { createHmac } = await import('node:crypto');
    const old = createHmac('sha256', secret).update('shopper-1').digest('hex');
    expectError(
      await session({ tenantId: 'acme', userId: 'shopper-1', signature: old }),
      401,
      'WIDGET_SIGNATURE_EXPIRED',
    );
  });

  it('refuses a signature of another user id or issue time', async () => {
    const issuedAt = nowSeconds();
    const signature = signUserId(secret, 'shopper-1', issuedAt);
    expectError(
      await session({ tenantId: 'acme', userId: 'shopper-2', issuedAt, signature }),
      401,
      'INVALID_CREDENTIALS',
    );
    expectError(
      await session({ tenantId: 'acme', userId: 'shopper-1', issuedAt: issuedAt - 1, signature }),
      401,
      'INVALID_CREDENTIALS',
    );
  });
});

describe('tenant existence', () => {
  it('gives an unknown tenant’s visitor a token of the same shape, which opens nothing', async () => {
    const known = await session({ tenantId: 'acme', visitorId: 'visitor-0001' });
    const unknown = await session({ tenantId: 'no-such-tenant', visitorId: 'visitor-0001' });
    expect(unknown.status).toBe(known.status);
    expect(Object.keys(unknown.body).sort()).toEqual(Object.keys(known.body).sort());
    expect(unknown.body).toMatchObject({ tenantId: 'no-such-tenant', subject: 'v:visitor-0001', role: 'customer' });
    expectError(
      await call(test, { method: 'GET', url: '/api/v1/me', headers: bearer(unknown.body.token) }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('answers a verified customer of an unknown tenant as one with a wrong signature', async () => {
    const issuedAt = nowSeconds();
    const signature = signUserId('some-other-secret', 'shopper-1', issuedAt);
    const unknown = await session({ tenantId: 'no-such-tenant', userId: 'shopper-1', issuedAt, signature });
    const wrong = await session({ tenantId: 'acme', userId: 'shopper-1', issuedAt, signature });
    expectError(unknown, 401, 'INVALID_CREDENTIALS');
    expect(unknown.text).toBe(wrong.text);
  });
});
