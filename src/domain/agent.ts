/** Agents (DESIGN.md §1): people who serve customers, with a role and skill-group memberships. */
import type { QuickReply } from './quick-reply.js';
import type { TransferPermissions } from './transfer.js';
export type Role = 'agent' | 'supervisor' | 'admin';

/** The status an agent chooses (or that the system sets); presence is tracked separately. */
export type AgentStatus = 'available' | 'busy' | 'away' | 'offline';

export type SkillTier = 'primary' | 'secondary' | 'general';

export interface Membership {
  readonly groupId: string;
  /** 1–10: how well the agent serves this group. */
  readonly ability: number;
  readonly tier: SkillTier;
}

export interface AgentProfile {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** Seniority used by transfer escalation rules. */
  readonly level: number;
  readonly departmentId: string | null;
  readonly memberships: readonly Membership[];
  readonly languages: readonly string[];
  readonly maxConcurrent: number;
  /** Transfer permissions and auto-accept rule; absent means `defaultTransferPermissions`. */
  readonly transfer?: TransferPermissions;
  /** What a supervisor manages (their scope); admins manage everything. */
  readonly manages?: { readonly departmentIds: readonly string[]; readonly groupIds: readonly string[] };
  /** Sent to the customer when this agent accepts a transfer; absent means the standard greeting. */
  readonly greeting?: string | null;
}

/**
 * Whether an agent may work: absent means active; a disabled agent may be enabled again; a removed
 * agent's id is kept for the history (reports, timelines) but never signs in or works again.
 */
export type AgentLifecycle = 'disabled' | 'removed';

/** Recent outcomes of an agent's conversations in one group: experience for recommendations. */
export interface AgentGroupStats {
  /** Recent ratings (1–5), oldest first. */
  readonly ratings: number[];
  /** Recent closes with a resolution: 1 resolved, 0 unresolved, oldest first. */
  readonly resolutions: number[];
}

/** An agent as the routing state knows them: profile plus live counters. */
export interface Agent extends AgentProfile {
  status: AgentStatus;
  /** True while at least one live connection exists. */
  online: boolean;
  /** Conversations owned or offered and not dormant. */
  active: number;
  dormant: number;
  /** Epoch ms of the last assignment; for an agent never assigned, of their latest connection. */
  lastAssignedAt: number;
  /** Assignments so far: varies the `random` strategy's draw. */
  assignments: number;
  missedOffers: number;
  /** Memberships by ability, highest first: the order in which a freed agent looks at queues. */
  byAbility: readonly Membership[];
  /** Ids of the conversations this agent owns (offered, active or dormant). */
  conversations: Set<string>;
  /** Transfers waiting for this agent's answer: each holds a slot, like an offer. */
  incoming: number;
  /** Transfers initiated on one local date (the daily limit resets at the tenant's midnight). */
  transfersToday: { date: string; count: number };
  stats: Map<string, AgentGroupStats>;
  /** Absent while the agent is active (and in snapshots taken before agents could be disabled). */
  lifecycle?: AgentLifecycle;
  /**
   * Bumped whenever the agent's sessions must end (password set, role changed, disabled, removed,
   * signed out everywhere); tokens carry the value they were issued under. Absent means 0.
   */
  sessionEpoch?: number;
  /** The agent's personal quick replies (quick-replies.ts); absent means none. */
  quickReplies?: readonly QuickReply[];
}

/** Active: neither disabled nor removed. */
export const isActive = (agent: Agent): boolean => agent.lifecycle === undefined;

/** The epoch tokens of this agent must carry to be valid. */
export const sessionEpochOf = (agent: Agent): number => agent.sessionEpoch ?? 0;

/** Slots in use: owned conversations plus transfer requests waiting for this agent. */
export const load = (agent: Agent): number => agent.active + agent.incoming;

/** Routable = online, available and below capacity (DESIGN.md §3.5). */
export const isRoutable = (agent: Agent): boolean =>
  agent.online && agent.status === 'available' && load(agent) < agent.maxConcurrent;

export const isSupervisor = (agent: AgentProfile): boolean => agent.role === 'supervisor' || agent.role === 'admin';

export const membershipOf = (agent: AgentProfile, groupId: string): Membership | undefined =>
  agent.memberships.find((membership) => membership.groupId === groupId);

/**
 * A membership built field by field, so all share one object shape and the routing code that
 * walks them stays monomorphic (copies made with a spread each get a shape of their own).
 */
export const membershipRecord = (membership: Membership): Membership => ({
  groupId: membership.groupId,
  ability: membership.ability,
  tier: membership.tier,
});

export const sortByAbility = (memberships: readonly Membership[]): Membership[] =>
  [...memberships].sort(
    (a, b) => b.ability - a.ability || (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0),
  );
