/**
 * `evolve(state, event)`: applies one event to the tenant state, in place (see state.ts for why).
 * Deterministic and free of I/O; it trusts the event (decide validated the command) and throws
 * only on a broken invariant, which is a bug.
 */
import type { DomainEvent, EventOf, EventType } from './events.js';
import { contactLeft } from './contact.js';
import * as lifecycle from './evolve-agent-lifecycle.js';
import * as agents from './evolve-agents.js';
import * as config from './evolve-config.js';
import * as conversations from './evolve-conversations.js';
import * as transfers from './evolve-transfers.js';
import { personalRepliesSaved } from './decide-quick-replies.js';
import type { TenantState } from './state.js';
import * as webhooks from './decide-webhooks.js';

type Handlers = { readonly [T in EventType]: (state: TenantState, event: EventOf<T>) => void };

const handlers: Handlers = {
  TenantConfigured: config.tenantConfigured,
  DepartmentSaved: config.departmentSaved,
  SkillGroupSaved: config.skillGroupSaved,
  DepartmentRemoved: config.departmentRemoved,
  SkillGroupRemoved: config.skillGroupRemoved,
  AgentSaved: config.agentSaved,
  RoutingRulesSaved: config.routingRulesSaved,
  CustomerSaved: config.customerSaved,
  PersonalRepliesSaved: personalRepliesSaved,
  AgentConnected: agents.agentConnected,
  AgentDisconnected: agents.agentDisconnected,
  AgentLost: agents.agentLost,
  AgentStatusChanged: agents.agentStatusChanged,
  ConversationOpened: conversations.conversationOpened,
  ConversationAssigned: conversations.conversationAssigned,
  OfferAccepted: conversations.offerAccepted,
  ConversationRequeued: conversations.conversationRequeued,
  ReservationEnded: conversations.reservationEnded,
  OverflowReached: conversations.overflowReached,
  MessagePosted: conversations.messagePosted,
  ReplyReminderDue: conversations.replyReminderDue,
  FirstResponseEscalated: conversations.firstResponseEscalated,
  TestConversationRouted: transfers.noStateChange,
  ConversationDormant: conversations.conversationDormant,
  ConversationRevived: conversations.conversationRevived,
  ConversationClosed: conversations.conversationClosed,
  ConversationRated: conversations.conversationRated,
  GroupOpened: conversations.groupOpened,
  TimerDropped: conversations.timerDropped,
  ExclusionsLapsed: conversations.exclusionsLapsed,
  TransferRequested: transfers.transferRequested,
  TransferOffered: transfers.transferOffered,
  TransferAccepted: transfers.transferAccepted,
  TransferRejected: transfers.transferRejected,
  TransferTimedOut: transfers.transferTimedOut,
  TransferCancelled: transfers.transferCancelled,
  TransferRuleMatched: transfers.transferRuleMatched,
  TransfersBatched: transfers.noStateChange,
  ShiftEnded: transfers.noStateChange,
  SupervisorJoined: transfers.supervisorJoined,
  SupervisorLeft: transfers.supervisorLeft,
  ConversationTagged: conversations.conversationTagged,
  ContactLeft: contactLeft,
  PasswordSet: config.passwordSet,
  ApiKeyIssued: config.apiKeyIssued,
  ApiKeyRevoked: config.apiKeyRevoked,
  WidgetSecretSet: config.widgetSecretSet,
  WebhookSaved: webhooks.webhookSaved,
  WebhookSecretSet: webhooks.webhookSecretSet,
  WebhookRemoved: webhooks.webhookRemoved,
  AgentSessionsEnded: lifecycle.agentSessionsEnded,
  AgentDisabled: lifecycle.agentDisabled,
  AgentEnabled: lifecycle.agentEnabled,
  AgentRemoved: lifecycle.agentRemoved,
  AgentLoginLocked: lifecycle.agentLoginLocked,
};

export function evolve(state: TenantState, event: DomainEvent): TenantState {
  (handlers[event.type] as (state: TenantState, event: DomainEvent) => void)(state, event);
  return state;
}
