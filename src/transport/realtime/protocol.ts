/**
 * The realtime protocol on the server: the shared declaration (src/shared/realtime-protocol.ts, which
 * the web app imports too) with error codes narrowed to the catalogue, and compile-time checks that
 * the shared copies of server types still agree with the server's own.
 */
import type { AgentStatus as DomainAgentStatus } from '../../domain/agent.js';
import type { SessionEndReason as DomainSessionEndReason } from '../../domain/events.js';
import type { ErrorCode } from '../http/error-catalogue.js';
import type * as Shared from '../../shared/realtime-protocol.js';

export type {
  AgentSession,
  AttachmentView,
  AgentStatus,
  AgentStatusView,
  CustomerConversation,
  CustomerProfileView,
  CustomerSession,
  GroupFigures,
  QueuePosition,
  TimelineEntry,
  TransferCard,
  TransferState,
  TransferUpdate,
  Wallboard,
} from '../../shared/realtime-protocol.js';

/** The answer to every client request: its result, or a catalogued error. */
export type Ack<T extends object = object> = Shared.Ack<T, ErrorCode>;

/** Server → client events and their payloads. */
export type ServerEvents = Shared.ServerEvents<ErrorCode>;

export type ServerEventName = keyof ServerEvents;

/** Equal types, or a compile error where this is used. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;

/** The shared module's copies of the domain's unions are the same unions. */
export type SharedCopiesAgree = [
  Expect<Same<Shared.SessionEndReason, DomainSessionEndReason>>,
  Expect<Same<Shared.AgentStatus, DomainAgentStatus>>,
];
