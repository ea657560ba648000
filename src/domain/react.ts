/**
 * Work conservation (DESIGN.md §3.8). After each event, `triggersOf` names who might now be
 * matched — a conversation that started waiting, an agent who freed a slot — and `resolve` turns
 * one trigger into at most one assignment, reading the state as it is at that moment. `execute`
 * applies each assignment before resolving the next trigger, so two triggers never hand out the
 * same conversation or the same slot. A `reservations` trigger — an agent went offline, away or
 * busy, or was rated badly — ends the reservations that agent may no longer hold, so those
 * conversations route normally at once (reservations.ts).
 */
import { isRoutable, type Agent } from './agent.js';
import { isOpen } from './business-hours.js';
import { assignmentMode, firstResponseDeadline, offerDeadline, seconds, takeoverReminder } from './deadlines.js';
import type { DomainEvent } from './events.js';
import type { Explanation } from './explanation.js';
import {
  candidateScore,
  chooseAgent,
  chooseConversation,
  isEligible,
  explainChoice,
  type AgentChoice,
} from './routing.js';
import type { Conversation } from './conversation.js';
import { lapsedReservations } from './reservations.js';
import type { TenantState } from './state.js';
import { testDecision } from './test-conversations.js';
import { Timeline } from './timeline.js';
import { autoAccepts, targetRefusal } from './transfer-checks.js';
import { acceptance } from './transfer-plan.js';
import { groupsToWake, wakeGroup } from './wake.js';

/** Who might now be matched: an agent, a conversation, or a whole group to wake (src/domain/wake.ts). */
export type Trigger =
  | { readonly kind: 'agent'; readonly agentId: string }
  | { readonly kind: 'conversation'; readonly conversationId: string }
  | { readonly kind: 'group'; readonly groupId: string }
  | { readonly kind: 'reservations'; readonly agentId: string };

const agentTrigger = (agentId: string): Trigger => ({ kind: 'agent', agentId });
const reservationsTrigger = (agentId: string): Trigger => ({ kind: 'reservations', agentId });
const conversationTrigger = (conversationId: string): Trigger => ({ kind: 'conversation', conversationId });

const groupTriggers = (groupIds: readonly string[]): Trigger[] =>
  [...new Set(groupIds)].map((groupId) => ({ kind: 'group', groupId }));

function ownerTrigger(state: TenantState, conversationId: string): Trigger[] {
  const ownerId = state.conversations.get(conversationId)?.ownerId;
  return ownerId === null || ownerId === undefined ? [] : [agentTrigger(ownerId)];
}

/**
 * Appends `triggersOf(state, event)` to `out`. The events every routing decision makes (an
 * arrival, an assignment, a close) push their one trigger directly, with no array of their own.
 */
export function addTriggers(state: TenantState, event: DomainEvent, out: Trigger[]): void {
  switch (event.type) {
    case 'ConversationOpened':
      out.push(conversationTrigger(event.conversationId));
      return;
    case 'ConversationAssigned':
      out.push(agentTrigger(event.agentId));
      return;
    case 'ConversationClosed': {
      const ownerId = state.conversations.get(event.conversationId)?.ownerId;
      if (ownerId !== null && ownerId !== undefined) out.push(agentTrigger(ownerId));
      return;
    }
    default:
      for (const trigger of triggersOf(state, event)) out.push(trigger);
  }
}

export function triggersOf(state: TenantState, event: DomainEvent): Trigger[] {
  switch (event.type) {
    case 'ConversationOpened':
    case 'ReservationEnded':
    case 'OverflowReached':
      return [conversationTrigger(event.conversationId)];
    case 'ConversationRequeued':
      return [conversationTrigger(event.conversationId), agentTrigger(event.fromAgentId)];
    case 'ConversationAssigned':
    case 'AgentConnected':
      return [agentTrigger(event.agentId)];
    case 'AgentStatusChanged':
      return [reservationsTrigger(event.agentId), agentTrigger(event.agentId)];
    case 'AgentDisconnected':
    case 'AgentDisabled':
    case 'AgentRemoved':
      return [reservationsTrigger(event.agentId)];
    case 'ExclusionsLapsed':
      return [conversationTrigger(event.conversationId), ...event.agentIds.map(agentTrigger)];
    case 'AgentSaved':
      return [agentTrigger(event.agent.id), ...groupTriggers(groupsToWake(state, event))];
    case 'TransferAccepted':
      return [agentTrigger(event.fromAgentId)];
    case 'TransferOffered':
      return [agentTrigger(event.agentId)];
    case 'TransferRejected':
      return [agentTrigger(event.agentId)];
    case 'TransferTimedOut':
    case 'TransferCancelled':
      return event.agentId === null ? [] : [agentTrigger(event.agentId)];
    case 'ConversationRated':
      // A bad rating ends the customer's reservations for this agent; a better one can lift a block.
      return [reservationsTrigger(event.agentId), agentTrigger(event.agentId)];
    case 'ConversationClosed':
    case 'ConversationDormant':
      return ownerTrigger(state, event.conversationId);
    case 'TenantConfigured':
      // A stricter `badRatingMax` can make a reserved agent ineligible: end those reservations first.
      return [...[...state.reserved.keys()].map(reservationsTrigger), ...groupTriggers(groupsToWake(state, event))];
    case 'SkillGroupSaved':
    case 'GroupOpened':
    case 'DepartmentSaved':
      return groupTriggers(groupsToWake(state, event));
    default:
      return [];
  }
}

