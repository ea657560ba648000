/**
 * Semantic checks on configuration commands: references exist, numbers are in range, time zones
 * and clock times parse. Shapes are the transport's job (schemas); these are the domain's rules.
 * Each check returns a message, or null when the value is acceptable.
 */
import type { AgentProfile } from './agent.js';
import { checkAttachmentSettings } from './attachment.js';
import { checkAttributeConditions } from './attribute-conditions.js';
import { isValidTimeZone, parseClock } from './business-hours.js';
import { checkQuickReplies, MAX_TENANT_QUICK_REPLIES } from './quick-reply.js';
import type { RoutingRule } from './routing-rules.js';
import type { TenantSettings } from './settings.js';
import type { TransferSettings } from './transfer.js';
import { checkWidgetMessages } from './widget-messages.js';
import { strategyNames, type BusinessHours, type SkillGroupConfig } from './skill-group.js';
import type { TenantState } from './state.js';

const finiteAtLeast = (value: number, min: number): boolean => Number.isFinite(value) && value >= min;
const positiveInt = (value: number): boolean => Number.isInteger(value) && value >= 1;

export function checkSettings(settings: TenantSettings): string | null {
  if (!isValidTimeZone(settings.timeZone)) return `unknown time zone "${settings.timeZone}"`;
  const durations: (keyof TenantSettings)[] = [
    'priorityStepSeconds',
    'stickyWindowSeconds',
    'stickyWaitSeconds',
    'offerTimeoutSeconds',
    'firstResponseTimeoutSeconds',
    'replyReminderSeconds',
    'presenceGraceSeconds',
    'dormantAfterSeconds',
    'reviveWindowSeconds',
  ];
  for (const key of durations) {
    if (!finiteAtLeast(settings[key] as number, 0)) return `${key} must be a number ≥ 0`;
  }
  const takeovers = settings.maxAutoTakeovers;
  if (takeovers !== undefined && !(Number.isInteger(takeovers) && takeovers >= 0))
    return 'maxAutoTakeovers must be an integer ≥ 0';
  if (settings.exclusionLapseSeconds !== undefined && !finiteAtLeast(settings.exclusionLapseSeconds, 0)) {
    return 'exclusionLapseSeconds must be a number ≥ 0';
  }
  if (!positiveInt(settings.maxMissedOffers)) return 'maxMissedOffers must be an integer ≥ 1';
  if (!positiveInt(settings.serviceTimeSampleSize)) return 'serviceTimeSampleSize must be an integer ≥ 1';
  if (!positiveInt(settings.closedRetention)) return 'closedRetention must be an integer ≥ 1';
  if (!Number.isInteger(settings.randomSeed)) return 'randomSeed must be an integer';
  return (
    checkQuickReplies(settings.quickReplies ?? [], MAX_TENANT_QUICK_REPLIES) ??
    checkWidgetMessages(settings.widgetMessages ?? {}) ??
    (settings.attachments === undefined ? null : checkAttachmentSettings(settings.attachments))
  );
}

function checkHours(hours: BusinessHours, state: TenantState): string | null {
  if (!isValidTimeZone(hours.timeZone)) return `unknown time zone "${hours.timeZone}"`;
  const windows = [...hours.weekly, ...hours.exceptions.flatMap((exception) => exception.windows)];
  for (const window of windows) {
    const from = parseClock(window.from);
    const to = parseClock(window.to);
    if (from === null || to === null || from >= to) return `bad window ${window.from}–${window.to}`;
  }
  if (hours.weekly.some((window) => !Number.isInteger(window.day) || window.day < 1 || window.day > 7)) {
    return 'weekday must be 1 (Monday) … 7 (Sunday)';
  }
  if (hours.exceptions.some((exception) => !/^\d{4}-\d{2}-\d{2}$/.test(exception.date))) {
    return 'exception dates are YYYY-MM-DD';
  }
  if (hours.afterHours.kind === 'group' && !state.groups.has(hours.afterHours.groupId)) {
    return `after-hours group "${hours.afterHours.groupId}" does not exist`;
  }
  return null;
}

export function checkSkillGroup(group: SkillGroupConfig, state: TenantState): string | null {
  if (group.id.length === 0) return 'a skill group needs an id';
  if (!strategyNames.includes(group.strategy)) return `unknown strategy "${group.strategy}"`;
  if (!finiteAtLeast(group.params.k, 0) || !finiteAtLeast(group.params.m, 0)) return 'k and m must be numbers ≥ 0';
  let previous = 0;
  for (const tier of group.overflow) {
    if (tier.groupId === group.id) return 'a group cannot overflow to itself';
    if (!state.groups.has(tier.groupId)) return `overflow group "${tier.groupId}" does not exist`;
    if (!Number.isFinite(tier.afterSeconds) || tier.afterSeconds <= previous) {
      return 'overflow tiers need increasing afterSeconds > 0';
    }
    previous = tier.afterSeconds;
  }
  if (group.maxQueueLength !== null && !(Number.isInteger(group.maxQueueLength) && group.maxQueueLength >= 0)) {
    return 'maxQueueLength must be null or an integer ≥ 0';
  }
  if (group.offerTimeoutSeconds !== null && !finiteAtLeast(group.offerTimeoutSeconds, 1)) {
    return 'offerTimeoutSeconds must be null or ≥ 1';
  }
  if (!finiteAtLeast(group.serviceLevelSeconds, 1)) return 'serviceLevelSeconds must be ≥ 1';
  return group.hours === null ? null : checkHours(group.hours, state);
}

