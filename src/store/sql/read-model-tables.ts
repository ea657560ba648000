/**
 * The read-model tables as Kysely sees them (created by src/store/sql/migrations.ts). Instants and
 * sequence numbers are numbers in both databases (the PostgreSQL adapter parses BIGINT as a number);
 * booleans are 0/1; JSON columns are text.
 */
export interface ConversationsTable {
  tenant_id: string;
  conversation_id: string;
  customer_id: string;
  channel: string;
  source: string;
  group_id: string;
  status: string;
  owner_id: string | null;
  priority: number;
  language: string | null;
  labels: string;
  opened_at: number;
  assigned_at: number | null;
  first_response_at: number | null;
  closed_at: number | null;
  /** Seq of the closing event: orders closings that share an instant. */
  closed_seq: number | null;
  close_reason: string | null;
  resolution: string | null;
  summary: string | null;
  rating: number | null;
  rating_comment: string | null;
  updated_seq: number;
}

export interface ConversationLabelsTable {
  tenant_id: string;
  label: string;
  conversation_id: string;
}

export interface MessagesTable {
  tenant_id: string;
  conversation_id: string;
  seq: number;
  message_id: string;
  author_kind: string;
  author_id: string | null;
  visibility: string;
  kind: string;
  text: string;
  at: number;
  event_seq: number;
  /** `AttachmentRef[]` as JSON; NULL without files (migration 7). */
  attachments: string | null;
}

export interface AgentsTable {
  tenant_id: string;
  agent_id: string;
  name: string;
  role: string;
  level: number;
  department_id: string | null;
  max_concurrent: number;
  memberships: string;
  languages: string;
  status: string;
  online: number;
  updated_seq: number;
}

export interface CustomersTable {
  tenant_id: string;
  customer_id: string;
  name: string | null;
  verified: number;
  vip_level: number;
  language: string | null;
  labels: string;
  dedicated_agent_id: string | null;
  /** JSON `{"phone","email"}`, NULL when the profile has no contact (migration 6). */
  contact: string | null;
  /** JSON object of texts, NULL when the profile has no custom attributes (migration 6). */
  attributes: string | null;
  updated_seq: number;
}

export interface TransfersTable {
  tenant_id: string;
  transfer_id: string;
  conversation_id: string;
  initiator_id: string | null;
  from_agent_id: string | null;
  target_kind: string | null;
  target_id: string | null;
  target_agent_id: string | null;
  status: string;
  note: string | null;
  reason: string | null;
  requested_at: number;
  deadline: number | null;
  answered_at: number | null;
  reject_reason: string | null;
  updated_seq: number;
}

export interface AuditLogTable {
  tenant_id: string;
  seq: number;
  at: number;
  type: string;
  subject_id: string | null;
  data: string;
}

export interface EventsTable {
  tenant_id: string;
  seq: number;
  type: string;
  at: number;
  data: string;
}

/** The tables the read-model queries read, by name. */
export interface ReadModelTables {
  conversations: ConversationsTable;
  conversation_labels: ConversationLabelsTable;
  messages: MessagesTable;
  agents: AgentsTable;
  customers: CustomersTable;
  transfers: TransfersTable;
  audit_log: AuditLogTable;
  events: EventsTable;
}
