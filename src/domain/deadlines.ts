/** Deadlines that several decisions compute the same way. */
import type { Conversation } from './conversation.js';
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
