/**
 * Test conversations over HTTP (issue 13, docs/routing.md): staff open them with `test`; a
 * `decision-only` one shows where routing would send it and is closed at once, never reaching an
 * agent; a `routed` one reaches a real agent, flagged; customers cannot set the flag.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, call, customerToken } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  await acme.run({ type: 'ConnectAgent', agentId: 'a1' });
});

afterEach(async () => {
  await test.close();
});

interface Live {
  conversationId: string;
  status: string;
  ownerId: string | null;
  test: string | null;
}
interface Explanation {
  test: string | null;
  testDecision: { agentId: string | null; assignment: { agentId: string; candidates: unknown[] } | null } | null;
  assignments: unknown[];
}

const open = (token: string, body: Record<string, unknown>) =>
  call<Live>(test, {
    method: 'POST',
    url: '/api/v1/conversations',
    headers: bearer(token),
    payload: { channel: 'web', source: 'website', text: 'test me', ...body },
  });

describe('test conversations', () => {
  it('decision-only: shows the agent routing would choose, assigns nobody and closes', async () => {
    const opened = await open(acme.tokens.ad1, { customerId: 'sim-1', test: 'decision-only' });
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body).toMatchObject({ status: 'closed', ownerId: null, test: 'decision-only' });
    expect(test.server.registry.actor('acme')?.view.agents.get('a1')?.active).toBe(0);
    const why = await call<Explanation>(test, {
      method: 'GET',
      url: `/api/v1/conversations/${opened.body.conversationId}/routing`,
      headers: bearer(acme.tokens.ad1),
    });
    expect(why.status, why.text).toBe(200);
    expect(why.body).toMatchObject({ test: 'decision-only', assignments: [], testDecision: { agentId: 'a1' } });
    expect(why.body.testDecision?.assignment?.candidates.length).toBeGreaterThan(0);
  });

  it('routed: reaches a real agent and carries the flag', async () => {
    const opened = await open(acme.tokens.ad1, { customerId: 'sim-2', test: 'routed' });
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body).toMatchObject({ status: 'active', ownerId: 'a1', test: 'routed' });
  });

  it('is staff-only: a customer may not set the flag', async () => {
    const token = await customerToken(test, 'acme', 'visitor-1');
    const refused = await open(token, { test: 'decision-only' });
    expect(refused.status).toBe(403);
    const real = await open(token, {});
    expect(real.body.test).toBeNull();
  });
});
