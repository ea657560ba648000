/**
 * Presence from live connections: an agent's first connection makes them online and routable, the
 * drop of their last one takes them off routing at once, and the domain's grace (moved by the
 * simulated clock) decides whether their conversations stay or are re-routed. Also: status changes,
 * the connected-clients gauge, and presence across a restart.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/domain/events.js';
import type { AgentSession } from '../../src/transport/realtime/protocol.js';
import { until } from '../support/realtime-client.js';
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

const agentOf = (agentId: string) => test.actor('acme').view.agents.get(agentId)!;

/** Every event the tenant stores from now on. */
function recordEvents(): DomainEvent[] {
  const seen: DomainEvent[] = [];
  test.server.registry.subscribe((tenantId, events) => {
    if (tenantId === 'acme') seen.push(...events.map((stored) => stored.event));
  });
  return seen;
}

async function gauge(kind: 'agent' | 'customer'): Promise<number> {
  const metric = await test.server.metrics.connectedClients.get();
  return metric.values.find((value) => value.labels.kind === kind)?.value ?? 0;
}

describe('realtime presence', () => {
  it('puts an agent online with their first connection and off routing when their last one drops', async () => {
    const events = recordEvents();
    const other = await test.connect(await test.login('acme', 'a2'));
    const token = await test.login('acme', 'a1');
    const first = await test.connect(token);
    const session = (await first.waitFor('session')) as AgentSession;
    expect(session.agent).toMatchObject({ agentId: 'a1', online: true, status: 'available', load: 0 });
    expect(agentOf('a1').online).toBe(true);

    const before = test.actor('acme').lastSeq;
    const second = await test.connect(token);
    expect(test.actor('acme').lastSeq).toBe(before);
    expect(await gauge('agent')).toBe(3);

    await first.disconnect();
    await until(async () => (await gauge('agent')) === 2, 'the first connection to be gone');
    expect(agentOf('a1').online).toBe(true);

    const disconnected = test.nextEvent('acme', (event) => event.type === 'AgentDisconnected');
    await second.disconnect();
    expect(await disconnected).toMatchObject({ agentId: 'a1', graceDeadline: test.clock.now() + GRACE_MS });
    expect(agentOf('a1').online).toBe(false);

    // Not routable: a new customer goes to a2.
    const customer = await test.connect(await test.widgetToken('acme', 'visitor-0001'));
    const opened = await customer.ok<{ conversation: { agent: { agentId: string } | null } }>('conversation.open', {
      conversationId: 'c1',
      source: 'website',
      text: 'hello',
    });
    expect(opened.conversation.agent?.agentId).toBe('a2');
    await other.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'c1');
    expect(events.filter((event) => event.type === 'AgentConnected').map((event) => event.type)).toHaveLength(2);
  });

  it('keeps an agent’s conversations through a reconnect within the grace, and re-routes them after it', async () => {
    const events = recordEvents();
    const a1 = await test.connect(await test.login('acme', 'a1'));
    const customer = await test.connect(await test.widgetToken('acme', 'visitor-0002'));
    await customer.ok('conversation.open', { conversationId: 'c1', source: 'website', text: 'hello' });
    await a1.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'c1');
    // Answer, so the first-response takeover does not fire when the clock moves.
    await a1.ok('message.send', { conversationId: 'c1', messageId: 'hi', text: 'Hi, how can I help?' });

    await a1.disconnect();
    await until(() => !agentOf('a1').online, 'a1 to go offline');
    test.clock.advanceBy(GRACE_MS - 1000);
    const session = (await a1.reconnect()) as AgentSession;
    expect(session.agent.online).toBe(true);
    expect(session.conversations.map((conversation) => conversation.conversationId)).toEqual(['c1']);
    test.clock.advanceBy(5000);
    await test.actor('acme').idle();
    expect(events.some((event) => event.type === 'AgentLost')).toBe(false);
    expect(test.actor('acme').view.conversations.get('c1')?.ownerId).toBe('a1');

    await a1.disconnect();
    await until(() => !agentOf('a1').online, 'a1 to go offline again');
    const a2 = await test.connect(await test.login('acme', 'a2'));
    const lost = test.nextEvent('acme', (event) => event.type === 'AgentLost');
    test.clock.advanceBy(GRACE_MS);
    expect(await lost).toMatchObject({ agentId: 'a1' });
    const assigned = await a2.waitFor('conversation.assigned', (payload) => payload.conversationId === 'c1');
    expect(assigned.via).toBe('routing');
    const update = await customer.waitFor(
      'conversation.updated',
      (view) => 'agent' in view && view.agent?.agentId === 'a2',
    );
    expect(update).toMatchObject({ conversationId: 'c1', status: 'active', agent: { agentId: 'a2', name: 'A2' } });
    // a2 receives the history, from the customer's first words.
    expect((await a2.entry('c1', 1)).text).toBe('hello');
  });

  it('lets agents set their status and supervisors set others’; both hear the change', async () => {
    const a1 = await test.connect(await test.login('acme', 'a1'));
    const s1 = await test.connect(await test.login('acme', 's1'));
    const away = await a1.ok<{ agent: { status: string } }>('status.set', { status: 'away' });
    expect(away.agent.status).toBe('away');
    await a1.waitFor('agent.status', (status) => status.status === 'away');
    expect(agentOf('a1').status).toBe('away');

    await s1.ok('status.set', { status: 'available', agentId: 'a1' });
    await a1.waitFor('agent.status', (status) => status.status === 'available');
    const board = await s1.waitFor('wallboard', (payload) =>
      payload.agents.some((agent) => agent.agentId === 'a1' && agent.status === 'available' && agent.online),
    );
    expect(board.agents.map((agent) => agent.agentId)).toEqual(['a1', 'a2']);

    const refused = await a1.request('status.set', { status: 'busy', agentId: 'a2' });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('OUT_OF_SCOPE');
  });

  it('counts connected clients by kind', async () => {
    const agent = await test.connect(await test.login('acme', 'a1'));
    const customers = [
      await test.connect(await test.widgetToken('acme', 'visitor-0003')),
      await test.connect(await test.widgetToken('acme', 'visitor-0004')),
    ];
    expect(await gauge('agent')).toBe(1);
    expect(await gauge('customer')).toBe(2);
    await customers[0]!.disconnect();
    await agent.disconnect();
    await until(async () => (await gauge('customer')) === 1 && (await gauge('agent')) === 0, 'the gauge to drop');
    expect(await test.server.metrics.render()).toContain('switchboard_connected_clients{kind="customer"} 1');
  });

  it('records connected agents as disconnected across a restart, so the grace applies', async () => {
    await test.connect(await test.login('acme', 'a1'));
    // Online in the log without a connection (as after a crash): the new server disconnects them.
    await test.run('acme', { type: 'ConnectAgent', agentId: 'a2' });
    await test.restart();
    expect(agentOf('a1').online).toBe(false);
    expect(agentOf('a2').online).toBe(false);
    const a1 = await test.connect(await test.login('acme', 'a1'));
    expect(((await a1.waitFor('session')) as AgentSession).agent.online).toBe(true);
  });
});
