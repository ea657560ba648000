/**
 * Read-model projections of conversation events: the `conversations` row (status, owner, group,
 * timestamps, rating), its labels (`conversation_labels`, for label filters) and the `messages`
 * timeline. The customer's last agent is not written here: it is the owner of their latest closed
 * conversation, read by the customer query. The status written is the domain's own
 * (src/domain/conversation.ts); each statement also records the seq of the event that last touched
 * the row.
 *
 * In the append that opens a conversation, the events that only move its row are folded into the
 * opening's insert (`RowEvent`, projector.ts): a conversation opened, assigned and closed in one
 * append is one insert, not an insert and two updates (issue 16).
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

/**
 * Events that, in the append that opened their conversation, change nothing but the conversation's
 * row (and, for a message, add its own `messages` row): projector.ts folds them into the opening's
 * insert, so the row is written once, already in the state the append leaves it in.
 */
export type RowEvent =
  | EventOf<'ConversationAssigned'>
  | EventOf<'OfferAccepted'>
  | EventOf<'ConversationRequeued'>
  | EventOf<'ConversationDormant'>
  | EventOf<'ConversationRevived'>
  | EventOf<'ConversationClosed'>
  | EventOf<'ConversationRated'>
  | EventOf<'MessagePosted'>;

const ROW_EVENTS: ReadonlySet<string> = new Set<RowEvent['type']>([
  'ConversationAssigned',
  'OfferAccepted',
  'ConversationRequeued',
  'ConversationDormant',
  'ConversationRevived',
  'ConversationClosed',
  'ConversationRated',
  'MessagePosted',
]);

/** Whether `event` may fold into its conversation's insert (see `RowEvent`). */
export const isRowEvent = (event: { readonly type: string }): event is RowEvent => ROW_EVENTS.has(event.type);

/** A row event and its seq, folded into the opening's insert. */
export interface FoldedEvent {
  readonly seq: number;
  readonly event: RowEvent;
}

const assignedStatus = (event: EventOf<'ConversationAssigned'>): string =>
  event.mode === 'offer' ? 'offered' : 'active';

/** The columns the row events change, as their UPDATE statements below would leave them. */
interface RowState {
  status: string;
  ownerId: string | null;
  groupId: string;
  assignedAt: number | null;
  firstResponseAt: number | null;
  closedAt: number | null;
  closedSeq: number | null;
  closeReason: string | null;
  resolution: string | null;
  summary: string | null;
  rating: number | null;
  ratingComment: string | null;
  updatedSeq: number;
}

/** Applies one row event to the row in memory, exactly as its statement would in SQL. */
function fold(row: RowState, { seq, event }: FoldedEvent): void {
  switch (event.type) {
    case 'ConversationAssigned':
      row.status = assignedStatus(event);
      row.ownerId = event.agentId;
      row.assignedAt = event.at;
      break;
    case 'OfferAccepted':
    case 'ConversationRevived':
      row.status = 'active';
      break;
    case 'ConversationRequeued':
      row.status = 'queued';
      row.ownerId = null;
      row.groupId = event.groupId;
      break;
    case 'ConversationDormant':
      row.status = 'dormant';
      break;
    case 'ConversationClosed':
      row.status = 'closed';
      row.closedAt = event.at;
      row.closedSeq = seq;
      row.closeReason = event.reason;
      row.resolution = event.resolution;
      row.summary = event.summary;
      break;
    case 'ConversationRated':
      row.rating = event.score;
      row.ratingComment = event.comment;
      break;
    case 'MessagePosted':
      // As the first-response UPDATE: only the first public agent reply, and only then the seq.
      if (event.author.kind !== 'agent' || event.visibility !== 'public' || row.firstResponseAt !== null) return;
      row.firstResponseAt = event.at;
      break;
  }
  row.updatedSeq = seq;
}

const INSERT_CONVERSATION = `INSERT INTO conversations (tenant_id, conversation_id, customer_id, channel, source,
    group_id, status, owner_id, priority, language, labels, opened_at, assigned_at, first_response_at, closed_at,
    closed_seq, close_reason, resolution, summary, rating, rating_comment, updated_seq)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_LABEL =
  'INSERT INTO conversation_labels (tenant_id, label, conversation_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING';

/** The opening's row, with the row events `folded` (of the same append, in log order) applied. */
export const openedWith = (
  { tenantId, seq }: { readonly tenantId: string; readonly seq: number },
  event: EventOf<'ConversationOpened'>,
  folded: readonly FoldedEvent[],
): SqlStatement[] => {
  const row: RowState = {
    status: event.disposition.kind === 'queued' ? 'queued' : 'left-message',
    ownerId: null,
    groupId: event.groupId,
    assignedAt: null,
    firstResponseAt: null,
    closedAt: null,
    closedSeq: null,
    closeReason: null,
    resolution: null,
    summary: null,
    rating: null,
    ratingComment: null,
    updatedSeq: seq,
  };
  for (const later of folded) fold(row, later);
  const insert = statement(INSERT_CONVERSATION, [
    tenantId,
    event.conversationId,
    event.customerId,
    event.channel,
    event.source,
    row.groupId,
    row.status,
    row.ownerId,
    event.priority,
    event.language,
    json(event.labels),
    event.at,
    row.assignedAt,
    row.firstResponseAt,
    row.closedAt,
    row.closedSeq,
    row.closeReason,
    row.resolution,
    row.summary,
    row.rating,
    row.ratingComment,
    row.updatedSeq,
  ]);
  if (event.labels.length === 0) return [insert];
  return [
    insert,
    ...[...new Set(event.labels)].map((label) => statement(INSERT_LABEL, [tenantId, label, event.conversationId])),
  ];
};

export const conversationOpened: Projection<EventOf<'ConversationOpened'>> = (context, event) =>
  openedWith(context, event, []);

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

const INSERT_MESSAGE = `INSERT INTO messages (tenant_id, conversation_id, seq, message_id, author_kind, author_id,
    visibility, kind, text, at, event_seq, attachments)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, conversation_id, seq) DO UPDATE SET message_id = excluded.message_id,
    author_kind = excluded.author_kind, author_id = excluded.author_id, visibility = excluded.visibility,
    kind = excluded.kind, text = excluded.text, at = excluded.at, event_seq = excluded.event_seq,
    attachments = excluded.attachments`;

/** The message's own row (all a message writes when its conversation's row is folded, see `RowEvent`). */
export const messageRow: Projection<EventOf<'MessagePosted'>> = ({ tenantId, seq }, event) => [
  statement(INSERT_MESSAGE, [
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
    event.attachments === undefined || event.attachments.length === 0 ? null : json(event.attachments),
  ]),
];

/**
 * One row per message. The conversation's message count and last activity are read off this table
 * (its key is the conversation's own gap-free message seq), so a message costs one insert; only
 * the first public agent reply also stamps the conversation's first response.
 */
export const messagePosted: Projection<EventOf<'MessagePosted'>> = (context, event) => {
  const insert = messageRow(context, event);
  if (event.author.kind !== 'agent' || event.visibility !== 'public') return insert;
  return [
    ...insert,
    statement(
      `UPDATE conversations SET first_response_at = ?, updated_seq = ? ${WHERE} AND first_response_at IS NULL`,
      [event.at, context.seq, context.tenantId, event.conversationId],
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
  ...[...new Set(event.labels)].map((label) => statement(INSERT_LABEL, [tenantId, label, event.conversationId])),
];
