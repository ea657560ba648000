/**
 * An agent's work over real sockets beyond the happy path: offers (accept, decline, expiry on the
 * simulated clock), transfers rejected and timed out (the initiator is told, with fresh
 * recommendations; the colleague stops receiving the conversation), supervisors watching and
 * whispering, and a connection that ends with its token.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

async function openConversation(conversationId: string): Promise<TestClient> {
  const customer = await test.connect(await test.widgetToken('acme', `visitor-${conversationId}`));
  await customer.ok('conversation.open', { conversationId, source: 'website', text: `hello from ${conversationId}` });
  return customer;
}

const codeOf = (answer: { ok: boolean; error?: { code: string } }): string =>
  answer.ok ? 'ok' : (answer.error?.code ?? '?');

describe('realtime agent work', () => {
  it('offers conversations with a deadline; accept, decline and expiry move them on', async () => {
    await test.run('acme', { type: 'ConfigureTenant', settings: { assignmentMode: 'offer', offerTimeoutSeconds: 20 } });
    const a1 = await test.connect(await test.login('acme', 'a1'));
    await openConversation('c1');
    const offer = await a1.waitFor('conversation.offered', (payload) => payload.conversationId === 'c1');
    expect(offer.offerDeadline).toBe(new Date(test.clock.now() + 20_000).toISOString());
    expect(await a1.ok('offer.accept', { conversationId: 'c1' })).toMatchObject({
      conversation: { status: 'active', ownerId: 'a1' },
    });
    expect(await a1.waitFor('conversation.assigned', (payload) => payload.conversationId === 'c1')).toMatchObject({
      via: 'offer',
    });

    const a2 = await test.connect(await test.login('acme', 'a2'));
    await openConversation('c2');
    const first = test.actor('acme').view.conversations.get('c2')!.ownerId!;
    const [offered, other] = first === 'a1' ? [a1, a2] : [a2, a1];
    await offered.waitFor('conversation.offered', (payload) => payload.conversationId === 'c2');
    await offered.ok('offer.decline', { conversationId: 'c2' });
    expect(await offered.waitFor('conversation.removed', (payload) => payload.conversationId === 'c2')).toEqual({
      conversationId: 'c2',
      reason: 'offer-declined',
    });
    await other.waitFor('conversation.offered', (payload) => payload.conversationId === 'c2');
    // Nobody answers: the offer expires on the simulated clock and leaves its agent.
    test.clock.advanceBy(20_000);
    expect(await other.waitFor('conversation.removed', (payload) => payload.conversationId === 'c2')).toEqual({
      conversationId: 'c2',
      reason: 'offer-expired',
    });
  });

  it('tells the initiator about a rejected or timed-out transfer, and the colleague stops following', async () => {
    const a1 = await test.connect(await test.login('acme', 'a1'));
    const customer = await openConversation('c1');
    await a1.ok('message.send', { conversationId: 'c1', messageId: 'r1', text: 'Hello' });
    const a2 = await test.connect(await test.login('acme', 'a2'));
    const note = { text: 'needs a specialist' };

    await a1.ok('transfer.request', {
      transferId: 't1',
      conversationId: 'c1',
      target: { kind: 'agent', agentId: 'a2' },
      note,
    });
    await a2.waitFor('transfer.requested', (card) => card.transferId === 't1');
    await a2.entry('c1', 2);
    expect(await a2.ok('transfer.reject', { transferId: 't1', reason: 'not my area' })).toMatchObject({
      status: 'rejected',
    });
    const rejected = await a1.waitFor('transfer.updated', (update) => update.status === 'rejected');
    expect(rejected).toMatchObject({ transferId: 't1', targetAgentId: 'a2', reason: 'not my area', deadline: null });
    expect(Array.isArray(rejected.recommendations)).toBe(true);
    expect(codeOf(await a2.request('transfer.accept', { transferId: 't1' }))).toBe('TRANSFER_NOT_FOUND');

    // The colleague no longer follows c1: the customer's next message reaches the owner only.
    const sent = await customer.ok<{ seq: number }>('message.send', {
      conversationId: 'c1',
      messageId: 'm2',
      text: '?',
    });
    await a1.entry('c1', sent.seq);
    await a2.ok('status.set', { status: 'available' });
    expect(a2.messages('c1').map((entry) => entry.seq)).not.toContain(sent.seq);

    await a1.ok('transfer.request', {
      transferId: 't2',
      conversationId: 'c1',
      target: { kind: 'agent', agentId: 'a2' },
      note,
    });
    const card = await a2.waitFor('transfer.requested', (payload) => payload.transferId === 't2');
    test.clock.advanceTo(Date.parse(card.deadline));
    expect(await a1.waitFor('transfer.updated', (update) => update.status === 'timed-out')).toMatchObject({
      transferId: 't2',
      targetAgentId: 'a2',
    });
    await a2.waitFor('transfer.updated', (update) => update.transferId === 't2' && update.status === 'timed-out');
    expect(test.actor('acme').view.conversations.get('c1')?.ownerId).toBe('a1');
  });

  it('lets a supervisor watch a conversation and whisper to the agent, never to the customer', async () => {
    const a1 = await test.connect(await test.login('acme', 'a1'));
    const s1 = await test.connect(await test.login('acme', 's1'));
    const customer = await openConversation('c1');
    await a1.ok('message.send', { conversationId: 'c1', messageId: 'r1', text: 'Hello' });

    await s1.ok('conversation.join', { conversationId: 'c1', mode: 'watch' });
    // The watcher gets the history from the start, then what follows.
    expect((await s1.entry('c1', 1)).text).toBe('hello from c1');
    await s1.entry('c1', 2);
    const whisper = await s1.ok<{ seq: number }>('message.send', {
      conversationId: 'c1',
      messageId: 'w1',
      text: 'offer a voucher',
      visibility: 'internal',
    });
    expect(await a1.entry('c1', whisper.seq)).toMatchObject({ authorId: 's1', visibility: 'internal' });
    expect(codeOf(await s1.request('message.send', { conversationId: 'c1', messageId: 'w2', text: 'hi!' }))).toBe(
      'NOT_OWNER',
    );
    const next = await customer.ok<{ seq: number }>('message.send', {
      conversationId: 'c1',
      messageId: 'm2',
      text: 'ok',
    });
    await s1.entry('c1', next.seq);
    expect(customer.messages('c1').map((entry) => entry.seq)).not.toContain(whisper.seq);

    await s1.ok('conversation.leave', { conversationId: 'c1' });
    const after = await customer.ok<{ seq: number }>('message.send', {
      conversationId: 'c1',
      messageId: 'm3',
      text: '!',
    });
    await a1.entry('c1', after.seq);
    await s1.ok('status.set', { status: 'available' });
    expect(s1.messages('c1').map((entry) => entry.seq)).not.toContain(after.seq);
  });

  it('ends a connection when its token expires', async () => {
    const token = await test.server.tokens.issue({ kind: 'agent', tenantId: 'acme', agentId: 'a1', role: 'agent' }, 3);
    const a1 = await test.connect(token);
    const disconnected = new Promise<string>((resolve) => a1.socket.once('disconnect', resolve));
    await a1.waitFor('session.expired');
    expect(await disconnected).toBe('io server disconnect');
  });
});
