/**
 * Creating an agent with a password in the same request (issue 18): the password policy is checked
 * before anything is saved, so a refused password leaves no agent behind; an accepted one lets the
 * new agent sign in at once. Without a password the API still creates the agent (existing clients),
 * who then cannot sign in until a password is set.
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

const profile = { name: 'Nora', role: 'agent', maxConcurrent: 3 };

const save = (agentId: string, payload: Record<string, unknown>) =>
  call(test, { method: 'PUT', url: `/api/v1/agents/${agentId}`, headers: bearer(acme.tokens.ad1), payload });

const signIn = (agentId: string, password: string) =>
  call(test, { method: 'POST', url: '/api/v1/auth/login', payload: { tenantId: 'acme', agentId, password } });

const exists = async (agentId: string): Promise<boolean> =>
  (await call(test, { method: 'GET', url: `/api/v1/agents/${agentId}`, headers: bearer(acme.tokens.ad1) })).status ===
  200;

describe('creating an agent with a password', () => {
  it('refuses a common, an id-like or a short password and creates nothing', async () => {
    expectError(await save('n1', { ...profile, password: 'password123' }), 422, 'PASSWORD_TOO_COMMON');
    expectError(await save('n1', { ...profile, password: 'n1' }), 400, 'VALIDATION_FAILED');
    expectError(await save('nora-desk', { ...profile, password: 'nora-desk' }), 422, 'PASSWORD_TOO_COMMON');
    expect(await exists('n1')).toBe(false);
    expect(await exists('nora-desk')).toBe(false);
  });

  it('creates the agent and sets the password, so they can sign in', async () => {
    const saved = await save('n1', { ...profile, password: 'lantern-harbour-42' });
    expect(saved.status).toBe(200);
    expect((await signIn('n1', 'lantern-harbour-42')).status).toBe(200);
    expect((await signIn('n1', 'wrong-password-1')).status).toBe(401);
  });

  it('still creates an agent without a password, who cannot sign in until one is set', async () => {
    expect((await save('n2', profile)).status).toBe(200);
    expect(await exists('n2')).toBe(true);
    expect((await signIn('n2', 'lantern-harbour-42')).status).toBe(401);
  });
});
