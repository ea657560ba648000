/**
 * The bodies the admin console reads and writes, as the HTTP API's OpenAPI document describes them
 * (src/transport/http/config-schemas.ts, admin-views.ts). A GET body minus its live fields can be
 * PUT back unchanged, which is how every edit here keeps the fields it does not show.
 */
import type { QuickReply } from '../agent/types.js';

export type Role = 'agent' | 'supervisor' | 'admin';
export type Tier = 'primary' | 'secondary' | 'general';
export type StrategyName = 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
export type AssignmentMode = 'direct' | 'offer';

export const strategyNames: readonly StrategyName[] = [
  'weighted-wait',
  'round-robin',
  'least-load',
  'most-skilled',
  'random',
];
export const tiers: readonly Tier[] = ['primary', 'secondary', 'general'];
export const roles: readonly Role[] = ['agent', 'supervisor', 'admin'];

export interface Membership {
  readonly groupId: string;
  readonly ability: number;
  readonly tier: Tier;
}

export type AutoAccept =
  | { readonly kind: 'never' | 'always' | 'own-department' | 'from-supervisors' }
  | { readonly kind: 'below-load'; readonly load: number };

export interface TransferPermissions {
  readonly mayInitiate: boolean;
  readonly mayReceive: boolean;
  readonly mayEscalate: boolean;
  readonly dailyLimit: number | null;
  readonly autoAccept: AutoAccept;
}

export interface AgentProfile {
  readonly name: string;
  readonly role: Role;
  readonly level: number;
  readonly departmentId: string | null;
  readonly memberships: readonly Membership[];
  readonly languages: readonly string[];
  readonly maxConcurrent: number;
  readonly transfer: TransferPermissions;
  readonly manages: { readonly departmentIds: readonly string[]; readonly groupIds: readonly string[] };
  readonly greeting: string | null;
}

export interface AgentView extends AgentProfile {
  readonly agentId: string;
  readonly status: string;
  readonly online: boolean;
  readonly load: number;
  readonly lifecycle: 'active' | 'disabled' | 'removed';
}

export interface Department {
  readonly departmentId: string;
  readonly name: string;
  readonly parentId?: string | null;
}

export interface TimeWindow {
  readonly from: string;
  readonly to: string;
}

export interface BusinessHours {
  readonly timeZone: string;
  readonly weekly: readonly (TimeWindow & { readonly day: number })[];
  readonly exceptions: readonly { readonly date: string; readonly windows: readonly TimeWindow[] }[];
  readonly afterHours: { readonly kind: 'group'; readonly groupId: string } | { readonly kind: 'leave-message' };
}

export interface OverflowTier {
  readonly afterSeconds: number;
  readonly groupId: string;
}

export interface SkillGroupConfig {
  readonly name: string;
  readonly strategy: StrategyName;
  readonly params: { readonly k: number; readonly m: number };
  readonly overflow: readonly OverflowTier[];
  readonly hours: BusinessHours | null;
  readonly maxQueueLength: number | null;
  readonly assignmentMode: AssignmentMode | null;
  readonly offerTimeoutSeconds: number | null;
  readonly serviceLevelSeconds: number;
  readonly onAgentLost: 'reroute' | 'keep';
}

export interface SkillGroupView extends SkillGroupConfig {
  readonly groupId: string;
  readonly members: readonly string[];
  readonly waiting: {
    readonly queued: number;
    readonly leftMessages: number;
    readonly overflow: number;
    readonly transfers: number;
  };
}

export interface MemberView {
  readonly agentId: string;
  readonly name: string;
  readonly ability: number;
  readonly tier: Tier;
  readonly status: string;
  readonly online: boolean;
  readonly load: number;
  readonly maxConcurrent: number;
}

export interface AnyAll {
  readonly any?: readonly string[];
  readonly all?: readonly string[];
}

/** A condition on an order or ticket fact (docs/routing.md, "Rules on order and ticket facts"). */
export type RuleFact =
  | { readonly attribute: string; readonly op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'ne'; readonly value: number }
  | { readonly attribute: string; readonly op: 'in' | 'not-in'; readonly values: readonly string[] }
  | { readonly attribute: string; readonly op: 'passed'; readonly minutes?: number }
  | { readonly attribute: string; readonly op: 'within'; readonly minutes: number };

