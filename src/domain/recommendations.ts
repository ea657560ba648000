/**
 * Transfer recommendations (DESIGN.md §5): a ranked list of colleagues who could take a
 * conversation, scored skillWeight × skillMatch + loadWeight × free share + experienceWeight ×
 * experience. Only online, receiving, permitted candidates with a free slot appear.
 */
import { load, type Agent, type AgentGroupStats, type AgentStatus, type Membership } from './agent.js';
import type { Conversation } from './conversation.js';
import type { TenantState } from './state.js';
import { skillMatchByTier } from './transfer.js';
import { isPresentForTransfers, permissionRefusal, targetRefusal } from './transfer-checks.js';

export interface RecommendationFilters {
  readonly departmentId?: string;
  readonly groupId?: string;
  readonly status?: AgentStatus;
  /** Case-insensitive part of the agent's name. */
  readonly query?: string;
}

export interface Recommendation {
  readonly agentId: string;
  readonly name: string;
  readonly departmentId: string | null;
  readonly status: AgentStatus;
  readonly load: number;
  readonly maxConcurrent: number;
  readonly skills: readonly Membership[];
  readonly skillMatch: number;
  readonly experience: number;
  readonly score: number;
}

/**
 * Experience in a group, 0…1: recent ratings (scaled (r − 1) / 4) and resolutions (1 or 0) pooled
 * with a prior worth `prior.weight` samples of `prior.score`, so a newcomer starts at the prior.
 */
export function experience(stats: AgentGroupStats | undefined, prior: { score: number; weight: number }): number {
  const samples = [...(stats?.ratings ?? []).map((rating) => (rating - 1) / 4), ...(stats?.resolutions ?? [])];
  const total = samples.reduce((sum, sample) => sum + sample, 0);
  return (prior.weight * prior.score + total) / (prior.weight + samples.length);
}

function score(
  state: TenantState,
  agent: Agent,
  groupId: string,
): Omit<Recommendation, 'agentId' | 'name' | 'departmentId' | 'status' | 'load' | 'maxConcurrent' | 'skills'> {
  const { weights, experiencePrior } = state.settings.transfer;
  const tier = agent.memberships.find((membership) => membership.groupId === groupId)?.tier;
  const skillMatch = tier === undefined ? 0 : skillMatchByTier[tier];
  const free = (agent.maxConcurrent - load(agent)) / agent.maxConcurrent;
  const exp = experience(agent.stats.get(groupId), experiencePrior);
  return {
    skillMatch,
    experience: exp,
    score: weights.skill * skillMatch + weights.load * free + weights.experience * exp,
  };
}

function matchesFilters(agent: Agent, filters: RecommendationFilters): boolean {
  if (filters.departmentId !== undefined && agent.departmentId !== filters.departmentId) return false;
  if (filters.groupId !== undefined && !agent.memberships.some((m) => m.groupId === filters.groupId)) return false;
  if (filters.status !== undefined && agent.status !== filters.status) return false;
  if (filters.query !== undefined && !agent.name.toLowerCase().includes(filters.query.toLowerCase())) return false;
  return true;
}

/**
 * Candidates for `conversation` as seen by `initiator` (whose permissions decide who is allowed),
 * best first. `exclude` removes agents already tried in this transfer chain.
 */
export function recommend(
  state: TenantState,
  conversation: Conversation,
  initiator: Agent | null,
  options: {
    readonly filters?: RecommendationFilters;
    readonly exclude?: readonly string[];
    readonly groupId?: string;
  } = {},
): Recommendation[] {
  const groupId = options.groupId ?? conversation.groupId;
  const found: Recommendation[] = [];
  for (const agent of state.agents.values()) {
    if (agent.id === conversation.ownerId || options.exclude?.includes(agent.id)) continue;
    if (!matchesFilters(agent, options.filters ?? {})) continue;
    if (targetRefusal(state, initiator, agent) !== null) continue;
    found.push({
      agentId: agent.id,
      name: agent.name,
      departmentId: agent.departmentId,
      status: agent.status,
      load: load(agent),
      maxConcurrent: agent.maxConcurrent,
      skills: agent.memberships,
      ...score(state, agent, groupId),
    });
  }
  return found.sort((a, b) => b.score - a.score || (a.agentId < b.agentId ? -1 : 1));
}

/** Why an online colleague is not offered (issue 17: the dialog says so instead of hiding them). */
export type NotOfferedReason =
  | 'not-receiving'
  | 'away'
  | 'full'
  | 'cross-department-forbidden'
  | 'cross-department-needs-supervisor'
  | 'escalation-not-permitted';

export interface NotOffered {
  readonly agentId: string;
  readonly name: string;
  readonly departmentId: string | null;
  readonly status: AgentStatus;
  readonly level: number;
  readonly reason: NotOfferedReason;
}

const policyReasons: Readonly<Record<string, NotOfferedReason>> = {
  TRANSFER_TARGET_NOT_RECEIVING: 'not-receiving',
  TRANSFER_CROSS_DEPARTMENT_FORBIDDEN: 'cross-department-forbidden',
  TRANSFER_CROSS_DEPARTMENT_NEEDS_SUPERVISOR: 'cross-department-needs-supervisor',
  TRANSFER_ESCALATION_NOT_PERMITTED: 'escalation-not-permitted',
};

/**
 * The online colleagues `recommend` leaves out, each with the first reason that rules them out: a
 * permanent one (receiving, department policy, level) before a passing one (away, full), as that
 * is what the agent can act on. Offline colleagues are not listed: they are simply not there.
 */
export function notOffered(
  state: TenantState,
  conversation: Conversation,
  initiator: Agent | null,
  filters: RecommendationFilters = {},
): NotOffered[] {
  const found: NotOffered[] = [];
  for (const agent of state.agents.values()) {
    if (agent.id === conversation.ownerId || !agent.online || !matchesFilters(agent, filters)) continue;
    if (targetRefusal(state, initiator, agent) === null) continue;
    const refusal = permissionRefusal(state, initiator, agent);
    const reason: NotOfferedReason | undefined =
      refusal !== null ? policyReasons[refusal.code] : !isPresentForTransfers(agent) ? 'away' : 'full';
    if (reason === undefined) continue;
    found.push({
      agentId: agent.id,
      name: agent.name,
      departmentId: agent.departmentId,
      status: agent.status,
      level: agent.level,
      reason,
    });
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
