/**
 * Issue 13 from a real client's seat (Socket.IO on an ephemeral port, SQLite, simulated clock): the
 * owner sees the first-response deadline in the conversation's view; a takeover reaches them as
 * `conversation.removed` with its TAKEOVER entry and the customer gets a notice; past
 * `maxAutoTakeovers` supervisors get `conversation.escalated`; a supervisor closes only what they
 * manage; queue figures show the real longest wait, not the priority-credited one; and a used
 * conversation id is never handed to another customer over the widget either.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skillGroup } from '../../src/domain/skill-group.js';
import { hashPassword } from '../../src/transport/auth/passwords.js';
import { PASSWORD, startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;

beforeEach(async () => {
  test = await startRealtimeServer();
  await test.tenant('acme', { maxConcurrent: 1 });
});

afterEach(async () => {
  await test.close();
});

const SECOND = 1000;

interface View {
  readonly conversationId: string;
  readonly firstResponseDeadline: string | null;
  readonly autoTakeovers: number;
}

describe('first-response takeover over realtime', () => {
  it('carries the deadline, removes with a TAKEOVER entry, tells the customer, escalates past the limit', async () => {
    await test.run('acme', { type: 'ConfigureTenant', settings: { maxAutoTakeovers: 1 } });
    const a1 = await test.connect(await test.login('acme', 'a1'));
    const s1 = await test.connect(await test.login('acme', 's1'));
    const customer = await test.connect(await test.widgetToken('acme', 'visitor-1'));
    await customer.ok('conversation.open', { conversationId: 'c1', source: 'website', text: 'hello?', language: 'en' });
    const assigned = await a1.waitFor('conversation.assigned', (payload) => payload.conversationId === 'c1');
    const view = assigned.conversation as View | null;
    expect(view?.firstResponseDeadline).toBe(new Date(test.clock.now() + 60 * SECOND).toISOString());
    expect(view?.autoTakeovers).toBe(0);

    const a2 = await test.connect(await test.login('acme', 'a2'));
    test.clock.advanceBy(60 * SECOND);
    const removed = await a1.waitFor('conversation.removed', (payload) => payload.conversationId === 'c1');
    expect(removed.reason).toBe('first-response-timeout');
    const takeover = await a1.waitFor('message', (entry) => entry.conversationId === 'c1' && entry.kind === 'TAKEOVER');
    expect(takeover.visibility).toBe('internal');
    const notice = await customer.waitFor('message', (entry) => entry.kind === 'notice');
    expect(notice.text).toBe("Sorry for the wait — we're passing you to the next agent who can answer right away.");
    // The customer never receives the internal entry.
    expect(customer.all('message').some((entry) => entry.kind === 'TAKEOVER')).toBe(false);

    const second = await a2.waitFor('conversation.assigned', (payload) => payload.conversationId === 'c1');
    expect((second.conversation as View | null)?.autoTakeovers).toBe(1);
    test.clock.advanceBy(60 * SECOND);
    const escalated = await s1.waitFor('conversation.escalated', (payload) => payload.conversationId === 'c1');
    expect(escalated).toMatchObject({ ownerId: 'a2', takeovers: 1 });
    const toOwner = await a2.waitFor('conversation.escalated', (payload) => payload.conversationId === 'c1');
    expect(toOwner.ownerId).toBe('a2');
    const updated = await a2.waitFor(
      'conversation.updated',
      (payload) => payload.conversationId === 'c1' && (payload as View).firstResponseDeadline === null,
    );
    expect(updated).toMatchObject({ ownerId: 'a2' });
    expect(test.actor('acme').view.conversations.get('c1')?.ownerId).toBe('a2');
  });
});

describe('supervisor scope on close', () => {
  it('refuses conversation.close outside the supervisor’s groups, over realtime and HTTP', async () => {
    await test.run('acme', { type: 'SaveSkillGroup', group: skillGroup({ id: 'h', name: 'Other' }) });
    await test.run('acme', {
      type: 'SaveAgent',
      agent: {
        id: 's2',
        name: 'S2',
        role: 'supervisor',
        level: 1,
        departmentId: null,
        memberships: [],
        languages: ['en-US'],
        maxConcurrent: 3,
        manages: { groupIds: ['h'], departmentIds: [] },
      },
    });
    await test.run('acme', { type: 'SetPassword', agentId: 's2', passwordHash: await hashPassword(PASSWORD) });
    const a1 = await test.connect(await test.login('acme', 'a1'));
    const customer = await test.connect(await test.widgetToken('acme', 'visitor-1'));
    await customer.ok('conversation.open', { conversationId: 'c1', source: 'website', text: 'hi' });
    await a1.waitFor('conversation.assigned', (payload) => payload.conversationId === 'c1');

    const s2Token = await test.login('acme', 's2');
    const s2 = await test.connect(s2Token);
    const answer = await s2.request('conversation.close', { conversationId: 'c1', resolution: 'unresolved' });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('OUT_OF_SCOPE');
    const http = await fetch(`${test.url}/api/v1/conversations/c1/close`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s2Token}` },
      body: JSON.stringify({ resolution: 'unresolved' }),
    });
    expect(http.status).toBe(403);
    expect(((await http.json()) as { error: { code: string } }).error.code).toBe('OUT_OF_SCOPE');
    expect(test.actor('acme').view.conversations.get('c1')?.status).toBe('active');

    // The supervisor who manages the group may.
    const s1 = await test.connect(await test.login('acme', 's1'));
    const closed = await s1.request('conversation.close', { conversationId: 'c1', resolution: 'unresolved' });
    expect(closed.ok).toBe(true);
  });
});

describe('queue figures', () => {
  it('show the longest real wait, without the priority credit', async () => {
    await test.run('acme', { type: 'ConfigureTenant', settings: { priorityStepSeconds: 60 } });
    const a1 = await test.connect(await test.login('acme', 'a1'));
    await test.run('acme', { type: 'SetAgentStatus', agentId: 'a1', status: 'busy' });
    // Opened with priority 1 through the API: served as if it had waited a minute more.
    await test.run('acme', {
      type: 'OpenConversation',
      conversationId: 'c1',
      customerId: 'cust-1',
      channel: 'web',
      source: 'website',
      text: 'hi',
      priority: 1,
    });
    test.clock.advanceBy(6 * SECOND);
    await test.run('acme', { type: 'SetAgentStatus', agentId: 'a2', status: 'away' });
    const figures = await a1.waitFor('queue.updated', (payload) =>
      payload.groups.some((group) => group.groupId === 'g' && group.longestWaitSeconds === 6),
    );
    expect(figures.groups.find((group) => group.groupId === 'g')?.waiting).toBe(1);
  });
});

describe('conversation ids over the widget', () => {
  it('answers the same customer with their conversation and anyone else with CONVERSATION_EXISTS', async () => {
    await test.run('acme', { type: 'ConfigureTenant', settings: { closedRetention: 1 } });
    const victim = await test.connect(await test.widgetToken('acme', 'visitor-victim'));
    const attacker = await test.connect(await test.widgetToken('acme', 'visitor-attacker'));
    for (const id of ['w1', 'w2', 'w3']) {
      await victim.ok('conversation.open', { conversationId: id, source: 'website', text: `secret ${id}` });
      await victim.ok('conversation.close', { conversationId: id });
    }
    expect(test.actor('acme').view.conversations.has('w1')).toBe(false);
    const refused = await attacker.request('conversation.open', { conversationId: 'w1', source: 'website' });
    expect(refused.ok ? 'ok' : refused.error).toEqual({
      code: 'CONVERSATION_EXISTS',
      message: 'A conversation with this id already exists.',
    });
    const mine = await victim.ok<{ conversation: { conversationId: string; status: string }; existing: boolean }>(
      'conversation.open',
      { conversationId: 'w1', source: 'website' },
    );
    expect(mine).toMatchObject({ existing: true, conversation: { conversationId: 'w1', status: 'closed' } });
    expect(attacker.log.some((received) => JSON.stringify(received.payload).includes('secret'))).toBe(false);
  });
});
