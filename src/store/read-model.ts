/**
 * The read-model port: what the API and reports query — conversations with filters, message history,
 * agents, customers, transfers and the audit log — without ever scanning the raw event log.
 *
 * Contract
 * - Read models are maintained from the events in the same transaction as the append that stored
 *   them: once `append` resolves, every query sees its effects; a refused or failed append leaves them
 *   untouched. `projectedSeq(tenant)` therefore always equals the log's `lastSeq(tenant)`.
 * - Every query is scoped to one tenant; nothing crosses tenants.
 * - Pages are ordered and stable. A page carries `next`, an opaque cursor for the following page, or
 *   null at the end. Rows written after a cursor was issued appear on later pages or not at all,
 *   never twice.
 * - Views are plain JSON-compatible objects; instants are epoch ms.
 *
 * Outside the contract: which tables and indexes back the queries (docs/storage.md lists them).
 */
import type { AttachmentRef } from '../domain/attachment.js';
import type { ConversationStatus } from '../domain/conversation.js';

export interface Page<T> {
  readonly items: readonly T[];
  /** Cursor of the next page, or null when this is the last one. */
  readonly next: string | null;
}

export interface ConversationView {
  readonly conversationId: string;
  readonly customerId: string;
  readonly channel: string;
  readonly source: string;
  readonly groupId: string;
  readonly status: ConversationStatus;
  readonly ownerId: string | null;
  readonly priority: number;
  readonly language: string | null;
  readonly labels: readonly string[];
  readonly openedAt: number;
  readonly assignedAt: number | null;
  readonly firstResponseAt: number | null;
  readonly closedAt: number | null;
  readonly closeReason: string | null;
  readonly resolution: string | null;
  readonly summary: string | null;
  readonly rating: number | null;
  readonly ratingComment: string | null;
  readonly lastMessageAt: number | null;
  readonly messageCount: number;
  /** Seq of the last event that changed this row. */
  readonly updatedSeq: number;
}

/** Every field given must match; `labels` means "has every one of these labels". */
export interface ConversationFilter {
  readonly status?: readonly ConversationStatus[];
  readonly groupId?: string;
  readonly ownerId?: string;
  readonly customerId?: string;
  readonly channel?: string;
  readonly source?: string;
  readonly labels?: readonly string[];
  /** Opened at or after (epoch ms). */
  readonly openedFrom?: number;
  /** Opened before (epoch ms). */
  readonly openedBefore?: number;
}

/** A page to fetch: `limit` is clamped to 1 … 500; `cursor` is a page's `next` (absent or unknown: from the top). */
export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | null;
}

export interface MessageView {
  readonly conversationId: string;
  /** Per-conversation message sequence number (DESIGN.md §8: clients resume from it). */
  readonly seq: number;
  readonly messageId: string;
  readonly authorKind: 'customer' | 'agent' | 'system';
  readonly authorId: string | null;
  readonly visibility: 'public' | 'internal';
  /** `text`, or a system/timeline kind (notice, greeting, TRANSFER…). */
  readonly kind: string;
  readonly text: string;
  readonly at: number;
  /** Files posted with it (docs/attachments.md); empty for most messages. */
  readonly attachments: readonly AttachmentRef[];
}

/** A page of a conversation's timeline; `nextSeq` is the `afterSeq` / `beforeSeq` of the next page. */
export interface MessagePage {
  readonly items: readonly MessageView[];
  readonly nextSeq: number | null;
}

/** A page of a timeline: `limit` is clamped to 1 … 500. */
export interface MessagePageRequest {
  readonly limit: number;
  /** Messages with seq > afterSeq, oldest first (resuming a timeline). */
  readonly afterSeq?: number;
  /** Messages with seq < beforeSeq, newest first (scrolling back); wins over afterSeq. */
  readonly beforeSeq?: number;
  /** Only what the customer sees. */
  readonly publicOnly?: boolean;
}

export interface AgentView {
  readonly agentId: string;
  readonly name: string;
  readonly role: string;
  readonly level: number;
  readonly departmentId: string | null;
  readonly maxConcurrent: number;
  readonly memberships: readonly { readonly groupId: string; readonly ability: number; readonly tier: string }[];
  readonly languages: readonly string[];
  readonly status: string;
  readonly online: boolean;
  readonly updatedSeq: number;
}

export interface CustomerView {
  readonly customerId: string;
  readonly name: string | null;
  readonly verified: boolean;
  readonly vipLevel: number;
  readonly language: string | null;
  readonly labels: readonly string[];
  readonly dedicatedAgentId: string | null;
  readonly contact: { readonly phone: string | null; readonly email: string | null };
  readonly attributes: Readonly<Record<string, string>>;
  readonly lastAgentId: string | null;
  readonly lastServedAt: number | null;
  readonly updatedSeq: number;
}

export interface TransferView {
  readonly transferId: string;
  readonly conversationId: string;
  readonly initiatorId: string | null;
  readonly fromAgentId: string | null;
  readonly targetKind: 'agent' | 'group' | null;
  readonly targetId: string | null;
  readonly targetAgentId: string | null;
  readonly status: string;
  readonly note: string | null;
  readonly reason: string | null;
  readonly requestedAt: number;
  readonly deadline: number | null;
  readonly answeredAt: number | null;
  readonly rejectReason: string | null;
  readonly updatedSeq: number;
}

/** One configuration or admin change (DESIGN.md §6: every admin change is an event, so it is audited). */
export interface AuditEntry {
  readonly seq: number;
  readonly at: number;
  readonly type: string;
  /** The id of what changed (agent, group, customer…), or null for tenant-wide changes. */
  readonly subjectId: string | null;
  /** The whole event. */
  readonly data: unknown;
}

export interface AuditPageRequest extends PageRequest {
  readonly types?: readonly string[];
}

export interface ReadModel {
  /** Seq of the last event projected for this tenant (equal to the log's last seq). */
  projectedSeq(tenantId: string): Promise<number>;
  conversation(tenantId: string, conversationId: string): Promise<ConversationView | null>;
  /** Newest first (by opened time, then id). */
  listConversations(tenantId: string, filter: ConversationFilter, page: PageRequest): Promise<Page<ConversationView>>;
  messages(tenantId: string, conversationId: string, page: MessagePageRequest): Promise<MessagePage>;
  agents(tenantId: string): Promise<AgentView[]>;
  customer(tenantId: string, customerId: string): Promise<CustomerView | null>;
  /** A conversation's transfers, oldest first: the chain A → B → C. */
  transfers(tenantId: string, conversationId: string): Promise<TransferView[]>;
  /** Newest first. */
  auditLog(tenantId: string, page: AuditPageRequest): Promise<Page<AuditEntry>>;
}
