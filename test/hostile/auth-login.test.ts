/**
 * Hostile sign-in (docs/security.md): login neither tells which agents exist — by its answer or by
 * its time — nor lets anyone guess passwords at leisure: failures back off per account (existing or
 * not) and per address, with a catalogued LOGIN_LOCKED and Retry-After, and a lockout of a real
 * agent is in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectError, bearer, type Answer } from '../support/http-fixtures.js';
import { PASSWORD, startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

const login = (test: TestServer, agentId: string, password: string, remoteAddress = '203.0.113.7') =>
  call<{ token: string }>(test, {
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { tenantId: 'acme', agentId, password },
    remoteAddress,
  });

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

describe('login timing', () => {
  let test: TestServer;

  beforeAll(async () => {
    // No back-off here: the comparison needs many failures of one account.
    const loose = { accountFailures: 1000, addressFailures: 1000, baseLockSeconds: 1, maxLockSeconds: 1 };
    test = await startTestServer({
      server: { loginThrottle: { ...loose, forgetAfterSeconds: 1, maxEntries: 1000 } },
    });
    await test.tenant('acme');
  });
  afterAll(() => test.close());

  it('takes the same time for an existing agent with a wrong password and for a missing agent', async () => {
    const existing: number[] = [];
    const missing: number[] = [];
    const timed = async (agentId: string, into: number[]): Promise<Answer> => {
      const started = performance.now();
      const answer = await login(test, agentId, 'not the password at all');
      into.push(performance.now() - started);
      return answer;
    };
    // Warm both paths up (the dummy hash is made once), then alternate so drift hits both alike.
    await timed('a1', []);
    await timed('nobody-0', []);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expectError(await timed('a1', existing), 401, 'INVALID_CREDENTIALS');
      expectError(await timed(`nobody-${attempt}`, missing), 401, 'INVALID_CREDENTIALS');
    }
    const [a, b] = [median(existing), median(missing)];
    // Both hash the password with scrypt; without the dummy hash the missing agent took ~5% of the time.
    expect(Math.abs(a - b) / Math.max(a, b), `medians ${a.toFixed(1)} ms and ${b.toFixed(1)} ms`).toBeLessThan(0.2);
  });

  it('answers an unknown tenant, a missing agent and a wrong password alike', async () => {
    const answers = [
      await login(test, 'a1', 'wrong password here'),
      await login(test, 'ghost', 'wrong password here'),
      await call(test, {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenantId: 'nowhere', agentId: 'a1', password: PASSWORD },
      }),
    ];
    for (const answer of answers) expectError(answer, 401, 'INVALID_CREDENTIALS');
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
  });
});

describe('login back-off', () => {
  let test: TestServer;
  let acme: SeededTenant;

  beforeAll(async () => {
    test = await startTestServer();
    acme = await test.tenant('acme');
  });
  afterAll(() => test.close());

  it('locks an account after 5 failures, says when to retry, and records it for admins', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expectError(
        await login(test, 'a1', `guess number ${attempt}`, `198.51.100.${attempt}`),
        401,
        'INVALID_CREDENTIALS',
      );
    }
    // Locked for the account, whatever the address, even with the right password.
    const locked = await test.server.http.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenantId: 'acme', agentId: 'a1', password: PASSWORD },
      remoteAddress: '198.51.100.99',
    });
    expectError({ status: locked.statusCode, body: locked.json(), text: locked.body }, 429, 'LOGIN_LOCKED');
    expect(locked.headers['retry-after']).toBe('60');

    // Another agent is not affected.
    expect((await login(test, 'a2', PASSWORD, '198.51.100.99')).status).toBe(200);

    // The audit log shows the lockout (recorded without holding the answer back: poll for it).
    type Audit = { items: { type: string; subjectId: string | null; data: { until?: number; failures?: number } }[] };
    let entry: Audit['items'][number] | undefined;
    for (let poll = 0; poll < 50 && entry === undefined; poll += 1) {
      const audit = await call<Audit>(test, {
        method: 'GET',
        url: '/api/v1/audit-log?type=AgentLoginLocked',
        headers: bearer(acme.tokens.ad1),
      });
      entry = audit.body.items.find((item) => item.subjectId === 'a1');
      if (entry === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(entry?.data.failures).toBe(5);
    expect(entry?.data.until).toBe(test.clock.now() + 60_000);

    // After the window, the right password works again; the next lockout would be longer.
    test.clock.advanceBy(61_000);
    expect((await login(test, 'a1', PASSWORD)).status).toBe(200);
  });

  it('locks a missing account the same way, so the lockout reveals nothing', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expectError(await login(test, 'ghost', `guess ${attempt}`, `192.0.2.${attempt}`), 401, 'INVALID_CREDENTIALS');
    }
    expectError(await login(test, 'ghost', 'guess 6', '192.0.2.99'), 429, 'LOGIN_LOCKED');
  });

  it('locks an address that fails across many accounts', async () => {
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      expectError(await login(test, `spray-${attempt}`, 'Summer2026!', '203.0.113.50'), 401, 'INVALID_CREDENTIALS');
    }
    expectError(await login(test, 's1', PASSWORD, '203.0.113.50'), 429, 'LOGIN_LOCKED');
    expect((await login(test, 's1', PASSWORD, '203.0.113.51')).status).toBe(200);
  });
});
