/** Which webhook events the domain's events become: public messages only, transfer outcomes, left messages. */
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/domain/events.js';
import { webhookEventsOf } from '../../src/domain/webhook-events.js';

const message = (visibility: 'public' | 'internal', kind: 'text' | 'TRANSFER' = 'text'): DomainEvent => ({
  type: 'MessagePosted',
  at: 1,
  conversationId: 'c1',
  messageId: 'm1',
  seq: 3,
  author: { kind: 'agent', agentId: 'a1' },
  kind,
  visibility,
  text: 'words',
  replyReminderDeadline: null,
  dormantDeadline: null,
});

describe('webhook events of domain events', () => {
  it('sends public messages and never internal notes or internal timeline entries', () => {
    expect(webhookEventsOf(message('public'))).toEqual([
      {
        type: 'message.posted',
        conversationId: 'c1',
        agentId: 'a1',
        data: { messageId: 'm1', seq: 3, kind: 'text', text: 'words', author: { kind: 'agent', agentId: 'a1' } },
      },
    ]);
    expect(webhookEventsOf(message('internal'))).toEqual([]);
    expect(webhookEventsOf(message('internal', 'TRANSFER'))).toEqual([]);
  });

  it('answers a transfer with its outcome, and an accepted one also moves the conversation', () => {
    const accepted: DomainEvent = {
      type: 'TransferAccepted',
      at: 1,
      transferId: 't1',
      conversationId: 'c1',
      fromAgentId: 'a1',
      toAgentId: 'a2',
      groupId: 'g',
      automatic: false,
      firstResponseDeadline: 2,
      replyReminderDeadline: null,
    };
    expect(webhookEventsOf(accepted).map((event) => [event.type, event.data.outcome ?? null])).toEqual([
      ['transfer.answered', 'accepted'],
      ['conversation.transferred', null],
    ]);
    const timedOut: DomainEvent = {
      type: 'TransferTimedOut',
      at: 1,
      transferId: 't1',
      conversationId: 'c1',
      agentId: null,
      recommendations: [],
    };
    expect(webhookEventsOf(timedOut)).toEqual([
      {
        type: 'transfer.answered',
        conversationId: 'c1',
        agentId: null,
        data: { transferId: 't1', outcome: 'timed-out', agent: null, reason: null },
      },
    ]);
  });

  it('announces a left message after the opening, and nothing for bookkeeping events', () => {
    const opened: DomainEvent = {
      type: 'ConversationOpened',
      at: 1,
      conversationId: 'c1',
      customerId: 'u:1',
      channel: 'web',
      source: 'site',
      language: null,
      businessType: null,
      labels: [],
      priority: 0,
      routedBy: null,
      groupId: 'g',
      afterHoursFrom: null,
      orderKey: 1,
      disposition: { kind: 'left-message', reason: 'after-hours', opensAt: null },
    };
    expect(webhookEventsOf(opened).map((event) => event.type)).toEqual(['conversation.opened', 'left_message.created']);
    expect(webhookEventsOf({ type: 'TimerDropped', at: 1, key: 'k' })).toEqual([]);
  });
});
