/** Skill groups (DESIGN.md §1, §3): routable pools of agents with the same competence. */
import type { AssignmentMode } from './settings.js';

export const strategyNames = ['weighted-wait', 'round-robin', 'least-load', 'most-skilled', 'random'] as const;
export type StrategyName = (typeof strategyNames)[number];

/** Parameters of `weighted-wait` (also the tie-break of `most-skilled`). */
export interface StrategyParams {
  /** Seconds of score a fully free, ability-1 agent is worth. */
  readonly k: number;
  /** Weight of a dormant conversation against free capacity. */
  readonly m: number;
}

export const defaultStrategyParams: StrategyParams = { k: 300, m: 0.5 };

export interface OverflowTier {
  readonly afterSeconds: number;
  readonly groupId: string;
}

/** A window of opening hours, local time, `HH:mm`; `to` of `24:00` means midnight. */
export interface TimeWindow {
  readonly from: string;
  readonly to: string;
}

export interface WeeklyWindow extends TimeWindow {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly day: number;
}

/** A dated exception: the day's windows replace the weekly ones; none means closed all day. */
export interface HoursException {
  readonly date: string;
  readonly windows: readonly TimeWindow[];
}

export type AfterHours = { readonly kind: 'group'; readonly groupId: string } | { readonly kind: 'leave-message' };

export interface BusinessHours {
  readonly timeZone: string;
  readonly weekly: readonly WeeklyWindow[];
  readonly exceptions: readonly HoursException[];
  readonly afterHours: AfterHours;
}

export interface SkillGroupConfig {
  readonly id: string;
  readonly name: string;
  readonly strategy: StrategyName;
  readonly params: StrategyParams;
  /** Tiers in increasing `afterSeconds`. */
  readonly overflow: readonly OverflowTier[];
  /** Null means always open. */
  readonly hours: BusinessHours | null;
  /** Null means unlimited. */
  readonly maxQueueLength: number | null;
  /** Null means the tenant's mode. */
  readonly assignmentMode: AssignmentMode | null;
  readonly offerTimeoutSeconds: number | null;
  /** Service-level threshold T (answered within T seconds). */
  readonly serviceLevelSeconds: number;
  /** When an owner is lost: re-route their conversations, or keep them waiting for the agent. */
  readonly onAgentLost: 'reroute' | 'keep';
}

export const skillGroup = (
  config: Pick<SkillGroupConfig, 'id' | 'name'> & Partial<SkillGroupConfig>,
): SkillGroupConfig => ({
  strategy: 'weighted-wait',
  params: defaultStrategyParams,
  overflow: [],
  hours: null,
  maxQueueLength: null,
  assignmentMode: null,
  offerTimeoutSeconds: null,
  serviceLevelSeconds: 20,
  onAgentLost: 'reroute',
  ...config,
});
