/**
 * A reconnecting agent whose conversation is assigned to them again while the connection opens
 * (their own ConnectAgent routes it back to them) receives its timeline once: the automatic follow
 * of the assignment and the handshake's `auth.resume` cursor do not both send the same entries.
 * Seen first in the cluster chaos runs ("#14 after #16"), where presence is a forwarded round trip;
 * on one node the assignment lands inside the same window (the ConnectAgent batch itself).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgentSession, TimelineEntry } from '../../src/transport/realtime/protocol.js';
import type { Follow } from '../../src/transport/realtime/session.js';
import { Presence } from '../../src/transport/realtime/presence.js';
import { until, type TestClient } from '../support/realtime-client.js';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;

beforeEach(async () => {
  test = await startRealtimeServer();
  await test.tenant('acme');
});

afterEach(async () => {
  await test.close();
});

const GRACE_MS = 60_000;

/** The follow of `conversationId` on the (one) server-side socket of `agentId`. */
function followOf(agentId: string, conversationId: string): Follow | undefined {
  for (const socket of test.server.realtime.io.sockets.sockets.values()) {
    const session = socket.data.session;
    if (session?.principal.kind === 'agent' && session.principal.agentId === agentId) {
      return session.follows.get(conversationId);
    }
  }
  return undefined;
}

const seqsOf = (client: TestClient, from: number): number[] =>
  client.log
    .slice(from)
    .filter((received) => received.event === 'message')
    .map((received) => received.payload as TimelineEntry)
    .filter((entry) => entry.conversationId === 'c1')
    .map((entry) => entry.seq);

describe('resume of a conversation assigned again as the agent reconnects', () => {
  it('sends each entry after the cursor once, in order', async () => {
    const a1 = await test.connect(await test.login('acme', 'a1'));
    const customer = await test.connect(await test.widgetToken('acme', 'visitor-0001'));
    await customer.ok('conversation.open', { conversationId: 'c1', source: 'website', text: 'hello' });
    await a1.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'c1');
    await a1.ok('message.send', { conversationId: 'c1', messageId: 'r1', text: 'Hi!' });
    await a1.entry('c1', 2);

    await a1.disconnect();
    await until(() => test.actor('acme').view.agents.get('a1')?.online === false, 'a1 to go offline');
    for (const id of ['m2', 'm3']) {
      await customer.ok('message.send', { conversationId: 'c1', messageId: id, text: `message ${id}` });
    }
    // Past the grace the conversation is requeued; a1 is the only agent, so it waits for them.
    const requeued = test.nextEvent('acme', (event) => event.type === 'ConversationRequeued');
    test.clock.advanceBy(GRACE_MS + 1000);
    await requeued;
    await test.actor('acme').idle();
    const last = test.actor('acme').view.conversations.get('c1')!.lastSeq;
    expect(last).toBeGreaterThan(2);

    // Presence is a round trip in cluster mode (src/cluster/cluster-presence.ts): here it settles
    // only once the reassignment has been fanned out, so the assignment's follow starts first.
    const assignedAgain = test.nextEvent(
      'acme',
      (event) => event.type === 'ConversationAssigned' && event.agentId === 'a1' && event.conversationId === 'c1',
    );
    // eslint-disable-next-line @typescript-eslint/unbound-method -- restored below, called with its `this`
    const connected = Presence.prototype.connected;
    Presence.prototype.connected = async function (this: Presence, tenantId: string, agentId: string) {
      await connected.call(this, tenantId, agentId);
      await assignedAgain;
      // … and once that follow has sent the history (held back behind `session`).
      await until(() => followOf(agentId, 'c1')?.buffer === null, 'the automatic follow to catch up');
    };
    const from = a1.log.length;
    let session: AgentSession;
    try {
      session = (await a1.reconnect({ resume: [{ conversationId: 'c1', lastSeq: 2 }] })) as AgentSession;
    } finally {
      Presence.prototype.connected = connected;
    }
    expect(session.agent.online).toBe(true);
    await a1.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'c1');
    await a1.ok('message.send', { conversationId: 'c1', messageId: 'r2', text: 'Back!' });
    const final = test.actor('acme').view.conversations.get('c1')!.lastSeq;
    await a1.entry('c1', final);
    await test.actor('acme').idle();

    const page = await test.server.registry.store.messages('acme', 'c1', { afterSeq: 2, limit: 200 });
    expect(seqsOf(a1, from)).toEqual(page.items.map((item) => item.seq));
  });
});
