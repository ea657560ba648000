/**
 * Supervisor interventions over HTTP: watch and whisper, barge in and write publicly, leave, take
 * over, reassign with and without the target's accept, change a group's strategy — within the
 * supervisor's scope, and refused (OUT_OF_SCOPE) outside it or (FORBIDDEN) to agents and keys.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiKey, bearer, call, expectError } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;
let outsider: string;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  for (const agentId of ['a1', 'a2']) await acme.run({ type: 'ConnectAgent', agentId });
  await acme.run({
    type: 'SaveAgent',
    agent: {
      id: 's2',
      name: 'S2',
      role: 'supervisor',
      level: 1,
      departmentId: null,
      memberships: [],
      languages: [],
      maxConcurrent: 1,
      manages: { departmentIds: [], groupIds: [] },
    },
  });
  outsider = await test.server.tokens.issue({ kind: 'agent', tenantId: 'acme', agentId: 's2', role: 'supervisor' });
  const opened = await call(test, {
    method: 'POST',
    url: '/api/v1/conversations',
    headers: apiKey(acme.apiKey),
    payload: { conversationId: 'c1', customerId: 'cust-1', channel: 'api', source: 'crm', text: 'help', agentId: 'a1' },
  });
  expect(opened.body).toMatchObject({ ownerId: 'a1', status: 'active' });
});

afterEach(async () => {
  await test.close();
});

interface Live {
  ownerId: string | null;
  status: string;
  pendingTransferId: string | null;
  groupId: string;
}

const act = (token: string, verb: string, payload: Record<string, unknown> = {}) =>
  call<Live>(test, { method: 'POST', url: `/api/v1/conversations/c1/${verb}`, headers: bearer(token), payload });

const message = (token: string, messageId: string) =>
  call(test, {
    method: 'POST',
    url: '/api/v1/conversations/c1/messages',
    headers: bearer(token),
    payload: { messageId, text: 'Hello from the supervisor' },
  });

describe('watching and barging', () => {
  it('lets a watching supervisor whisper, a barged one write publicly, and nobody after leaving', async () => {
    expect((await act(acme.tokens.s1, 'join', { mode: 'watch' })).status).toBe(200);
    const whisper = await call(test, {
      method: 'POST',
      url: '/api/v1/conversations/c1/notes',
      headers: bearer(acme.tokens.s1),
      payload: { text: 'offer the voucher' },
    });
    expect(whisper.status).toBe(201);
    expect((await message(acme.tokens.s1, 'm-watch')).status).toBeGreaterThanOrEqual(400);
    expect((await act(acme.tokens.s1, 'join', { mode: 'barge' })).status).toBe(200);
    expect((await message(acme.tokens.s1, 'm-barge')).status).toBe(201);
    expect((await act(acme.tokens.s1, 'leave')).status).toBe(200);
    expect(test.server.registry.actor('acme')!.view.conversations.get('c1')!.watchers).toEqual([]);
  });

  it('refuses supervisors out of scope, agents and API keys', async () => {
    expectError(await act(outsider, 'join', { mode: 'watch' }), 403, 'OUT_OF_SCOPE');
    expectError(await act(acme.tokens.a2, 'join', { mode: 'watch' }), 403, 'FORBIDDEN');
    const viaKey = await call(test, {
      method: 'POST',
      url: '/api/v1/conversations/c1/join',
      headers: apiKey(acme.apiKey),
      payload: { mode: 'watch' },
    });
    expectError(viaKey, 403, 'FORBIDDEN');
    expectError(await act(acme.tokens.s1, 'join', { mode: 'peek' }), 400, 'VALIDATION_FAILED');
  });
});

describe('taking over and reassigning', () => {
  it('takes the conversation over at once', async () => {
    const taken = await act(acme.tokens.s1, 'take-over');
    expect(taken.body).toMatchObject({ ownerId: 's1', status: 'active' });
    expectError(await act(outsider, 'take-over'), 403, 'OUT_OF_SCOPE');
  });

  it('reassigns to an agent who accepts', async () => {
    const asked = await act(acme.tokens.s1, 'reassign', { transferId: 'r1', target: { kind: 'agent', agentId: 'a2' } });
    expect(asked.body).toMatchObject({ ownerId: 'a1', pendingTransferId: 'r1' });
    const accepted = await call(test, {
      method: 'POST',
      url: '/api/v1/transfers/r1/accept',
      headers: bearer(acme.tokens.a2),
    });
    expect(accepted.status).toBe(200);
    const chain = await call<{ items: { transferId: string; status: string; fromAgentId: string }[] }>(test, {
      method: 'GET',
      url: '/api/v1/conversations/c1/transfers',
      headers: bearer(acme.tokens.s1),
    });
    expect(chain.body.items).toMatchObject([{ transferId: 'r1', status: 'accepted', fromAgentId: 'a1' }]);
  });

  it('reassigns at once without the target’s accept', async () => {
    const moved = await act(acme.tokens.s1, 'reassign', {
      target: { kind: 'agent', agentId: 'a2' },
      requireAccept: false,
      note: 'a2 speaks the language',
    });
    expect(moved.body).toMatchObject({ ownerId: 'a2', pendingTransferId: null });
    expectError(
      await act(acme.tokens.s1, 'reassign', { target: { kind: 'group', groupId: 'none' }, requireAccept: false }),
      404,
      'GROUP_NOT_FOUND',
    );
  });
});

describe('group strategy', () => {
  const change = (headers: Record<string, string>, groupId: string, payload: Record<string, unknown>) =>
    call<{ strategy: string; params: { k: number } }>(test, {
      method: 'POST',
      url: `/api/v1/skill-groups/${groupId}/strategy`,
      headers,
      payload,
    });

  it('changes a group’s strategy live, in scope or through the API key', async () => {
    expect((await change(bearer(acme.tokens.s1), 'g', { strategy: 'round-robin' })).body.strategy).toBe('round-robin');
    const viaKey = await change(apiKey(acme.apiKey), 'g', { strategy: 'least-load', params: { k: 120, m: 1 } });
    expect(viaKey.body).toMatchObject({ strategy: 'least-load', params: { k: 120, m: 1 } });
    expect(test.server.registry.actor('acme')!.view.groups.get('g')!.config.strategy).toBe('least-load');
  });

  it('refuses out of scope, unknown groups and strategies', async () => {
    expectError(await change(bearer(outsider), 'g', { strategy: 'random' }), 403, 'OUT_OF_SCOPE');
    expectError(await change(bearer(acme.tokens.s1), 'none', { strategy: 'random' }), 404, 'GROUP_NOT_FOUND');
    expectError(await change(bearer(acme.tokens.s1), 'g', { strategy: 'fastest' }), 400, 'VALIDATION_FAILED');
    expectError(await change(bearer(acme.tokens.a1), 'g', { strategy: 'random' }), 403, 'FORBIDDEN');
  });
});