/** What `resolve` returns when a trigger assigns nothing (shared: most triggers find nothing). */
const none: readonly DomainEvent[] = Object.freeze([]);

function assignment(
  state: TenantState,
  conversation: Conversation,
  choice: AgentChoice,
  trigger: Explanation['trigger'],
  now: number,
): DomainEvent {
  const mode = assignmentMode(state, conversation.groupId);
  return {
    type: 'ConversationAssigned',
    at: now,
    conversationId: conversation.id,
    agentId: choice.agent.id,
    mode,
    offerDeadline: mode === 'offer' ? offerDeadline(state, conversation.groupId, now) : null,
    firstResponseDeadline: mode === 'direct' ? firstResponseDeadline(state, now) : null,
    replyReminderDeadline: mode === 'direct' ? takeoverReminder(state, conversation, now) : null,
    explanation: explainChoice(conversation, choice, trigger, now),
  };
}

/**
 * A group transfer waiting for a free member goes to this agent (before any queued customer: it
 * times out fast and the customer is already being served), with the agent's auto-accept rule.
 * The agent gets a full answer window from this offer, however long the transfer waited. Null
 * when no transfer waits for them.
 */
function offerWaitingTransfer(state: TenantState, agent: Agent, now: number): DomainEvent[] | null {
  for (const membership of agent.byAbility) {
    const queue = state.groups.get(membership.groupId)?.transferQueue;
    if (queue === undefined || queue.size === 0) continue;
    const transfer = queue.find((candidate) => {
      const conversation = state.conversations.get(candidate.conversationId);
      const initiator = state.agents.get(candidate.initiatorId) ?? null;
      return (
        conversation !== undefined &&
        conversation.ownerId !== agent.id &&
        !candidate.excluded.includes(agent.id) &&
        isEligible(state, conversation, agent.id) &&
        targetRefusal(state, initiator, agent) === null
      );
    });
    if (transfer === undefined) continue;
    const conversation = state.conversations.get(transfer.conversationId) as Conversation;
    const initiator = state.agents.get(transfer.initiatorId) ?? null;
    const offered: DomainEvent = {
      type: 'TransferOffered',
      at: now,
      transferId: transfer.id,
      conversationId: conversation.id,
      agentId: agent.id,
      deadline: now + seconds(state.settings.transfer.timeoutSeconds),
    };
    if (!autoAccepts(agent, initiator)) return [offered];
    return [
      offered,
      ...acceptance(state, transfer, agent, { automatic: true, now, timeline: new Timeline(conversation, now) }),
    ];
  }
  return null;
}

/**
 * Whether a conversation can be matched now: queued, or a left message of an open group (which has
 * no overflow tiers, so `chooseAgent` looks at its own group only).
 */
function waitsForAgent(state: TenantState, conversation: Conversation, now: number): boolean {
  if (conversation.status === 'queued') return true;
  const hours = state.groups.get(conversation.groupId)?.config.hours ?? null;
  return conversation.status === 'left-message' && isOpen(hours, now);
}

/**
 * At most one assignment (or transfer offer) for one trigger, against the state as it is now; for
 * a `reservations` trigger, the end of each reservation that agent may no longer hold.
 */
export function resolve(state: TenantState, trigger: Trigger, now: number): readonly DomainEvent[] {
  if (trigger.kind === 'reservations') return lapsedReservations(state, trigger.agentId, now);
  if (trigger.kind === 'group') {
    return wakeGroup(state, trigger.groupId, (agentId) => resolve(state, agentTrigger(agentId), now));
  }
  if (trigger.kind === 'conversation') {
    const test = testDecision(state, trigger.conversationId, now);
    if (test !== null) return test;
    const conversation = state.conversations.get(trigger.conversationId);
    if (conversation === undefined || !waitsForAgent(state, conversation, now)) return none;
    const choice = chooseAgent(state, conversation, now);
    return choice === null ? none : [assignment(state, conversation, choice, 'conversation', now)];
  }
  const agent = state.agents.get(trigger.agentId);
  if (agent === undefined || !isRoutable(agent)) return none;
  const transferOffer = offerWaitingTransfer(state, agent, now);
  if (transferOffer !== null) return transferOffer;
  const choice = chooseConversation(state, agent, now);
  if (choice === null) return none;
  const { conversation, group } = choice;
  const tier =
    choice.source === 'overflow'
      ? 1 +
        (state.groups.get(conversation.groupId)?.config.overflow.findIndex((t) => t.groupId === group.config.id) ?? 0)
      : 0;
  const preferred = choice.source === 'reserved' ? (conversation.reservation?.reason ?? null) : null;
  const candidates = [candidateScore(state, group, agent.id, now)];

  return [assignment(state, conversation, { agent, group, tier, preferred, candidates }, 'agent', now)];
}
