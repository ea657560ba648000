/**
 * The realtime protocol (DESIGN.md §8): the events the gateway emits and the payloads they carry,
 * declared once so the gateway, the tests and docs/realtime.md agree. Instants are ISO 8601 UTC
 * strings, never epoch numbers, as in the HTTP API. Requests from clients (and their schemas) are in
 * client-schemas.ts; every request is answered through its acknowledgement with an `Ack`.
 */
import type { SessionEndReason } from '../../domain/events.js';
import type { AttachmentView } from '../../services/attachment-links.js';
import type { ConversationLiveType } from '../http/views.js';
import type { ErrorCode } from '../http/error-catalogue.js';
import type { TodayFigures } from '../../reports/today-figures.js';

export type { AttachmentView } from '../../services/attachment-links.js';

/** The answer to every client request: its result, or a catalogued error. */
export type Ack<T extends object = object> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly error: { readonly code: ErrorCode; readonly message: string } };

/** One timeline entry, as the HTTP API's message rows; `seq` numbers it within its conversation. */
export interface TimelineEntry {
  readonly conversationId: string;
  readonly seq: number;
  readonly messageId: string;
  readonly authorKind: 'customer' | 'agent' | 'system';
  readonly authorId: string | null;
  readonly visibility: 'public' | 'internal';
  /** `text`, `notice`, `greeting`, or an internal TRANSFER… entry (staff only). */
  readonly kind: string;
  /** The caption when the entry carries files. */
  readonly text: string;
  readonly at: string;
  /** Files posted with the entry, with signed links fresh for this reader (docs/attachments.md); usually empty. */
  readonly attachments: readonly AttachmentView[];
}

export interface QueuePosition {
  readonly conversationId: string;
  /** 1 = next to be served. */
  readonly position: number;
  /** Null until the group has recent service times to estimate from. */
  readonly estimatedWaitSeconds: number | null;
}

/** What a customer sees of a conversation: no group, priority or labels. */
export interface CustomerConversation {
  readonly conversationId: string;
  readonly status: string;
  readonly agent: { readonly agentId: string; readonly name: string } | null;
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly lastSeq: number;
  readonly queue: { readonly position: number; readonly estimatedWaitSeconds: number | null } | null;
}

export interface AgentStatusView {
  readonly agentId: string;
  readonly name: string;
  readonly status: string;
  /** At least one live connection (or within no grace period). */
  readonly online: boolean;
  /** Slots in use: active conversations plus transfers waiting for this agent's answer. */
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
  /**
   * The longest real wait in the group's queue (since the conversation first started waiting, priority
   * credit not included), or null when nobody waits.
   */
  readonly longestWaitSeconds: number | null;
  readonly agentsOnline: number;
  readonly agentsAvailable: number;
}

export interface Wallboard {
  readonly at: string;
  readonly agents: readonly AgentStatusView[];
  /** Each group's live figures, and `today`: its figures since tenant-local midnight (docs/reports.md). */
  readonly queues: readonly (GroupFigures & { readonly today: TodayFigures })[];
}

export interface TransferCard {
  readonly transferId: string;
  readonly conversationId: string;
  readonly initiatorId: string;
  readonly fromAgentId: string;
  readonly target:
    { readonly kind: 'agent'; readonly agentId: string } | { readonly kind: 'group'; readonly groupId: string };
  readonly targetAgentId: string | null;
  readonly note: {
    readonly text: string;
    readonly templateId: string | null;
    readonly fields: Readonly<Record<string, string>>;
    readonly reason: string | null;
    readonly tags: readonly string[];
  };
  readonly source: string;
  readonly requestedAt: string;
  /** The target must answer by then. */
  readonly deadline: string;
  readonly conversation: ConversationLiveType | null;
  readonly customer: CustomerProfileView | null;
}

export interface CustomerProfileView {
  readonly customerId: string;
  readonly name: string | null;
  readonly verified: boolean;
  readonly vipLevel: number;
  readonly language: string | null;
  readonly labels: readonly string[];
}

export type TransferState = 'pending' | 'accepted' | 'rejected' | 'timed-out' | 'cancelled';

export interface TransferUpdate {
  readonly transferId: string;
  readonly conversationId: string;
  readonly status: TransferState;
  readonly initiatorId: string | null;
  readonly fromAgentId: string | null;
  /** The agent asked (null while a group transfer waits for a free member). */
  readonly targetAgentId: string | null;
  /** While pending: when the target's answer is due. */
  readonly deadline: string | null;
  readonly reason: string | null;
  /** After a rejection or timeout: fresh candidates for the initiator. */
  readonly recommendations: readonly { readonly agentId: string; readonly score: number }[];
  readonly at: string;
}

export interface AgentSession {
  readonly kind: 'agent';
  readonly tenantId: string;
  readonly agentId: string;
  readonly role: string;
  readonly agent: AgentStatusView;
  /** Conversations owned (offered, active, dormant): resume each to receive its timeline. */
  readonly conversations: readonly ConversationLiveType[];
  /** Transfers waiting for this agent's answer, and this agent's own waiting requests. */
  readonly transfers: { readonly incoming: readonly TransferCard[]; readonly outgoing: readonly TransferUpdate[] };
  readonly queues: readonly GroupFigures[];
  readonly serverTime: string;
}

