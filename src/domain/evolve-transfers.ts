/**
 * `evolve` for transfers and supervisor presence. A pending transfer holds a slot of the agent
 * asked (`incoming`) or waits in its target group's transfer queue; acceptance moves ownership,
 * load and `lastAssignedAt` in one event. Finished transfers leave the state (the log keeps them).
 */
import type { Agent } from './agent.js';
import type { EventOf } from './events.js';
import { agentOf } from './evolve-agents.js';
import { excludeAgent } from './exclusions.js';
import { clearTimer, putTimer, reindexAgent, setTimer } from './indexes.js';
import { claimFor, conversationOf, moveTo, recordAssignment, releaseOwner } from './ownership.js';
import type { TenantState } from './state.js';
import { canTransferMove, type Transfer, type TransferStatus } from './transfer.js';

function transferOf(state: TenantState, transferId: string): Transfer {
  const transfer = state.transfers.get(transferId);
  if (transfer === undefined) throw new Error(`event for unknown transfer ${transferId}`);
  return transfer;
}

/** Ends a pending transfer: frees the slot it held (or its place in the group queue). */
function finish(state: TenantState, transfer: Transfer, status: TransferStatus): Agent | null {
  if (!canTransferMove(transfer.status, status)) {
    throw new Error(`transfer ${transfer.id}: illegal transition ${transfer.status} → ${status}`);
  }
  transfer.status = status;
  state.transfers.delete(transfer.id);
  clearTimer(state, 'transfer', transfer.id);
  const conversation = state.conversations.get(transfer.conversationId);
  if (conversation?.pendingTransferId === transfer.id) conversation.pendingTransferId = null;
  if (transfer.targetAgentId === null) {
    if (transfer.target.kind === 'group') state.groups.get(transfer.target.groupId)?.transferQueue.delete(transfer);
    return null;
  }
  const agent = agentOf(state, transfer.targetAgentId);
  agent.incoming -= 1;
  reindexAgent(state, agent);
  return agent;
}

export function transferRequested(state: TenantState, event: EventOf<'TransferRequested'>): void {
  const transfer: Transfer = { ...event.transfer, status: 'pending' };
  state.transfers.set(transfer.id, transfer);
  state.transferIds.set(transfer.id, transfer.conversationId);
  const conversation = conversationOf(state, transfer.conversationId);
  conversation.pendingTransferId = transfer.id;
  conversation.transferIds = [...conversation.transferIds, transfer.id];
  setTimer(state, 'transfer', transfer.id, transfer.deadline);
  if (transfer.targetAgentId !== null) {
    const agent = agentOf(state, transfer.targetAgentId);
    agent.incoming += 1;
    reindexAgent(state, agent);
  } else if (transfer.target.kind === 'group') {
    state.groups.get(transfer.target.groupId)?.transferQueue.add(transfer);
  }
  if (event.initiatorDay !== null) {
    const initiator = state.agents.get(transfer.initiatorId);
    if (initiator !== undefined) initiator.transfersToday = { ...event.initiatorDay };
  }
}

/** A group transfer that waited finds a free member, who gets their own answer window. */
export function transferOffered(state: TenantState, event: EventOf<'TransferOffered'>): void {
  const transfer = transferOf(state, event.transferId);
  if (transfer.target.kind === 'group') state.groups.get(transfer.target.groupId)?.transferQueue.delete(transfer);
  transfer.targetAgentId = event.agentId;
  if (event.deadline !== undefined) {
    transfer.deadline = event.deadline;
    setTimer(state, 'transfer', transfer.id, event.deadline);
  }
  const agent = agentOf(state, event.agentId);
  agent.incoming += 1;
  reindexAgent(state, agent);
}

export function transferAccepted(state: TenantState, event: EventOf<'TransferAccepted'>): void {
  finish(state, transferOf(state, event.transferId), 'accepted');
  const conversation = conversationOf(state, event.conversationId);
  releaseOwner(state, conversation);
  if (conversation.status === 'dormant') moveTo(conversation, 'active');
  const to = agentOf(state, event.toAgentId);
  recordAssignment(state, to, event.at);
  claimFor(state, conversation, to);
  conversation.groupId = event.groupId;
  conversation.assignedAt = event.at;
  conversation.firstResponseAt = null;
  for (const kind of ['dormant', 'revive'] as const) clearTimer(state, kind, conversation.id);
  setTimer(state, 'first-response', conversation.id, event.firstResponseDeadline);
  putTimer(state, 'reply-reminder', conversation.id, event.replyReminderDeadline);
}

/** Whoever rejected or let a transfer time out is not routed this conversation again (until it lapses). */
function exclude(
  state: TenantState,
  event: EventOf<'TransferRejected'> | EventOf<'TransferTimedOut'>,
  agentId: string | null,
): void {
  if (agentId !== null)
    excludeAgent(state, conversationOf(state, event.conversationId), agentId, event.exclusionDeadline);
}

export function transferRejected(state: TenantState, event: EventOf<'TransferRejected'>): void {
  finish(state, transferOf(state, event.transferId), 'rejected');
  exclude(state, event, event.agentId);
}

export function transferTimedOut(state: TenantState, event: EventOf<'TransferTimedOut'>): void {
  finish(state, transferOf(state, event.transferId), 'timed-out');
  exclude(state, event, event.agentId);
}

export function transferCancelled(state: TenantState, event: EventOf<'TransferCancelled'>): void {
  finish(state, transferOf(state, event.transferId), 'cancelled');
}

export function transferRuleMatched(state: TenantState, event: EventOf<'TransferRuleMatched'>): void {
  const conversation = conversationOf(state, event.conversationId);
  conversation.firedTransferRules = [...conversation.firedTransferRules, event.ruleId];
}

export function supervisorJoined(state: TenantState, event: EventOf<'SupervisorJoined'>): void {
  const conversation = conversationOf(state, event.conversationId);
  conversation.watchers = [
    ...conversation.watchers.filter((watcher) => watcher.supervisorId !== event.supervisorId),
    { supervisorId: event.supervisorId, mode: event.mode },
  ];
}

export function supervisorLeft(state: TenantState, event: EventOf<'SupervisorLeft'>): void {
  const conversation = conversationOf(state, event.conversationId);
  conversation.watchers = conversation.watchers.filter((watcher) => watcher.supervisorId !== event.supervisorId);
}

/** Batch and shift-end summaries change nothing themselves: their transfers are their own events. */
export function noStateChange(): void {
  // Recorded for the audit log and reports only.
}
