/**
 * The enrichment hook on the widget's own path (issue 18): a customer opening a conversation over
 * Socket.IO (`conversation.open`) is routed on the hook's facts, and a hook hanging for one
 * customer holds no other customer's conversation: B is assigned while A's hook request is open.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skillGroup } from '../../src/domain/skill-group.js';
import type { CustomerConversation } from '../../src/transport/realtime/protocol.js';
import { answer, Receiver } from '../support/hook-receiver.js';
import { until } from '../support/realtime-client.js';
import { rule } from '../support/routing-helpers.js';
import { startRealtimeServer, type RealtimeTestServer } from '../support/realtime-server.js';

let test: RealtimeTestServer;
let receiver: Receiver;

beforeEach(async () => {
  receiver = new Receiver();
  await receiver.start();
  test = await startRealtimeServer({}, { outbound: { allowHttp: true, allowPrivateAddresses: true } });
  await test.tenant('acme');
  await test.run('acme', { type: 'SaveSkillGroup', group: skillGroup({ id: 'vip', name: 'VIP' }) });
  await test.run('acme', {
    type: 'SaveRoutingRules',
    rules: [rule('big', { facts: [{ attribute: 'orderAmount', op: 'gte', value: 5000 }] }, { groupId: 'vip' })],
  });
  await test.run('acme', {
    type: 'ConfigureTenant',
    settings: {
      enrichmentHook: {
        enabled: true,
        url: receiver.url,
        secret: 'realtime-hook-secret-0123',
        timeoutMs: 2000,
        cacheSeconds: 60,
      },
    },
  });
});

afterEach(async () => {
  await test.close();
  await receiver.close();
});

async function openAs(visitorId: string): Promise<CustomerConversation> {
  const client = await test.connect(await test.widgetToken('acme', visitorId));
  const opened = await client.ok<{ conversation: CustomerConversation }>('conversation.open', {
    source: 'website',
    text: `hello from ${visitorId}`,
  });
  return opened.conversation;
}

describe('enrichment hook over the realtime gateway', () => {
  it("routes a widget customer's conversation on the hook's facts", async () => {
    receiver.behaviour = () => answer({ attributes: { orderAmount: 9000 } });
    const conversation = await openAs('big-spender');
    expect(test.actor('acme').view.conversations.get(conversation.conversationId)?.groupId).toBe('vip');
    expect(receiver.received).toHaveLength(1);
  });

  it("assigns customer B while customer A's hook request is still open", async () => {
    await test.connect(await test.login('acme', 'a1'));
    receiver.behaviour = (request) => (request.customer.id === 'v:visitor-slow' ? 'hang' : answer({}));
    const slow = openAs('visitor-slow');
    await until(() => receiver.received.some((entry) => entry.body.customer.id === 'v:visitor-slow'), 'A asked');

    const quick = await openAs('visitor-quick');
    expect(quick).toMatchObject({ status: 'active', agent: { agentId: 'a1' } });
    expect(receiver.received.find((entry) => entry.body.customer.id === 'v:visitor-slow')?.answered).toBe(false);

    receiver.release(JSON.stringify({ attributes: { orderAmount: 6000 } }));
    const late = await slow;
    expect(test.actor('acme').view.conversations.get(late.conversationId)?.groupId).toBe('vip');
  });
});
