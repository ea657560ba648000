/**
 * Tenants over HTTP: the operator creates one with its first admin (server admin token only), the
 * admin signs in and configures it; settings — transfer templates, policies and weights included —
 * are read by staff and patched by admins, and the widget secret never appears.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, call, expectError } from '../support/http-fixtures.js';
import { ADMIN_TOKEN, startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
});

afterEach(async () => {
  await test.close();
});

const newTenant = {
  tenantId: 'initech',
  timeZone: 'Asia/Shanghai',
  defaultLanguage: 'en-US',
  admin: { id: 'boss', name: 'Bill Lumbergh', password: 'yeah-if-you-could' },
};

interface TenantBody {
  tenantId: string;
  widgetSecretSet: boolean;
  settings: { timeZone: string; defaultLanguage: string; transfer: Record<string, unknown> } & Record<string, unknown>;
}

describe('tenant creation', () => {
  it('creates a tenant with its first admin, who can sign in and configure it', async () => {
    const created = await call<{ tenantId: string; adminId: string; token: string }>(test, {
      method: 'POST',
      url: '/api/v1/tenants',
      headers: bearer(ADMIN_TOKEN),
      payload: newTenant,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ tenantId: 'initech', adminId: 'boss' });

    const login = await call<{ token: string; role: string }>(test, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenantId: 'initech', agentId: 'boss', password: 'yeah-if-you-could' },
    });
    expect(login.body.role).toBe('admin');
    const tenant = await call<TenantBody>(test, {
      method: 'GET',
      url: '/api/v1/tenant',
      headers: bearer(login.body.token),
    });
    expect(tenant.body.tenantId).toBe('initech');
    expect(tenant.body.settings.timeZone).toBe('Asia/Shanghai');
    expect(tenant.body.settings.defaultLanguage).toBe('en-US');
    const agents = await call<{ items: { agentId: string; role: string }[] }>(test, {
      method: 'GET',
      url: '/api/v1/agents',
      headers: bearer(created.body.token),
    });
    expect(agents.body.items).toMatchObject([{ agentId: 'boss', role: 'admin' }]);
  });

  it('refuses without the server admin token, for an existing id and for an unknown time zone', async () => {
    const post = (headers: Record<string, string>, payload: unknown = newTenant) =>
      call(test, { method: 'POST', url: '/api/v1/tenants', headers, payload: payload as Record<string, unknown> });
    expectError(await post({}), 401, 'UNAUTHENTICATED');
    expectError(await post(bearer(`${ADMIN_TOKEN}x`)), 401, 'UNAUTHENTICATED');
    // A tenant admin is somebody, but not the server's operator.
    expectError(await post(bearer(acme.tokens.ad1)), 403, 'FORBIDDEN');
    expectError(await post({ 'x-api-key': acme.apiKey }), 403, 'FORBIDDEN');
    expectError(await post(bearer(ADMIN_TOKEN), { ...newTenant, tenantId: 'acme' }), 409, 'TENANT_EXISTS');
    expectError(
      await post(bearer(ADMIN_TOKEN), { ...newTenant, timeZone: 'Mars/Olympus' }),
      422,
      'INVALID_CONFIGURATION',
    );
    expectError(await post(bearer(ADMIN_TOKEN), { ...newTenant, tenantId: 'Not_Valid' }), 400, 'VALIDATION_FAILED');
    expect(test.server.registry.tenantIds().sort()).toEqual(['acme']);
  });

  it('lets only one of two simultaneous creations of the same id through', async () => {
    const both = await Promise.all(
      [0, 1].map(() =>
        call(test, { method: 'POST', url: '/api/v1/tenants', headers: bearer(ADMIN_TOKEN), payload: newTenant }),
      ),
    );
    expect(both.map((answer) => answer.status).sort()).toEqual([201, 409]);
  });
});

describe('tenant settings', () => {
  it('shows staff the settings but never the widget secret', async () => {
    await acme.run({ type: 'SetWidgetSecret', secret: 's'.repeat(40) });
    const tenant = await call<TenantBody>(test, {
      method: 'GET',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.a1),
    });
    expect(tenant.status).toBe(200);
    expect(tenant.body.widgetSecretSet).toBe(true);
    expect(tenant.text).not.toContain('s'.repeat(40));
    expect(tenant.body.settings.defaultGroupId).toBe('g');
    expect((tenant.body.settings.transfer.templates as unknown[]).length).toBe(4);
  });

  it('patches settings and merges transfer policies and weights one level deep', async () => {
    const patched = await call<TenantBody>(test, {
      method: 'PATCH',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.ad1),
      payload: {
        timeZone: 'Europe/Paris',
        firstResponseTimeoutSeconds: 90,
        transfer: {
          timeoutSeconds: 45,
          onFailure: 'forward',
          weights: { skill: 0.6, load: 0.2, experience: 0.2 },
          templates: [
            {
              id: 'refund',
              name: 'Refund',
              category: 'after-sales',
              fields: [{ key: 'order', label: 'Order', required: true }],
            },
          ],
        },
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.settings).toMatchObject({ timeZone: 'Europe/Paris', firstResponseTimeoutSeconds: 90 });
    expect(patched.body.settings.transfer).toMatchObject({
      timeoutSeconds: 45,
      onFailure: 'forward',
      maxForwards: 3,
      crossDepartment: 'allowed',
      weights: { skill: 0.6, load: 0.2, experience: 0.2 },
    });
    expect(test.server.registry.actor('acme')!.view.settings.transfer.templates.map((t) => t.id)).toEqual(['refund']);
  });

  it('keeps settings to admins and refuses what the domain does not accept', async () => {
    const patch = (token: string, payload: Record<string, unknown>) =>
      call(test, { method: 'PATCH', url: '/api/v1/tenant', headers: bearer(token), payload });
    expectError(await patch(acme.tokens.s1, { timeZone: 'UTC' }), 403, 'FORBIDDEN');
    expectError(await patch(acme.tokens.ad1, { timeZone: 'Nowhere/Land' }), 422, 'INVALID_CONFIGURATION');
    expectError(await patch(acme.tokens.ad1, { defaultGroupId: 'missing' }), 422, 'INVALID_CONFIGURATION');
    expectError(await patch(acme.tokens.ad1, {}), 400, 'VALIDATION_FAILED');
    expectError(await patch(acme.tokens.ad1, { transfer: { onFailure: 'shrug' } }), 400, 'VALIDATION_FAILED');
  });
});
