/**
 * Timelines over real sockets: messages both ways, each with its per-conversation seq; customers
 * never see internal entries; a resent message id is answered with the original seq and posted
 * once (also at once, from another connection, after a restart); and a client that reconnects and
 * resumes from its last seq receives everything after it, in order, no gap, no duplicate — also
 * when live entries arrive while its history is being read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessagePageRequest } from '../../src/store/read-model.js';
import type { AgentSession, TimelineEntry } from '../../src/transport/realtime/protocol.js';
import type { TestClient } from '../support/realtime-client.js';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;
let agent: TestClient;
let customer: TestClient;

beforeEach(async () => {
  test = await startRealtimeServer();
  await test.tenant('acme');
  agent = await test.connect(await test.login('acme', 'a1'));
  customer = await test.connect(await test.widgetToken('acme', 'visitor-0001'));
  await customer.ok('conversation.open', { conversationId: 'c1', source: 'website', text: 'hello' });
  await agent.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'c1');
});

afterEach(async () => {
  await test.close();
});

interface Sent {
  readonly seq: number | null;
  readonly duplicate: boolean;
}

const say = (client: TestClient, messageId: string, text: string, visibility?: 'internal'): Promise<Sent> =>
  client.ok<Sent>('message.send', { conversationId: 'c1', messageId, text, ...(visibility ? { visibility } : {}) });

/** The stored timeline, as a customer (public only) or an agent sees it. */
async function stored(publicOnly: boolean): Promise<{ seq: number; messageId: string }[]> {
  const page = await test.server.registry.store.messages('acme', 'c1', { limit: 200, publicOnly });
  return page.items.map(({ seq, messageId }) => ({ seq, messageId }));
}

const seqs = (entries: readonly TimelineEntry[]): number[] => entries.map((entry) => entry.seq);

/** Entries of c1 a client received after the first `from` events of its log. */
const receivedSince = (client: TestClient, from: number): TimelineEntry[] =>
  client.log
    .slice(from)
    .filter((received) => received.event === 'message')
    .map((received) => received.payload as TimelineEntry)
    .filter((entry) => entry.conversationId === 'c1');

