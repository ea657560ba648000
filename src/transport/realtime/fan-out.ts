/**
 * From stored events to the clients concerned (DESIGN.md §8). Called with each durable batch of a
 * tenant, after the actor applied it; the live state is read right here and never kept.
 *
 * Per event, in log order: timeline entries go to the conversation's followers; assignments,
 * offers and transfer moves to the agents they concern, who start following the conversation
 * (from its first entry: a new owner or a colleague asked to take it sees the whole history).
 * Per batch, at the end: each changed agent's status, each changed conversation's view (to its
 * participants and its customer), and the follows of agents no longer involved are dropped (after
 * the batch, so the old owner still receives the TRANSFER_ACCEPT entry).
 */
import type { DomainEvent } from '../../domain/events.js';
import type { TenantState } from '../../domain/state.js';
import type { StoredEvent } from '../../store/event-store.js';
import { iso, isoOrNull } from '../http/schemas.js';
import { emptyChanges, type BatchChanges } from './batch-changes.js';
import { followForAgent, followForCustomer, sendToAgent, type GatewayContext } from './context.js';
import { escalate } from './fan-out-escalations.js';
import { transferEvent } from './fan-out-transfers.js';
import { noteQueueShown } from './overview.js';
import { localSessions, rooms } from './rooms.js';
import { agentStatus, customerConversation, entryFromEvent, staffConversation } from './views.js';

export function fanOut(context: GatewayContext, tenantId: string, events: readonly StoredEvent[]): void {
  const state = context.registry.actor(tenantId)?.view;
  if (state === undefined) return;
  const changes = emptyChanges();
  // One scope for the whole batch, not an object per event.
  const scope = { tenantId, state, changes };
  for (const { event } of events) {
    try {
      if (!transferEvent(context, scope, event)) route(context, tenantId, state, event, changes);
    } catch (error) {
      context.report(error, `realtime fan-out of ${event.type} failed`);
    }
  }
  try {
    flush(context, tenantId, state, changes);
  } catch (error) {
    context.report(error, 'realtime fan-out failed');
  }
  context.touch(tenantId);
}

/** An agent of the tenant, as `sendToAgent` and `followForAgent` take them (no closure per event). */
const to = (tenantId: string, agentId: string): { tenantId: string; agentId: string } => ({ tenantId, agentId });

