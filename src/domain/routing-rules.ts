/**
 * Routing rules (DESIGN.md §3.1): ordered, first match wins. Every condition present must hold;
 * an absent condition matches anything. Keyword matching is case-insensitive substring matching,
 * which works for Chinese text (no word boundaries) as well as for English.
 */
import { DateTime } from 'luxon';
import { attributeConditionHolds, type AttributeCondition } from './attribute-conditions.js';
import { parseClock } from './business-hours.js';
import type { CustomerProfile } from './customer.js';
import type { TenantSettings } from './settings.js';

export interface AnyAll {
  readonly any?: readonly string[];
  readonly all?: readonly string[];
}

export interface RuleConditions {
  readonly keywords?: AnyAll;
  readonly channels?: readonly string[];
  readonly sources?: readonly string[];
  readonly languages?: readonly string[];
  readonly vipLevel?: { readonly min?: number; readonly max?: number };
  readonly labels?: AnyAll & { readonly none?: readonly string[] };
  readonly businessTypes?: readonly string[];
  /**
   * Attributes (order status, ticket type…): the value must be one of those listed. Read from the
   * facts `routingFacts` gives: the entry point's attributes over the customer profile's.
   */
  readonly attributes?: Readonly<Record<string, readonly string[]>>;
  /**
   * Order and ticket facts from the same attributes (entry point's over profile's): numeric
   * comparisons, set membership and times relative to the routing decision (`checkInAt` passed).
   * All must hold.
   */
  readonly facts?: readonly AttributeCondition[];
  /** Local time window; `days` are ISO weekdays; the zone defaults to the tenant's. */
  readonly time?: {
    readonly days?: readonly number[];
    readonly from: string;
    readonly to: string;
    readonly timeZone?: string;
  };
}

export interface RuleActions {
  readonly groupId?: string;
  /** Added to the conversation's priority (negative delays it). */
  readonly priority?: number;
  /** Directed assignment (定向分配) to a named agent. */
  readonly agentId?: string;
  readonly labels?: readonly string[];
}

export interface RoutingRule {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly conditions: RuleConditions;
  readonly actions: RuleActions;
}

/** What the entry point tells us about a new conversation. */
export interface Intake {
  readonly text: string;
  readonly channel: string;
  readonly source: string;
  readonly language: string | null;
  readonly businessType: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly customer: CustomerProfile;
}

/** No labels: shared by every conversation no rule labels (it outlives the decision, in the state). */
const noLabels: readonly string[] = Object.freeze([]);

export interface Classification {
  readonly rule: { readonly id: string; readonly name: string } | null;
  readonly groupId: string | null;
  readonly priority: number;
  readonly agentId: string | null;
  readonly labels: readonly string[];
}

const includesAll = (haystack: readonly string[], needles: readonly string[] | undefined): boolean =>
  needles === undefined || needles.every((needle) => haystack.includes(needle));

const includesAny = (haystack: readonly string[], needles: readonly string[] | undefined): boolean =>
  needles === undefined || needles.length === 0 || needles.some((needle) => haystack.includes(needle));

const oneOf = (value: string | null, allowed: readonly string[] | undefined): boolean =>
  allowed === undefined || allowed.length === 0 || (value !== null && allowed.includes(value));

export function keywordsMatch(text: string, keywords: AnyAll | undefined): boolean {
  if (keywords === undefined) return true;
  const lower = text.toLowerCase();
  const found = (word: string): boolean => lower.includes(word.toLowerCase());
  const any = keywords.any === undefined || keywords.any.length === 0 || keywords.any.some(found);
  const all = keywords.all === undefined || keywords.all.every(found);
  return any && all;
}

function timeMatches(time: RuleConditions['time'], settings: TenantSettings, now: number): boolean {
  if (time === undefined) return true;
  const local = DateTime.fromMillis(now, { zone: time.timeZone ?? settings.timeZone });
  if (time.days !== undefined && time.days.length > 0 && !time.days.includes(local.weekday)) return false;
  const minute = local.hour * 60 + local.minute;
  const from = parseClock(time.from);
  const to = parseClock(time.to);
  if (from === null || to === null) return false;
  // A window with from > to spans midnight (e.g. 22:00–06:00).
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
}

/**
 * The attributes rule conditions read: the customer profile's custom attributes, overridden key by
 * key by the entry point's. The entry point speaks about this conversation (this order, this
 * booking) while the profile holds what the back-end last said about the customer in general, so
 * the more specific, fresher value wins. No copy when only one side has attributes.
 */
export function routingFacts(intake: Intake): Readonly<Record<string, string>> {
  const profile = intake.customer.attributes;
  if (profile === undefined || Object.keys(profile).length === 0) return intake.attributes;
  if (Object.keys(intake.attributes).length === 0) return profile;
  return { ...profile, ...intake.attributes };
}

/** Whether one rule's conditions hold for this intake at `now`; `facts` defaults to `routingFacts(intake)`. */
export function ruleMatches(
  rule: RoutingRule,
  intake: Intake,
  settings: TenantSettings,
  now: number,
  facts: Readonly<Record<string, string>> = routingFacts(intake),
): boolean {
  const c = rule.conditions;
  const labels = intake.customer.labels;
  const vip = intake.customer.vipLevel;
  return (
    rule.enabled &&
    keywordsMatch(intake.text, c.keywords) &&
    oneOf(intake.channel, c.channels) &&
    oneOf(intake.source, c.sources) &&
    oneOf(intake.language ?? intake.customer.language, c.languages) &&
    (c.vipLevel?.min === undefined || vip >= c.vipLevel.min) &&
    (c.vipLevel?.max === undefined || vip <= c.vipLevel.max) &&
    includesAny(labels, c.labels?.any) &&
    includesAll(labels, c.labels?.all) &&
    !(c.labels?.none ?? []).some((label) => labels.includes(label)) &&
    oneOf(intake.businessType, c.businessTypes) &&
    Object.entries(c.attributes ?? {}).every(([key, allowed]) =>
      oneOf(Object.hasOwn(facts, key) ? (facts[key] ?? null) : null, allowed),
    ) &&
    (c.facts ?? []).every((fact) => attributeConditionHolds(fact, facts, { now, timeZone: settings.timeZone })) &&
    timeMatches(c.time, settings, now)
  );
}

/** Applies the first matching rule, then the entry point's default group, then the tenant's. */
export function classify(
  rules: readonly RoutingRule[],
  intake: Intake,
  settings: TenantSettings,
  now: number,
): Classification {
  const facts = routingFacts(intake);
  const rule = rules.find((candidate) => ruleMatches(candidate, intake, settings, now, facts));
  const bySource = settings.defaultGroupBySource;
  const fallbackGroup =
    (Object.hasOwn(bySource, intake.source) ? bySource[intake.source] : undefined) ?? settings.defaultGroupId;
  if (rule === undefined) {
    return { rule: null, groupId: fallbackGroup, priority: 0, agentId: null, labels: noLabels };
  }
  return {
    rule: { id: rule.id, name: rule.name },
    groupId: rule.actions.groupId ?? fallbackGroup,
    priority: rule.actions.priority ?? 0,
    agentId: rule.actions.agentId ?? null,
    labels: rule.actions.labels ?? noLabels,
  };
}
