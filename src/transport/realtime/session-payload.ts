/**
 * The `session` event: who the client is and where things stand as it connects — for agents their
 * status, conversations, transfers waiting on them or theirs waiting on others, and their groups'
 * queues; for customers their open conversations. Built from one read of the live state, so every
 * event sent after it is a change from it.
 */
import type { TenantState } from '../../domain/state.js';
import { iso } from '../http/schemas.js';
import type { AgentSession, CustomerSession, GroupFigures, TransferCard, TransferUpdate } from './protocol.js';
import { agentStatus, customerConversation, staffConversation, transferCard } from './views.js';

export function agentSession(
  state: TenantState,
  subject: { readonly tenantId: string; readonly agentId: string; readonly queues: readonly GroupFigures[] },
  now: number,
): AgentSession | null {
  const agent = state.agents.get(subject.agentId);
  if (agent === undefined) return null;
  const incoming: TransferCard[] = [];
  const outgoing: TransferUpdate[] = [];
  // Only an agent holding a slot for a transfer has one waiting for them: no scan otherwise.
  if (agent.incoming > 0) {
    for (const transfer of state.transfers.values()) {
      if (transfer.status === 'pending' && transfer.targetAgentId === agent.id) {
        incoming.push(transferCard(state, transfer, agent.id));
      }
    }
  }
  for (const conversationId of agent.conversations) {
    const pendingId = state.conversations.get(conversationId)?.pendingTransferId ?? null;
    const transfer = pendingId === null ? undefined : state.transfers.get(pendingId);
    if (transfer?.status !== 'pending') continue;
    outgoing.push({
      transferId: transfer.id,
      conversationId,
      status: 'pending',
      initiatorId: transfer.initiatorId,
      fromAgentId: transfer.fromAgentId,
      targetAgentId: transfer.targetAgentId,
      deadline: iso(transfer.deadline),
      reason: null,
      recommendations: [],
      at: iso(transfer.requestedAt),
    });
  }
  return {
    kind: 'agent',
    tenantId: subject.tenantId,
    agentId: agent.id,
    role: agent.role,
    agent: agentStatus(agent),
    conversations: [...agent.conversations].flatMap((id) => staffConversation(state, id) ?? []),
    transfers: { incoming, outgoing },
    queues: subject.queues,
    serverTime: iso(now),
  };
}

/** `conversationIds` are the customer's open conversations (from the read model), newest first. */
export function customerSession(
  state: TenantState,
  subject: { readonly tenantId: string; readonly customerId: string },
  conversationIds: readonly string[],
  now: number,
): CustomerSession {
  return {
    kind: 'customer',
    tenantId: subject.tenantId,
    customerId: subject.customerId,
    conversations: conversationIds.flatMap((id) => {
      const conversation = state.conversations.get(id);
      return conversation?.customerId === subject.customerId ? [customerConversation(state, conversation)] : [];
    }),
    serverTime: iso(now),
  };
}
