/**
 * The realtime gateway's doors: the handshake refuses anything but a valid agent or customer token
 * with a catalogued code and changes nothing; every request checks the caller's role and its
 * payload; and nothing crosses tenants — not events, not conversations, not presence.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTokenService } from '../../src/transport/auth/tokens.js';
import { refusal } from '../support/realtime-client.js';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;

beforeEach(async () => {
  test = await startRealtimeServer();
  await test.tenant('acme');
});

afterEach(async () => {
  await test.close();
});

describe('realtime access', () => {
  it('refuses connections without a valid agent or customer token, with catalogued codes, changing nothing', async () => {
    const forger = createTokenService('not-the-server-secret-not-the-server-secret');
    const tokens = test.server.tokens;
    const valid = await test.login('acme', 'a1');
    const before = test.actor('acme').lastSeq;
    const cases: [string, Record<string, unknown>, string][] = [
      ['no token', {}, 'UNAUTHENTICATED'],
      ['not a string', { token: 42 }, 'UNAUTHENTICATED'],
      ['garbage', { token: 'not.a.token' }, 'UNAUTHENTICATED'],
      [
        'forged',
        { token: await forger.issue({ kind: 'agent', tenantId: 'acme', agentId: 'a1', role: 'admin' }) },
        'UNAUTHENTICATED',
      ],
      [
        'forged customer',
        { token: await forger.issue({ kind: 'customer', tenantId: 'acme', customerId: 'v:x', verified: true }) },
        'UNAUTHENTICATED',
      ],
      [
        'expired',
        { token: await tokens.issue({ kind: 'agent', tenantId: 'acme', agentId: 'a1', role: 'agent' }, -60) },
        'UNAUTHENTICATED',
      ],
      [
        'unknown tenant',
        { token: await tokens.issue({ kind: 'agent', tenantId: 'nowhere', agentId: 'a1', role: 'agent' }) },
        'UNAUTHENTICATED',
      ],
      [
        'unknown agent',
        { token: await tokens.issue({ kind: 'agent', tenantId: 'acme', agentId: 'ghost', role: 'admin' }) },
        'UNAUTHENTICATED',
      ],
      ['API key', { token: 'sbk_acme.k1.AAAAAAAAAAAAAAAAAAAAAAAA' }, 'FORBIDDEN'],
      ['bad resume', { token: valid, resume: [{ conversationId: 'c1', lastSeq: -1 }] }, 'VALIDATION_FAILED'],
    ];
    for (const [name, auth, code] of cases) {
      const refused = await refusal(test.url, auth);
      expect(refused.code, name).toBe(code);
      expect(refused.message.length, name).toBeGreaterThan(0);
    }
    expect(test.actor('acme').lastSeq).toBe(before);
    expect(test.actor('acme').view.agents.get('a1')?.online).toBe(false);
  });

  it('checks the role behind every request and validates every payload', async () => {
    const customer = await test.connect(await test.widgetToken('acme', 'visitor-0001'));
    const agent = await test.connect(await test.login('acme', 'a1'));
    const opened = await customer.ok<{ conversation: { conversationId: string } }>('conversation.open', {
      conversationId: 'c1',
      source: 'website',
      text: 'hello',
    });
    expect(opened.conversation.conversationId).toBe('c1');

    const refusals: [typeof agent, string, unknown, string][] = [
      [customer, 'transfer.accept', { transferId: 't1' }, 'FORBIDDEN'],
      [customer, 'status.set', { status: 'available' }, 'FORBIDDEN'],
      [customer, 'conversation.join', { conversationId: 'c1', mode: 'watch' }, 'FORBIDDEN'],
      [agent, 'conversation.open', { source: 'website' }, 'FORBIDDEN'],
      [agent, 'conversation.rate', { conversationId: 'c1', score: 5 }, 'FORBIDDEN'],
      [agent, 'conversation.contact', { conversationId: 'c1', phone: '13800000000' }, 'FORBIDDEN'],
      [customer, 'conversation.contact', { conversationId: 'c1', phone: '1380000', extra: 1 }, 'VALIDATION_FAILED'],
      [agent, 'conversation.join', { conversationId: 'c1', mode: 'barge' }, 'FORBIDDEN'],
      [customer, 'message.send', { conversationId: 'c1', text: 'no id' }, 'VALIDATION_FAILED'],
      [customer, 'message.send', { conversationId: 'c1', messageId: 'm1', text: 'x', extra: 1 }, 'VALIDATION_FAILED'],
      [customer, 'message.send', 'not an object', 'VALIDATION_FAILED'],
      [customer, 'resume', { conversationId: 'c1', lastSeq: 1.5 }, 'VALIDATION_FAILED'],
      [customer, 'resume', { conversationId: 'c1', lastSeq: 99 }, 'VALIDATION_FAILED'],
      [customer, 'message.send', { conversationId: 'nope', messageId: 'm1', text: 'x' }, 'CONVERSATION_NOT_FOUND'],
      [
        customer,
        'message.send',
        { conversationId: 'c1', messageId: 'm1', text: 'x', visibility: 'internal' },
        'INVALID_COMMAND',
      ],
      [agent, 'transfer.accept', { transferId: 'no-such-transfer' }, 'TRANSFER_NOT_FOUND'],
      [agent, 'no.such.request', {}, 'NOT_FOUND'],
    ];
    for (const [client, event, payload, code] of refusals) {
      const answer = await client.request(event, payload);
      expect(answer.ok ? 'ok' : answer.error.code, `${event} ${JSON.stringify(payload)}`).toBe(code);
    }
    // Without an acknowledgement callback, a failure comes back as `request.failed`.
    customer.socket.emit('transfer.accept', { transferId: 't1' });
    const failed = await customer.waitFor('request.failed');
    expect(failed).toEqual({ event: 'transfer.accept', error: { code: 'FORBIDDEN', message: 'Agents only.' } });
  });

  it('keeps tenants apart: same agent ids, same visitor id, nothing crosses', async () => {
    await test.tenant('globex');
    const acmeCustomer = await test.connect(await test.widgetToken('acme', 'visitor-same'));
    const acmeAgent = await test.connect(await test.login('acme', 'a1'));
    const globexAgents = [
      await test.connect(await test.login('globex', 'a1')),
      await test.connect(await test.login('globex', 'a2')),
    ];
    const globexCustomer = await test.connect(await test.widgetToken('globex', 'visitor-same'));
    const globexSupervisor = await test.connect(await test.login('globex', 's1'));

    await acmeCustomer.ok('conversation.open', { conversationId: 'secret', source: 'website', text: 'my card number' });
    await acmeAgent.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'secret');
    await acmeAgent.ok('message.send', { conversationId: 'secret', messageId: 'r1', text: 'acme reply' });
    await acmeCustomer.entry('secret', 2);

    for (const client of [...globexAgents, globexCustomer, globexSupervisor]) {
      for (const [event, payload] of [
        ['resume', { conversationId: 'secret', lastSeq: 0 }],
        ['message.send', { conversationId: 'secret', messageId: 'x1', text: 'peek' }],
        ['conversation.close', { conversationId: 'secret' }],
      ] as const) {
        const answer = await client.request(event, payload);
        expect(answer.ok ? 'ok' : answer.error.code).toBe('CONVERSATION_NOT_FOUND');
      }
    }
    // Another customer of the same tenant cannot read it either.
    const stranger = await test.connect(await test.widgetToken('acme', 'visitor-other'));
    const peek = await stranger.request('resume', { conversationId: 'secret', lastSeq: 0 });
    expect(peek.ok ? 'ok' : peek.error.code).toBe('CONVERSATION_NOT_FOUND');

    // A barrier: an event each globex client receives after anything sent to it before.
    await globexCustomer.ok('conversation.open', { conversationId: 'mine', source: 'website', text: 'hi' });
    const globexOwner = test.actor('globex').view.conversations.get('mine')?.ownerId;
    const owner = globexAgents[globexOwner === 'a1' ? 0 : 1]!;
    await owner.waitFor('conversation.assigned', (assigned) => assigned.conversationId === 'mine');
    await globexSupervisor.waitFor('wallboard', (board) => board.queues[0]?.agentsOnline === 2);
    for (const client of [...globexAgents, globexCustomer, globexSupervisor]) {
      const leaked = client.log.filter((received) => JSON.stringify(received.payload).includes('secret'));
      expect(leaked).toEqual([]);
    }
    expect(globexCustomer.all('conversation.updated').every((view) => view.conversationId === 'mine')).toBe(true);
    // Presence is per tenant: acme's a1 online, globex's a1 by its own connection only.
    expect(test.actor('acme').view.agents.get('a2')?.online).toBe(false);
    expect(test.actor('globex').view.agents.get('a1')?.online).toBe(true);
  });
});
