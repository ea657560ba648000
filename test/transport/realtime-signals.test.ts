/**
 * Typing indicators and read marks over real sockets (issue 17, docs/realtime.md "Typing and read
 * marks"): typing goes to the other side of the conversation only — the customer's to the owner,
 * the owner's to the customer — never to another agent or customer, and is never stored; bad or
 * foreign payloads are refused with catalogue codes and relay nothing; a connection's repeated
 * `typing: true` is relayed once per interval; typing counts against the rate limit; read marks
 * only move forward, reach the owner and the customer, and come again after a reconnection.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/domain/events.js';
import type { TestClient } from '../support/realtime-client.js';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;
let owner: TestClient;
let colleague: TestClient;
let customer: TestClient;
let stranger: TestClient;

/**
 * A round trip on `client`'s connection: whatever the server emitted to it before it answers has
 * arrived once this resolves (one connection keeps its order).
 */
async function settle(client: TestClient): Promise<void> {
  await client.request('unfollow', { conversationId: 'settle' });
}

const typingOf = (client: TestClient, conversationId: string) =>
  client.all('typing', (event) => event.conversationId === conversationId);

beforeEach(async () => {
  test = await startRealtimeServer();
  await test.tenant('acme');
  owner = await test.connect(await test.login('acme', 'a1'));
  customer = await test.connect(await test.widgetToken('acme', 'visitor-0001'));
  await customer.ok('conversation.open', { conversationId: 'c1', source: 'website', text: 'hello' });
  await owner.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'c1');
  colleague = await test.connect(await test.login('acme', 'a2'));
  stranger = await test.connect(await test.widgetToken('acme', 'visitor-0002'));
  await stranger.ok('conversation.open', { conversationId: 'c2', source: 'website', text: 'me too' });
});

afterEach(async () => {
  await test.close();
});

describe('typing', () => {
  it("relays the customer's typing to the owner only, and the owner's to the customer only", async () => {
    const stored: DomainEvent[] = [];
    const stop = test.server.registry.subscribe((_tenant, events) => {
      stored.push(...events.map(({ event }) => event));
    });

    expect(await customer.ok('typing', { conversationId: 'c1', typing: true })).toMatchObject({ relayed: true });
    expect(await owner.waitFor('typing', (event) => event.conversationId === 'c1')).toEqual({
      conversationId: 'c1',
      from: 'customer',
      agentId: null,
      typing: true,
      expiresInMs: 6_000,
    });

    await owner.ok('typing', { conversationId: 'c1', typing: true });
    expect(await customer.waitFor('typing', (event) => event.conversationId === 'c1')).toEqual({
      conversationId: 'c1',
      from: 'agent',
      agentId: 'a1',
      typing: true,
      expiresInMs: 6_000,
    });
    await customer.ok('typing', { conversationId: 'c1', typing: false });
    await owner.waitFor('typing', (event) => event.conversationId === 'c1' && !event.typing);

    await Promise.all([settle(owner), settle(customer), settle(colleague), settle(stranger)]);
    // Nobody hears their own typing, and nobody outside the conversation hears any.
    expect(typingOf(owner, 'c1').every((event) => event.from === 'customer')).toBe(true);
    expect(typingOf(customer, 'c1').every((event) => event.from === 'agent')).toBe(true);
    expect(colleague.all('typing')).toEqual([]);
    expect(stranger.all('typing')).toEqual([]);
    // Typing is never stored.
    stop();
    expect(stored).toEqual([]);
  });

  it('relays a repeated typing: true once per interval, and typing: false always', async () => {
    expect(await customer.ok('typing', { conversationId: 'c1', typing: true })).toMatchObject({ relayed: true });
    expect(await customer.ok('typing', { conversationId: 'c1', typing: true })).toMatchObject({ relayed: false });
    expect(await customer.ok('typing', { conversationId: 'c1', typing: false })).toMatchObject({ relayed: true });
    expect(await customer.ok('typing', { conversationId: 'c1', typing: true })).toMatchObject({ relayed: true });
    await settle(owner);
    expect(typingOf(owner, 'c1').map((event) => event.typing)).toEqual([true, false, true]);
  });

  it('refuses bad and foreign payloads and relays nothing for them', async () => {
    const refusals: [TestClient, unknown, string][] = [
      [customer, undefined, 'VALIDATION_FAILED'],
      [customer, 'typing', 'VALIDATION_FAILED'],
      [customer, { conversationId: 'c1' }, 'VALIDATION_FAILED'],
      [customer, { conversationId: 'c1', typing: 'yes' }, 'VALIDATION_FAILED'],
      [customer, { conversationId: 'c1', typing: true, text: 'sneak' }, 'VALIDATION_FAILED'],
      [customer, { conversationId: 'c/1', typing: true }, 'VALIDATION_FAILED'],
      [customer, { conversationId: 'x'.repeat(129), typing: true }, 'VALIDATION_FAILED'],
      // Another customer's conversation does not exist for this one.
      [stranger, { conversationId: 'c1', typing: true }, 'CONVERSATION_NOT_FOUND'],
      [customer, { conversationId: 'nope', typing: true }, 'CONVERSATION_NOT_FOUND'],
      // An agent who neither owns it nor barged in does not write in it.
      [colleague, { conversationId: 'c1', typing: true }, 'NOT_PARTICIPANT'],
    ];
    for (const [client, payload, code] of refusals) {
      const answer = await client.request('typing', payload);
      expect(answer, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code } });
    }
    await Promise.all([settle(owner), settle(customer)]);
    expect(owner.all('typing')).toEqual([]);
    expect(customer.all('typing')).toEqual([]);
  });

  it('lets a supervisor barged into the conversation type to the customer, not one only watching', async () => {
    const supervisor = await test.connect(await test.login('acme', 's1'));
    await supervisor.ok('conversation.join', { conversationId: 'c1', mode: 'watch' });
    expect(await supervisor.request('typing', { conversationId: 'c1', typing: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_PARTICIPANT' },
    });
    await supervisor.ok('conversation.leave', { conversationId: 'c1' });
    await supervisor.ok('conversation.join', { conversationId: 'c1', mode: 'barge' });
    await supervisor.ok('typing', { conversationId: 'c1', typing: true });
    expect(await customer.waitFor('typing')).toMatchObject({ from: 'agent', agentId: 's1', typing: true });
  });

  it('refuses typing in a closed conversation', async () => {
    await owner.ok('conversation.close', { conversationId: 'c1' });
    expect(await customer.request('typing', { conversationId: 'c1', typing: true })).toMatchObject({
      ok: false,
      error: { code: 'CONVERSATION_CLOSED' },
    });
  });
});

