/**
 * Domain events: the only way tenant state changes. Each carries `at` (epoch ms) and every
 * deadline it implies, so replaying the log reproduces state and timers exactly, whatever the
 * settings are by then.
 */
import type { AgentProfile, AgentStatus } from './agent.js';
import type { AttachmentRef } from './attachment.js';
import type { CustomerProfile } from './customer.js';
import type { PreferenceReason, Reservation, TestMode } from './conversation.js';
import type { Department } from './department.js';
import type { Explanation } from './explanation.js';
import type { RoutingRule } from './routing-rules.js';
import type { QuickReply } from './quick-reply.js';
import type { AssignmentMode, TenantSettings } from './settings.js';
import type { SkillGroupConfig } from './skill-group.js';
import type { Transfer, TransferTarget } from './transfer.js';

/** A transfer as requested: everything but its status, which starts `pending`. */
export type TransferRequest = Omit<Transfer, 'status'>;

export interface RecommendedAgent {
  readonly agentId: string;
  readonly score: number;
}

export type LeftMessageReason = 'after-hours' | 'queue-full' | 'no-agents-online';
/**
 * Why an owned or offered conversation went back to waiting. `offer-expired-offline`: the offer
 * ran out while the agent was disconnected within their presence grace — not held against them
 * (no miss, no exclusion), like `agent-lost`.
 */
export type RequeueReason =
  | 'offer-expired'
  | 'offer-expired-offline'
  | 'offer-declined'
  | 'first-response-timeout'
  | 'agent-lost'
  | 'transfer-failed'
  | 'returned'
  | 'reassigned'
  | 'agent-disabled';
/** Why an agent's sessions ended (told to their open connections). */
export type SessionEndReason = 'password-changed' | 'role-changed' | 'disabled' | 'removed' | 'signed-out';

export type CloseReason = 'agent' | 'customer' | 'revive-window-expired' | 'system';
export type Resolution = 'resolved' | 'unresolved';

export type MessageAuthor =
  { readonly kind: 'customer' } | { readonly kind: 'agent'; readonly agentId: string } | { readonly kind: 'system' };

export type Visibility = 'public' | 'internal';

/**
 * `text` is what people write; `notice` and `greeting` are system messages the customer sees;
 * the TRANSFER* kinds are the internal timeline entries of DESIGN.md §5; TAKEOVER records a
 * first-response takeover and TAKEOVER_LIMIT one that did not happen because the conversation had
 * used up `maxAutoTakeovers` (docs/routing.md).
 */
export type MessageKind =
  | 'text'
  | 'notice'
  | 'greeting'
  | 'TRANSFER'
  | 'TRANSFER_ACCEPT'
  | 'TRANSFER_REJECT'
  | 'TRANSFER_TIMEOUT'
  | 'TRANSFER_CANCEL'
  | 'TAKEOVER'
  | 'TAKEOVER_LIMIT';