describe('realtime messages', () => {
  it('delivers messages both ways with their seq, and internal entries to staff only', async () => {
    expect(await agent.entry('c1', 1)).toMatchObject({ authorKind: 'customer', kind: 'text', text: 'hello' });
    expect(await say(agent, 'r1', 'Hi! How can I help?')).toEqual({
      conversationId: 'c1',
      messageId: 'r1',
      seq: 2,
      duplicate: false,
      ok: true,
    });
    expect(await customer.entry('c1', 2)).toMatchObject({
      authorKind: 'agent',
      authorId: 'a1',
      visibility: 'public',
      text: 'Hi! How can I help?',
    });
    expect((await say(agent, 'n1', 'VIP, be nice', 'internal')).seq).toBe(3);
    expect(await agent.entry('c1', 3)).toMatchObject({ visibility: 'internal', text: 'VIP, be nice' });
    expect((await say(customer, 'm2', 'my order is late')).seq).toBe(4);
    expect(await agent.entry('c1', 4)).toMatchObject({ authorKind: 'customer', messageId: 'm2' });
    await customer.entry('c1', 4);

    expect(seqs(agent.messages('c1'))).toEqual([1, 2, 3, 4]);
    // Had seq 3 been sent to the customer, it would have come before seq 4.
    expect(seqs(customer.messages('c1'))).toEqual([1, 2, 4]);
    expect(customer.messages('c1').every((entry) => entry.visibility === 'public')).toBe(true);
  });

  it('answers a resent message id with the original seq and posts it once', async () => {
    const first = await say(customer, 'm-1', 'where is my parcel?');
    expect(first).toMatchObject({ seq: 2, duplicate: false });
    expect(await say(customer, 'm-1', 'where is my parcel?')).toMatchObject({ seq: 2, duplicate: true });

    // Sent twice at once: one is posted, the other answered with its seq.
    const both = await Promise.all([say(customer, 'm-2', 'hello?'), say(customer, 'm-2', 'hello?')]);
    expect(both.map((sent) => sent.seq)).toEqual([3, 3]);
    expect(both.filter((sent) => sent.duplicate)).toHaveLength(1);

    // From another connection of the same customer, and from the agent's side.
    const tab = await test.connect(await test.widgetToken('acme', 'visitor-0001'));
    expect(await say(tab, 'm-1', 'where is my parcel?')).toMatchObject({ seq: 2, duplicate: true });
    expect(await say(agent, 'r-1', 'checking')).toMatchObject({ seq: 4, duplicate: false });
    expect(await say(agent, 'r-1', 'checking')).toMatchObject({ seq: 4, duplicate: true });

    // After a restart, the ids come from the read model.
    await test.restart();
    const again = await test.connect(await test.widgetToken('acme', 'visitor-0001'));
    expect(await say(again, 'm-2', 'hello?')).toMatchObject({ seq: 3, duplicate: true });
    expect(await say(again, 'm-3', 'anyone?')).toMatchObject({ seq: 5, duplicate: false });

    const ids = (await stored(false)).map((entry) => entry.messageId);
    expect(ids.filter((id) => id.startsWith('m-') || id.startsWith('r-'))).toEqual(['m-1', 'm-2', 'r-1', 'm-3']);
    await agent.waitFor('message', (entry) => entry.seq === 4);
    expect(seqs(agent.messages('c1'))).toEqual([1, 2, 3, 4]);
  });

  it('resumes a reconnecting customer from the handshake with no gap and no duplicate', async () => {
    await say(agent, 'r1', 'Hi!');
    await customer.entry('c1', 2);
    await customer.disconnect();
    await say(agent, 'r2', 'Are you there?');
    await say(agent, 'n1', 'customer left?', 'internal');
    await say(agent, 'r3', 'I will wait.');

    const from = customer.log.length;
    const session = customer.reconnect({ resume: [{ conversationId: 'c1', lastSeq: 2 }] });
    // Live entries race the catch-up: they must neither be lost nor sent twice.
    const live = [say(agent, 'r4', 'Welcome back'), say(agent, 'r5', 'Still here')];
    await session;
    await Promise.all(live);
    await customer.entry('c1', 7);

    const expected = (await stored(true)).filter((entry) => entry.seq > 2).map((entry) => entry.seq);
    expect(expected).toEqual([3, 5, 6, 7]);
    expect(seqs(receivedSince(customer, from))).toEqual(expected);
  });

  it('resumes a reconnecting agent on request, after the session, with no gap and no duplicate', async () => {
    await say(agent, 'r1', 'Hi!');
    await agent.disconnect();
    for (const id of ['m2', 'm3', 'm4']) await say(customer, id, `message ${id}`);

    const from = agent.log.length;
    const session = (await agent.reconnect()) as AgentSession;
    expect(session.conversations.map((conversation) => [conversation.conversationId, conversation.lastSeq])).toEqual([
      ['c1', 5],
    ]);
    // Until it resumes, the reconnected agent is sent nothing of c1.
    const resumed = agent.ok<{ lastSeq: number }>('resume', { conversationId: 'c1', lastSeq: 2 });
    const live = say(customer, 'm5', 'hello again');
    expect((await resumed).lastSeq).toBeGreaterThanOrEqual(5);
    await live;
    await agent.entry('c1', 6);
    expect(seqs(receivedSince(agent, from))).toEqual([3, 4, 5, 6]);
  });

  it('holds live entries back while the history is read, then sends each once in order', async () => {
    const store = test.server.registry.store;
    const original = store.messages.bind(store);
    for (const variant of ['read-before-live', 'read-after-live'] as const) {
      await customer.disconnect();
      const lastSeq = Math.max(...seqs(customer.messages('c1')));
      await say(agent, `${variant}-away`, 'while you were away');

      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let called!: () => void;
      const reading = new Promise<void>((resolve) => (called = resolve));
      store.messages = async (tenantId: string, conversationId: string, page: MessagePageRequest) => {
        if (page.publicOnly !== true) return original(tenantId, conversationId, page);
        called();
        if (variant === 'read-before-live') {
          const result = await original(tenantId, conversationId, page);
          await gate;
          return result;
        }
        await gate;
        return original(tenantId, conversationId, page);
      };

      const from = customer.log.length;
      await customer.reconnect({ resume: [{ conversationId: 'c1', lastSeq }] });
      await reading;
      await say(agent, `${variant}-live-1`, 'live one');
      await say(agent, `${variant}-live-2`, 'live two');
      release();
      store.messages = original;
      const last = test.actor('acme').view.conversations.get('c1')!.lastSeq;
      await customer.entry('c1', last);

      const expected = (await stored(true)).filter((entry) => entry.seq > lastSeq).map((entry) => entry.seq);
      expect(expected, variant).toHaveLength(3);
      expect(seqs(receivedSince(customer, from)), variant).toEqual(expected);
    }
  });
});
