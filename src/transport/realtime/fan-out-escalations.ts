/**
 * A first response missed past `maxAutoTakeovers` (docs/routing.md): the conversation stays with its
 * owner, so the people who can act are told at once — the owner, and every supervisor and admin
 * whose scope holds the conversation (src/domain/scope.ts), wherever they are in the web app.
 */
import { isSupervisor } from '../../domain/agent.js';
import type { EventOf } from '../../domain/events.js';
import { managesConversation } from '../../domain/scope.js';
import type { TenantState } from '../../domain/state.js';
import { iso } from '../http/schemas.js';
import { sendToAgent, type GatewayContext } from './context.js';
import { staffConversation } from './views.js';

export function escalate(
  context: GatewayContext,
  where: { readonly tenantId: string; readonly state: TenantState },
  event: EventOf<'FirstResponseEscalated'>,
): void {
  const { tenantId, state } = where;
  const conversation = state.conversations.get(event.conversationId);
  if (conversation === undefined) return;
  const payload = {
    conversationId: event.conversationId,
    ownerId: event.agentId,
    takeovers: event.takeovers,
    at: iso(event.at),
    conversation: staffConversation(state, event.conversationId),
  };
  const told = new Set([event.agentId]);
  // Supervisors are few next to agents; this runs once per escalation, never per message.
  for (const agent of state.agents.values()) {
    if (isSupervisor(agent) && managesConversation(state, agent, conversation)) told.add(agent.id);
  }
  for (const agentId of told) sendToAgent(context, { tenantId, agentId }, 'conversation.escalated', payload);
}