describe('read marks', () => {
  it('relays marks to the owner and the customer, forward only, and sends them again after a reconnection', async () => {
    await owner.ok('message.send', { conversationId: 'c1', messageId: 'r1', text: 'Hi there' });
    await customer.entry('c1', 2);

    expect(await customer.ok('read', { conversationId: 'c1', seq: 2 })).toMatchObject({ reader: 'customer', seq: 2 });
    expect(await owner.waitFor('read')).toEqual({ conversationId: 'c1', reader: 'customer', seq: 2 });
    // An older mark does not move it back, and is not relayed.
    expect(await customer.ok('read', { conversationId: 'c1', seq: 1 })).toMatchObject({ seq: 2 });

    expect(await owner.ok('read', { conversationId: 'c1', seq: 2 })).toMatchObject({ reader: 'agent', seq: 2 });
    expect(await customer.waitFor('read', (mark) => mark.reader === 'agent')).toEqual({
      conversationId: 'c1',
      reader: 'agent',
      seq: 2,
    });
    await Promise.all([settle(owner), settle(customer), settle(colleague), settle(stranger)]);
    expect(owner.all('read', (mark) => mark.reader === 'customer')).toHaveLength(1);
    expect(colleague.all('read')).toEqual([]);
    expect(stranger.all('read')).toEqual([]);

    // After a reconnection the marks kept follow the new session.
    await customer.disconnect();
    const before = customer.log.length;
    await customer.reconnect({ resume: [{ conversationId: 'c1', lastSeq: 2 }] });
    await customer.waitFor('read', () => customer.log.length > before);
    const again = customer.log.slice(before).filter((received) => received.event === 'read');
    expect(again.map((received) => received.payload)).toEqual([
      { conversationId: 'c1', reader: 'customer', seq: 2 },
      { conversationId: 'c1', reader: 'agent', seq: 2 },
    ]);
    expect(customer.log[before]?.event).toBe('session');
  });

  it('refuses marks past the last entry, bad payloads and readers who are not the owner', async () => {
    const refusals: [TestClient, unknown, string][] = [
      [customer, { conversationId: 'c1', seq: 2 }, 'VALIDATION_FAILED'],
      [customer, { conversationId: 'c1', seq: 0 }, 'VALIDATION_FAILED'],
      [customer, { conversationId: 'c1', seq: 1.5 }, 'VALIDATION_FAILED'],
      [customer, { conversationId: 'c1', seq: '1' }, 'VALIDATION_FAILED'],
      [customer, { conversationId: 'c1', seq: 1, extra: true }, 'VALIDATION_FAILED'],
      [stranger, { conversationId: 'c1', seq: 1 }, 'CONVERSATION_NOT_FOUND'],
      [colleague, { conversationId: 'c1', seq: 1 }, 'NOT_OWNER'],
    ];
    for (const [client, payload, code] of refusals) {
      const answer = await client.request('read', payload);
      expect(answer, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code } });
    }
    await Promise.all([settle(owner), settle(customer)]);
    expect(owner.all('read')).toEqual([]);
    expect(customer.all('read')).toEqual([]);
  });
});

describe('typing and the rate limit', () => {
  it('counts typing against the connection rate limit like any other event', async () => {
    await test.close();
    test = await startRealtimeServer({ requestsPerMinute: 5 });
    await test.tenant('acme');
    owner = await test.connect(await test.login('acme', 'a1'));
    customer = await test.connect(await test.widgetToken('acme', 'visitor-0001'));
    await customer.ok('conversation.open', { conversationId: 'c1', source: 'website', text: 'hello' });
    const answers = [];
    for (let index = 0; index < 8; index += 1) {
      answers.push(await customer.request('typing', { conversationId: 'c1', typing: index % 2 === 0 }));
    }
    const codes = answers.map((answer) => (answer.ok ? 'ok' : answer.error.code));
    expect(codes.slice(0, 4)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(codes.slice(4).every((code) => code === 'RATE_LIMITED')).toBe(true);
    await settle(owner);
    expect(owner.all('typing')).toHaveLength(4);
  });
});
