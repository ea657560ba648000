/**
 * An agent's work on a conversation over HTTP: answering offers (offer mode), returning a
 * conversation to the queue, internal notes the customer never sees, and the transfer chain.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiKey, bearer, call, customerToken, expectError } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  for (const agentId of ['a1', 'a2']) await acme.run({ type: 'ConnectAgent', agentId });
});

afterEach(async () => {
  await test.close();
});

interface Live {
  conversationId: string;
  ownerId: string | null;
  status: string;
}

async function open(conversationId: string, headers: Record<string, string> = apiKey(acme.apiKey)): Promise<Live> {
  const opened = await call<Live>(test, {
    method: 'POST',
    url: '/api/v1/conversations',
    headers,
    payload: {
      conversationId,
      channel: 'web',
      source: 'site',
      text: 'hello',
      ...('x-api-key' in headers ? { customerId: `cust-${conversationId}` } : {}),
    },
  });
  expect(opened.status).toBe(201);
  return opened.body;
}

const tokenOf = (agentId: string | null): string => acme.tokens[agentId as 'a1' | 'a2'];

const act = (token: string, conversationId: string, verb: string) =>
  call<Live>(test, { method: 'POST', url: `/api/v1/conversations/${conversationId}/${verb}`, headers: bearer(token) });

describe('offers', () => {
  beforeEach(async () => {
    await call(test, {
      method: 'PATCH',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.ad1),
      payload: { assignmentMode: 'offer' },
    });
  });

  it('lets the agent offered a conversation accept it', async () => {
    const offered = await open('c1');
    expect(offered.status).toBe('offered');
    const other = offered.ownerId === 'a1' ? 'a2' : 'a1';
    expectError(await act(tokenOf(other), 'c1', 'offer/accept'), 404, 'OFFER_NOT_FOUND');
    const accepted = await act(tokenOf(offered.ownerId), 'c1', 'offer/accept');
    expect(accepted.body).toMatchObject({ status: 'active', ownerId: offered.ownerId });
    expectError(await act(tokenOf(offered.ownerId), 'c1', 'offer/accept'), 404, 'OFFER_NOT_FOUND');
  });

  it('offers a declined conversation to someone else', async () => {
    const offered = await open('c1');
    const declined = await act(tokenOf(offered.ownerId), 'c1', 'offer/decline');
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('offered');
    expect(declined.body.ownerId).not.toBe(offered.ownerId);
  });
});

describe('return to queue', () => {
  it('puts a conversation back in its group’s queue', async () => {
    const served = await open('c1');
    const owner = served.ownerId as 'a1' | 'a2';
    const other = owner === 'a1' ? 'a2' : 'a1';
    expectError(await act(acme.tokens[other], 'c1', 'return-to-queue'), 403, 'NOT_OWNER');
    // Nobody else may take it meanwhile, so it stays in the queue.
    await acme.run({ type: 'SetAgentStatus', agentId: other, status: 'away' });
    await acme.run({ type: 'SetAgentStatus', agentId: owner, status: 'busy' });
    const returned = await act(acme.tokens[owner], 'c1', 'return-to-queue');
    expect(returned.body).toMatchObject({ status: 'queued', ownerId: null });
    expectError(await act(acme.tokens[owner], 'c1', 'return-to-queue'), 409, 'CONVERSATION_NOT_TRANSFERABLE');
    expectError(await act(acme.tokens[owner], 'nope', 'return-to-queue'), 404, 'CONVERSATION_NOT_FOUND');
  });
});

describe('internal notes', () => {
  it('adds a note agents see and the customer never does', async () => {
    const customer = await customerToken(test, 'acme', 'visitor-0001');
    const served = await open('c1', bearer(customer));
    const owner = served.ownerId as 'a1' | 'a2';
    const note = await call<{ seq: number }>(test, {
      method: 'POST',
      url: '/api/v1/conversations/c1/notes',
      headers: bearer(acme.tokens[owner]),
      payload: { messageId: 'n1', text: 'VIP — be gentle' },
    });
    expect(note.status).toBe(201);
    expect(note.body.seq).toBe(2);
    const forStaff = await call<{ items: { messageId: string; visibility: string }[] }>(test, {
      method: 'GET',
      url: '/api/v1/conversations/c1/messages',
      headers: bearer(acme.tokens.s1),
    });
    expect(forStaff.body.items.find((item) => item.messageId === 'n1')?.visibility).toBe('internal');
    const forCustomer = await call(test, {
      method: 'GET',
      url: '/api/v1/conversations/c1/messages',
      headers: bearer(customer),
    });
    expect(forCustomer.text).not.toContain('be gentle');
    const other = owner === 'a1' ? 'a2' : 'a1';
    const stranger = await call(test, {
      method: 'POST',
      url: '/api/v1/conversations/c1/notes',
      headers: bearer(acme.tokens[other]),
      payload: { text: 'me too' },
    });
    expectError(stranger, 403, 'NOT_PARTICIPANT');
    const fromCustomer = await call(test, {
      method: 'POST',
      url: '/api/v1/conversations/c1/notes',
      headers: bearer(customer),
      payload: { text: 'hi' },
    });
    expectError(fromCustomer, 403, 'FORBIDDEN');
  });
});

describe('transfer chain', () => {
  it('lists a conversation’s transfers oldest first, for staff only', async () => {
    const served = await open('c1');
    const first = served.ownerId as 'a1' | 'a2';
    const second = first === 'a1' ? 'a2' : 'a1';
    const hop = async (transferId: string, from: 'a1' | 'a2', to: 'a1' | 'a2') => {
      const requested = await call(test, {
        method: 'POST',
        url: '/api/v1/transfers',
        headers: bearer(acme.tokens[from]),
        payload: {
          transferId,
          conversationId: 'c1',
          target: { kind: 'agent', agentId: to },
          note: { text: 'over to you' },
        },
      });
      expect(requested.status).toBe(201);
      await call(test, {
        method: 'POST',
        url: `/api/v1/transfers/${transferId}/accept`,
        headers: bearer(acme.tokens[to]),
      });
    };
    await hop('t1', first, second);
    test.clock.advanceBy(1000);
    await hop('t2', second, first);
    const chain = await call<{
      items: { transferId: string; fromAgentId: string; targetAgentId: string; status: string }[];
    }>(test, { method: 'GET', url: '/api/v1/conversations/c1/transfers', headers: bearer(acme.tokens.a1) });
    expect(chain.body.items).toMatchObject([
      { transferId: 't1', fromAgentId: first, targetAgentId: second, status: 'accepted' },
      { transferId: 't2', fromAgentId: second, targetAgentId: first, status: 'accepted' },
    ]);
    expectError(
      await call(test, { method: 'GET', url: '/api/v1/conversations/none/transfers', headers: bearer(acme.tokens.a1) }),
      404,
      'CONVERSATION_NOT_FOUND',
    );
  });
});
