/**
 * The shapes the workspace receives, as docs/realtime.md and docs/http-api.md describe them
 * (src/transport/realtime/protocol.ts is the server's declaration). Only the fields the workspace
 * reads are listed; instants are ISO 8601 UTC strings.
 */

import type { AttachmentView } from '../../api/attachment-view.js';

export type AgentStatus = 'available' | 'busy' | 'away' | 'offline';

/** A conversation as staff see it (the HTTP API's live conversation). */
export interface LiveConversation {
  readonly conversationId: string;
  readonly customerId: string;
  /** The customer's name (profile, else pre-chat form); null when anonymous. */
  readonly customerName?: string | null;
  /** The entry point's attributes: `customerName`, `topic`, `page`, `referrer`, `device`, the site's keys. */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly status: string;
  readonly groupId: string;
  readonly ownerId: string | null;
  readonly channel: string;
  readonly source: string;
  readonly language: string | null;
  readonly priority: number;
  readonly labels: readonly string[];
  readonly openedAt: string;
  readonly assignedAt: string | null;
  readonly closedAt: string | null;
  readonly pendingTransferId: string | null;
  readonly lastSeq: number;
  /** While the owner has not answered yet: when it is taken from them (docs/routing.md). */
  readonly firstResponseDeadline?: string | null;
  readonly autoTakeovers?: number;
  /** `decision-only` or `routed` for a test conversation, else null. */
  readonly test?: string | null;
}

/** `conversation.escalated`: a first response missed past the automatic takeovers. */
export interface Escalation {
  readonly conversationId: string;
  readonly ownerId: string;
  readonly takeovers: number;
  readonly at: string;
  readonly conversation: LiveConversation | null;
}

/** A row of `GET /conversations` (the read model). */
export interface ConversationRow {
  readonly conversationId: string;
  readonly customerId: string;
  readonly customerName?: string | null;
  /** The phone and e-mail the customer left (a left message) or the site passed. */
  readonly contact?: { readonly phone: string | null; readonly email: string | null };
  readonly groupId: string;
  readonly status: string;
  readonly ownerId: string | null;
  readonly channel: string;
  readonly source: string;
  readonly labels: readonly string[];
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly resolution: string | null;
  readonly summary: string | null;
  readonly rating: number | null;
  readonly messageCount: number;
}

export interface TimelineEntry {
  readonly conversationId: string;
  readonly seq: number;
  readonly messageId: string;
  readonly authorKind: 'customer' | 'agent' | 'system';
  readonly authorId: string | null;
  readonly visibility: 'public' | 'internal';
  readonly kind: string;
  readonly text: string;
  readonly at: string;
  /** Pictures and files (issue 17); absent from servers before attachments. */
  readonly attachments?: readonly AttachmentView[];
}

export interface AgentStatusView {
  readonly agentId: string;
  readonly name: string;
  readonly status: AgentStatus;
  readonly online: boolean;
  readonly load: number;
  readonly active: number;
  readonly dormant: number;
  readonly maxConcurrent: number;
}

export interface GroupFigures {
  readonly groupId: string;
  readonly name: string;
  readonly waiting: number;
  readonly leftMessages: number;
  readonly longestWaitSeconds: number | null;
  readonly agentsOnline: number;
  readonly agentsAvailable: number;
}

export interface TransferNote {
  readonly text: string;
  readonly templateId: string | null;
  readonly fields: Readonly<Record<string, string>>;
  readonly reason: string | null;
  readonly tags: readonly string[];
}

export interface CustomerProfile {
  readonly customerId: string;
  readonly name: string | null;
  readonly verified: boolean;
  readonly vipLevel: number;
  readonly language: string | null;
  readonly labels: readonly string[];
  readonly dedicatedAgentId?: string | null;
  readonly lastAgentId?: string | null;
  /** From the tenant's back-end (issue 18); absent where a payload carries no profile details. */
  readonly contact?: { readonly phone: string | null; readonly email: string | null };
  readonly attributes?: Readonly<Record<string, string>>;
}

/** A transfer waiting for this agent's answer. */
export interface TransferCard {
  readonly transferId: string;
  readonly conversationId: string;
  readonly initiatorId: string;
  readonly fromAgentId: string;
  readonly targetAgentId: string | null;
  readonly note: TransferNote;
  readonly requestedAt: string;
  readonly deadline: string;
  readonly conversation: LiveConversation | null;
  readonly customer: CustomerProfile | null;
}

export type TransferState = 'pending' | 'accepted' | 'rejected' | 'timed-out' | 'cancelled';

export interface TransferUpdate {
  readonly transferId: string;
  readonly conversationId: string;
  readonly status: TransferState;
  readonly initiatorId: string | null;
  readonly fromAgentId: string | null;
  readonly targetAgentId: string | null;
  readonly deadline: string | null;
  readonly reason: string | null;
  readonly recommendations: readonly { readonly agentId: string; readonly score: number }[];
  readonly at: string;
}

export interface AgentSession {
  readonly kind: 'agent';
  readonly agentId: string;
  readonly role: string;
  readonly agent: AgentStatusView;
  readonly conversations: readonly LiveConversation[];
  readonly transfers: { readonly incoming: readonly TransferCard[]; readonly outgoing: readonly TransferUpdate[] };
  readonly queues: readonly GroupFigures[];
  readonly serverTime: string;
}

export interface Recommendation {
  readonly agentId: string;
  readonly name: string;
  readonly departmentId: string | null;
  readonly status: string;
  readonly load: number;
  readonly maxConcurrent: number;
  readonly skills: readonly { readonly groupId: string; readonly ability: number; readonly tier: string }[];
  readonly skillMatch: number;
  readonly experience: number;
  readonly score: number;
}

export interface TransferTemplate {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly fields: readonly { readonly key: string; readonly label: string; readonly required: boolean }[];
}

export interface QuickReply {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** Typed after `/` in the composer. */
  readonly shortcut?: string;
  /** `zh-CN`, `en-US`…; absent: any language. */
  readonly language?: string;
}

/** The part of `GET /tenant` the workspace reads. */
export interface TenantSettingsView {
  readonly settings: {
    readonly transfer: { readonly templates: readonly TransferTemplate[]; readonly timeoutSeconds: number };
    readonly quickReplies?: readonly QuickReply[];
    /** Pictures and files (issue 17): the server refuses past these too. */
    readonly attachments?: { readonly maxBytes: number };
  };
}

/** A row of the transfer chain (`GET /conversations/:id/transfers`). */
export interface ChainEntry {
  readonly transferId: string;
  readonly initiatorId: string | null;
  readonly fromAgentId: string | null;
  readonly targetKind: string | null;
  readonly targetId: string | null;
  readonly targetAgentId: string | null;
  readonly status: string;
  /** The note's text. */
  readonly note: string | null;
  readonly reason: string | null;
  readonly requestedAt: string;
  readonly answeredAt: string | null;
  readonly rejectReason: string | null;
}

export interface DirectoryAgent {
  readonly agentId: string;
  readonly name: string;
  readonly departmentId: string | null;
}

export interface NamedItem {
  readonly id: string;
  readonly name: string;
}