function route(
  context: GatewayContext,
  tenantId: string,
  state: TenantState,
  event: DomainEvent,
  changes: BatchChanges,
): void {
  switch (event.type) {
    case 'MessagePosted':
      context.messageIds.observe(tenantId, event);
      context.timeline.deliver(tenantId, entryFromEvent(event, { tenantId, links: context.timeline.links }));
      // The owner's first answer ends the first-response countdown the views carry.
      if (event.author.kind === 'agent' && state.conversations.get(event.conversationId)?.firstResponseAt === event.at)
        changes.staffViews.add(event.conversationId);
      return;
    case 'FirstResponseEscalated':
      escalate(context, { tenantId, state }, event);
      changes.staffViews.add(event.conversationId);
      return;
    case 'AgentConnected':
    case 'AgentDisconnected':
    case 'AgentLost':
    case 'AgentStatusChanged':
      changes.agents.add(event.agentId);
      return;
    case 'AgentSaved':
      changes.agents.add(event.agent.id);
      return;
    case 'ConversationOpened':
      followForCustomer(context, { tenantId, customerId: event.customerId }, event.conversationId);
      changes.customerViews.add(event.conversationId);
      return;
    case 'ConversationAssigned': {
      const conversation = staffConversation(state, event.conversationId);
      if (event.mode === 'offer') {
        sendToAgent(context, to(tenantId, event.agentId), 'conversation.offered', {
          conversationId: event.conversationId,
          offerDeadline: isoOrNull(event.offerDeadline),
          conversation,
        });
      } else {
        sendToAgent(context, to(tenantId, event.agentId), 'conversation.assigned', {
          conversationId: event.conversationId,
          via: 'routing',
          firstResponseDeadline: isoOrNull(event.firstResponseDeadline),
          conversation,
        });
      }
      followForAgent(context, to(tenantId, event.agentId), event.conversationId);
      changes.agents.add(event.agentId);
      changes.customerViews.add(event.conversationId);
      return;
    }
    case 'OfferAccepted':
      sendToAgent(context, to(tenantId, event.agentId), 'conversation.assigned', {
        conversationId: event.conversationId,
        via: 'offer',
        firstResponseDeadline: isoOrNull(event.firstResponseDeadline),
        conversation: staffConversation(state, event.conversationId),
      });
      changes.agents.add(event.agentId);
      changes.customerViews.add(event.conversationId);
      return;
    case 'ConversationRequeued':
      sendToAgent(context, to(tenantId, event.fromAgentId), 'conversation.removed', {
        conversationId: event.conversationId,
        reason: event.reason,
      });
      changes.released.push([event.fromAgentId, event.conversationId]);
      changes.agents.add(event.fromAgentId);
      changes.customerViews.add(event.conversationId);
      return;
    case 'ReplyReminderDue':
      sendToAgent(context, to(tenantId, event.agentId), 'reply.reminder', {
        conversationId: event.conversationId,
        waitingSince: iso(event.waitingSince),
      });
      return;
    case 'ConversationDormant':
    case 'ConversationRevived':
      changes.agents.add(event.agentId);
      changes.staffViews.add(event.conversationId);
      changes.customerViews.add(event.conversationId);
      return;
    case 'ConversationClosed': {
      const ownerId = state.conversations.get(event.conversationId)?.ownerId;
      if (ownerId !== undefined && ownerId !== null) changes.agents.add(ownerId);
      changes.staffViews.add(event.conversationId);
      changes.customerViews.add(event.conversationId);
      return;
    }
    case 'ConversationRated':
      sendToAgent(context, to(tenantId, event.agentId), 'conversation.rated', {
        conversationId: event.conversationId,
        score: event.score,
        comment: event.comment,
      });
      return;
    case 'ContactLeft':
      changes.staffViews.add(event.conversationId);
      return;
    case 'SupervisorJoined':
      followForAgent(context, to(tenantId, event.supervisorId), event.conversationId);
      changes.staffViews.add(event.conversationId);
      return;
    case 'SupervisorLeft':
      changes.released.push([event.supervisorId, event.conversationId]);
      changes.staffViews.add(event.conversationId);
      return;
    default:
      return;
  }
}

/** Agents with a part in the conversation: owner, colleague asked to take it, supervisors in it. */
export function involved(state: TenantState, conversationId: string): Set<string> {
  const conversation = state.conversations.get(conversationId);
  const agents = new Set<string>();
  if (conversation === undefined) return agents;
  if (conversation.ownerId !== null) agents.add(conversation.ownerId);
  const pending =
    conversation.pendingTransferId === null ? undefined : state.transfers.get(conversation.pendingTransferId);
  if (pending?.targetAgentId !== undefined && pending.targetAgentId !== null) agents.add(pending.targetAgentId);
  for (const watcher of conversation.watchers) agents.add(watcher.supervisorId);
  return agents;
}

function flush(context: GatewayContext, tenantId: string, state: TenantState, changes: BatchChanges): void {
  for (const agentId of changes.agents) {
    const agent = state.agents.get(agentId);
    if (agent !== undefined) sendToAgent(context, { tenantId, agentId }, 'agent.status', agentStatus(agent));
  }
  for (const conversationId of changes.staffViews) {
    const view = staffConversation(state, conversationId);
    if (view === null) continue;
    for (const agentId of involved(state, conversationId)) {
      sendToAgent(context, { tenantId, agentId }, 'conversation.updated', view);
    }
  }
  for (const conversationId of changes.customerViews) {
    const conversation = state.conversations.get(conversationId);
    if (conversation === undefined) continue;
    const view = customerConversation(state, conversation);
    for (const session of localSessions(context.io, rooms.customer(tenantId, conversation.customerId))) {
      session.send('conversation.updated', view);
      noteQueueShown(session, state, conversationId);
    }
  }
  for (const [agentId, conversationId] of changes.released) {
    if (involved(state, conversationId).has(agentId)) continue;
    for (const session of localSessions(context.io, rooms.agent(tenantId, agentId))) {
      if (session.follows.get(conversationId)?.sticky === false) context.timeline.unfollow(session, conversationId);
    }
  }
}
