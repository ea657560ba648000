/**
 * The password policy (docs/security.md): the most common passwords (a list of ~49,000 from
 * @zxcvbn-ts/language-common, with trailing digits and symbols ignored) and the agent's or tenant's
 * own id are refused wherever a password is set; the demo's passwords pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../src/cli/demo/demo-seed.js';
import { passwordProblem } from '../../src/transport/auth/password-policy.js';
import { bearer, call, expectError } from '../support/http-fixtures.js';
import { ADMIN_TOKEN, PASSWORD, startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeAll(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
});
afterAll(() => test.close());

describe('password policy', () => {
  it('refuses common passwords and ids, and lets long uncommon ones through', () => {
    for (const common of ['password', '12345678', 'qwertyuiop', 'iloveyou', 'Password1!', 'sunshine2024', 'P@ssw0rd']) {
      expect(passwordProblem(common), common).toBe('common');
    }
    expect(passwordProblem('agent-7', ['agent-7'])).toBe('length');
    expect(passwordProblem('quokka-desk-77', ['quokka-desk-77'])).toBe('identifier');
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    for (const demo of Object.values(demoPasswords)) expect(passwordProblem(demo), demo).toBeNull();
    expect(passwordProblem(PASSWORD)).toBeNull();
  });

  it('refuses a common password when an admin sets one', async () => {
    for (const password of ['password', '12345678', 'Password123']) {
      expectError(
        await call(test, {
          method: 'POST',
          url: '/api/v1/agents/a1/password',
          headers: bearer(acme.tokens.ad1),
          payload: { password },
        }),
        422,
        'PASSWORD_TOO_COMMON',
      );
    }
    expectError(
      await call(test, {
        method: 'POST',
        url: '/api/v1/agents/a1/password',
        headers: bearer(acme.tokens.ad1),
        payload: { password: 'short' },
      }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses a common password for a new tenant’s first admin', async () => {
    expectError(
      await call(test, {
        method: 'POST',
        url: '/api/v1/tenants',
        headers: bearer(ADMIN_TOKEN),
        payload: { tenantId: 'newco', admin: { id: 'boss', name: 'Boss', password: 'iloveyou' } },
      }),
      422,
      'PASSWORD_TOO_COMMON',
    );
    expect(test.server.registry.actor('newco')).toBeUndefined();
  });
});