export type DomainEvent =
  | { readonly type: 'TenantConfigured'; readonly at: number; readonly settings: TenantSettings }
  | { readonly type: 'DepartmentSaved'; readonly at: number; readonly department: Department }
  | { readonly type: 'SkillGroupSaved'; readonly at: number; readonly group: SkillGroupConfig }
  | { readonly type: 'DepartmentRemoved'; readonly at: number; readonly departmentId: string }
  | { readonly type: 'SkillGroupRemoved'; readonly at: number; readonly groupId: string }
  | { readonly type: 'AgentSaved'; readonly at: number; readonly agent: AgentProfile }
  | { readonly type: 'RoutingRulesSaved'; readonly at: number; readonly rules: readonly RoutingRule[] }
  | { readonly type: 'CustomerSaved'; readonly at: number; readonly customer: CustomerProfile }
  | {
      readonly type: 'PersonalRepliesSaved';
      readonly at: number;
      readonly agentId: string;
      readonly replies: readonly QuickReply[];
    }
  | { readonly type: 'AgentConnected'; readonly at: number; readonly agentId: string }
  | {
      readonly type: 'AgentDisconnected';
      readonly at: number;
      readonly agentId: string;
      readonly graceDeadline: number;
    }
  | { readonly type: 'AgentLost'; readonly at: number; readonly agentId: string }
  | {
      readonly type: 'AgentStatusChanged';
      readonly at: number;
      readonly agentId: string;
      readonly status: AgentStatus;
      /** `staff-sign-in`: a supervisor or admin connected while offline starts away (docs/http-api.md). */
      readonly reason: 'manual' | 'missed-offers' | 'lost' | 'staff-sign-in';
    }
  | {
      readonly type: 'ConversationOpened';
      readonly at: number;
      readonly conversationId: string;
      readonly customerId: string;
      readonly channel: string;
      readonly source: string;
      readonly language: string | null;
      readonly businessType: string | null;
      readonly labels: readonly string[];
      readonly priority: number;
      readonly routedBy: { readonly id: string; readonly name: string } | null;
      readonly groupId: string;
      /** Set when business hours sent it from its group to the after-hours fallback. */
      readonly afterHoursFrom: string | null;
      /** Only on test conversations (absent in logs written before they existed). */
      readonly test?: TestMode;
      /**
       * What the entry point said about the visitor (pre-chat name, page, referrer, device, the
       * site's own attributes), for staff to see; absent when none were given and in older logs.
       */
      readonly attributes?: Readonly<Record<string, string>>;
      readonly orderKey: number;
      readonly disposition:
        | {
            readonly kind: 'queued';
            readonly reservation: Reservation | null;
            readonly overflowDeadline: number | null;
          }
        | { readonly kind: 'left-message'; readonly reason: LeftMessageReason; readonly opensAt: number | null };
    }
  | {
      readonly type: 'ConversationAssigned';
      readonly at: number;
      readonly conversationId: string;
      readonly agentId: string;
      readonly mode: AssignmentMode;
      readonly offerDeadline: number | null;
      readonly firstResponseDeadline: number | null;
      /** Set when the customer is already waiting for a reply as the new owner takes over. */
      readonly replyReminderDeadline: number | null;
      readonly explanation: Explanation;
    }
  | {
      readonly type: 'OfferAccepted';
      readonly at: number;
      readonly conversationId: string;
      readonly agentId: string;
      readonly firstResponseDeadline: number;
      readonly replyReminderDeadline: number | null;
    }
  | {
      readonly type: 'ConversationRequeued';
      readonly at: number;
      readonly conversationId: string;
      readonly fromAgentId: string;
      readonly reason: RequeueReason;
      /** The group whose queue it joins (a failed group transfer returns it to the target group). */
      readonly groupId: string;
      /** Overflow tiers reached by now (its wait counts from the original enqueue). */
      readonly overflowTier: number;
      readonly overflowDeadline: number | null;
      /** When this requeue's exclusion lapses (exclusions.ts); absent in logs written before lapses existed. */
      readonly exclusionDeadline?: number | null;
    }
  | {
      readonly type: 'ReservationEnded';
      readonly at: number;
      readonly conversationId: string;
      readonly reason: PreferenceReason;
      /**
       * Why the wait for the preferred agent ended: `stickyWaitSeconds` ran out, or the agent can no
       * longer take it (offline, not available, or rated badly by the customer since). Absent in logs
       * written before the second existed (it was always the first).
       */
      readonly ended?: 'expired' | 'agent-unavailable';
      readonly overflowTier: number;
      readonly overflowDeadline: number | null;
    }
  | {
      readonly type: 'OverflowReached';
      readonly at: number;
      readonly conversationId: string;
      readonly tier: number;
      readonly groupId: string;
      readonly nextDeadline: number | null;
    }
  | {
      readonly type: 'MessagePosted';
      readonly at: number;
      readonly conversationId: string;
      readonly messageId: string;
      readonly seq: number;
      readonly author: MessageAuthor;
      readonly kind: MessageKind;
      readonly visibility: Visibility;
      readonly text: string;
      readonly replyReminderDeadline: number | null;
      readonly dormantDeadline: number | null;
      /**
       * Files posted with the message (docs/attachments.md): a `text` entry whose text is the caption,
       * possibly empty. Absent on ordinary messages and in logs written before attachments existed.
       */
      readonly attachments?: readonly AttachmentRef[];
    }
  /**
   * The owner missed the first response again but the conversation had used up its automatic
   * takeovers: it stays with them and their supervisors are alerted (docs/routing.md).
   */
  | {
      readonly type: 'FirstResponseEscalated';
      readonly at: number;
      readonly conversationId: string;
      readonly agentId: string;
      readonly takeovers: number;
    }
  /** Where a `decision-only` test conversation would have gone (null: it would have waited). */
  | {
      readonly type: 'TestConversationRouted';
      readonly at: number;
      readonly conversationId: string;
      readonly agentId: string | null;
      readonly explanation: Explanation | null;
    }
  | {
      readonly type: 'ReplyReminderDue';
      readonly at: number;
      readonly conversationId: string;
      readonly agentId: string;
      readonly waitingSince: number;
    }
  | {
      readonly type: 'ConversationDormant';
      readonly at: number;
      readonly conversationId: string;
      readonly agentId: string;
      readonly reviveDeadline: number;
    }
  | {
      readonly type: 'ConversationRevived';
      readonly at: number;
      readonly conversationId: string;
      readonly agentId: string;
    }
  | {
      readonly type: 'ConversationClosed';
      readonly at: number;
      readonly conversationId: string;
      readonly reason: CloseReason;
      readonly resolution: Resolution | null;
      readonly summary: string | null;
    }
  | {
      readonly type: 'ConversationRated';
      readonly at: number;
      readonly conversationId: string;
      readonly customerId: string;
      readonly agentId: string;
      readonly score: number;
      readonly comment: string | null;
    }
  | {
      readonly type: 'TransferRequested';
      readonly at: number;
      readonly transfer: TransferRequest;
      /** The initiator's transfers on this local date after this one, when it counts toward the daily limit. */
      readonly initiatorDay: { readonly date: string; readonly count: number } | null;
    }
  | {
      readonly type: 'TransferOffered';
      readonly at: number;
      readonly transferId: string;
      readonly conversationId: string;
      readonly agentId: string;
      /**
       * The agent's own answer deadline, a full `timeoutSeconds` from this offer (the request's
       * deadline only bounded the wait for a free member). Absent in logs written before: the
       * request's deadline stands.
       */
      readonly deadline?: number;
    }
  | {
      readonly type: 'TransferAccepted';
      readonly at: number;
      readonly transferId: string;
      readonly conversationId: string;
      readonly fromAgentId: string;
      readonly toAgentId: string;
      /** The conversation's group from now on (the target group of a group transfer). */
      readonly groupId: string;
      /** Accepted by the target's auto-accept rule or forced by a supervisor, not by a click. */
      readonly automatic: boolean;
      readonly firstResponseDeadline: number;
      readonly replyReminderDeadline: number | null;
    }
  | {
      readonly type: 'TransferRejected';
      readonly at: number;
      readonly transferId: string;
      readonly conversationId: string;
      readonly agentId: string;
      readonly reason: string | null;
      /** Fresh recommendations for the initiator. */
      readonly recommendations: readonly RecommendedAgent[];
      /** When the rejecter's exclusion from the conversation lapses; absent in older logs. */
      readonly exclusionDeadline?: number | null;
    }
  | {
      readonly type: 'TransferTimedOut';
      readonly at: number;
      readonly transferId: string;
      readonly conversationId: string;
      /** Null when a group transfer found nobody free in time. */
      readonly agentId: string | null;
      readonly recommendations: readonly RecommendedAgent[];
      /** When the silent target's exclusion from the conversation lapses; absent in older logs. */
      readonly exclusionDeadline?: number | null;
    }
  | {
      readonly type: 'TransferCancelled';
      readonly at: number;
      readonly transferId: string;
      readonly conversationId: string;
      /** The agent who was asked (their held slot frees), or null for a group transfer still waiting. */
      readonly agentId: string | null;
      readonly by: string;
    }
  /** A transfer rule matched a message or a VIP upgrade: it suggests a transfer to the owner, or one follows. */
  | {
      readonly type: 'TransferRuleMatched';
      readonly at: number;
      readonly conversationId: string;
      readonly agentId: string;
      readonly ruleId: string;
      readonly action: 'suggest' | 'transfer';
      readonly target: TransferTarget;
    }
  | {
      readonly type: 'TransfersBatched';
      readonly at: number;
      readonly batchId: string;
      readonly initiatorId: string;
      readonly requested: readonly string[];
      readonly refused: readonly { readonly conversationId: string; readonly code: string; readonly message: string }[];
    }
  | {
      readonly type: 'ShiftEnded';
      readonly at: number;
      readonly agentId: string;
      readonly handedOver: readonly string[];
      readonly returned: readonly string[];
      readonly refused: readonly { readonly conversationId: string; readonly code: string; readonly message: string }[];
    }
  | {
      readonly type: 'SupervisorJoined';
      readonly at: number;
      readonly conversationId: string;
      readonly supervisorId: string;
      readonly mode: 'watch' | 'barge';
    }
  | {
      readonly type: 'SupervisorLeft';
      readonly at: number;
      readonly conversationId: string;
      readonly supervisorId: string;
    }
  /** Contact details the customer left (contact.ts): attributes that join the conversation's. */
  | {
      readonly type: 'ContactLeft';
      readonly at: number;
      readonly conversationId: string;
      readonly attributes: Readonly<Record<string, string>>;
    }
  /** The conversation's labels after an agent tagged it (the whole set). */
  | {
      readonly type: 'ConversationTagged';
      readonly at: number;
      readonly conversationId: string;
      readonly agentId: string;
      readonly labels: readonly string[];
    }
  | { readonly type: 'PasswordSet'; readonly at: number; readonly agentId: string; readonly passwordHash: string }
  /** Every token of the agent issued before is void from now on; `epoch` is the new session epoch. */
  | {
      readonly type: 'AgentSessionsEnded';
      readonly at: number;
      readonly agentId: string;
      readonly epoch: number;
      readonly reason: SessionEndReason;
    }
  | { readonly type: 'AgentDisabled'; readonly at: number; readonly agentId: string; readonly by: string | null }
  | { readonly type: 'AgentEnabled'; readonly at: number; readonly agentId: string; readonly by: string | null }
  | { readonly type: 'AgentRemoved'; readonly at: number; readonly agentId: string; readonly by: string | null }
  /** Sign-in refused until `until` after `failures` failed attempts (recorded for the audit log). */
  | {
      readonly type: 'AgentLoginLocked';
      readonly at: number;
      readonly agentId: string;
      readonly until: number;
      readonly failures: number;
    }
  | {
      readonly type: 'ApiKeyIssued';
      readonly at: number;
      readonly keyId: string;
      readonly name: string;
      readonly hash: string;
    }
  | { readonly type: 'ApiKeyRevoked'; readonly at: number; readonly keyId: string }
  | { readonly type: 'WidgetSecretSet'; readonly at: number; readonly secret: string }
  /** A conversation's exclusions lapsed (`exclusionLapseSeconds` after the latest): these agents may serve it again. */
  | {
      readonly type: 'ExclusionsLapsed';
      readonly at: number;
      readonly conversationId: string;
      readonly agentIds: readonly string[];
    }
  /** A deadline whose reason had passed when it fired (e.g. the owner answered meanwhile). */
  | { readonly type: 'TimerDropped'; readonly at: number; readonly key: string }
  | {
      readonly type: 'GroupOpened';
      readonly at: number;
      readonly groupId: string;
      readonly nextOpensAt: number | null;
    };

export type EventType = DomainEvent['type'];
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;
