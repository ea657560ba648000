/**
 * A missed first response (DESIGN.md §4, docs/routing.md): the owner did not answer within
 * `firstResponseTimeout` of getting the conversation. The first `maxAutoTakeovers` misses take it
 * back to its queue (keeping its queue time, excluding the owner) with an internal TAKEOVER entry
 * and a notice to the customer in their language; the next miss leaves it with the owner, records
 * a TAKEOVER_LIMIT entry and alerts the supervisors (`FirstResponseEscalated`), so a conversation is
 * never bounced from agent to agent without end.
 */
import type { Conversation } from './conversation.js';
import { requeued } from './deadlines.js';
import type { DomainEvent } from './events.js';
import { notice, noticeLanguage } from './notices.js';
import { DEFAULT_MAX_AUTO_TAKEOVERS } from './settings.js';
import type { TenantState } from './state.js';
import { Timeline } from './timeline.js';
import { cancelPending } from './transfer-plan.js';

export const maxAutoTakeovers = (state: TenantState): number =>
  state.settings.maxAutoTakeovers ?? DEFAULT_MAX_AUTO_TAKEOVERS;

/** The events of a missed first response by `ownerId`, the conversation's active owner. */
export function firstResponseMissed(
  state: TenantState,
  conversation: Conversation,
  ownerId: string,
  now: number,
): DomainEvent[] {
  const timeline = new Timeline(conversation, now);
  const owner = state.agents.get(ownerId)?.name ?? ownerId;
  const seconds = state.settings.firstResponseTimeoutSeconds;
  const limit = maxAutoTakeovers(state);
  if (conversation.autoTakeovers >= limit) {
    return [
      {
        type: 'FirstResponseEscalated',
        at: now,
        conversationId: conversation.id,
        agentId: ownerId,
        takeovers: conversation.autoTakeovers,
      },
      timeline.entry(
        'TAKEOVER_LIMIT',
        'internal',
        `${owner} has not answered within ${seconds} s; after ${limit} automatic takeovers it stays with ${owner} and supervisors are alerted`,
      ),
    ];
  }
  return [
    ...cancelPending(state, conversation, { by: 'system', now, timeline }),
    requeued(state, conversation, { fromAgentId: ownerId, reason: 'first-response-timeout', now }),
    timeline.entry(
      'TAKEOVER',
      'internal',
      `${owner} did not answer within ${seconds} s: the conversation went back to the queue (automatic takeover ${conversation.autoTakeovers + 1} of ${limit})`,
    ),
    timeline.entry('notice', 'public', notice('takeover.returned', noticeLanguage(state, conversation))),
  ];
}
