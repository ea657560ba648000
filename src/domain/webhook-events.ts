/**
 * Which webhook events (the public vocabulary of webhooks.ts) a domain event becomes, and their
 * `data`: what an integrator needs — ids, texts, outcomes — never internal state (deadlines,
 * order keys, routing explanations). Pure: the store runs it inside the append's transaction
 * (src/store/sql/project-webhooks.ts), so a delivery is queued exactly when its event is durable.
 *
 * Internal notes and the internal timeline entries (TRANSFER…, TAKEOVER…) never leave: only
 * `public` messages become `message.posted`. A transfer's note is for the agents and stays too.
 * Names are not in the events: the store adds the agent's name and the conversation's customer id
 * from its read models when it queues the delivery (`agentId`, `conversationId` below).
 */
import type { DomainEvent } from './events.js';
import type { WebhookEventType } from './webhook.js';

/** The JSON a webhook's `data` may hold. */
export type WebhookData = { readonly [key: string]: WebhookValue };
type WebhookValue = string | number | boolean | null | readonly WebhookValue[] | WebhookData;

export interface WebhookEvent {
  readonly type: WebhookEventType;
  /** The conversation it belongs to: deliveries of one conversation to one endpoint keep their order. */
  readonly conversationId: string | null;
  /** The agent whose name the store adds as `data.agent.name`, if any. */
  readonly agentId: string | null;
  readonly data: WebhookData;
}

const agent = (id: string): WebhookData => ({ id });

/** The webhook events of one domain event, in the order they are delivered (usually none or one). */
export function webhookEventsOf(event: DomainEvent): WebhookEvent[] {
  switch (event.type) {
    case 'ConversationOpened': {
      const base = {
        channel: event.channel,
        source: event.source,
        language: event.language,
        groupId: event.groupId,
        priority: event.priority,
        labels: [...event.labels],
        attributes: { ...(event.attributes ?? {}) },
        test: event.test !== undefined,
      };
      const opened: WebhookEvent = {
        type: 'conversation.opened',
        conversationId: event.conversationId,
        agentId: null,
        data: { ...base, status: event.disposition.kind === 'queued' ? 'queued' : 'left-message' },
      };
      if (event.disposition.kind === 'queued') return [opened];
      const left: WebhookEvent = {
        type: 'left_message.created',
        conversationId: event.conversationId,
        agentId: null,
        data: { ...base, reason: event.disposition.reason },
      };
      return [opened, left];
    }
    case 'ConversationAssigned':
      return [
        {
          type: 'conversation.assigned',
          conversationId: event.conversationId,
          agentId: event.agentId,
          data: { agent: agent(event.agentId), mode: event.mode },
        },
      ];
    case 'TransferAccepted':
      return [
        {
          type: 'transfer.answered',
          conversationId: event.conversationId,
          agentId: event.toAgentId,
          data: { transferId: event.transferId, outcome: 'accepted', agent: agent(event.toAgentId), reason: null },
        },
        {
          type: 'conversation.transferred',
          conversationId: event.conversationId,
          agentId: event.toAgentId,
          data: {
            transferId: event.transferId,
            fromAgentId: event.fromAgentId,
            agent: agent(event.toAgentId),
            groupId: event.groupId,
          },
        },
      ];
    case 'TransferRejected':
      return [answered(event.conversationId, event.transferId, 'rejected', event.agentId, event.reason)];
    case 'TransferTimedOut':
      return [answered(event.conversationId, event.transferId, 'timed-out', event.agentId, null)];
    case 'TransferCancelled':
      return [answered(event.conversationId, event.transferId, 'cancelled', event.agentId, null)];
    case 'TransferRequested': {
      const { transfer } = event;
      return [
        {
          type: 'transfer.requested',
          conversationId: transfer.conversationId,
          agentId: transfer.fromAgentId,
          data: {
            transferId: transfer.id,
            agent: agent(transfer.fromAgentId),
            initiatorId: transfer.initiatorId,
            target:
              transfer.target.kind === 'agent'
                ? { kind: 'agent', agentId: transfer.target.agentId }
                : { kind: 'group', groupId: transfer.target.groupId },
            source: transfer.source,
            reason: transfer.note.reason,
            tags: [...transfer.note.tags],
          },
        },
      ];
    }
    case 'ConversationClosed':
      return [
        {
          type: 'conversation.closed',
          conversationId: event.conversationId,
          agentId: null,
          data: { reason: event.reason, resolution: event.resolution, summary: event.summary },
        },
      ];
    case 'ConversationRated':
      return [
        {
          type: 'conversation.rated',
          conversationId: event.conversationId,
          agentId: event.agentId,
          data: { agent: agent(event.agentId), score: event.score, comment: event.comment },
        },
      ];
    case 'MessagePosted': {
      if (event.visibility !== 'public') return [];
      const author: WebhookData =
        event.author.kind === 'agent' ? { kind: 'agent', agentId: event.author.agentId } : { kind: event.author.kind };
      return [
        {
          type: 'message.posted',
          conversationId: event.conversationId,
          agentId: event.author.kind === 'agent' ? event.author.agentId : null,
          data: { messageId: event.messageId, seq: event.seq, kind: event.kind, text: event.text, author },
        },
      ];
    }
    case 'AgentStatusChanged':
      return [
        {
          type: 'agent.status_changed',
          conversationId: null,
          agentId: event.agentId,
          data: { agent: agent(event.agentId), status: event.status, reason: event.reason },
        },
      ];
    default:
      return [];
  }
}

function answered(
  conversationId: string,
  transferId: string,
  outcome: 'rejected' | 'timed-out' | 'cancelled',
  agentId: string | null,
  reason: string | null,
): WebhookEvent {
  return {
    type: 'transfer.answered',
    conversationId,
    agentId,
    data: { transferId, outcome, agent: agentId === null ? null : agent(agentId), reason },
  };
}
