/** Deadlines that several decisions compute the same way. */
import type { Conversation } from './conversation.js';
import type { DomainEvent, RequeueReason } from './events.js';
import { exclusionDeadline, requeueExcludes } from './exclusions.js';
import type { AssignmentMode } from './settings.js';
import type { TenantState } from './state.js';

const SECOND = 1000;

/** When the conversation's next overflow tier opens, or null if it has reached the last one. */
export function overflowDeadline(
  state: TenantState,
  conversation: Pick<Conversation, 'groupId' | 'enqueuedAt' | 'overflowTier'>,
): number | null {
  const tier = state.groups.get(conversation.groupId)?.config.overflow[conversation.overflowTier];
  return tier === undefined ? null : conversation.enqueuedAt + tier.afterSeconds * SECOND;
}

/**
 * For a conversation going back to waiting at `now`: every overflow tier whose threshold has
 * already passed (measured from its original enqueue time) is reached at once, so tier agents can
 * take it in the same decision; the deadline is the next tier's.
 */
export function overflowProgress(
  state: TenantState,
  conversation: Pick<Conversation, 'groupId' | 'enqueuedAt' | 'overflowTier'>,
  now: number,
): { overflowTier: number; overflowDeadline: number | null } {
  const tiers = state.groups.get(conversation.groupId)?.config.overflow ?? [];
  let tier = Math.min(conversation.overflowTier, tiers.length);
  while (tier < tiers.length && conversation.enqueuedAt + (tiers[tier]?.afterSeconds ?? 0) * SECOND <= now) tier += 1;
  return { overflowTier: tier, overflowDeadline: overflowDeadline(state, { ...conversation, overflowTier: tier }) };
}

export function assignmentMode(state: TenantState, groupId: string): AssignmentMode {
  return state.groups.get(groupId)?.config.assignmentMode ?? state.settings.assignmentMode;
}

export function offerDeadline(state: TenantState, groupId: string, now: number): number {
  const seconds = state.groups.get(groupId)?.config.offerTimeoutSeconds ?? state.settings.offerTimeoutSeconds;
  return now + seconds * SECOND;
}

export const firstResponseDeadline = (state: TenantState, now: number): number =>
  now + state.settings.firstResponseTimeoutSeconds * SECOND;

export const seconds = (count: number): number => count * SECOND;

/** A new owner is reminded if the customer, already waiting for a reply, waits this long more. */
export const takeoverReminder = (state: TenantState, conversation: Conversation, now: number): number | null =>
  conversation.awaitingReplySince === null ? null : now + state.settings.replyReminderSeconds * SECOND;

/**
 * The event that puts an owned or offered conversation back to waiting: in its own group (or
 * `groupId`), keeping its original queue time and reaching every overflow tier already passed.
 */
export function requeued(
  state: TenantState,
  conversation: Conversation,
  options: {
    readonly fromAgentId: string;
    readonly reason: RequeueReason;
    readonly now: number;
    readonly groupId?: string;
  },
): DomainEvent {
  const groupId = options.groupId ?? conversation.groupId;
  return {
    type: 'ConversationRequeued',
    at: options.now,
    conversationId: conversation.id,
    fromAgentId: options.fromAgentId,
    reason: options.reason,
    groupId,
    ...overflowProgress(state, { ...conversation, groupId }, options.now),
    exclusionDeadline: requeueExcludes(options.reason) ? exclusionDeadline(state, options.now) : null,
  };
}
