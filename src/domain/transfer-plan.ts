/**
 * Building the events of a transfer request, its acceptance and its failure (DESIGN.md §5). The
 * deciders of transfer, supervisor and composite commands all go through these, so every path
 * checks the same permissions and writes the same timeline.
 */
import { isSupervisor, type Agent } from './agent.js';
import type { Conversation } from './conversation.js';
import { firstResponseDeadline, requeued, seconds, takeoverReminder } from './deadlines.js';
import type { Decision, DomainError } from './errors.js';
import type { DomainEvent, RecommendedAgent, TransferRequest } from './events.js';
import { notice, noticeLanguage } from './notices.js';
import { recommend } from './recommendations.js';
import { isEligible, pickFromGroup } from './routing.js';
import type { TenantState } from './state.js';
import type { Timeline } from './timeline.js';
import type { Transfer, TransferNote, TransferSource, TransferTarget } from './transfer.js';
import { groupTransferRefusal } from './group-transfer-receivers.js';
import { autoAccepts, localDate, targetRefusal, transfersToday } from './transfer-checks.js';

export interface TransferPlan {
  readonly transferId: string;
  readonly conversation: Conversation;
  /** Null for the system (rule-triggered transfers). */
  readonly initiator: Agent | null;
  readonly target: TransferTarget;
  readonly note: TransferNote;
  readonly source: TransferSource;
  /** False for a supervisor's forced reassignment or takeover. */
  readonly requiresAccept: boolean;
  readonly attempt: number;
  readonly excluded: readonly string[];
  /** A takeover puts the conversation with the supervisor whatever their load or status. */
  readonly bypassTargetChecks?: boolean;
}

const refused = (error: DomainError): Decision<DomainEvent> => ({ ok: false, error });

/** Who in the group would be offered the transfer now, by the group's strategy. */
export function groupCandidate(
  state: TenantState,
  groupId: string,
  conversation: Conversation,
  initiator: Agent | null,
  excluded: readonly string[],
): Agent | undefined {
  const group = state.groups.get(groupId);
  if (group === undefined) return undefined;
  const entry = pickFromGroup(state, group, (agentId) => {
    const agent = state.agents.get(agentId);
    return (
      agent !== undefined &&
      agentId !== conversation.ownerId &&
      !excluded.includes(agentId) &&
      isEligible(state, conversation, agentId) &&
      targetRefusal(state, initiator, agent) === null
    );
  });
  return entry === undefined ? undefined : state.agents.get(entry.agentId);
}

const nameOf = (state: TenantState, agentId: string | null): string =>
  agentId === null ? 'system' : (state.agents.get(agentId)?.name ?? agentId);

/** The events of the target taking over the conversation (accept, auto-accept or forced). */
export function acceptance(
  state: TenantState,
  transfer: Pick<Transfer, 'id' | 'conversationId' | 'target'>,
  to: Agent,
  options: { readonly automatic: boolean; readonly now: number; readonly timeline: Timeline },
): DomainEvent[] {
  const conversation = state.conversations.get(transfer.conversationId) as Conversation;
  const language = noticeLanguage(state, conversation);
  const { now, timeline } = options;
  return [
    {
      type: 'TransferAccepted',
      at: now,
      transferId: transfer.id,
      conversationId: conversation.id,
      fromAgentId: conversation.ownerId ?? '',
      toAgentId: to.id,
      groupId: transfer.target.kind === 'group' ? transfer.target.groupId : conversation.groupId,
      automatic: options.automatic,
      firstResponseDeadline: firstResponseDeadline(state, now),
      replyReminderDeadline: takeoverReminder(state, conversation, now),
    },
    timeline.entry('TRANSFER_ACCEPT', 'internal', `${to.name} accepted the transfer`),
    timeline.entry('notice', 'public', notice('transfer.accepted', language, { agent: to.name })),
    timeline.entry('greeting', 'public', to.greeting ?? notice('transfer.greeting', language, { agent: to.name }), {
      author: { kind: 'agent', agentId: to.id },
    }),
  ];
}

/** Validates the target and builds the request's events (and the acceptance when no answer is needed). */
export function planTransfer(
  state: TenantState,
  plan: TransferPlan,
  now: number,
  timeline: Timeline,
): Decision<DomainEvent> {
  const { conversation, initiator, target } = plan;
  if (plan.transferId.length === 0 || state.transferIds.has(plan.transferId)) {
    return refused({ code: 'INVALID_COMMAND', message: `transfer id "${plan.transferId}" is already used` });
  }
  let targetAgent: Agent | undefined;
  if (target.kind === 'agent') {
    targetAgent = state.agents.get(target.agentId);
    if (targetAgent === undefined)
      return refused({ code: 'AGENT_NOT_FOUND', message: `agent "${target.agentId}" does not exist` });
    if (targetAgent.id === conversation.ownerId) {
      return refused({ code: 'TRANSFER_TO_SELF', message: 'the conversation is already with this agent' });
    }
    const refusal = plan.bypassTargetChecks === true ? null : targetRefusal(state, initiator, targetAgent);
    if (refusal !== null) return refused(refusal);
  } else {
    if (!state.groups.has(target.groupId)) {
      return refused({ code: 'GROUP_NOT_FOUND', message: `skill group "${target.groupId}" does not exist` });
    }
    targetAgent = groupCandidate(state, target.groupId, conversation, initiator, plan.excluded);
    const refusal =
      targetAgent === undefined
        ? groupTransferRefusal(state, target.groupId, conversation, { initiator, excluded: plan.excluded })
        : null;
    if (refusal !== null) return refused(refusal);
  }
  const counts = initiator !== null && !isSupervisor(initiator) && plan.source !== 'forward';
  const request: TransferRequest = {
    id: plan.transferId,
    conversationId: conversation.id,
    initiatorId: initiator?.id ?? 'system',
    fromAgentId: conversation.ownerId ?? '',
    target,
    note: plan.note,
    source: plan.source,
    requiresAccept: plan.requiresAccept,
    requestedAt: now,
    deadline: now + seconds(state.settings.transfer.timeoutSeconds),
    attempt: plan.attempt,
    targetAgentId: targetAgent?.id ?? null,
    excluded: plan.excluded,
  };
  const targetLabel = target.kind === 'agent' ? nameOf(state, target.agentId) : `group ${target.groupId}`;
  const events: DomainEvent[] = [
    {
      type: 'TransferRequested',
      at: now,
      transfer: request,
      initiatorDay: counts ? { date: localDate(state, now), count: transfersToday(state, initiator, now) + 1 } : null,
    },
    timeline.entry(
      'TRANSFER',
      'internal',
      `${nameOf(state, conversation.ownerId)} → ${targetLabel}: ${plan.note.text}`,
      {
        author: initiator === null ? { kind: 'system' } : { kind: 'agent', agentId: initiator.id },
      },
    ),
  ];
  const acceptsNow = targetAgent !== undefined && (!plan.requiresAccept || autoAccepts(targetAgent, initiator));
  if (acceptsNow && targetAgent !== undefined) {
    events.push(...acceptance(state, request, targetAgent, { automatic: true, now, timeline }));
  } else if (plan.source !== 'forward') {
    events.push(timeline.entry('notice', 'public', notice('transfer.pending', noticeLanguage(state, conversation))));
  }
  return { ok: true, events };
}

