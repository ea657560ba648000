/**
 * Exclusions and their lapse (docs/routing.md, "Reservations, exclusions and left messages").
 *
 * An agent who missed, declined or rejected a conversation, or lost it to a takeover or a return
 * to the queue, is not routed it again — for `exclusionLapseSeconds` after the conversation's
 * latest exclusion. Then all its exclusions lapse at once (`ExclusionsLapsed`), and work
 * conservation treats those agents like any other: a conversation whose only eligible agents all
 * excluded themselves never waits forever.
 */
import type { Conversation } from './conversation.js';
import type { DomainEvent, RequeueReason } from './events.js';
import { putTimer } from './indexes.js';
import { defaultExclusionLapseSeconds } from './settings.js';
import type { TenantState } from './state.js';

/**
 * Requeues that say nothing against the agent, so exclude nobody: an agent lost (they may come
 * back) and an offer that ran out while its agent was disconnected within the presence grace.
 */
const notHeldAgainst: ReadonlySet<RequeueReason> = new Set(['agent-lost', 'offer-expired-offline']);

/** Whether a requeue for this reason excludes the agent it came from. */
export const requeueExcludes = (reason: RequeueReason): boolean => !notHeldAgainst.has(reason);

/** When an exclusion made at `now` lapses (events carry it, so replay never reads the settings). */
export const exclusionDeadline = (state: TenantState, now: number): number =>
  now + (state.settings.exclusionLapseSeconds ?? defaultExclusionLapseSeconds) * 1000;

/**
 * `evolve`'s one way to exclude an agent from a conversation: adds them once and moves the lapse
 * deadline to the one the event carries (null or absent — an older log — leaves it as it was).
 */
export function excludeAgent(
  state: TenantState,
  conversation: Conversation,
  agentId: string,
  deadline: number | null | undefined,
): void {
  if (!conversation.excluded.includes(agentId)) conversation.excluded = [...conversation.excluded, agentId];
  if (deadline !== null && deadline !== undefined) putTimer(state, 'exclusions', conversation.id, deadline);
}

/** The `exclusions` timer fired: everyone the conversation excluded may serve it again. */
export function exclusionsLapse(state: TenantState, conversationId: string, now: number): DomainEvent[] | null {
  const conversation = state.conversations.get(conversationId);
  if (conversation === undefined || conversation.excluded.length === 0) return null;
  return [{ type: 'ExclusionsLapsed', at: now, conversationId, agentIds: [...conversation.excluded] }];
}
