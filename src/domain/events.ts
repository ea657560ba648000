/**
 * Domain events: the only way tenant state changes. Each carries `at` (epoch ms) and every
 * deadline it implies, so replaying the log reproduces state and timers exactly, whatever the
 * settings are by then.
 */
import type { AgentProfile, AgentStatus } from './agent.js';
import type { CustomerProfile } from './customer.js';
import type { PreferenceReason, Reservation } from './conversation.js';
import type { Department } from './department.js';
import type { Explanation } from './explanation.js';
import type { RoutingRule } from './routing-rules.js';
import type { AssignmentMode, TenantSettings } from './settings.js';
import type { SkillGroupConfig } from './skill-group.js';

export type LeftMessageReason = 'after-hours' | 'queue-full' | 'no-agents-online';
export type RequeueReason = 'offer-expired' | 'offer-declined' | 'first-response-timeout' | 'agent-lost';
export type CloseReason = 'agent' | 'customer' | 'revive-window-expired' | 'system';
export type Resolution = 'resolved' | 'unresolved';

export type MessageAuthor =
  { readonly kind: 'customer' } | { readonly kind: 'agent'; readonly agentId: string } | { readonly kind: 'system' };

export type Visibility = 'public' | 'internal';

export type DomainEvent =
  | { readonly type: 'TenantConfigured'; readonly at: number; readonly settings: TenantSettings }
  | { readonly type: 'DepartmentSaved'; readonly at: number; readonly department: Department }
  | { readonly type: 'SkillGroupSaved'; readonly at: number; readonly group: SkillGroupConfig }
  | { readonly type: 'AgentSaved'; readonly at: number; readonly agent: AgentProfile }
  | { readonly type: 'RoutingRulesSaved'; readonly at: number; readonly rules: readonly RoutingRule[] }
  | { readonly type: 'CustomerSaved'; readonly at: number; readonly customer: CustomerProfile }
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
      readonly reason: 'manual' | 'missed-offers' | 'lost';
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
      /** Overflow tiers reached by now (its wait counts from the original enqueue). */
      readonly overflowTier: number;
      readonly overflowDeadline: number | null;
    }
  | {
      readonly type: 'ReservationEnded';
      readonly at: number;
      readonly conversationId: string;
      readonly reason: PreferenceReason;
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
      readonly visibility: Visibility;
      readonly text: string;
      readonly replyReminderDeadline: number | null;
      readonly dormantDeadline: number | null;
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
