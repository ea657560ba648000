/**
 * Reservations (DESIGN.md §3.3): a new conversation waiting up to `stickyWaitSeconds` for its
 * preferred agent (directed, dedicated or sticky). One predicate says who may hold one, at opening
 * and all along the wait, so the reserved path never gives a conversation to an agent normal
 * routing would refuse (rated badly by the customer) and never waits for one who cannot take it.
 */
import type { Agent } from './agent.js';
import type { Conversation } from './conversation.js';
import { overflowProgress } from './deadlines.js';
import type { DomainEvent } from './events.js';
import { isEligible } from './routing.js';
import type { TenantState } from './state.js';

/** Online, `available` and eligible for this customer's conversation (not rated badly, not excluded). */
export const mayHoldReservation = (
  state: TenantState,
  conversation: Pick<Conversation, 'customerId' | 'excluded'>,
  agent: Agent,
): boolean => agent.online && agent.status === 'available' && isEligible(state, conversation, agent.id);

/**
 * Ends at once every reservation for this agent that they may no longer hold — they went offline,
 * away or busy, or the customer has since rated them badly — so the conversation goes to normal
 * routing now instead of waiting out `stickyWaitSeconds`.
 */
export function lapsedReservations(state: TenantState, agentId: string, now: number): DomainEvent[] {
  const reserved = state.reserved.get(agentId);
  if (reserved === undefined) return [];
  const agent = state.agents.get(agentId);
  const events: DomainEvent[] = [];
  for (const conversation of reserved.toArray()) {
    const reservation = conversation.reservation;
    if (reservation === null || (agent !== undefined && mayHoldReservation(state, conversation, agent))) continue;
    events.push({
      type: 'ReservationEnded',
      at: now,
      conversationId: conversation.id,
      reason: reservation.reason,
      ended: 'agent-unavailable',
      ...overflowProgress(state, conversation, now),
    });
  }
  return events;
}
