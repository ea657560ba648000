/**
 * Read-model projections of conversation events: the `conversations` row (status, owner, group,
 * timestamps, rating), its labels (`conversation_labels`, for label filters) and the `messages`
 * timeline. The status written is the domain's own (src/domain/conversation.ts); each statement also
 * records the seq of the event that last touched the row.
 *
 * Opening an id again (possible once the live state has forgotten a long-closed conversation)
 * replaces its row rather than failing the append.
 */
import type { EventOf } from '../../domain/events.js';
import type { Projection } from './projection.js';
import { json, statement, type SqlStatement } from './sql-statement.js';

const WHERE = 'WHERE tenant_id = ? AND conversation_id = ?';

const setConversation = (
  tenantId: string,
  conversationId: string,
  seq: number,
  assignments: string,
  params: readonly (string | number | null)[],
): SqlStatement =>
  statement(`UPDATE conversations SET ${assignments}, updated_seq = ? ${WHERE}`, [
    ...params,
    seq,
    tenantId,
    conversationId,
  ]);

export const conversationOpened: Projection<EventOf<'ConversationOpened'>> = ({ tenantId, seq }, event) => [
  statement(
    `INSERT INTO conversations (tenant_id, conversation_id, customer_id, channel, source, group_id, status,
       owner_id, priority, language, labels, opened_at, assigned_at, first_response_at, closed_at, close_reason,
       resolution, summary, rating, rating_comment, last_message_at, message_count, updated_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, ?)
     ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET customer_id = excluded.customer_id,
       channel = excluded.channel, source = excluded.source, group_id = excluded.group_id, status = excluded.status,
       owner_id = NULL, priority = excluded.priority, language = excluded.language, labels = excluded.labels,
       opened_at = excluded.opened_at, assigned_at = NULL, first_response_at = NULL, closed_at = NULL,
       close_reason = NULL, resolution = NULL, summary = NULL, rating = NULL, rating_comment = NULL,
       last_message_at = NULL, message_count = 0, updated_seq = excluded.updated_seq`,
    [
      tenantId,
      event.conversationId,
      event.customerId,
      event.channel,
      event.source,
      event.groupId,
      event.disposition.kind === 'queued' ? 'queued' : 'left-message',
      event.priority,
      event.language,
      json(event.labels),
      event.at,
      seq,
    ],
  ),
  ...[...new Set(event.labels)].map((label) =>
    statement(
      'INSERT INTO conversation_labels (tenant_id, label, conversation_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      [tenantId, label, event.conversationId],
    ),
  ),
];

export const conversationAssigned: Projection<EventOf<'ConversationAssigned'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'status = ?, owner_id = ?, assigned_at = ?', [
    event.mode === 'offer' ? 'offered' : 'active',
    event.agentId,
    event.at,
  ]),
];

export const offerAccepted: Projection<EventOf<'OfferAccepted'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'status = ?', ['active']),
];

export const conversationRequeued: Projection<EventOf<'ConversationRequeued'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'status = ?, owner_id = NULL', ['queued']),
];

export const conversationDormant: Projection<EventOf<'ConversationDormant'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'status = ?', ['dormant']),
];

export const conversationRevived: Projection<EventOf<'ConversationRevived'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'status = ?', ['active']),
];

export const conversationClosed: Projection<EventOf<'ConversationClosed'>> = ({ tenantId, seq }, event) => [
  // The customer's last agent is the owner at closing (as the domain's customer memory keeps it).
  statement(
    `UPDATE customers SET last_agent_id = c.owner_id, last_served_at = ?, updated_seq = ?
     FROM (SELECT customer_id, owner_id FROM conversations ${WHERE}) AS c
     WHERE customers.tenant_id = ? AND customers.customer_id = c.customer_id AND c.owner_id IS NOT NULL`,
    [event.at, seq, tenantId, event.conversationId, tenantId],
  ),
  setConversation(
    tenantId,
    event.conversationId,
    seq,
    'status = ?, closed_at = ?, close_reason = ?, resolution = ?, summary = ?',
    ['closed', event.at, event.reason, event.resolution, event.summary],
  ),
];

export const conversationRated: Projection<EventOf<'ConversationRated'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'rating = ?, rating_comment = ?', [event.score, event.comment]),
];

/** Logs written before messages had a kind carry none: they were all plain text. */
function messageKind(event: EventOf<'MessagePosted'>): string {
  const kind: unknown = (event as { readonly kind?: unknown }).kind;
  return typeof kind === 'string' ? kind : 'text';
}

export const messagePosted: Projection<EventOf<'MessagePosted'>> = ({ tenantId, seq }, event) => {
  const firstResponse = event.author.kind === 'agent' && event.visibility === 'public';
  return [
    statement(
      `INSERT INTO messages (tenant_id, conversation_id, seq, message_id, author_kind, author_id, visibility, kind,
         text, at, event_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, conversation_id, seq) DO UPDATE SET message_id = excluded.message_id,
         author_kind = excluded.author_kind, author_id = excluded.author_id, visibility = excluded.visibility,
         kind = excluded.kind, text = excluded.text, at = excluded.at, event_seq = excluded.event_seq`,
      [
        tenantId,
        event.conversationId,
        event.seq,
        event.messageId,
        event.author.kind,
        event.author.kind === 'agent' ? event.author.agentId : null,
        event.visibility,
        messageKind(event),
        event.text,
        event.at,
        seq,
      ],
    ),
    setConversation(
      tenantId,
      event.conversationId,
      seq,
      firstResponse
        ? 'message_count = message_count + 1, last_message_at = ?, first_response_at = COALESCE(first_response_at, ?)'
        : 'message_count = message_count + 1, last_message_at = ?',
      firstResponse ? [event.at, event.at] : [event.at],
    ),
  ];
};
