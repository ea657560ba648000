/**
 * The configuration and time side of the random scenarios (test/support/command-generators.ts):
 * skill groups saved with new hours, overflow tiers, strategy and queue limit; tenant settings
 * changed (bad-rating bar, cross-department rule); agents moved between departments; and the
 * scenario's world — a time zone with DST (America/New_York, Europe/London) or UTC, a start near a
 * switch date, and each group's opening hours — so waiting conversations see configuration and
 * clocks change under them (docs/routing.md "Configuration and time changes under waiting
 * conversations").
 */
import fc from 'fast-check';
import type { Command } from '../../src/domain/commands.js';
import type { BusinessHours, OverflowTier, StrategyName, WeeklyWindow } from '../../src/domain/skill-group.js';
import { strategyNames } from '../../src/domain/skill-group.js';
import type { TenantState } from '../../src/domain/state.js';
import { T0 } from './harness.js';

export const CONFIG_GROUPS = ['sales', 'tech', 'general', 'experts'];
const DEPARTMENTS = ['d0', 'd1'];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS = [1, 2, 3, 4, 5];

export type ConfigStep =
  | {
      k: 'saveGroup';
      group: number;
      hours: number;
      overflow: { after: number; to: number }[];
      strategy: StrategyName;
      maxQueue: number | null;
    }
  | { k: 'tenant'; badRatingMax: number; crossDepartment: number }
  | { k: 'department'; agent: number; department: number | null };

const days = (list: readonly number[], from: string, to: string): WeeklyWindow[] =>
  list.map((day) => ({ day, from, to }));

/**
 * Opening-hours presets, chosen by index; several start or end inside the hours a DST change skips
 * (02:00–03:00 in New York in spring, 01:00–02:00 in London) or repeats (01:00–02:00 in autumn).
 */
const PRESETS: readonly (readonly WeeklyWindow[] | null)[] = [
  null,
  days(EVERY_DAY, '09:00', '17:00'),
  [...days(EVERY_DAY, '01:30', '03:00'), ...days(EVERY_DAY, '05:00', '08:00')],
  days(EVERY_DAY, '02:30', '05:00'),
  [...days(EVERY_DAY, '00:00', '01:30'), ...days(EVERY_DAY, '22:00', '24:00')],
  [...days(WEEKDAYS, '08:00', '12:00'), ...days(WEEKDAYS, '13:00', '18:00')],
  days([6, 7], '00:30', '02:30'),
];

/** The hours of preset `index` in `timeZone` (null = always open); odd presets fall back to `general`. */
export function hoursPreset(index: number, timeZone: string, groupId: string): BusinessHours | null {
  const weekly = PRESETS[index % PRESETS.length] ?? null;
  if (weekly === null) return null;
  const fallback = index % 2 === 1 && groupId !== 'general';
  return {
    timeZone,
    weekly,
    exceptions: [],
    afterHours: fallback ? { kind: 'group', groupId: 'general' } : { kind: 'leave-message' },
  };
}

/** Where and when a scenario runs, and each group's opening-hours preset. */
export interface World {
  readonly timeZone: string;
  readonly start: number;
  readonly hours: readonly number[];
}

/** T0 in UTC with every group always open: the scenarios as they were before worlds existed. */
export const plainWorld: World = { timeZone: 'UTC', start: T0, hours: [0, 0, 0, 0] };

/** Zones with DST and instants a few hours before their 2024/2025 switches. */
const SWITCHES: readonly { readonly timeZone: string; readonly start: number }[] = [
  // New York: spring forward at 07:00 UTC, fall back at 06:00 UTC.
  { timeZone: 'America/New_York', start: Date.UTC(2024, 2, 10, 4) },
  { timeZone: 'America/New_York', start: Date.UTC(2024, 10, 3, 3) },
  { timeZone: 'America/New_York', start: Date.UTC(2025, 2, 9, 4) },
  { timeZone: 'America/New_York', start: Date.UTC(2025, 10, 2, 3) },
  // London: both switches at 01:00 UTC.
  { timeZone: 'Europe/London', start: Date.UTC(2024, 2, 30, 22) },
  { timeZone: 'Europe/London', start: Date.UTC(2024, 9, 26, 22) },
  { timeZone: 'Europe/London', start: Date.UTC(2025, 2, 29, 22) },
  { timeZone: 'Europe/London', start: Date.UTC(2025, 9, 25, 22) },
];

