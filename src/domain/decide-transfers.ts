/** `decide` for transfers (DESIGN.md §5): request, accept, reject, cancel, timeout, return to queue. */
import type { CommandOf } from './commands.js';
import { requeued } from './deadlines.js';
import { exclusionDeadline } from './exclusions.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import { managesConversation } from './scope.js';
import type { TenantState } from './state.js';
import { Timeline } from './timeline.js';
import type { Transfer } from './transfer.js';
import { initiatorRefusal, noteRefusal } from './transfer-checks.js';
import { acceptance, afterFailure, cancelPending, freshRecommendations, planTransfer } from './transfer-plan.js';
import { isSupervisor } from './agent.js';

type Result = Decision<DomainEvent>;

const notFound = (): Result => refuse('TRANSFER_NOT_FOUND', 'no such pending transfer');

export function requestTransfer(state: TenantState, command: CommandOf<'RequestTransfer'>, now: number): Result {
  const conversation = state.conversations.get(command.conversationId);
  if (conversation === undefined)
    return refuse('CONVERSATION_NOT_FOUND', `conversation "${command.conversationId}" does not exist`);
  const initiator = state.agents.get(command.initiatorId);
  if (initiator === undefined) return refuse('AGENT_NOT_FOUND', `agent "${command.initiatorId}" does not exist`);
  if (conversation.status !== 'active' && conversation.status !== 'dormant') {
    return refuse('CONVERSATION_NOT_TRANSFERABLE', 'only a conversation someone is serving can be transferred');
  }
  if (conversation.pendingTransferId !== null) {
    return refuse('TRANSFER_ALREADY_PENDING', 'this conversation already has a transfer waiting for an answer');
  }
  const refusal = initiatorRefusal(state, initiator, conversation, now) ?? noteRefusal(state, command.note);
  if (refusal !== null) return { ok: false, error: refusal };
  return planTransfer(
    state,
    {
      transferId: command.transferId,
      conversation,
      initiator,
      target: command.target,
      note: command.note,
      source: command.source ?? 'manual',
      requiresAccept: true,
      attempt: 0,
      excluded: [],
    },
    now,
    new Timeline(conversation, now),
  );
}

/** The pending transfer waiting for this agent's answer, or null. */
function awaiting(state: TenantState, transferId: string, agentId: string): Transfer | null {
  const transfer = state.transfers.get(transferId);
  return transfer?.status === 'pending' && transfer.targetAgentId === agentId ? transfer : null;
}

export function acceptTransfer(state: TenantState, command: CommandOf<'AcceptTransfer'>, now: number): Result {
  const transfer = awaiting(state, command.transferId, command.agentId);
  const to = state.agents.get(command.agentId);
  if (transfer === null || to === undefined) return notFound();
  const conversation = state.conversations.get(transfer.conversationId);
  if (conversation === undefined) return notFound();
  return accept(acceptance(state, transfer, to, { automatic: false, now, timeline: new Timeline(conversation, now) }));
}

export function rejectTransfer(state: TenantState, command: CommandOf<'RejectTransfer'>, now: number): Result {
  const transfer = awaiting(state, command.transferId, command.agentId);
  const conversation = transfer === null ? undefined : state.conversations.get(transfer.conversationId);
  if (transfer === null || conversation === undefined) return notFound();
  const timeline = new Timeline(conversation, now);
  const reason = command.reason?.trim() ?? '';
  const agentName = state.agents.get(command.agentId)?.name ?? command.agentId;
  return accept([
    {
      type: 'TransferRejected',
      at: now,
      transferId: transfer.id,
      conversationId: conversation.id,
      agentId: command.agentId,
      reason: reason === '' ? null : reason,
      recommendations: freshRecommendations(state, transfer, command.agentId),
      exclusionDeadline: exclusionDeadline(state, now),
    },
    timeline.entry(
      'TRANSFER_REJECT',
      'internal',
      reason === '' ? `${agentName} rejected the transfer` : `${agentName} rejected the transfer: ${reason}`,
    ),
    ...afterFailure(state, transfer, command.agentId, { now, timeline }),
  ]);
}

/** Timeout of a pending transfer (a `transfer` timer). */
export function transferTimedOut(state: TenantState, transferId: string, now: number): DomainEvent[] | null {
  const transfer = state.transfers.get(transferId);
  const conversation = transfer === undefined ? undefined : state.conversations.get(transfer.conversationId);
  if (transfer?.status !== 'pending' || conversation === undefined) return null;
  const timeline = new Timeline(conversation, now);
  return [
    {
      type: 'TransferTimedOut',
      at: now,
      transferId,
      conversationId: conversation.id,
      agentId: transfer.targetAgentId,
      recommendations: freshRecommendations(state, transfer, transfer.targetAgentId),
      exclusionDeadline: transfer.targetAgentId === null ? null : exclusionDeadline(state, now),
    },
    timeline.entry('TRANSFER_TIMEOUT', 'internal', 'the transfer was not answered in time'),
    ...afterFailure(state, transfer, transfer.targetAgentId, { now, timeline }),
  ];
}

/** The initiator, the owner or a supervisor over the conversation may cancel. */
export function cancelTransfer(state: TenantState, command: CommandOf<'CancelTransfer'>, now: number): Result {
  const transfer = state.transfers.get(command.transferId);
  const conversation = transfer === undefined ? undefined : state.conversations.get(transfer.conversationId);
  const agent = state.agents.get(command.agentId);
  if (transfer?.status !== 'pending' || conversation === undefined) return notFound();
  if (agent === undefined) return refuse('AGENT_NOT_FOUND', `agent "${command.agentId}" does not exist`);
  const mayCancel =
    transfer.initiatorId === agent.id ||
    conversation.ownerId === agent.id ||
    (isSupervisor(agent) && managesConversation(state, agent, conversation));
  if (!mayCancel) return refuse('NOT_OWNER', 'only the initiator, the owner or their supervisor cancels a transfer');
  return accept(cancelPending(state, conversation, { by: agent.id, now, timeline: new Timeline(conversation, now) }));
}

/** The owner (or a supervisor) leaves the conversation to its group's queue (DESIGN.md §5 Target unavailable). */
export function returnToQueue(state: TenantState, command: CommandOf<'ReturnToQueue'>, now: number): Result {
  const conversation = state.conversations.get(command.conversationId);
  const agent = state.agents.get(command.agentId);
  if (conversation === undefined)
    return refuse('CONVERSATION_NOT_FOUND', `conversation "${command.conversationId}" does not exist`);
  if (agent === undefined) return refuse('AGENT_NOT_FOUND', `agent "${command.agentId}" does not exist`);
  const served = conversation.status === 'active' || conversation.status === 'dormant';
  if (!served || conversation.ownerId === null) {
    return refuse('CONVERSATION_NOT_TRANSFERABLE', 'only a conversation someone is serving can go back to the queue');
  }
  const allowed =
    conversation.ownerId === agent.id || (isSupervisor(agent) && managesConversation(state, agent, conversation));
  if (!allowed) return refuse('NOT_OWNER', 'only the owner or their supervisor returns a conversation to the queue');
  const timeline = new Timeline(conversation, now);
  return accept([
    ...cancelPending(state, conversation, { by: agent.id, now, timeline }),
    requeued(state, conversation, { fromAgentId: conversation.ownerId, reason: 'returned', now }),
  ]);
}