export interface CustomerSession {
  readonly kind: 'customer';
  readonly tenantId: string;
  readonly customerId: string;
  /** Open conversations, newest first: resume each to receive its timeline. */
  readonly conversations: readonly CustomerConversation[];
  readonly serverTime: string;
}

/** Server → client events and their payloads. */
export interface ServerEvents {
  /** First event after connecting; everything else comes after it. */
  session: AgentSession | CustomerSession;
  /** A timeline entry of a followed conversation, in seq order, each once. */
  message: TimelineEntry;
  /** Agents: a conversation is now theirs (routed directly, an offer accepted, a transfer accepted, a takeover). */
  'conversation.assigned': {
    readonly conversationId: string;
    readonly via: 'routing' | 'offer' | 'transfer';
    readonly firstResponseDeadline: string | null;
    readonly conversation: ConversationLiveType | null;
  };
  /** Agents (offer mode): accept or decline by `offerDeadline`. */
  'conversation.offered': {
    readonly conversationId: string;
    readonly offerDeadline: string | null;
    readonly conversation: ConversationLiveType | null;
  };
  /** Agents: a conversation left them (requeued, transferred away, offer missed or declined). */
  'conversation.removed': { readonly conversationId: string; readonly reason: string };
  /** Staff: the conversation's live view; customers: their view of it. */
  'conversation.updated': ConversationLiveType | CustomerConversation;
  'conversation.rated': { readonly conversationId: string; readonly score: number; readonly comment: string | null };
  /**
   * The owner and the supervisors and admins who manage the conversation: its owner missed the first
   * response once more, but it had used up its `maxAutoTakeovers`, so it stays with them; a supervisor
   * should step in (docs/routing.md).
   */
  'conversation.escalated': {
    readonly conversationId: string;
    readonly ownerId: string;
    readonly takeovers: number;
    readonly at: string;
    readonly conversation: ConversationLiveType | null;
  };
  /** Agents: the customer has waited `replyReminderSeconds` for a reply. */
  'reply.reminder': { readonly conversationId: string; readonly waitingSince: string };
  /** Agents: someone asks them to take a conversation. */
  'transfer.requested': TransferCard;
  /** Agents: a transfer they initiated, were asked to take, or whose conversation they own, moved. */
  'transfer.updated': TransferUpdate;
  /** Agents: a transfer rule suggests transferring this conversation. */
  'transfer.suggested': {
    readonly conversationId: string;
    readonly ruleId: string;
    readonly target: TransferCard['target'];
  };
  'transfer.batch': {
    readonly batchId: string;
    readonly requested: readonly string[];
    readonly refused: readonly { readonly conversationId: string; readonly code: string; readonly message: string }[];
  };
  'shift.ended': { readonly handedOver: readonly string[]; readonly returned: readonly string[] };
  /** Agents: their own status, presence and load. */
  'agent.status': AgentStatusView;
  /** Agents: queue figures of their skill groups, when they change (throttled). */
  'queue.updated': { readonly groups: readonly GroupFigures[] };
  /** Customers: their place in the queue while waiting, when it changes (throttled). */
  'queue.position': QueuePosition;
  /** Supervisors and admins: agents and queues in their scope (throttled). */
  wallboard: Wallboard;
  /** Catching up a followed conversation failed; resume it again. */
  'timeline.failed': {
    readonly conversationId: string;
    readonly error: { readonly code: ErrorCode; readonly message: string };
  };
  /**
   * The other side of a conversation is writing (`typing: true`, shown until `expiresInMs` pass
   * without another) or stopped; never stored (docs/realtime.md, "Typing and read marks").
   */
  typing: {
    readonly conversationId: string;
    readonly from: 'customer' | 'agent';
    /** The agent writing; null when the customer is. */
    readonly agentId: string | null;
    readonly typing: boolean;
    readonly expiresInMs: number;
  };
  /** The owner and the customer: one side has read the conversation up to `seq` (after connecting: the marks kept). */
  read: { readonly conversationId: string; readonly reader: 'customer' | 'agent'; readonly seq: number };
  /** The token expired: the server disconnects; connect again with a fresh token. */
  'session.expired': { readonly at: string };
  /**
   * The agent's session ended (password set, role changed, disabled, removed, signed out
   * everywhere; null when found on an event the client sent): the server disconnects; sign in again.
   */
  'session.revoked': {
    readonly code: 'SESSION_REVOKED';
    readonly message: string;
    readonly reason: SessionEndReason | null;
  };
  /** A request sent without an acknowledgement callback failed. */
  'request.failed': {
    readonly event: string;
    readonly error: { readonly code: ErrorCode; readonly message: string };
  };
}

export type ServerEventName = keyof ServerEvents;
