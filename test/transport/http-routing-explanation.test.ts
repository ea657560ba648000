/**
 * Why a conversation went where it went, over HTTP (`GET /conversations/:id/routing`): the rule that
 * matched and what it set, the assignment's strategy, preferred-agent reason and candidates, a
 * conversation that waits and is assigned later, decisions read back from the log after a restart,
 * and the wallboard snapshot (`GET /wallboard`, with today's figures) in the caller's scope.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skillGroup } from '../../src/domain/skill-group.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { createServer } from '../../src/server/create-server.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { apiKey, bearer, call, expectError } from '../support/http-fixtures.js';
import { T0 } from '../support/harness.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

interface Explanation {
  conversationId: string;
  status: string;
  groupId: string;
  ownerId: string | null;
  priority: number;
  labels: string[];
  queue: { position: number } | null;
  opening: {
    rule: { id: string } | null;
    groupId: string;
    priority: number;
    labels: string[];
    afterHoursFrom: string | null;
    disposition: string;
    leftMessageReason: string | null;
    reservation: { agentId: string; reason: string } | null;
  } | null;
  assignments: {
    agentId: string;
    trigger: string;
    rule: { id: string } | null;
    rankedBy: { groupId: string; strategy: string };
    preferred: string | null;
    candidates: { agentId: string; score: number }[];
  }[];
}

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  await acme.run({
    type: 'SaveRoutingRules',
    rules: [
      {
        id: 'vip',
        name: 'VIP first',
        enabled: true,
        conditions: { vipLevel: { min: 2 } },
        actions: { groupId: 'g', priority: 5, labels: ['vip'] },
      },
    ],
  });
  await acme.run({
    type: 'SaveCustomer',
    customer: {
      id: 'cust-vip',
      verified: false,
      name: null,
      vipLevel: 3,
      language: null,
      labels: [],
      dedicatedAgentId: null,
    },
  });
});

afterEach(async () => {
  await test.close();
});

const open = (payload: Record<string, unknown>) =>
  call(test, {
    method: 'POST',
    url: '/api/v1/conversations',
    headers: apiKey(acme.apiKey),
    payload: { channel: 'web', source: 'site', text: 'hello', ...payload },
  });

const explain = (conversationId: string, token = acme.tokens.s1) =>
  call<Explanation>(test, {
    method: 'GET',
    url: `/api/v1/conversations/${conversationId}/routing`,
    headers: bearer(token),
  });

describe('the routing explanation', () => {
  it('names the matched rule, what it set, the strategy and the ranked candidates', async () => {
    for (const agentId of ['a1', 'a2']) await acme.run({ type: 'ConnectAgent', agentId });
    expect((await open({ conversationId: 'c1', customerId: 'cust-vip' })).status).toBe(201);
    const answer = await explain('c1');
    expect(answer.status).toBe(200);
    const body = answer.body;
    expect(body).toMatchObject({ conversationId: 'c1', status: 'active', groupId: 'g', priority: 5, labels: ['vip'] });
    expect(body.opening).toMatchObject({
      rule: { id: 'vip' },
      groupId: 'g',
      priority: 5,
      labels: ['vip'],
      afterHoursFrom: null,
      disposition: 'queued',
      reservation: null,
    });
    expect(body.assignments).toHaveLength(1);
    const [assignment] = body.assignments;
    expect(assignment).toMatchObject({
      trigger: 'conversation',
      rule: { id: 'vip' },
      rankedBy: { groupId: 'g', strategy: 'weighted-wait' },
      preferred: null,
    });
    expect(assignment?.candidates[0]?.agentId).toBe(assignment?.agentId);
    expect(assignment?.candidates.map((candidate) => candidate.agentId).sort()).toEqual(['a1', 'a2']);
    expect(body.ownerId).toBe(assignment?.agentId);
  });

  it('says a directed conversation went to its named agent', async () => {
    await acme.run({ type: 'ConnectAgent', agentId: 'a2' });
    await open({ conversationId: 'c2', customerId: 'cust-2', agentId: 'a2' });
    const { body } = await explain('c2', acme.tokens.ad1);
    expect(body.opening?.rule).toBeNull();
    expect(body.opening?.reservation).toMatchObject({ agentId: 'a2', reason: 'directed' });
    expect(body.assignments[0]).toMatchObject({ agentId: 'a2', preferred: 'directed' });
  });

  it('shows a waiting conversation in the queue, then the agent who freed up and took it', async () => {
    await acme.run({ type: 'ConnectAgent', agentId: 'a1' });
    await acme.run({ type: 'SetAgentStatus', agentId: 'a1', status: 'busy' });
    await open({ conversationId: 'c3', customerId: 'cust-3' });
    const waiting = await explain('c3');
    expect(waiting.body).toMatchObject({ status: 'queued', ownerId: null, queue: { position: 1 }, assignments: [] });
    await acme.run({ type: 'SetAgentStatus', agentId: 'a1', status: 'available' });
    const served = await explain('c3');
    expect(served.body.assignments).toEqual([expect.objectContaining({ agentId: 'a1', trigger: 'agent' }) as unknown]);
  });

  it('refuses agents and customers, and does not know other tenants’ or unknown conversations', async () => {
    await open({ conversationId: 'c4', customerId: 'cust-4' });
    expectError(await explain('c4', acme.tokens.a1), 403, 'FORBIDDEN');
    expectError(await explain('nope'), 404, 'CONVERSATION_NOT_FOUND');
    const globex = await test.tenant('globex');
    expectError(await explain('c4', globex.tokens.s1), 404, 'CONVERSATION_NOT_FOUND');
    const byKey = await call(test, {
      method: 'GET',
      url: '/api/v1/conversations/c4/routing',
      headers: apiKey(acme.apiKey),
    });
    expect(byKey.status).toBe(200);
  });
});

describe('the wallboard snapshot', () => {
  it('shows the agents and queues in the supervisor’s scope, everything to an admin', async () => {
    await acme.run({ type: 'SaveSkillGroup', group: skillGroup({ id: 'other', name: 'Other' }) });
    await acme.run({ type: 'ConnectAgent', agentId: 'a1' });
    await acme.run({ type: 'SetAgentStatus', agentId: 'a1', status: 'busy' });
    await open({ conversationId: 'c5', customerId: 'cust-5' });
    interface Board {
      agents: { agentId: string; status: string; online: boolean }[];
      queues: { groupId: string; waiting: number; today: { arrivals: number; answered: number } }[];
    }
    const board = await call<Board>(test, { method: 'GET', url: '/api/v1/wallboard', headers: bearer(acme.tokens.s1) });
    expect(board.status).toBe(200);
    expect(board.body.queues.map((queue) => queue.groupId)).toEqual(['g']);
    expect(board.body.queues[0]).toMatchObject({ waiting: 1 });
    // Today's figures come from the reports, as on the realtime wallboard: one arrival, none answered yet.
    expect(board.body.queues[0]?.today).toMatchObject({ arrivals: 1, answered: 0 });
    expect(board.body.agents.map((agent) => agent.agentId)).toEqual(['a1', 'a2']);
    expect(board.body.agents[0]).toMatchObject({ status: 'busy', online: true });
    const all = await call<Board>(test, { method: 'GET', url: '/api/v1/wallboard', headers: bearer(acme.tokens.ad1) });
    expect(all.body.queues.map((queue) => queue.groupId).sort()).toEqual(['g', 'other']);
    expectError(await call(test, { method: 'GET', url: '/api/v1/wallboard', headers: bearer(acme.tokens.a1) }), 403);
  });
});

describe('after a restart', () => {
  it('reads the decisions back from the log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-explain-'));
    const start = async () => {
      const clock = new SimulatedClock(T0);
      const store = await createSqliteStore({ dataDir: dir });
      return createServer({ store, clock, scheduler: clock, tokenSecret: 'test-secret-test-secret-test-secret!' });
    };
    try {
      const first = await start();
      const actor = await first.registry.start('acme');
      for (const command of [
        { type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'G' }) },
        { type: 'ConfigureTenant', settings: { defaultGroupId: 'g' } },
        {
          type: 'SaveAgent',
          agent: {
            id: 'a1',
            name: 'A1',
            role: 'admin',
            level: 1,
            departmentId: null,
            memberships: [{ groupId: 'g', ability: 5, tier: 'primary' }],
            languages: [],
            maxConcurrent: 3,
          },
        },
        { type: 'ConnectAgent', agentId: 'a1' },
        // An admin signs in away; this one chooses to take chats.
        { type: 'SetAgentStatus', agentId: 'a1', status: 'available' },
        {
          type: 'OpenConversation',
          conversationId: 'old',
          customerId: 'cust-old',
          channel: 'web',
          source: 'site',
          text: 'hi',
          language: null,
          businessType: null,
          attributes: {},
          priority: 0,
          agentId: null,
        },
      ] as const) {
        const result = await actor.submit(command);
        expect(result.ok).toBe(true);
      }
      await first.close();
      const second = await start();
      try {
        const token = await second.tokens.issue({ kind: 'agent', tenantId: 'acme', agentId: 'a1', role: 'admin' });
        const answer = await second.http.inject({
          method: 'GET',
          url: '/api/v1/conversations/old/routing',
          headers: bearer(token),
        });
        expect(answer.statusCode).toBe(200);
        const body = answer.json<Explanation>();
        expect(body.opening).toMatchObject({ groupId: 'g', rule: null, disposition: 'queued' });
        expect(body.assignments).toEqual([
          expect.objectContaining({ agentId: 'a1', rankedBy: { groupId: 'g', strategy: 'weighted-wait' } }) as unknown,
        ]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
