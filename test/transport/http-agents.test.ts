/**
 * Agents over HTTP: the live list with filters and load, profiles admins write (role, department,
 * memberships, permissions, scope), status set by the agent or by a supervisor in scope (and not
 * out of it), and the end of a shift handing conversations to a colleague.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiKey, bearer, call, expectError } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  for (const agentId of ['a1', 'a2']) await acme.run({ type: 'ConnectAgent', agentId });
});

afterEach(async () => {
  await test.close();
});

interface AgentBody {
  agentId: string;
  status: string;
  online: boolean;
  load: number;
  role: string;
  manages: { groupIds: string[] };
}

const status = (token: string, agentId: string, value: string) =>
  call<AgentBody>(test, {
    method: 'POST',
    url: `/api/v1/agents/${agentId}/status`,
    headers: bearer(token),
    payload: { status: value },
  });

async function open(conversationId: string, agentId: string): Promise<void> {
  const opened = await call(test, {
    method: 'POST',
    url: '/api/v1/conversations',
    headers: apiKey(acme.apiKey),
    payload: {
      conversationId,
      customerId: `cust-${conversationId}`,
      channel: 'api',
      source: 'crm',
      text: 'hi',
      agentId,
    },
  });
  expect(opened.status).toBe(201);
}

describe('agents', () => {
  it('lists agents with live status and load, filtered', async () => {
    await open('c1', 'a1');
    const all = await call<{ items: AgentBody[] }>(test, {
      method: 'GET',
      url: '/api/v1/agents',
      headers: bearer(acme.tokens.a2),
    });
    expect(all.body.items.map((agent) => agent.agentId)).toEqual(['a1', 'a2', 'ad1', 's1']);
    expect(all.body.items[0]).toMatchObject({ agentId: 'a1', status: 'available', online: true, load: 1 });
    const online = await call<{ items: AgentBody[] }>(test, {
      method: 'GET',
      url: '/api/v1/agents?online=true&groupId=g',
      headers: bearer(acme.tokens.s1),
    });
    expect(online.body.items.map((agent) => agent.agentId)).toEqual(['a1', 'a2']);
    const supervisors = await call<{ items: AgentBody[] }>(test, {
      method: 'GET',
      url: '/api/v1/agents?role=supervisor',
      headers: bearer(acme.tokens.s1),
    });
    expect(supervisors.body.items).toMatchObject([{ agentId: 's1', manages: { groupIds: ['g'] } }]);
    expectError(
      await call(test, { method: 'GET', url: '/api/v1/agents/ghost', headers: bearer(acme.tokens.a1) }),
      404,
      'AGENT_NOT_FOUND',
    );
  });

  it('creates and replaces a profile with defaults for what is left out', async () => {
    await call(test, {
      method: 'PUT',
      url: '/api/v1/departments/support',
      headers: bearer(acme.tokens.ad1),
      payload: { name: 'Support' },
    });
    const created = await call<Record<string, unknown>>(test, {
      method: 'PUT',
      url: '/api/v1/agents/n1',
      headers: apiKey(acme.apiKey),
      payload: {
        name: 'Nora',
        role: 'agent',
        maxConcurrent: 4,
        departmentId: 'support',
        memberships: [{ groupId: 'g', ability: 7, tier: 'secondary' }],
        transfer: {
          mayInitiate: true,
          mayReceive: false,
          mayEscalate: false,
          dailyLimit: 10,
          autoAccept: { kind: 'below-load', load: 2 },
        },
      },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      agentId: 'n1',
      level: 1,
      languages: [],
      greeting: null,
      manages: { departmentIds: [], groupIds: [] },
      status: 'offline',
      online: false,
      transfer: { mayReceive: false, dailyLimit: 10, autoAccept: { kind: 'below-load', load: 2 } },
    });
    const replaced = await call<Record<string, unknown>>(test, {
      method: 'PUT',
      url: '/api/v1/agents/n1',
      headers: bearer(acme.tokens.ad1),
      payload: {
        name: 'Nora',
        role: 'supervisor',
        maxConcurrent: 4,
        manages: { departmentIds: ['support'], groupIds: [] },
      },
    });
    expect(replaced.body).toMatchObject({
      role: 'supervisor',
      memberships: [],
      departmentId: null,
      transfer: { mayReceive: true },
    });
    expectError(
      await call(test, {
        method: 'PUT',
        url: '/api/v1/agents/n2',
        headers: bearer(acme.tokens.ad1),
        payload: { name: 'X', role: 'agent', maxConcurrent: 1, departmentId: 'nowhere' },
      }),
      422,
      'INVALID_CONFIGURATION',
    );
  });
});

describe('agent status', () => {
  it('is set by the agent themself or by a supervisor in scope', async () => {
    expect((await status(acme.tokens.a1, 'a1', 'busy')).body).toMatchObject({ status: 'busy' });
    expect((await status(acme.tokens.s1, 'a1', 'away')).body).toMatchObject({ status: 'away' });
    expect((await status(acme.tokens.ad1, 'a1', 'available')).body).toMatchObject({ status: 'available' });
    expectError(await status(acme.tokens.a2, 'a1', 'away'), 403, 'FORBIDDEN');
  });

  it('is refused to a supervisor outside the agent’s departments and groups', async () => {
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
    const token = await test.server.tokens.issue({
      kind: 'agent',
      tenantId: 'acme',
      agentId: 's2',
      role: 'supervisor',
    });
    expectError(await status(token, 'a1', 'away'), 403, 'OUT_OF_SCOPE');
    expectError(await status(acme.tokens.s1, 'ghost', 'away'), 404, 'AGENT_NOT_FOUND');
  });
});

describe('end of shift', () => {
  it('hands the agent’s conversations to a colleague and sets them away', async () => {
    await open('c1', 'a1');
    await open('c2', 'a1');
    const ended = await call<{ handedOver: string[]; returned: string[] }>(test, {
      method: 'POST',
      url: '/api/v1/agents/a1/end-shift',
      headers: bearer(acme.tokens.a1),
    });
    expect(ended.status).toBe(200);
    expect(ended.body.handedOver.sort()).toEqual(['c1', 'c2']);
    const agent = await call<AgentBody>(test, {
      method: 'GET',
      url: '/api/v1/agents/a1',
      headers: bearer(acme.tokens.a1),
    });
    expect(agent.body.status).toBe('away');
    expectError(
      await call(test, { method: 'POST', url: '/api/v1/agents/a2/end-shift', headers: bearer(acme.tokens.a1) }),
      403,
      'FORBIDDEN',
    );
    const bySupervisor = await call(test, {
      method: 'POST',
      url: '/api/v1/agents/a2/end-shift',
      headers: bearer(acme.tokens.s1),
    });
    expect(bySupervisor.status).toBe(200);
  });
});
