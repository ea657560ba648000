/**
 * A conversation id names one conversation forever (issue 13, docs/http-api.md). The live state
 * forgets closed conversations past `closedRetention`, so before opening with an id the caller
 * chose, the id is looked up in the live state and then in the read model, which keeps every
 * conversation ever opened:
 * - unused: open it;
 * - used by this very customer: answer with their conversation (an idempotent retry);
 * - used by anyone else: `CONVERSATION_EXISTS`, the same answer whoever it belongs to and whether or
 *   not it is still remembered, so nothing about another customer's conversation leaks.
 * The read model's primary key on (tenant, conversation id), with a plain INSERT, is the final
 * fence (src/store/sql/project-conversations.ts): an opening that slipped past this check fails
 * rather than overwriting anyone's row.
 */
import type { Conversation } from '../../domain/conversation.js';
import type { TenantState } from '../../domain/state.js';
import type { ConversationView, ReadModel } from '../../store/read-model.js';
import { ApiError } from './error-catalogue.js';
import { iso, isoOrNull } from './schemas.js';
import type { ConversationLiveType } from './views.js';

export type ConversationIdUse =
  | { readonly kind: 'unused' }
  | { readonly kind: 'live'; readonly conversation: Conversation }
  | { readonly kind: 'stored'; readonly view: ConversationView };

/** How `conversationId` stands for `customerId`; throws `CONVERSATION_EXISTS` if someone else's. */
export async function conversationIdUse(
  where: { readonly store: ReadModel; readonly tenantId: string; readonly state: () => TenantState },
  conversationId: string,
  customerId: string,
): Promise<ConversationIdUse> {
  const live = where.state().conversations.get(conversationId);
  if (live !== undefined) {
    if (live.customerId !== customerId) throw new ApiError('CONVERSATION_EXISTS');
    return { kind: 'live', conversation: live };
  }
  const stored = await where.store.conversation(where.tenantId, conversationId);
  if (stored === null) return { kind: 'unused' };
  if (stored.customerId !== customerId) throw new ApiError('CONVERSATION_EXISTS');
  return { kind: 'stored', view: stored };
}

/** The live view of a conversation the live state has forgotten, from its read-model row. */
export function storedConversationBody(view: ConversationView): ConversationLiveType {
  return {
    conversationId: view.conversationId,
    customerId: view.customerId,
    // The live state has forgotten it: the name and the visitor's attributes are not in the read model.
    customerName: null,
    attributes: {},
    status: view.status,
    groupId: view.groupId,
    ownerId: view.ownerId,
    channel: view.channel,
    source: view.source,
    language: view.language,
    priority: view.priority,
    labels: [...view.labels],
    routedBy: null,
    openedAt: iso(view.openedAt),
    assignedAt: isoOrNull(view.assignedAt),
    closedAt: isoOrNull(view.closedAt),
    pendingTransferId: null,
    // Message seqs are gap-free from 1, so the count is the last seq.
    lastSeq: view.messageCount,
    queue: null,
    firstResponseDeadline: null,
    autoTakeovers: 0,
    test: null,
  };
}
