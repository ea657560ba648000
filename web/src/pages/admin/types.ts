/**
 * The bodies the admin console reads and writes: the types generated from the HTTP API's OpenAPI
 * document (src/transport/http/config-schemas.ts, admin-views.ts; docs/http-api.md, "Typed client").
 * A GET body minus its live fields can be PUT back unchanged, which is how every edit here keeps the
 * fields it does not show.
 */
import type { RequestBody, ResponseBody } from '../../api/types.js';
import type { QuickReply } from '../agent/types.js';

/** A row of `GET /agents`: the profile and its live state. */
export type AgentView = ResponseBody<'/api/v1/agents'>['items'][number];
/** The profile part of an agent view, complete: what `PUT /agents/:id` takes back. */
export type AgentProfile = Omit<
  AgentView,
  'agentId' | 'status' | 'online' | 'active' | 'dormant' | 'incoming' | 'load' | 'lastAssignedAt' | 'lifecycle'
>;

export type Role = AgentProfile['role'];
export type Membership = AgentProfile['memberships'][number];
export type Tier = Membership['tier'];
export type TransferPermissions = AgentProfile['transfer'];
export type AutoAccept = TransferPermissions['autoAccept'];

/** A row of `GET /skill-groups`: the configuration, its members and what waits. */
export type SkillGroupView = ResponseBody<'/api/v1/skill-groups'>['items'][number];
/** The configuration part of a group view, complete: what `PUT /skill-groups/:id` takes back. */
export type SkillGroupConfig = Omit<SkillGroupView, 'groupId' | 'members' | 'waiting'>;

export type StrategyName = SkillGroupConfig['strategy'];
export type AssignmentMode = NonNullable<SkillGroupConfig['assignmentMode']>;
export type OverflowTier = SkillGroupConfig['overflow'][number];
export type BusinessHours = NonNullable<SkillGroupConfig['hours']>;
export type TimeWindow = BusinessHours['exceptions'][number]['windows'][number];

export const strategyNames: readonly StrategyName[] = [
  'weighted-wait',
  'round-robin',
  'least-load',
  'most-skilled',
  'random',
];
export const tiers: readonly Tier[] = ['primary', 'secondary', 'general'];
export const roles: readonly Role[] = ['agent', 'supervisor', 'admin'];

export type Department = ResponseBody<'/api/v1/departments'>['items'][number];

/** A member of `GET /skill-groups/:id/members`. */
export type MemberView = ResponseBody<'/api/v1/skill-groups/{groupId}/members'>['items'][number];

/** A rule of `GET /routing-rules`. */
export type RoutingRule = ResponseBody<'/api/v1/routing-rules'>['rules'][number];
export type AnyAll = NonNullable<RoutingRule['conditions']['keywords']>;
/** A condition on an order or ticket fact (docs/routing.md, "Rules on order and ticket facts"). */
export type RuleFact = NonNullable<RoutingRule['conditions']['facts']>[number];

/** `GET /tenant`: the settings, and whether a widget secret is set. */
export type TenantView = ResponseBody<'/api/v1/tenant'>;
export type TenantSettings = TenantView['settings'];
export type TransferSettings = TenantSettings['transfer'];
export type TransferTemplate = TransferSettings['templates'][number];
/** A mid-conversation transfer rule (docs/transfers.md): on a keyword or a VIP level, suggest or transfer. */
export type TransferRule = TransferSettings['rules'][number];

export type WidgetMessageKind = 'welcome' | 'queue' | 'afterHours';
type SavedWidgetMessages = NonNullable<TenantSettings['widgetMessages']>;
/** The widget's texts per language (writable per language: the card builds them up). */
export type WidgetMessages = { -readonly [Language in keyof SavedWidgetMessages]: SavedWidgetMessages[Language] };

export type ApiKeyView = ResponseBody<'/api/v1/api-keys'>['items'][number];

export type AuditEntry = ResponseBody<'/api/v1/audit-log'>['items'][number];

export type { QuickReply };

/** `GET /api/v1/webhooks` items. */
export type WebhookView = ResponseBody<'/api/v1/webhooks'>['items'][number];

/** `GET /api/v1/webhooks/:id/deliveries` items. */
export type DeliveryView = ResponseBody<'/api/v1/webhooks/{webhookId}/deliveries'>['items'][number];

export interface Items<T> {
  readonly items: readonly T[];
}

/** The configuration part of a group view: what PUT /skill-groups/:id takes back. */
export function groupConfig(
  group: SkillGroupView,
): SkillGroupConfig & RequestBody<'/api/v1/skill-groups/{groupId}', 'put'> {
  return {
    name: group.name,
    strategy: group.strategy,
    params: group.params,
    overflow: group.overflow,
    hours: group.hours,
    maxQueueLength: group.maxQueueLength,
    assignmentMode: group.assignmentMode,
    offerTimeoutSeconds: group.offerTimeoutSeconds,
    serviceLevelSeconds: group.serviceLevelSeconds,
    onAgentLost: group.onAgentLost,
  };
}

/** The profile part of an agent view: what PUT /agents/:id takes back. */
export function agentProfile(agent: AgentView): AgentProfile & RequestBody<'/api/v1/agents/{agentId}', 'put'> {
  return {
    name: agent.name,
    role: agent.role,
    level: agent.level,
    departmentId: agent.departmentId,
    memberships: agent.memberships,
    languages: agent.languages,
    maxConcurrent: agent.maxConcurrent,
    transfer: agent.transfer,
    manages: agent.manages,
    greeting: agent.greeting,
  };
}
