/** Agents (DESIGN.md §1): people who serve customers, with a role and skill-group memberships. */
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
}

/** Routable = online, available and below capacity (DESIGN.md §3.5). */
export const isRoutable = (agent: Agent): boolean =>
  agent.online && agent.status === 'available' && agent.active < agent.maxConcurrent;

export const membershipOf = (agent: AgentProfile, groupId: string): Membership | undefined =>
  agent.memberships.find((membership) => membership.groupId === groupId);

export const sortByAbility = (memberships: readonly Membership[]): Membership[] =>
  [...memberships].sort(
    (a, b) => b.ability - a.ability || (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0),
  );
