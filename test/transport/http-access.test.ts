/**
 * Access over HTTP: API keys issued once, listed without secrets, usable, revoked; the widget secret
 * rotated and shown once, and verified customers signed with it; passwords changed by their owner
 * (with the current one) or set by an admin; a role change takes effect on the next request.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signUserId } from '../../src/transport/auth/widget-tokens.js';
import { apiKey, bearer, call, expectError } from '../support/http-fixtures.js';
import { PASSWORD, startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
});

afterEach(async () => {
  await test.close();
});

const login = (agentId: string, password: string) =>
  call<{ token: string }>(test, {
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { tenantId: 'acme', agentId, password },
  });

describe('API keys', () => {
  it('issues a key once, lists keys without secrets, and stops a revoked key at once', async () => {
    const issued = await call<{ keyId: string; key: string; name: string; createdAt: string; revokedAt: null }>(test, {
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: bearer(acme.tokens.ad1),
      payload: { name: 'crm', keyId: 'crm-1' },
    });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ keyId: 'crm-1', name: 'crm', revokedAt: null });
    expect(issued.body.key).toMatch(/^sbk_acme\.crm-1\./);
    expect(new Date(issued.body.createdAt).toISOString()).toBe(issued.body.createdAt);

    const me = await call<{ kind: string }>(test, {
      method: 'GET',
      url: '/api/v1/me',
      headers: apiKey(issued.body.key),
    });
    expect(me.body).toMatchObject({ kind: 'service', keyId: 'crm-1' });

    const list = await call<{ items: Record<string, unknown>[] }>(test, {
      method: 'GET',
      url: '/api/v1/api-keys',
      headers: apiKey(issued.body.key),
    });
    // Oldest first; both were issued at the same simulated instant, so by id.
    expect(list.body.items.map((item) => item.keyId)).toEqual(['crm-1', 'k1']);
    expect(list.text).not.toContain(issued.body.key.split('.')[2]);
    expect(list.body.items.every((item) => !('hash' in item) && !('key' in item))).toBe(true);

    const revoked = await call<{ revokedAt: string }>(test, {
      method: 'DELETE',
      url: '/api/v1/api-keys/crm-1',
      headers: bearer(acme.tokens.ad1),
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toMatch(/Z$/);
    expectError(await call(test, { method: 'GET', url: '/api/v1/me', headers: apiKey(issued.body.key) }), 401);
    expectError(
      await call(test, { method: 'DELETE', url: '/api/v1/api-keys/nope', headers: bearer(acme.tokens.ad1) }),
      404,
      'API_KEY_NOT_FOUND',
    );
  });

  it('refuses a key id already used and keeps keys to admins', async () => {
    const issue = (token: string, keyId: string) =>
      call(test, { method: 'POST', url: '/api/v1/api-keys', headers: bearer(token), payload: { name: 'x', keyId } });
    expectError(await issue(acme.tokens.ad1, 'k1'), 400, 'INVALID_COMMAND');
    expectError(await issue(acme.tokens.s1, 'k2'), 403, 'FORBIDDEN');
    expectError(await call(test, { method: 'GET', url: '/api/v1/api-keys', headers: bearer(acme.tokens.s1) }), 403);
  });
});

describe('widget secret', () => {
  it('rotates the secret, shows it once, and verified customers sign in with it', async () => {
    const now = (): number => Math.floor(test.clock.now() / 1000);
    const rotated = await call<{ secret: string }>(test, {
      method: 'POST',
      url: '/api/v1/widget-secret',
      headers: bearer(acme.tokens.ad1),
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^[0-9a-f]{64}$/);
    const session = await call<{ subject: string }>(test, {
      method: 'POST',
      url: '/api/v1/widget/session',
      payload: {
        tenantId: 'acme',
        userId: 'user-7',
        issuedAt: now(),
        signature: signUserId(rotated.body.secret, 'user-7', now()),
      },
    });
    expect(session.status).toBe(200);
    expect(session.body.subject).toBe('u:user-7');

    await call(test, { method: 'POST', url: '/api/v1/widget-secret', headers: bearer(acme.tokens.ad1) });
    const stale = await call(test, {
      method: 'POST',
      url: '/api/v1/widget/session',
      payload: {
        tenantId: 'acme',
        userId: 'user-7',
        issuedAt: now(),
        signature: signUserId(rotated.body.secret, 'user-7', now()),
      },
    });
    expectError(stale, 401, 'INVALID_CREDENTIALS');
    const tenant = await call(test, { method: 'GET', url: '/api/v1/tenant', headers: bearer(acme.tokens.ad1) });
    expect(tenant.text).not.toContain(rotated.body.secret);
  });
});

describe('passwords', () => {
  it('lets an agent change their own password with the current one', async () => {
    const change = (currentPassword: string | undefined) =>
      call(test, {
        method: 'POST',
        url: '/api/v1/agents/a1/password',
        headers: bearer(acme.tokens.a1),
        payload: {
          password: 'a much better passphrase',
          ...(currentPassword === undefined ? {} : { currentPassword }),
        },
      });
    expectError(await change(undefined), 400, 'VALIDATION_FAILED');
    expectError(await change('not it'), 403, 'CURRENT_PASSWORD_WRONG');
    expect((await change(PASSWORD)).status).toBe(200);
    expectError(await login('a1', PASSWORD), 401, 'INVALID_CREDENTIALS');
    expect((await login('a1', 'a much better passphrase')).status).toBe(200);
  });

  it('lets admins set anyone’s password, and nobody else set another’s', async () => {
    const set = (token: string, agentId: string) =>
      call(test, {
        method: 'POST',
        url: `/api/v1/agents/${agentId}/password`,
        headers: bearer(token),
        payload: { password: 'reset by the admin' },
      });
    expectError(await set(acme.tokens.a1, 'a2'), 403, 'FORBIDDEN');
    expectError(await set(acme.tokens.s1, 'a2'), 403, 'FORBIDDEN');
    expectError(await set(acme.tokens.ad1, 'ghost'), 404, 'AGENT_NOT_FOUND');
    expect((await set(acme.tokens.ad1, 'a2')).status).toBe(200);
    expect((await login('a2', 'reset by the admin')).status).toBe(200);
    const hashes = [...test.server.registry.actor('acme')!.view.access.passwords.values()];
    expect(hashes.every((hash) => hash.startsWith('scrypt$'))).toBe(true);
  });

  it('applies a demotion on the next request: the old token is revoked, a new one carries the new role', async () => {
    const profile = { name: 'AD1', role: 'agent', maxConcurrent: 3 };
    const demoted = await call(test, {
      method: 'PUT',
      url: '/api/v1/agents/ad1',
      headers: bearer(acme.tokens.ad1),
      payload: profile,
    });
    expect(demoted.status).toBe(200);
    expectError(
      await call(test, { method: 'GET', url: '/api/v1/api-keys', headers: bearer(acme.tokens.ad1) }),
      401,
      'SESSION_REVOKED',
    );
    const fresh = await test.server.tokens.issue({ kind: 'agent', tenantId: 'acme', agentId: 'ad1', role: 'agent' });
    expectError(await call(test, { method: 'GET', url: '/api/v1/api-keys', headers: bearer(fresh) }), 403, 'FORBIDDEN');
  });
});
