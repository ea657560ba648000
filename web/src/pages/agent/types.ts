/**
 * The shapes the workspace receives: realtime payloads from the shared protocol module
 * (src/shared/realtime-protocol.ts, docs/realtime.md) and HTTP bodies from the types generated from
 * the OpenAPI document (docs/http-api.md, "Typed client"). Instants are ISO 8601 UTC strings.
 */
import type { CustomerProfileView, ResponseBody, ServerEvents, TransferCard } from '../../api/types.js';

export type {
  AgentSession,
  AgentStatus,
  AgentStatusView,
  GroupFigures,
  LiveConversation,
  TimelineEntry,
  TransferCard,
  TransferState,
  TransferUpdate,
} from '../../api/types.js';

/** `conversation.escalated`: a first response missed past the automatic takeovers. */
export type Escalation = ServerEvents['conversation.escalated'];

/** A row of `GET /conversations` (the read model). */
export type ConversationRow = ResponseBody<'/api/v1/conversations'>['items'][number];

export type TransferNote = TransferCard['note'];

/**
 * A customer's profile: all of `GET /customers/:id`, or the part a transfer card carries (the
 * fields only the HTTP answer has are then absent).
 */
export type CustomerProfile = CustomerProfileView & Partial<ResponseBody<'/api/v1/customers/{customerId}'>>;

/** A candidate of `GET /conversations/:id/recommendations`. */
export type Recommendation = ResponseBody<'/api/v1/conversations/{conversationId}/recommendations'>['items'][number];

/** The part of `GET /tenant` the workspace reads. */
export type TenantSettingsView = ResponseBody<'/api/v1/tenant'>;

export type TransferTemplate = TenantSettingsView['settings']['transfer']['templates'][number];

export type QuickReply = NonNullable<TenantSettingsView['settings']['quickReplies']>[number];

/** A row of the transfer chain (`GET /conversations/:id/transfers`). */
export type ChainEntry = ResponseBody<'/api/v1/conversations/{conversationId}/transfers'>['items'][number];

/** An agent of the directory (`GET /agents`). */
export type DirectoryAgent = ResponseBody<'/api/v1/agents'>['items'][number];

export interface NamedItem {
  readonly id: string;
  readonly name: string;
}
