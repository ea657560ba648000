/**
 * Queue feedback over real sockets (DESIGN.md §3.10, §6): a waiting customer sees their position
 * and estimated wait change as the queue moves; agents see their groups' queue figures; supervisors
 * get a wallboard of agents and queues in their scope, throttled per tenant.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerConversation } from '../../src/transport/realtime/protocol.js';
import type { TestClient } from '../support/realtime-client.js';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;

afterEach(async () => {
  await test.close();
});

async function customerWith(conversationId: string): Promise<{ client: TestClient; view: CustomerConversation }> {
  const client = await test.connect(await test.widgetToken('acme', `visitor-${conversationId}`));
  const opened = await client.ok<{ conversation: CustomerConversation }>('conversation.open', {
    conversationId,
    source: 'website',
    text: `hello from ${conversationId}`,
  });
  return { client, view: opened.conversation };
}

describe('realtime queue feedback', () => {
  it('tells a waiting customer their position and estimated wait as the queue moves', async () => {
    test = await startRealtimeServer();
    await test.tenant('acme', { maxConcurrent: 1 });
    const a1 = await test.connect(await test.login('acme', 'a1'));
    const s1 = await test.connect(await test.login('acme', 's1'));
    const first = await customerWith('c1');
    expect(first.view).toMatchObject({ status: 'active', agent: { agentId: 'a1', name: 'A1' }, queue: null });
    const second = await customerWith('c2');
    expect(second.view).toMatchObject({ status: 'queued', agent: null, queue: { position: 1 } });
    const third = await customerWith('c3');
    expect(third.view.queue).toEqual({ position: 2, estimatedWaitSeconds: null });

    await a1.waitFor('queue.updated', ({ groups }) => groups[0]?.waiting === 2);
    const board = await s1.waitFor('wallboard', ({ queues }) => queues[0]?.waiting === 2);
    expect(board.queues[0]).toMatchObject({ groupId: 'g', name: 'General', agentsOnline: 1, agentsAvailable: 1 });
    expect(board.agents.find((agent) => agent.agentId === 'a1')).toMatchObject({ online: true, load: 1 });

    // a1 serves c1 for two minutes: the group's service time the estimate is made from.
    await a1.ok('message.send', { conversationId: 'c1', messageId: 'r1', text: 'Hello!' });
    test.clock.advanceBy(120_000);
    await a1.ok('conversation.close', { conversationId: 'c1', resolution: 'resolved' });

    const moved = await third.client.waitFor('queue.position', (position) => position.position === 1);
    expect(moved).toEqual({ conversationId: 'c3', position: 1, estimatedWaitSeconds: 120 });
    const served = await second.client.waitFor('conversation.updated', (view) => view.status === 'active');
    expect(served).toMatchObject({ conversationId: 'c2', agent: { agentId: 'a1' }, queue: null });
    await a1.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'c2');
    await a1.waitFor('queue.updated', ({ groups }) => groups[0]?.waiting === 1);

    // A second agent arrives: c3 is served at once and its customer told so.
    await test.connect(await test.login('acme', 'a2'));
    const servedThird = await third.client.waitFor('conversation.updated', (view) => view.status === 'active');
    expect(servedThird).toMatchObject({ conversationId: 'c3', agent: { agentId: 'a2' } });
    await s1.waitFor('wallboard', ({ queues }) => queues[0]?.waiting === 0 && queues[0].agentsOnline === 2);
    // Positions only while waiting, each a change: 2 → 1 for c3, none for c2 (always first).
    expect(third.client.all('queue.position').map((position) => position.position)).toEqual([1]);
    expect(second.client.all('queue.position')).toEqual([]);
    // Agents get no wallboard, customers no queue figures.
    expect(a1.all('wallboard')).toEqual([]);
    expect(third.client.all('queue.updated')).toEqual([]);
  });

  it('throttles the wallboard: a burst of changes within the interval is at most one update', async () => {
    test = await startRealtimeServer({ updateIntervalMs: 600_000 });
    await test.tenant('acme');
    const s1 = await test.connect(await test.login('acme', 's1'));
    const initial = await s1.waitFor('wallboard');
    expect(initial.queues[0]).toMatchObject({ waiting: 0, agentsOnline: 0 });
    await test.connect(await test.login('acme', 'a1'));
    for (let index = 0; index < 10; index += 1) await customerWith(`burst-${index}`);
    // A round trip on the supervisor's own connection: anything sent before it has arrived.
    await s1.ok('resume', { conversationId: 'burst-9', lastSeq: 0 });
    // The initial board, and at most the one the interval allows (seeding the tenant already used it).
    expect(s1.all('wallboard').length).toBeLessThanOrEqual(2);
  });
});