export function checkAgent(agent: AgentProfile, state: TenantState): string | null {
  if (agent.id.length === 0) return 'an agent needs an id';
  if (!['agent', 'supervisor', 'admin'].includes(agent.role)) return `unknown role "${agent.role}"`;
  if (!positiveInt(agent.maxConcurrent)) return 'maxConcurrent must be an integer ≥ 1';
  if (!Number.isInteger(agent.level)) return 'level must be an integer';
  if (agent.departmentId !== null && !state.departments.has(agent.departmentId)) {
    return `department "${agent.departmentId}" does not exist`;
  }
  const seen = new Set<string>();
  for (const membership of agent.memberships) {
    if (!state.groups.has(membership.groupId)) return `skill group "${membership.groupId}" does not exist`;
    if (seen.has(membership.groupId)) return `skill group "${membership.groupId}" listed twice`;
    seen.add(membership.groupId);
    if (!Number.isInteger(membership.ability) || membership.ability < 1 || membership.ability > 10) {
      return 'ability must be an integer 1–10';
    }
    if (!['primary', 'secondary', 'general'].includes(membership.tier)) return `unknown tier "${membership.tier}"`;
  }
  return null;
}

export function checkRules(rules: readonly RoutingRule[], state: TenantState): string | null {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) return `rule id "${rule.id}" used twice`;
    ids.add(rule.id);
    const { groupId, agentId, priority } = rule.actions;
    if (groupId !== undefined && !state.groups.has(groupId)) return `rule "${rule.name}": no group "${groupId}"`;
    if (agentId !== undefined && !state.agents.has(agentId)) return `rule "${rule.name}": no agent "${agentId}"`;
    if (priority !== undefined && !Number.isFinite(priority)) return `rule "${rule.name}": priority must be a number`;
    const time = rule.conditions.time;
    if (time !== undefined && (parseClock(time.from) === null || parseClock(time.to) === null)) {
      return `rule "${rule.name}": time window needs HH:mm`;
    }
    if (time?.timeZone !== undefined && !isValidTimeZone(time.timeZone)) {
      return `rule "${rule.name}": unknown time zone "${time.timeZone}"`;
    }
    const facts = rule.conditions.facts;
    const factProblem = facts === undefined ? null : checkAttributeConditions(facts);
    if (factProblem !== null) return `rule "${rule.name}": ${factProblem}`;
  }
  return null;
}

/** Transfer policy, weights, templates and rules (DESIGN.md §5); rule targets must exist. */
export function checkTransferSettings(transfer: TransferSettings, state: TenantState): string | null {
  if (!finiteAtLeast(transfer.timeoutSeconds, 1)) return 'transfer.timeoutSeconds must be ≥ 1';
  if (!['notify', 'forward', 'return-to-queue'].includes(transfer.onFailure))
    return 'transfer.onFailure is notify, forward or return-to-queue';
  if (!['allowed', 'supervisor-only', 'forbidden'].includes(transfer.crossDepartment)) {
    return 'transfer.crossDepartment is allowed, supervisor-only or forbidden';
  }
  if (!Number.isInteger(transfer.maxForwards) || transfer.maxForwards < 0)
    return 'transfer.maxForwards must be an integer ≥ 0';
  const { skill, load, experience } = transfer.weights;
  if (![skill, load, experience].every((weight) => finiteAtLeast(weight, 0)))
    return 'transfer.weights must be numbers ≥ 0';
  const prior = transfer.experiencePrior;
  if (!finiteAtLeast(prior.score, 0) || prior.score > 1 || !finiteAtLeast(prior.weight, 0)) {
    return 'transfer.experiencePrior needs a score in 0…1 and a weight ≥ 0';
  }
  if (!positiveInt(transfer.experienceWindow) || !positiveInt(transfer.recommendationCount)) {
    return 'transfer.experienceWindow and transfer.recommendationCount must be integers ≥ 1';
  }
  if (new Set(transfer.templates.map((template) => template.id)).size !== transfer.templates.length) {
    return 'transfer template ids must be unique';
  }
  for (const rule of transfer.rules) {
    const { target } = rule;
    if (target.kind === 'group' && !state.groups.has(target.groupId))
      return `transfer rule "${rule.name}": no group "${target.groupId}"`;
    if (target.kind === 'agent' && !state.agents.has(target.agentId))
      return `transfer rule "${rule.name}": no agent "${target.agentId}"`;
    if (rule.note.trim().length === 0) return `transfer rule "${rule.name}" needs a note`;
  }
  return null;
}
