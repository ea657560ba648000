/**
 * The whole story over real sockets (HTTP only to sign in): a customer connects and opens a
 * conversation, it is routed, they chat both ways, the owner asks a colleague to take it, the
 * colleague — who already sees the history, the note and the customer — accepts, the customer sees
 * the notices and the new agent's messages, and the conversation is closed and rated. Every
 * timeline either side received is the stored one, in order, with no gap and no duplicate.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TransferCard } from '../../src/transport/realtime/protocol.js';
import type { TestClient } from '../support/realtime-client.js';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;

beforeEach(async () => {
  test = await startRealtimeServer();
  await test.tenant('acme');
});

afterEach(async () => {
  await test.close();
});

const seqs = (client: TestClient): number[] => client.messages('c1').map((entry) => entry.seq);

async function storedSeqs(publicOnly: boolean): Promise<number[]> {
  const page = await test.server.registry.store.messages('acme', 'c1', { limit: 200, publicOnly });
  return page.items.map((item) => item.seq);
}

describe('realtime end to end', () => {
  it('routes, chats, transfers, closes and rates a conversation over sockets', async () => {
    const agents = {
      a1: await test.connect(await test.login('acme', 'a1')),
      a2: await test.connect(await test.login('acme', 'a2')),
    };
    const customer = await test.connect(await test.widgetToken('acme', 'visitor-e2e-01'));

    // Routed at once.
    const opened = await customer.ok<{ conversation: { status: string; agent: { agentId: 'a1' | 'a2' } } }>(
      'conversation.open',
      { conversationId: 'c1', source: 'website', text: '我要退款' },
    );
    expect(opened.conversation.status).toBe('active');
    const ownerId = opened.conversation.agent.agentId;
    const colleagueId = ownerId === 'a1' ? 'a2' : 'a1';
    const owner = agents[ownerId];
    const colleague = agents[colleagueId];
    const assigned = await owner.waitFor('conversation.assigned', (payload) => payload.conversationId === 'c1');
    expect(assigned).toMatchObject({
      via: 'routing',
      firstResponseDeadline: new Date(test.clock.now() + 60_000).toISOString(),
      conversation: { conversationId: 'c1', ownerId, status: 'active' },
    });
    expect(await owner.entry('c1', 1)).toMatchObject({ authorKind: 'customer', text: '我要退款' });

    // Chat both ways.
    await owner.ok('message.send', { conversationId: 'c1', messageId: 'o-1', text: '您好，请提供订单号' });
    expect(await customer.entry('c1', 2)).toMatchObject({ authorId: ownerId, text: '您好，请提供订单号' });
    await customer.ok('message.send', { conversationId: 'c1', messageId: 'c-1', text: '订单 42' });
    expect(await owner.entry('c1', 3)).toMatchObject({ authorKind: 'customer', text: '订单 42' });

    // The owner asks the colleague to take it.
    const requested = await owner.ok<{ transferId: string; status: string; targetAgentId: string; deadline: string }>(
      'transfer.request',
      {
        transferId: 't1',
        conversationId: 'c1',
        target: { kind: 'agent', agentId: colleagueId },
        note: { text: 'refund, order 42' },
      },
    );
    const deadline = new Date(test.clock.now() + 30_000).toISOString();
    expect(requested).toMatchObject({ transferId: 't1', status: 'pending', targetAgentId: colleagueId, deadline });
    const card: TransferCard = await colleague.waitFor('transfer.requested', (payload) => payload.transferId === 't1');
    expect(card).toMatchObject({
      conversationId: 'c1',
      initiatorId: ownerId,
      fromAgentId: ownerId,
      deadline,
      note: { text: 'refund, order 42' },
      conversation: { conversationId: 'c1', ownerId, pendingTransferId: 't1' },
      customer: { customerId: 'v:visitor-e2e-01' },
    });
    await owner.waitFor('transfer.updated', (update) => update.transferId === 't1' && update.status === 'pending');
    // The colleague already reads the whole history, the internal TRANSFER entry included.
    const transferEntry = await colleague.waitFor('message', (entry) => entry.kind === 'TRANSFER');
    expect(transferEntry.visibility).toBe('internal');
    const transferring = await customer.waitFor('message', (entry) => entry.kind === 'notice');
    expect(transferring.visibility).toBe('public');

    // Meanwhile the customer keeps writing and the owner keeps answering; both agents see it.
    const during = await customer.ok<{ seq: number }>('message.send', {
      conversationId: 'c1',
      messageId: 'c-2',
      text: 'still there?',
    });
    await owner.entry('c1', during.seq);
    await colleague.entry('c1', during.seq);
    await owner.ok('message.send', { conversationId: 'c1', messageId: 'o-2', text: 'yes, one moment' });

    // The colleague accepts.
    expect(await colleague.ok('transfer.accept', { transferId: 't1' })).toMatchObject({ status: 'accepted' });
    expect(
      await colleague.waitFor('conversation.assigned', (payload) => payload.conversationId === 'c1'),
    ).toMatchObject({ via: 'transfer', conversation: { ownerId: colleagueId } });
    expect(await owner.waitFor('transfer.updated', (update) => update.status === 'accepted')).toMatchObject({
      transferId: 't1',
      fromAgentId: ownerId,
      targetAgentId: colleagueId,
    });
    expect(await owner.waitFor('conversation.removed')).toEqual({ conversationId: 'c1', reason: 'transferred' });
    const greeting = await customer.waitFor('message', (entry) => entry.kind === 'greeting');
    expect(greeting).toMatchObject({ authorId: colleagueId, visibility: 'public' });
    expect(
      await customer.waitFor('conversation.updated', (view) => 'agent' in view && view.agent?.agentId === colleagueId),
    ).toMatchObject({ status: 'active', agent: { name: colleagueId.toUpperCase() } });

    // The new agent writes; the old one may no longer write publicly.
    const reply = await colleague.ok<{ seq: number }>('message.send', {
      conversationId: 'c1',
      messageId: 'n-1',
      text: '退款已处理',
    });
    expect(await customer.entry('c1', reply.seq)).toMatchObject({ authorId: colleagueId, text: '退款已处理' });
    const late = await owner.request('message.send', { conversationId: 'c1', messageId: 'o-3', text: 'bye' });
    expect(late.ok ? 'ok' : late.error.code).toBe('NOT_OWNER');

    // Closed by the customer, then rated.
    const closed = await customer.ok<{ conversation: { status: string } }>('conversation.close', {
      conversationId: 'c1',
    });
    expect(closed.conversation.status).toBe('closed');
    await colleague.waitFor('conversation.updated', (view) => view.conversationId === 'c1' && view.status === 'closed');
    await customer.ok('conversation.rate', { conversationId: 'c1', score: 5, comment: 'fast' });
    expect(await colleague.waitFor('conversation.rated')).toEqual({ conversationId: 'c1', score: 5, comment: 'fast' });

    // What each side received is the stored timeline: in order, no gap, no duplicate.
    expect(seqs(customer)).toEqual(await storedSeqs(true));
    expect(seqs(colleague)).toEqual(await storedSeqs(false));
    expect(customer.messages('c1').map((entry) => entry.kind)).toEqual([
      'text',
      'text',
      'text',
      'notice',
      'text',
      'text',
      'notice',
      'greeting',
      'text',
    ]);
    // The old owner saw everything up to the hand-over, then stopped following.
    const ownerSeqs = seqs(owner);
    expect(ownerSeqs).toEqual((await storedSeqs(false)).slice(0, ownerSeqs.length));
    expect(owner.messages('c1').some((entry) => entry.kind === 'TRANSFER_ACCEPT')).toBe(true);
    expect(ownerSeqs).not.toContain(reply.seq);
  });
});