export interface RoutingRule {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly conditions: {
    readonly keywords?: AnyAll;
    readonly channels?: readonly string[];
    readonly sources?: readonly string[];
    readonly languages?: readonly string[];
    readonly vipLevel?: { readonly min?: number; readonly max?: number };
    readonly labels?: AnyAll & { readonly none?: readonly string[] };
    readonly businessTypes?: readonly string[];
    readonly attributes?: Readonly<Record<string, readonly string[]>>;
    readonly facts?: readonly RuleFact[];
    readonly time?: {
      readonly days?: readonly number[];
      readonly from: string;
      readonly to: string;
      readonly timeZone?: string;
    };
  };
  readonly actions: {
    readonly groupId?: string;
    readonly priority?: number;
    readonly agentId?: string;
    readonly labels?: readonly string[];
  };
}

export interface TransferTemplate {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly fields: readonly { readonly key: string; readonly label: string; readonly required: boolean }[];
}

/** A mid-conversation transfer rule (docs/transfers.md): on a keyword or a VIP level, suggest or transfer. */
export interface TransferRule {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly when: { readonly keywords?: AnyAll; readonly vipLevelAtLeast?: number };
  readonly action: 'suggest' | 'transfer';
  readonly target:
    { readonly kind: 'agent'; readonly agentId: string } | { readonly kind: 'group'; readonly groupId: string };
  readonly note: string;
}

export interface TransferSettings {
  readonly timeoutSeconds: number;
  readonly onFailure: 'notify' | 'forward' | 'return-to-queue';
  readonly maxForwards: number;
  readonly crossDepartment: 'allowed' | 'supervisor-only' | 'forbidden';
  readonly weights: { readonly skill: number; readonly load: number; readonly experience: number };
  readonly experiencePrior: { readonly score: number; readonly weight: number };
  readonly experienceWindow: number;
  readonly recommendationCount: number;
  readonly templates: readonly TransferTemplate[];
  readonly rules: readonly TransferRule[];
}

export type WidgetMessageKind = 'welcome' | 'queue' | 'afterHours';
export type WidgetMessages = Partial<Record<'zh-CN' | 'en', Partial<Record<WidgetMessageKind, string>>>>;

export interface TenantSettings {
  readonly timeZone: string;
  readonly priorityStepSeconds: number;
  readonly stickyWindowSeconds: number;
  readonly stickyWaitSeconds: number;
  readonly assignmentMode: AssignmentMode;
  readonly offerTimeoutSeconds: number;
  readonly maxMissedOffers: number;
  readonly firstResponseTimeoutSeconds: number;
  readonly replyReminderSeconds: number;
  readonly presenceGraceSeconds: number;
  readonly dormantAfterSeconds: number;
  readonly reviveWindowSeconds: number;
  /** Absent in settings saved before exclusions lapsed (the server then uses 300). */
  readonly exclusionLapseSeconds?: number;
  /** What agents find in history search; absent means `own` (docs/search.md). */
  readonly agentSearchScope?: 'own' | 'groups';
  /** The widget's own texts per language (docs/widget.md); absent: built-in wording. */
  readonly widgetMessages?: WidgetMessages;
  readonly badRatingMax: number;
  readonly goodRatingMin: number;
  readonly defaultGroupId: string | null;
  readonly defaultGroupBySource: Readonly<Record<string, string>>;
  readonly serviceTimeSampleSize: number;
  readonly randomSeed: number;
  readonly closedRetention: number;
  readonly defaultLanguage: string;
  readonly transfer: TransferSettings;
  /** The shared quick replies (QuickRepliesSection); absent until first saved. */
  readonly quickReplies?: readonly QuickReply[];
}

export interface TenantView {
  readonly tenantId: string;
  readonly settings: TenantSettings;
  readonly widgetSecretSet: boolean;
}

export interface ApiKeyView {
  readonly keyId: string;
  readonly name: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface WebhookView {
  readonly webhookId: string;
  readonly url: string;
  readonly description: string;
  readonly events: readonly string[];
  readonly enabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface DeliveryView {
  readonly deliveryId: string;
  readonly webhookId: string;
  readonly eventType: string;
  readonly conversationId: string | null;
  readonly status: 'pending' | 'delivered' | 'failed';
  readonly attempts: number;
  readonly lastStatusCode: number | null;
  readonly lastLatencyMs: number | null;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly lastAttemptAt: string | null;
  readonly nextAttemptAt: string | null;
  readonly finishedAt: string | null;
}

export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly type: string;
  readonly subjectId: string | null;
  readonly data: unknown;
}

export interface Items<T> {
  readonly items: readonly T[];
}

/** The configuration part of a group view: what PUT /skill-groups/:id takes back. */
export function groupConfig(group: SkillGroupView): SkillGroupConfig {
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
export function agentProfile(agent: AgentView): AgentProfile {
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
