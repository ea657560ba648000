/**
 * The read-model queries (src/store/read-model.ts), written once with Kysely for both SQLite and
 * PostgreSQL. Every query is tenant-scoped and served by an index (see the migrations); pages use
 * keyset cursors, never OFFSET, so a page costs the same however deep it is.
 */
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { AttachmentRef } from '../../domain/attachment.js';
import type { ConversationStatus } from '../../domain/conversation.js';
import type {
  AgentView,
  AuditEntry,
  ConversationView,
  CustomerView,
  MessageView,
  Page,
  ReadModel,
  TransferView,
} from '../read-model.js';
import type {
  AgentsTable,
  ConversationsTable,
  CustomersTable,
  MessagesTable,
  ReadModelTables,
  TransfersTable,
} from './read-model-tables.js';

const MAX_PAGE = 500;

const pageSize = (limit: number): number => Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)));

const encodeCursor = (value: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** A cursor this code issued, or null for a missing or malformed one (which starts from the top). */
function decodeCursor(cursor: string | null | undefined): unknown[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) ? (value as unknown[]) : null;
  } catch {
    return null;
  }
}

const parseList = (text: string): string[] => JSON.parse(text) as string[];

/** A conversation row with its activity, read off its messages (see project-conversations.ts). */
export type ConversationRow = Selectable<ConversationsTable> & {
  readonly message_count: number | null;
  readonly last_message_at: number | null;
};

/** Its last message: found by the messages key, never by counting. */
const lastMessage = (eb: ExpressionBuilder<ReadModelTables, 'conversations'>) =>
  eb
    .selectFrom('messages')
    .whereRef('messages.tenant_id', '=', 'conversations.tenant_id')
    .whereRef('messages.conversation_id', '=', 'conversations.conversation_id')
    .orderBy('messages.seq', 'desc')
    .limit(1);

const activity = (eb: ExpressionBuilder<ReadModelTables, 'conversations'>) =>
  [
    lastMessage(eb).select('messages.seq').as('message_count'),
    lastMessage(eb).select('messages.at').as('last_message_at'),
  ] as const;

/** A customer's latest closed conversation with an owner: their last agent (DESIGN.md §3.3). */
const lastServed = (eb: ExpressionBuilder<ReadModelTables, 'customers'>) =>
  eb
    .selectFrom('conversations')
    .whereRef('conversations.tenant_id', '=', 'customers.tenant_id')
    .whereRef('conversations.customer_id', '=', 'customers.customer_id')
    .where('conversations.status', '=', 'closed')
    .where('conversations.owner_id', 'is not', null)
    .orderBy('conversations.closed_seq', 'desc')
    .limit(1);

export const conversationView = (row: ConversationRow): ConversationView => ({
  conversationId: row.conversation_id,
  customerId: row.customer_id,
  channel: row.channel,
  source: row.source,
  groupId: row.group_id,
  status: row.status as ConversationStatus,
  ownerId: row.owner_id,
  priority: row.priority,
  language: row.language,
  labels: parseList(row.labels),
  openedAt: row.opened_at,
  assignedAt: row.assigned_at,
  firstResponseAt: row.first_response_at,
  closedAt: row.closed_at,
  closeReason: row.close_reason,
  resolution: row.resolution,
  summary: row.summary,
  rating: row.rating,
  ratingComment: row.rating_comment,
  lastMessageAt: row.last_message_at,
  messageCount: row.message_count ?? 0,
  updatedSeq: row.updated_seq,
});

const messageView = (row: Selectable<MessagesTable>): MessageView => ({
  conversationId: row.conversation_id,
  seq: row.seq,
  messageId: row.message_id,
  authorKind: row.author_kind as MessageView['authorKind'],
  authorId: row.author_id,
  visibility: row.visibility as MessageView['visibility'],
  kind: row.kind,
  text: row.text,
  at: row.at,
  attachments: row.attachments === null ? [] : (JSON.parse(row.attachments) as AttachmentRef[]),
});

const agentView = (row: Selectable<AgentsTable>): AgentView => ({
  agentId: row.agent_id,
  name: row.name,
  role: row.role,
  level: row.level,
  departmentId: row.department_id,
  maxConcurrent: row.max_concurrent,
  memberships: JSON.parse(row.memberships) as AgentView['memberships'],
  languages: parseList(row.languages),
  status: row.status,
  online: row.online === 1,
  updatedSeq: row.updated_seq,
});

type CustomerRow = Selectable<CustomersTable> & {
  readonly last_agent_id: string | null;
  readonly last_served_at: number | null;
};

const noContact: CustomerView['contact'] = { phone: null, email: null };

const customerView = (row: CustomerRow): CustomerView => ({
  customerId: row.customer_id,
  name: row.name,
  verified: row.verified === 1,
  vipLevel: row.vip_level,
  language: row.language,
  labels: parseList(row.labels),
  dedicatedAgentId: row.dedicated_agent_id,
  contact: row.contact === null ? noContact : (JSON.parse(row.contact) as CustomerView['contact']),
  attributes: row.attributes === null ? {} : (JSON.parse(row.attributes) as CustomerView['attributes']),
  lastAgentId: row.last_agent_id,
  lastServedAt: row.last_served_at,
  updatedSeq: row.updated_seq,
});

