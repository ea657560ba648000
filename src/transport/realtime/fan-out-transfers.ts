/**
 * Transfer events to the agents they concern (DESIGN.md §5): the colleague asked gets the card
 * (note, conversation, customer, deadline) and starts following the conversation's timeline; the
 * initiator and the owner follow the transfer through `transfer.updated`; on accept the new owner
 * is assigned the conversation and the old one loses it.
 */
import type { DomainEvent, RecommendedAgent } from '../../domain/events.js';
import type { TenantState } from '../../domain/state.js';
import { iso } from '../http/schemas.js';
import type { BatchChanges } from './batch-changes.js';
import { followForAgent, sendToAgent, type GatewayContext } from './context.js';
import type { TransferState, TransferUpdate } from './protocol.js';
import { staffConversation, transferCard } from './views.js';

interface Scope {
  readonly tenantId: string;
  readonly state: TenantState;
  readonly changes: BatchChanges;
}

interface Outcome {
  readonly transferId: string;
  readonly conversationId: string;
  readonly status: TransferState;
  readonly at: number;
  readonly targetAgentId: string | null;
  readonly fromAgentId?: string;
  readonly reason?: string | null;
  readonly recommendations?: readonly RecommendedAgent[];
}

/** Handles a transfer event; false for any other event. */
export function transferEvent(context: GatewayContext, scope: Scope, event: DomainEvent): boolean {
  const { tenantId, state, changes } = scope;
  switch (event.type) {
    case 'TransferRequested': {
      const transfer = event.transfer;
      const target = transfer.targetAgentId;
      context.transfers.remember(tenantId, transfer.id, transfer);
      notify(context, scope, {
        transferId: transfer.id,
        conversationId: transfer.conversationId,
        status: 'pending',
        at: event.at,
        targetAgentId: target,
        fromAgentId: transfer.fromAgentId,
      });
      // Accepted in the same batch (auto-accept, forced reassign): no card to answer.
      if (target !== null && state.transfers.get(transfer.id)?.status === 'pending') {
        sendToAgent(
          context,
          { tenantId, agentId: target },
          'transfer.requested',
          transferCard(state, transfer, target),
        );
        followForAgent(context, { tenantId, agentId: target }, transfer.conversationId);
        changes.agents.add(target);
      }
      return true;
    }
    case 'TransferOffered': {
      const transfer = state.transfers.get(event.transferId);
      notify(context, scope, { ...event, status: 'pending', targetAgentId: event.agentId });
      if (transfer?.status === 'pending') {
        const agent = { tenantId, agentId: event.agentId };
        sendToAgent(context, agent, 'transfer.requested', transferCard(state, transfer, event.agentId));
        followForAgent(context, agent, event.conversationId);
      }
      changes.agents.add(event.agentId);
      return true;
    }
    case 'TransferAccepted':
      notify(context, scope, { ...event, status: 'accepted', targetAgentId: event.toAgentId });
      sendToAgent(context, { tenantId, agentId: event.toAgentId }, 'conversation.assigned', {
        conversationId: event.conversationId,
        via: 'transfer',
        firstResponseDeadline: iso(event.firstResponseDeadline),
        conversation: staffConversation(state, event.conversationId),
      });
      followForAgent(context, { tenantId, agentId: event.toAgentId }, event.conversationId);
      if (event.fromAgentId !== event.toAgentId) {
        sendToAgent(context, { tenantId, agentId: event.fromAgentId }, 'conversation.removed', {
          conversationId: event.conversationId,
          reason: 'transferred',
        });
        changes.released.push([event.fromAgentId, event.conversationId]);
      }
      changes.agents.add(event.fromAgentId).add(event.toAgentId);
      changes.customerViews.add(event.conversationId);
      return true;
    case 'TransferRejected':
      notify(context, scope, { ...event, status: 'rejected', targetAgentId: event.agentId });
      release(changes, event.agentId, event.conversationId);
      return true;
    case 'TransferTimedOut':
      notify(context, scope, { ...event, status: 'timed-out', targetAgentId: event.agentId, reason: null });
      release(changes, event.agentId, event.conversationId);
      return true;
    case 'TransferCancelled':
      notify(context, scope, { ...event, status: 'cancelled', targetAgentId: event.agentId, reason: null });
      release(changes, event.agentId, event.conversationId);
      return true;
    case 'TransferRuleMatched':
      if (event.action === 'suggest') {
        sendToAgent(context, { tenantId, agentId: event.agentId }, 'transfer.suggested', {
          conversationId: event.conversationId,
          ruleId: event.ruleId,
          target: { ...event.target },
        });
      }
      return true;
    case 'TransfersBatched':
      sendToAgent(context, { tenantId, agentId: event.initiatorId }, 'transfer.batch', {
        batchId: event.batchId,
        requested: [...event.requested],
        refused: event.refused.map((refusal) => ({ ...refusal })),
      });
      return true;
    case 'ShiftEnded':
      sendToAgent(context, { tenantId, agentId: event.agentId }, 'shift.ended', {
        handedOver: [...event.handedOver],
        returned: [...event.returned],
      });
      return true;
    default:
      return false;
  }
}

function release(changes: BatchChanges, agentId: string | null, conversationId: string): void {
  if (agentId === null) return;
  changes.agents.add(agentId);
  changes.released.push([agentId, conversationId]);
}

/**
 * `transfer.updated` to the initiator, the owner it moves from and the agent asked. The parties
 * are forgotten once the transfer ends (a forward or a new request starts another transfer).
 */
function notify(context: GatewayContext, scope: Scope, outcome: Outcome): void {
  const transfer = scope.state.transfers.get(outcome.transferId);
  const parties =
    outcome.status === 'pending'
      ? context.transfers.get(scope.tenantId, outcome.transferId)
      : context.transfers.settle(scope.tenantId, outcome.transferId);
  const fromAgentId = parties?.fromAgentId ?? outcome.fromAgentId ?? null;
  const initiatorId = parties?.initiatorId ?? null;
  const update: TransferUpdate = {
    transferId: outcome.transferId,
    conversationId: outcome.conversationId,
    status: outcome.status,
    initiatorId,
    fromAgentId,
    targetAgentId: outcome.targetAgentId,
    deadline: outcome.status === 'pending' && transfer !== undefined ? iso(transfer.deadline) : null,
    reason: outcome.reason ?? null,
    recommendations: (outcome.recommendations ?? []).map((candidate) => ({ ...candidate })),
    at: iso(outcome.at),
  };
  const recipients = new Set([initiatorId, fromAgentId, outcome.targetAgentId]);
  for (const agentId of recipients) {
    if (agentId === null || !scope.state.agents.has(agentId)) continue;
    sendToAgent(context, { tenantId: scope.tenantId, agentId }, 'transfer.updated', update);
  }
}
