/**
 * The realtime protocol (DESIGN.md §8, docs/realtime.md): the events the gateway emits and the
 * payloads they carry, declared once for the server (src/transport/realtime/protocol.ts narrows the
 * error codes to its catalogue), the web app, the widget and the tests. Types only: the web app
 * imports this file, so it may import nothing but other type-only, browser-safe modules (the HTTP
 * views are TypeBox schemas, nothing else), and nothing of the server's runtime reaches the bundle.
 * Instants are ISO 8601 UTC strings, never epoch numbers, as in the HTTP API. Requests from clients
 * (and their schemas) are in src/transport/realtime/client-schemas.ts; every request is answered
 * through its acknowledgement with an `Ack`.
 */
import type { ConversationLiveType } from '../transport/http/views.js';

/** The conversation's live view, as staff see it (the HTTP API's `Conversation` schema). */
export type LiveConversation = ConversationLiveType;

/** A catalogued error: a stable code and its message. */
export interface ApiError<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
}

/** Why an agent's session ended (the domain's `AgentSessionEnded` reasons). */
export type SessionEndReason = 'password-changed' | 'role-changed' | 'disabled' | 'removed' | 'signed-out';

/** A group's figures since tenant-local midnight (docs/reports.md); null where nothing was measured. */
export interface TodayFigures {
  readonly arrivals: number;
  readonly answered: number;
  readonly abandoned: number;
  /** 0…1, null before any conversation was answered or abandoned today. */
  readonly serviceLevel: number | null;
  readonly averageSpeedOfAnswerSeconds: number | null;
  readonly longestWaitSeconds: number | null;
}

/** The answer to every client request: its result, or a catalogued error. */
export type Ack<T extends object = object, Code extends string = string> =
  ({ readonly ok: true } & T) | { readonly ok: false; readonly error: ApiError<Code> };

/** One timeline entry, as the HTTP API's message rows; `seq` numbers it within its conversation. */
export interface TimelineEntry {
  readonly conversationId: string;
  readonly seq: number;
  readonly messageId: string;
  readonly authorKind: 'customer' | 'agent' | 'system' | 'bot';
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

/** A file on a timeline entry; `url` and `thumbnailUrl` are signed links that expire at `expiresAt`. */
export interface AttachmentView {
  readonly attachmentId: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  /** Shown inline (png, jpeg, gif, webp); anything else is a download. */
  readonly image: boolean;
  readonly url: string;
  readonly thumbnailUrl: string | null;
  readonly expiresAt: string;
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

/** An agent's status (the domain's `AgentStatus`); `offline` follows the connection. */
export type AgentStatus = 'available' | 'busy' | 'away' | 'offline';

export interface AgentStatusView {
  readonly agentId: string;
  readonly name: string;
  readonly status: AgentStatus;
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
  readonly conversation: LiveConversation | null;
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
  readonly conversations: readonly LiveConversation[];
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

/** Server → client events and their payloads (the server's copy narrows `Code` to its catalogue). */
export interface ServerEvents<Code extends string = string> {
  /** First event after connecting; everything else comes after it. */
  session: AgentSession | CustomerSession;
  /** A timeline entry of a followed conversation, in seq order, each once. */
  message: TimelineEntry;
  /** Agents: a conversation is now theirs (routed directly, an offer accepted, a transfer accepted, a takeover). */
  'conversation.assigned': {
    readonly conversationId: string;
    readonly via: 'routing' | 'offer' | 'transfer';
    readonly firstResponseDeadline: string | null;
    readonly conversation: LiveConversation | null;
  };
  /** Agents (offer mode): accept or decline by `offerDeadline`. */
  'conversation.offered': {
    readonly conversationId: string;
    readonly offerDeadline: string | null;
    readonly conversation: LiveConversation | null;
  };
  /** Agents: a conversation left them (requeued, transferred away, offer missed or declined). */
  'conversation.removed': { readonly conversationId: string; readonly reason: string };
  /** Staff: the conversation's live view; customers: their view of it. */
  'conversation.updated': LiveConversation | CustomerConversation;
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
    readonly conversation: LiveConversation | null;
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
  'timeline.failed': { readonly conversationId: string; readonly error: ApiError<Code> };
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
  'request.failed': { readonly event: string; readonly error: ApiError<Code> };
}

export type ServerEventName = keyof ServerEvents;

/** A Socket.IO listener map of the server's events (`Socket<ListenEvents<…>>` in socket.io-client). */
export type ListenEvents<Code extends string = string> = {
  [Event in ServerEventName]: (payload: ServerEvents<Code>[Event]) => void;
};
