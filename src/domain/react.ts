/**
 * Work conservation (DESIGN.md §3.8). After each event, `triggersOf` names who might now be
 * matched — a conversation that started waiting, an agent who freed a slot — and `resolve` turns
 * one trigger into at most one assignment, reading the state as it is at that moment. `execute`
 * applies each assignment before resolving the next trigger, so two triggers never hand out the
 * same conversation or the same slot.
 */
import { isRoutable } from './agent.js';
import { assignmentMode, firstResponseDeadline, offerDeadline, takeoverReminder } from './deadlines.js';
import type { DomainEvent } from './events.js';
import type { Explanation } from './explanation.js';
import { candidateScore, chooseAgent, chooseConversation, effectiveWaitSeconds, type AgentChoice } from './routing.js';
import type { Conversation } from './conversation.js';
import type { TenantState } from './state.js';

export type Trigger =
  | { readonly kind: 'agent'; readonly agentId: string }
  | { readonly kind: 'conversation'; readonly conversationId: string };

const agentTrigger = (agentId: string): Trigger => ({ kind: 'agent', agentId });
const conversationTrigger = (conversationId: string): Trigger => ({ kind: 'conversation', conversationId });

function membersOf(state: TenantState, groupIds: readonly string[]): Trigger[] {
  const agents = new Set<string>();
  for (const groupId of groupIds) for (const agentId of state.groups.get(groupId)?.members ?? []) agents.add(agentId);
  return [...agents].map(agentTrigger);
}

function ownerTrigger(state: TenantState, conversationId: string): Trigger[] {
  const ownerId = state.conversations.get(conversationId)?.ownerId;
  return ownerId === null || ownerId === undefined ? [] : [agentTrigger(ownerId)];
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
    case 'AgentStatusChanged':
      return [agentTrigger(event.agentId)];
    case 'AgentSaved':
      return [agentTrigger(event.agent.id)];
    case 'ConversationRated':
      // A better rating can lift a customer's block on this agent.
      return [agentTrigger(event.agentId)];
    case 'ConversationClosed':
    case 'ConversationDormant':
      return ownerTrigger(state, event.conversationId);
    case 'SkillGroupSaved':
      return membersOf(state, [event.group.id, ...event.group.overflow.map((tier) => tier.groupId)]);
    case 'GroupOpened':
      return membersOf(state, [event.groupId]);
    default:
      return [];
  }
}

function assignment(
  state: TenantState,
  conversation: Conversation,
  choice: Pick<AgentChoice, 'agent' | 'group' | 'tier' | 'preferred' | 'candidates'> & {
    trigger: Explanation['trigger'];
  },
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
    explanation: {
      trigger: choice.trigger,
      rule: conversation.routedBy,
      rankedBy: { groupId: choice.group.config.id, strategy: choice.group.config.strategy },
      overflowTier: choice.tier,
      preferred: choice.preferred,
      effectiveWaitSeconds: effectiveWaitSeconds(conversation, now),
      candidates: choice.candidates,
    },
  };
}

export function resolve(state: TenantState, trigger: Trigger, now: number): DomainEvent | null {
  if (trigger.kind === 'conversation') {
    const conversation = state.conversations.get(trigger.conversationId);
    if (conversation?.status !== 'queued') return null;
    const choice = chooseAgent(state, conversation, now);
    return choice === null ? null : assignment(state, conversation, { ...choice, trigger: 'conversation' }, now);
  }
  const agent = state.agents.get(trigger.agentId);
  if (agent === undefined || !isRoutable(agent)) return null;
  const choice = chooseConversation(state, agent, now);
  if (choice === null) return null;
  const { conversation, group } = choice;
  const tier =
    choice.source === 'overflow'
      ? 1 +
        (state.groups.get(conversation.groupId)?.config.overflow.findIndex((t) => t.groupId === group.config.id) ?? 0)
      : 0;
  const preferred = choice.source === 'reserved' ? (conversation.reservation?.reason ?? null) : null;
  const candidates = [candidateScore(state, group, agent.id, now)];

  return assignment(state, conversation, { agent, group, tier, preferred, candidates, trigger: 'agent' }, now);
}