const presetsArb = fc.array(fc.nat(PRESETS.length - 1), { minLength: 4, maxLength: 4 });

export const worldArb: fc.Arbitrary<World> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(plainWorld) },
  {
    weight: 1,
    arbitrary: fc.record({ timeZone: fc.constant('UTC'), start: fc.constant(T0), hours: presetsArb }),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ at: fc.constantFrom(...SWITCHES), hours: presetsArb })
      .map(({ at, hours }) => ({ ...at, hours })),
  },
);

const tierArb = fc.record({ after: fc.integer({ min: 1, max: 600 }), to: fc.nat(3) });

export const configStepArb: fc.Arbitrary<ConfigStep> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('saveGroup' as const),
      group: fc.nat(3),
      hours: fc.nat(PRESETS.length - 1),
      overflow: fc.array(tierArb, { maxLength: 3 }),
      strategy: fc.constantFrom(...strategyNames),
      maxQueue: fc.option(fc.integer({ min: 1, max: 6 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('tenant' as const),
      badRatingMax: fc.integer({ min: 0, max: 3 }),
      crossDepartment: fc.nat(2),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('department' as const),
      agent: fc.nat(5),
      department: fc.option(fc.nat(1)),
    }),
  },
);

/** Departments every scenario starts with (agents join them through `department` steps). */
export const departmentCommands: readonly Command[] = DEPARTMENTS.map((id) => ({
  type: 'SaveDepartment',
  department: { id, name: id, parentId: null },
}));

/** Tiers to other groups with increasing thresholds (a tier to the group itself is skipped). */
function tiers(groupId: string, raw: readonly { after: number; to: number }[]): OverflowTier[] {
  const found: OverflowTier[] = [];
  let after = 0;
  for (const tier of raw) {
    const target = CONFIG_GROUPS[tier.to]!;
    if (target === groupId) continue;
    after += tier.after;
    found.push({ afterSeconds: after, groupId: target });
  }
  return found;
}

const crossDepartmentPolicies = ['allowed', 'supervisor-only', 'forbidden'] as const;

/** The command a configuration step stands for, against the state as it is. */
export function configCommand(state: TenantState, step: ConfigStep, agentIds: readonly string[]): Command | null {
  switch (step.k) {
    case 'saveGroup': {
      const id = CONFIG_GROUPS[step.group]!;
      const current = state.groups.get(id)?.config;
      if (current === undefined) return null;
      const timeZone = current.hours?.timeZone ?? state.settings.timeZone;
      return {
        type: 'SaveSkillGroup',
        group: {
          ...current,
          hours: hoursPreset(step.hours, timeZone, id),
          overflow: tiers(id, step.overflow),
          strategy: step.strategy,
          maxQueueLength: step.maxQueue,
        },
      };
    }
    case 'tenant':
      return {
        type: 'ConfigureTenant',
        settings: {
          badRatingMax: step.badRatingMax,
          transfer: { ...state.settings.transfer, crossDepartment: crossDepartmentPolicies[step.crossDepartment]! },
        },
      };
    case 'department': {
      const agent = state.agents.get(agentIds[step.agent % agentIds.length]!);
      if (agent === undefined) return null;
      return {
        type: 'SaveAgent',
        agent: {
          id: agent.id,
          name: agent.name,
          role: agent.role,
          level: agent.level,
          departmentId: step.department === null ? null : DEPARTMENTS[step.department]!,
          memberships: agent.memberships,
          languages: agent.languages,
          maxConcurrent: agent.maxConcurrent,
          transfer: agent.transfer,
          ...(agent.manages === undefined ? {} : { manages: agent.manages }),
        },
      };
    }
  }
}
