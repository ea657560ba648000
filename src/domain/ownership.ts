/**
 * Shared steps of `evolve` for who owns a conversation and how it counts on their load: the
 * transition table guard, releasing an owner, claiming for a new one.
 */
import type { Agent } from './agent.js';
import { canTransition, type Conversation, type ConversationStatus } from './conversation.js';
import { reindexAgent } from './indexes.js';
import type { TenantState } from './state.js';

export function conversationOf(state: TenantState, conversationId: string): Conversation {
  const conversation = state.conversations.get(conversationId);
  if (conversation === undefined) throw new Error(`event for unknown conversation ${conversationId}`);
  return conversation;
}

/** Moves a conversation along the transition table; an illegal move is a bug in `decide`. */
export function moveTo(conversation: Conversation, status: ConversationStatus): void {
  if (!canTransition(conversation.status, status)) {
    throw new Error(`conversation ${conversation.id}: illegal transition ${conversation.status} → ${status}`);
  }
  conversation.status = status;
}

/** Takes the conversation off its owner's load (active or dormant, as it was counted). */
export function releaseOwner(state: TenantState, conversation: Conversation): void {
  if (conversation.ownerId === null) return;
  const agent = state.agents.get(conversation.ownerId);
  if (agent === undefined) return;
  if (conversation.status === 'dormant') agent.dormant -= 1;
  else if (conversation.status === 'active' || conversation.status === 'offered') agent.active -= 1;
  else return;
  agent.conversations.delete(conversation.id);
  reindexAgent(state, agent);
}

/** Counts the conversation on `agent`'s load as its current status says, and makes them the owner. */
export function claimFor(state: TenantState, conversation: Conversation, agent: Agent): void {
  if (conversation.status === 'dormant') agent.dormant += 1;
  else agent.active += 1;
  agent.conversations.add(conversation.id);
  conversation.ownerId = agent.id;
  reindexAgent(state, agent);
}

/** A new assignment for the agent (and the tenant): what idle time and the random draw count from. */
export function recordAssignment(state: TenantState, agent: Agent, at: number): void {
  agent.lastAssignedAt = at;
  agent.assignments += 1;
  state.assignments += 1;
}
