/**
 * The commands that set up a simulated tenant from a scenario, in the order the domain accepts
 * them: settings, groups (first without overflow, since tiers must name groups that exist, then
 * with it), agents with their memberships (online, available), and a pool of customers per
 * segment. They go through the same `execute` as every other command, so the domain validates
 * the configuration exactly as it would an admin's.
 *
 * The settings switch off what would make the model differ from a queueing system: agents never
 * write in the simulation, so first-response takeover, reply reminders and dormancy are pushed
 * out of reach; sticky routing is off (each arrival is a fresh contact); assignment is direct.
 * Group transfers auto-accept and, when no member frees up within the transfer timeout, return
 * the conversation to the target group's queue.
 */
import type { AgentProfile } from '../domain/agent.js';
import type { Command } from '../domain/commands.js';
import type { CustomerProfile } from '../domain/customer.js';
import type { TenantSettings } from '../domain/settings.js';
import { skillGroup, type SkillGroupConfig } from '../domain/skill-group.js';
import { defaultTransferPermissions, defaultTransferSettings } from '../domain/transfer.js';
import { scenarioDefaults, type Scenario, type SimAgents } from './scenario.js';

/** Ten years: a deadline no run reaches (the domain wants finite durations). */
const NEVER_SECONDS = 315_360_000;

/** Customers per segment: enough variety for rules, few enough to keep the state small. */
export const CUSTOMERS_PER_SEGMENT = 100;

export const agentIdsOf = (agents: SimAgents): string[] =>
  Array.from({ length: agents.count }, (_, index) => `${agents.idPrefix}-${index + 1}`);

export const customerIdOf = (segmentId: string, index: number): string => `${segmentId}#${index}`;

function settingsOf(scenario: Scenario): Partial<TenantSettings> {
  return {
    assignmentMode: 'direct',
    firstResponseTimeoutSeconds: NEVER_SECONDS,
    replyReminderSeconds: NEVER_SECONDS,
    dormantAfterSeconds: NEVER_SECONDS,
    reviveWindowSeconds: NEVER_SECONDS,
    stickyWindowSeconds: 0,
    stickyWaitSeconds: 0,
    closedRetention: 1000,
    randomSeed: scenario.seed ?? scenarioDefaults.seed,
    defaultGroupBySource: Object.fromEntries(scenario.customers.map((segment) => [segment.id, segment.groupId])),
    transfer: {
      ...defaultTransferSettings,
      timeoutSeconds: scenario.transferTimeoutSeconds ?? scenarioDefaults.transferTimeoutSeconds,
      onFailure: 'return-to-queue',
    },
  };
}

function groupConfigs(scenario: Scenario): SkillGroupConfig[] {
  return scenario.groups.map((group) =>
    skillGroup({
      id: group.id,
      name: group.name ?? group.id,
      ...(group.strategy === undefined ? {} : { strategy: group.strategy }),
      ...(group.params === undefined ? {} : { params: group.params }),
      overflow: (group.overflow ?? []).map((tier) => ({ afterSeconds: tier.afterSeconds, groupId: tier.groupId })),
      serviceLevelSeconds: scenario.serviceLevelSeconds ?? scenarioDefaults.serviceLevelSeconds,
    }),
  );
}

function agentProfiles(scenario: Scenario): AgentProfile[] {
  return scenario.agents.flatMap((agents) =>
    agentIdsOf(agents).map((id) => ({
      id,
      name: id,
      role: 'agent' as const,
      level: 1,
      departmentId: null,
      memberships: agents.memberships.map((membership) => ({
        groupId: membership.groupId,
        ability: membership.ability,
        tier: membership.tier ?? 'primary',
      })),
      languages: agents.languages ?? [],
      maxConcurrent: agents.maxConcurrent,
      transfer: { ...defaultTransferPermissions, autoAccept: { kind: 'always' as const } },
    })),
  );
}

function customerProfiles(scenario: Scenario): CustomerProfile[] {
  return scenario.customers.flatMap((segment) =>
    Array.from({ length: CUSTOMERS_PER_SEGMENT }, (_, index) => ({
      id: customerIdOf(segment.id, index),
      verified: false,
      name: null,
      vipLevel: segment.vipLevel ?? 0,
      language: segment.language ?? null,
      labels: [],
      dedicatedAgentId: null,
    })),
  );
}

/** Every setup command, in order; each must be accepted. */
export function tenantCommands(scenario: Scenario): Command[] {
  const groups = groupConfigs(scenario);
  const agents = agentProfiles(scenario);
  return [
    ...groups.map((group): Command => ({ type: 'SaveSkillGroup', group: { ...group, overflow: [] } })),
    ...groups.filter((group) => group.overflow.length > 0).map((group): Command => ({ type: 'SaveSkillGroup', group })),
    { type: 'ConfigureTenant', settings: settingsOf(scenario) },
    ...agents.map((agent): Command => ({ type: 'SaveAgent', agent })),
    ...customerProfiles(scenario).map((customer): Command => ({ type: 'SaveCustomer', customer })),
    ...agents.map((agent): Command => ({ type: 'ConnectAgent', agentId: agent.id })),
  ];
}
