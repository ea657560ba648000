/** Deadlines that several decisions compute the same way. */
import { nextOpening } from './business-hours.js';
import type { Conversation } from './conversation.js';
import type { DomainEvent, RequeueReason } from './events.js';
import { exclusionDeadline, requeueExcludes } from './exclusions.js';
import type { AssignmentMode } from './settings.js';
import type { GroupRuntime, TenantState } from './state.js';

const SECOND = 1000;

type OverflowClock = Pick<Conversation, 'groupId' | 'overflowFrom' | 'overflowTier'>;

/** When the conversation's next overflow tier opens, or null if it has reached the last one. */
export function overflowDeadline(state: TenantState, conversation: OverflowClock): number | null {
  const tier = state.groups.get(conversation.groupId)?.config.overflow[conversation.overflowTier];
  return tier === undefined ? null : conversation.overflowFrom + tier.afterSeconds * SECOND;
}

/**
 * A waiting conversation's overflow progress at `now`, recomputed from its group's current tiers:
 * every tier whose threshold has passed (counted from `overflowFrom`, when it started waiting in
 * this group) is reached, so tier agents can take it in the same decision; the deadline is the next
 * tier's. Used whenever a conversation goes back to waiting and whenever its group's tiers change,
 * so a deadline never outlives the configuration it was computed from.
 */
export function overflowProgress(
  state: TenantState,
  conversation: OverflowClock,
  now: number,
): { overflowTier: number; overflowDeadline: number | null } {
  const tiers = state.groups.get(conversation.groupId)?.config.overflow ?? [];
  let tier = 0;
  while (tier < tiers.length && conversation.overflowFrom + (tiers[tier]?.afterSeconds ?? 0) * SECOND <= now) tier += 1;
  return { overflowTier: tier, overflowDeadline: overflowDeadline(state, { ...conversation, overflowTier: tier }) };
}

/**
 * Where a conversation's overflow clock starts when it waits in `groupId` from `now`: tiers belong
 * to a group, so moving to another group starts them again; staying keeps the original start.
 */
export const overflowFromAfter = (
  conversation: Pick<Conversation, 'groupId' | 'overflowFrom'>,
  groupId: string,
  now: number,
): number => (groupId === conversation.groupId ? conversation.overflowFrom : now);

/**
 * When the group's `opens` deadline should wake it: its next opening while it holds left messages
 * and has hours, else never. Whatever made the message wait (closed hours, nobody online, a full
 * queue), the opening is when an agent already connected can be given it without any other event.
 */
export const groupOpensAt = (group: GroupRuntime, now: number): number | null =>
  group.leftMessages.size === 0 ? null : nextOpening(group.config.hours, now);

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
 * `groupId`), keeping its original queue time and order key. In its own group it reaches every
 * overflow tier its wait has passed; in another group the tiers start from zero.
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
    ...overflowProgress(
      state,
      { groupId, overflowTier: 0, overflowFrom: overflowFromAfter(conversation, groupId, options.now) },
      options.now,
    ),
    exclusionDeadline: requeueExcludes(options.reason) ? exclusionDeadline(state, options.now) : null,
  };
}
