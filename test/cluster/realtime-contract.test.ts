/**
 * One realtime contract, two modes: the same behaviour from one PostgreSQL server process (single
 * mode, no REDIS_URL) and from a two-node cluster where the customer and one agent sit on the node
 * that does not own the tenant (their commands are forwarded, their events come from that node's
 * replica). The story of test/transport/realtime-end-to-end.test.ts over real processes and the real
 * clock: routed at once, chat both ways, a transfer asked and accepted, closed and rated, every
 * timeline the stored one; presence counted over every node; a client resuming on another node
 * with no gap and no duplicate; idempotent sends through either node; the same error codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentToken, createTenant, customerToken, http } from '../support/cluster-client.js';
import { ADMIN_TOKEN, Cluster, type ClusterNode } from '../support/cluster-harness.js';
import { connectClient, type TestClient } from '../support/realtime-client.js';

interface Mode {
  readonly name: string;
  readonly cluster: boolean;
  readonly nodeIds: readonly string[];
}

const modes: Mode[] = [
  { name: 'single PostgreSQL server', cluster: false, nodeIds: ['solo'] },
  { name: 'two-node cluster', cluster: true, nodeIds: ['n1', 'n2'] },
];

const seqs = (client: TestClient, conversationId: string): number[] =>
  client.messages(conversationId).map((entry) => entry.seq);

describe.each(modes)('realtime contract: $name', (mode) => {
  let cluster: Cluster;
  let owner: ClusterNode;
  let other: ClusterNode;
  let admin: string;
  const clients: TestClient[] = [];

  const connect = async (node: ClusterNode, token: string): Promise<TestClient> => {
    const client = await connectClient(node.url, token);
    clients.push(client);
    return client;
  };

  const stored = async (conversationId: string, publicOnly: boolean): Promise<number[]> => {
    const rows = await cluster.query<{ seq: number }>(
      `SELECT seq FROM messages WHERE tenant_id = 'acme' AND conversation_id = $1 ${publicOnly ? "AND visibility = 'public'" : ''} ORDER BY seq`,
      [conversationId],
    );
    return rows.map((row) => row.seq);
  };

  beforeAll(async () => {
    cluster = await Cluster.create({ nodeIds: mode.nodeIds, name: 'contract', cluster: mode.cluster });
    await cluster.startAll();
    admin = await createTenant(cluster.nodes[0]!.url, 'acme', {
      agents: ['a1', 'a2'],
      maxConcurrent: 3,
      settings: { presenceGraceSeconds: 1 },
    });
    if (mode.cluster) {
      const owners = await cluster.settledOwners(['acme']);
      owner = cluster.node(owners.get('acme')!);
      other = cluster.nodes.find((node) => node !== owner)!;
    } else {
      owner = other = cluster.nodes[0]!;
    }
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await cluster.close();
  });

  it('routes, chats, transfers, closes and rates a conversation; every timeline is the stored one', async () => {
    const a1 = await connect(owner, await agentToken(other.url, 'acme', 'a1'));
    const a2 = await connect(other, await agentToken(owner.url, 'acme', 'a2'));
    const agents = { a1, a2 };
    const customer = await connect(other, await customerToken(other.url, 'acme', 'visitor-contract-1'));

    const opened = await customer.ok<{ conversation: { status: string; agent: { agentId: 'a1' | 'a2' } } }>(
      'conversation.open',
      { conversationId: 'c1', source: 'website', text: '我要退款' },
    );
    expect(opened.conversation.status).toBe('active');
    const ownerId = opened.conversation.agent.agentId;
    const colleagueId = ownerId === 'a1' ? 'a2' : 'a1';
    const first = agents[ownerId];
    const colleague = agents[colleagueId];
    expect(await first.waitFor('conversation.assigned', (payload) => payload.conversationId === 'c1')).toMatchObject({
      via: 'routing',
      conversation: { conversationId: 'c1', ownerId, status: 'active' },
    });
    expect(await first.entry('c1', 1)).toMatchObject({ authorKind: 'customer', text: '我要退款' });

    await first.ok('message.send', { conversationId: 'c1', messageId: 'o-1', text: '您好，请提供订单号' });
    expect(await customer.entry('c1', 2)).toMatchObject({ authorId: ownerId, text: '您好，请提供订单号' });
    await customer.ok('message.send', { conversationId: 'c1', messageId: 'c-1', text: '订单 42' });
    expect(await first.entry('c1', 3)).toMatchObject({ authorKind: 'customer', text: '订单 42' });

    expect(
      await first.ok('transfer.request', {
        transferId: 't1',
        conversationId: 'c1',
        target: { kind: 'agent', agentId: colleagueId },
        note: { text: 'refund, order 42' },
      }),
    ).toMatchObject({ transferId: 't1', status: 'pending', targetAgentId: colleagueId });
    expect(await colleague.waitFor('transfer.requested', (card) => card.transferId === 't1')).toMatchObject({
      conversationId: 'c1',
      fromAgentId: ownerId,
      customer: { customerId: 'v:visitor-contract-1' },
    });
    expect(await colleague.ok('transfer.accept', { transferId: 't1' })).toMatchObject({ status: 'accepted' });
    expect(await first.waitFor('conversation.removed')).toEqual({ conversationId: 'c1', reason: 'transferred' });
    const reply = await colleague.ok<{ seq: number }>('message.send', {
      conversationId: 'c1',
      messageId: 'n-1',
      text: '退款已处理',
    });
    expect(await customer.entry('c1', reply.seq)).toMatchObject({ authorId: colleagueId, text: '退款已处理' });
    const late = await first.request('message.send', { conversationId: 'c1', messageId: 'o-3', text: 'bye' });
    expect(late.ok ? 'ok' : late.error.code).toBe('NOT_OWNER');

    const closed = await customer.ok<{ conversation: { status: string } }>('conversation.close', {
      conversationId: 'c1',
    });
    expect(closed.conversation.status).toBe('closed');
    await customer.ok('conversation.rate', { conversationId: 'c1', score: 5, comment: 'fast' });
    expect(await colleague.waitFor('conversation.rated')).toEqual({ conversationId: 'c1', score: 5, comment: 'fast' });

    await expect.poll(() => seqs(customer, 'c1')).toEqual(await stored('c1', true));
    await expect.poll(() => seqs(colleague, 'c1')).toEqual(await stored('c1', false));
  });

  it('counts an agent online wherever they are connected, and offline after the grace once they leave', async () => {
    const online = async (node: ClusterNode): Promise<boolean> => {
      const answer = await http<{ online: boolean }>(node.url, 'GET', '/api/v1/agents/a2', undefined, admin);
      return answer.body.online;
    };
    const token = await agentToken(owner.url, 'acme', 'a2');
    for (const client of clients) client.close();
    clients.length = 0;
    await expect.poll(() => online(owner)).toBe(false);
    const connection = await connect(other, token);
    await expect.poll(() => online(owner)).toBe(true);
    await expect.poll(() => online(other)).toBe(true);
    await connection.disconnect();
    await expect.poll(() => online(owner)).toBe(false);
    await expect.poll(() => online(other)).toBe(false);
  });

  it('resumes a customer on another node with neither a gap nor a duplicate', async () => {
    const agent = await connect(owner, await agentToken(owner.url, 'acme', 'a1'));
    const token = await customerToken(other.url, 'acme', 'visitor-contract-2');
    const customer = await connect(other, token);
    const opened = await customer.ok<{ conversation: { agent: { agentId: string } | null } }>('conversation.open', {
      conversationId: 'c2',
      source: 'website',
      text: 'hello',
    });
    expect(opened.conversation.agent?.agentId).toBe('a1');
    await agent.entry('c2', 1);
    await customer.entry('c2', 1);
    await customer.disconnect();
    const missed = await agent.ok<{ seq: number }>('message.send', {
      conversationId: 'c2',
      messageId: 'm-2',
      text: 'one',
    });
    await agent.ok('message.send', { conversationId: 'c2', messageId: 'm-3', text: 'two' });
    // Back through the owner node this time, from its cursor.
    const again = await connect(owner, token);
    const resumed = await again.ok<{ lastSeq: number }>('resume', { conversationId: 'c2', lastSeq: 1 });
    expect(resumed.lastSeq).toBeGreaterThanOrEqual(missed.seq + 1);
    await again.entry('c2', missed.seq + 1);
    expect([...seqs(customer, 'c2'), ...seqs(again, 'c2')]).toEqual(await stored('c2', true));
  });

  it('answers a repeated send through either node with the first answer, and errors with the same codes', async () => {
    const token = await customerToken(owner.url, 'acme', 'visitor-contract-3');
    const onOwner = await connect(owner, token);
    const onOther = await connect(other, token);
    await onOther.ok('conversation.open', { conversationId: 'c3', source: 'website', text: 'hi' });
    const firstSend = await onOther.ok<{ seq: number; duplicate: boolean }>('message.send', {
      conversationId: 'c3',
      messageId: 'same-id',
      text: 'once',
    });
    const secondSend = await onOwner.ok<{ seq: number; duplicate: boolean }>('message.send', {
      conversationId: 'c3',
      messageId: 'same-id',
      text: 'once',
    });
    expect(firstSend.duplicate).toBe(false);
    expect(secondSend).toMatchObject({ seq: firstSend.seq, duplicate: true });
    for (const client of [onOwner, onOther]) {
      const missing = await client.request('message.send', { conversationId: 'nope', messageId: 'x-1', text: 'a' });
      expect(missing.ok ? 'ok' : missing.error.code).toBe('CONVERSATION_NOT_FOUND');
    }
    for (const node of [owner, other]) {
      const answer = await http<{ error: { code: string } }>(
        node.url,
        'POST',
        '/api/v1/tenants',
        {
          tenantId: 'acme',
          admin: { id: 'admin', name: 'Admin', password: 'another long password' },
        },
        ADMIN_TOKEN,
      );
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe('TENANT_EXISTS');
    }
  });
  it('relays typing and read marks to the other side wherever it is connected, and to nobody else', async () => {
    const customer = await connect(other, await customerToken(other.url, 'acme', 'visitor-contract-signals'));
    const opened = await customer.ok<{ conversation: { agent: { agentId: string } } }>('conversation.open', {
      conversationId: 'c9',
      source: 'website',
      text: '还在吗',
    });
    const ownerId = opened.conversation.agent.agentId;
    // The owner on the node the customer is not on (in a cluster), a colleague beside them.
    const agent = await connect(owner, await agentToken(owner.url, 'acme', ownerId));
    const colleague = await connect(owner, await agentToken(owner.url, 'acme', ownerId === 'a1' ? 'a2' : 'a1'));

    expect(await customer.ok('typing', { conversationId: 'c9', typing: true })).toMatchObject({ relayed: true });
    expect(await agent.waitFor('typing', (signal) => signal.conversationId === 'c9')).toMatchObject({
      from: 'customer',
      typing: true,
    });
    await agent.ok('typing', { conversationId: 'c9', typing: true });
    expect(await customer.waitFor('typing', (signal) => signal.conversationId === 'c9')).toMatchObject({
      from: 'agent',
      agentId: ownerId,
    });
    await agent.ok('read', { conversationId: 'c9', seq: 1 });
    expect(await customer.waitFor('read', (mark) => mark.conversationId === 'c9')).toEqual({
      conversationId: 'c9',
      reader: 'agent',
      seq: 1,
    });
    // A new connection of the customer on their node is told the mark, kept there from the relay too.
    const again = await connect(other, await customerToken(owner.url, 'acme', 'visitor-contract-signals'));
    expect(await again.waitFor('read', (mark) => mark.conversationId === 'c9')).toMatchObject({ seq: 1 });
    expect(colleague.all('typing')).toEqual([]);
    expect(colleague.all('read')).toEqual([]);
  });
});
