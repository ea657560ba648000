/**
 * Read-model projections of conversation events: the `conversations` row (status, owner, group,
 * timestamps, rating), its labels (`conversation_labels`, for label filters) and the `messages`
 * timeline. The customer's last agent is not written here: it is the owner of their latest closed
 * conversation, read by the customer query. The status written is the domain's own
 * (src/domain/conversation.ts); each statement also records the seq of the event that last touched
 * the row.
 *
 * A conversation id names one conversation forever: opening an id again is a plain INSERT that
 * fails on the primary key, failing the whole append, rather than overwriting another customer's
 * row and history. The live state forgets long-closed conversations, so the transport looks the id
 * up here before opening (src/transport/http/conversation-ids.ts); this key is the final fence.
 */
import type { EventOf } from '../../domain/events.js';
import type { Projection } from './projection.js';
import { json, statement, type SqlStatement } from './sql-statement.js';

const WHERE = 'WHERE tenant_id = ? AND conversation_id = ?';

/** One SQL string per column list, so adapters find their prepared statement by a string they have seen. */
const updates = new Map<string, string>();
const updateSql = (assignments: string): string => {
  let sql = updates.get(assignments);
  if (sql === undefined) {
    sql = `UPDATE conversations SET ${assignments}, updated_seq = ? ${WHERE}`;
    updates.set(assignments, sql);
  }
  return sql;
};

const setConversation = (
  tenantId: string,
  conversationId: string,
  seq: number,
  assignments: string,
  params: readonly (string | number | null)[],
): SqlStatement => statement(updateSql(assignments), [...params, seq, tenantId, conversationId]);

/** The assignment that came with the opening, folded into its insert (see projector.ts). */
export interface InitialAssignment {
  readonly seq: number;
  readonly event: EventOf<'ConversationAssigned'>;
}

const assignedStatus = (event: EventOf<'ConversationAssigned'>): string =>
  event.mode === 'offer' ? 'offered' : 'active';

/** The opening's row; with `assigned`, already in the state its assignment puts it in. */
export const openedWith = (
  { tenantId, seq }: { readonly tenantId: string; readonly seq: number },
  event: EventOf<'ConversationOpened'>,
  assigned: InitialAssignment | null,
): SqlStatement[] => [
  statement(
    `INSERT INTO conversations (tenant_id, conversation_id, customer_id, channel, source, group_id, status,
       owner_id, priority, language, labels, opened_at, assigned_at, first_response_at, closed_at, closed_seq, close_reason,
       resolution, summary, rating, rating_comment, updated_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ?)`,
    [
      tenantId,
      event.conversationId,
      event.customerId,
      event.channel,
      event.source,
      event.groupId,
      assigned !== null
        ? assignedStatus(assigned.event)
        : event.disposition.kind === 'queued'
          ? 'queued'
          : 'left-message',
      assigned?.event.agentId ?? null,
      event.priority,
      event.language,
      json(event.labels),
      event.at,
      assigned?.event.at ?? null,
      assigned?.seq ?? seq,
    ],
  ),
  ...[...new Set(event.labels)].map((label) =>
    statement(
      'INSERT INTO conversation_labels (tenant_id, label, conversation_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      [tenantId, label, event.conversationId],
    ),
  ),
];

export const conversationOpened: Projection<EventOf<'ConversationOpened'>> = (context, event) =>
  openedWith(context, event, null);

export const conversationAssigned: Projection<EventOf<'ConversationAssigned'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'status = ?, owner_id = ?, assigned_at = ?', [
    assignedStatus(event),
    event.agentId,
    event.at,
  ]),
];

export const offerAccepted: Projection<EventOf<'OfferAccepted'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'status = ?', ['active']),
];

export const conversationRequeued: Projection<EventOf<'ConversationRequeued'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'status = ?, owner_id = NULL, group_id = ?', [
    'queued',
    event.groupId,
  ]),
];

export const conversationDormant: Projection<EventOf<'ConversationDormant'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'status = ?', ['dormant']),
];

export const conversationRevived: Projection<EventOf<'ConversationRevived'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'status = ?', ['active']),
];

export const conversationClosed: Projection<EventOf<'ConversationClosed'>> = ({ tenantId, seq }, event) => [
  setConversation(
    tenantId,
    event.conversationId,
    seq,
    'status = ?, closed_at = ?, closed_seq = ?, close_reason = ?, resolution = ?, summary = ?',
    ['closed', event.at, seq, event.reason, event.resolution, event.summary],
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

/**
 * One row per message. The conversation's message count and last activity are read off this table
 * (its key is the conversation's own gap-free message seq), so a message costs one insert; only
 * the first public agent reply also stamps the conversation's first response.
 */
export const messagePosted: Projection<EventOf<'MessagePosted'>> = ({ tenantId, seq }, event) => {
  const insert = statement(
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
  );
  if (event.author.kind !== 'agent' || event.visibility !== 'public') return [insert];
  return [
    insert,
    statement(
      `UPDATE conversations SET first_response_at = ?, updated_seq = ? ${WHERE} AND first_response_at IS NULL`,
      [event.at, seq, tenantId, event.conversationId],
    ),
  ];
};

/** Tagging replaces the conversation's labels, in the row and in the label index. */
export const conversationTagged: Projection<EventOf<'ConversationTagged'>> = ({ tenantId, seq }, event) => [
  setConversation(tenantId, event.conversationId, seq, 'labels = ?', [json(event.labels)]),
  statement('DELETE FROM conversation_labels WHERE tenant_id = ? AND conversation_id = ?', [
    tenantId,
    event.conversationId,
  ]),
  ...[...new Set(event.labels)].map((label) =>
    statement(
      'INSERT INTO conversation_labels (tenant_id, label, conversation_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      [tenantId, label, event.conversationId],
    ),
  ),
];