/** Fresh recommendations for the initiator after a rejection or timeout. */
export function freshRecommendations(
  state: TenantState,
  transfer: Transfer,
  failedAgentId: string | null,
): RecommendedAgent[] {
  const conversation = state.conversations.get(transfer.conversationId) as Conversation;
  const initiator = state.agents.get(transfer.initiatorId) ?? null;
  const exclude = failedAgentId === null ? transfer.excluded : [...transfer.excluded, failedAgentId];
  return recommend(state, conversation, initiator, { exclude })
    .slice(0, state.settings.transfer.recommendationCount)
    .map(({ agentId, score }) => ({ agentId, score }));
}

/**
 * What follows a rejection or timeout, by tenant policy: nothing more (the initiator was told, with
 * recommendations), an automatic forward to the next candidate, or the conversation's return to
 * the group queue.
 */
export function afterFailure(
  state: TenantState,
  transfer: Transfer,
  failedAgentId: string | null,
  options: { readonly now: number; readonly timeline: Timeline },
): DomainEvent[] {
  const { now, timeline } = options;
  const conversation = state.conversations.get(transfer.conversationId) as Conversation;
  const settings = state.settings.transfer;
  const excluded = failedAgentId === null ? transfer.excluded : [...transfer.excluded, failedAgentId];
  const initiator = state.agents.get(transfer.initiatorId) ?? null;
  if (settings.onFailure === 'forward' && transfer.attempt < settings.maxForwards) {
    const next =
      transfer.target.kind === 'group'
        ? groupCandidate(state, transfer.target.groupId, conversation, initiator, excluded)
        : state.agents.get(recommend(state, conversation, initiator, { exclude: excluded })[0]?.agentId ?? '');
    if (next === undefined) return staysNotice(state, conversation, timeline);
    const forwarded = planTransfer(
      state,
      {
        transferId: `${transfer.id}>${transfer.attempt + 1}`,
        conversation,
        initiator,
        target: transfer.target.kind === 'group' ? transfer.target : { kind: 'agent', agentId: next.id },
        note: transfer.note,
        source: 'forward',
        requiresAccept: true,
        attempt: transfer.attempt + 1,
        excluded,
      },
      now,
      timeline,
    );
    return forwarded.ok ? forwarded.events : staysNotice(state, conversation, timeline);
  }
  if (settings.onFailure === 'return-to-queue' && conversation.ownerId !== null) {
    const groupId = transfer.target.kind === 'group' ? transfer.target.groupId : conversation.groupId;
    return [
      requeued(state, conversation, { fromAgentId: conversation.ownerId, reason: 'transfer-failed', now, groupId }),
      timeline.entry('notice', 'public', notice('transfer.returned', noticeLanguage(state, conversation))),
    ];
  }
  return staysNotice(state, conversation, timeline);
}

/**
 * The customer's notice that the conversation stays with its owner after a transfer failed: they
 * were told they are being connected to someone else, and must not be left wondering (issue 17).
 */
function staysNotice(state: TenantState, conversation: Conversation, timeline: Timeline): DomainEvent[] {
  const owner = conversation.ownerId === null ? undefined : state.agents.get(conversation.ownerId);
  if (owner === undefined) return [];
  return [
    timeline.entry(
      'notice',
      'public',
      notice('transfer.stays', noticeLanguage(state, conversation), { agent: owner.name }),
    ),
  ];
}

/** Cancels the conversation's pending transfer, if any (before it closes or leaves its owner). */
export function cancelPending(
  state: TenantState,
  conversation: Conversation,
  options: { readonly by: string; readonly now: number; readonly timeline: Timeline },
): DomainEvent[] {
  const transferId = conversation.pendingTransferId;
  if (transferId === null) return [];
  const agentId = state.transfers.get(transferId)?.targetAgentId ?? null;
  return [
    {
      type: 'TransferCancelled',
      at: options.now,
      transferId,
      conversationId: conversation.id,
      agentId,
      by: options.by,
    },
    options.timeline.entry('TRANSFER_CANCEL', 'internal', `transfer cancelled by ${nameOf(state, options.by)}`),
  ];
}