const transferView = (row: Selectable<TransfersTable>): TransferView => ({
  transferId: row.transfer_id,
  conversationId: row.conversation_id,
  initiatorId: row.initiator_id,
  fromAgentId: row.from_agent_id,
  targetKind: row.target_kind === 'agent' || row.target_kind === 'group' ? row.target_kind : null,
  targetId: row.target_id,
  targetAgentId: row.target_agent_id,
  status: row.status,
  note: row.note,
  reason: row.reason,
  requestedAt: row.requested_at,
  deadline: row.deadline,
  answeredAt: row.answered_at,
  rejectReason: row.reject_reason,
  updatedSeq: row.updated_seq,
});

/** Splits a fetched `limit + 1` rows into the page and whether another follows. */
function paged<R, V>(rows: readonly R[], limit: number, view: (row: R) => V, cursorOf: (row: R) => string): Page<V> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(view), next: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}

/** The read-model port over a Kysely instance of either dialect (the adapter owns the connection). */
export function createReadModel(db: Kysely<ReadModelTables>): ReadModel {
  return {
    async projectedSeq(tenantId) {
      const row = await db
        .selectFrom('events')
        .select('seq')
        .where('tenant_id', '=', tenantId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.seq ?? 0;
    },

    async conversation(tenantId, conversationId) {
      const row = await db
        .selectFrom('conversations')
        .selectAll('conversations')
        .select(activity)
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row === undefined ? null : conversationView(row);
    },

    async listConversations(tenantId, filter, page) {
      const limit = pageSize(page.limit);
      let query = db
        .selectFrom('conversations')
        .selectAll('conversations')
        .select(activity)
        .where('tenant_id', '=', tenantId);
      if (filter.status !== undefined) {
        if (filter.status.length === 0) return { items: [], next: null };
        query = query.where('status', 'in', [...filter.status]);
      }
      if (filter.groupId !== undefined) query = query.where('group_id', '=', filter.groupId);
      if (filter.ownerId !== undefined) query = query.where('owner_id', '=', filter.ownerId);
      if (filter.customerId !== undefined) query = query.where('customer_id', '=', filter.customerId);
      if (filter.channel !== undefined) query = query.where('channel', '=', filter.channel);
      if (filter.source !== undefined) query = query.where('source', '=', filter.source);
      if (filter.openedFrom !== undefined) query = query.where('opened_at', '>=', filter.openedFrom);
      if (filter.openedBefore !== undefined) query = query.where('opened_at', '<', filter.openedBefore);
      for (const label of new Set(filter.labels ?? [])) {
        query = query.where('conversation_id', 'in', (sub) =>
          sub
            .selectFrom('conversation_labels')
            .select('conversation_labels.conversation_id')
            .where('conversation_labels.tenant_id', '=', tenantId)
            .where('conversation_labels.label', '=', label),
        );
      }
      const cursor = decodeCursor(page.cursor);
      const [openedAt, id] = cursor ?? [];
      if (typeof openedAt === 'number' && typeof id === 'string') {
        query = query.where((eb) =>
          eb.or([
            eb('opened_at', '<', openedAt),
            eb.and([eb('opened_at', '=', openedAt), eb('conversation_id', '<', id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('opened_at', 'desc')
        .orderBy('conversation_id', 'desc')
        .limit(limit + 1)
        .execute();
      return paged(rows, limit, conversationView, (row) => encodeCursor([row.opened_at, row.conversation_id]));
    },

    async messages(tenantId, conversationId, page) {
      const limit = pageSize(page.limit);
      let query = db
        .selectFrom('messages')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId);
      if (page.publicOnly === true) query = query.where('visibility', '=', 'public');
      const backwards = page.beforeSeq !== undefined;
      if (page.beforeSeq !== undefined) query = query.where('seq', '<', page.beforeSeq);
      else if (page.afterSeq !== undefined) query = query.where('seq', '>', page.afterSeq);
      const rows = await query
        .orderBy('seq', backwards ? 'desc' : 'asc')
        .limit(limit + 1)
        .execute();
      const items = rows.slice(0, limit).map(messageView);
      return { items, nextSeq: rows.length > limit ? (items[items.length - 1]?.seq ?? null) : null };
    },

    async agents(tenantId) {
      const rows = await db
        .selectFrom('agents')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('agent_id')
        .execute();
      return rows.map(agentView);
    },

    async customer(tenantId, customerId) {
      const row = await db
        .selectFrom('customers')
        .selectAll('customers')
        .select((eb) => [
          lastServed(eb).select('conversations.owner_id').as('last_agent_id'),
          lastServed(eb).select('conversations.closed_at').as('last_served_at'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('customer_id', '=', customerId)
        .executeTakeFirst();
      return row === undefined ? null : customerView(row);
    },

    async transfers(tenantId, conversationId) {
      const rows = await db
        .selectFrom('transfers')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .orderBy('requested_at')
        .orderBy('transfer_id')
        .execute();
      return rows.map(transferView);
    },

    async auditLog(tenantId, page) {
      const limit = pageSize(page.limit);
      let query = db.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenantId);
      if (page.types !== undefined) {
        if (page.types.length === 0) return { items: [], next: null };
        query = query.where('type', 'in', [...page.types]);
      }
      const [before] = decodeCursor(page.cursor) ?? [];
      if (typeof before === 'number') query = query.where('seq', '<', before);
      const rows = await query
        .orderBy('seq', 'desc')
        .limit(limit + 1)
        .execute();
      return paged(
        rows,
        limit,
        (row): AuditEntry => ({
          seq: row.seq,
          at: row.at,
          type: row.type,
          subjectId: row.subject_id,
          data: JSON.parse(row.data) as unknown,
        }),
        (row) => encodeCursor([row.seq]),
      );
    },
  };
}
