/**
 * A what-if starting point built from the tenant's current configuration: its skill groups with
 * their strategies, parameters and overflow tiers, every agent with memberships (abilities,
 * tiers, capacity), and one customer segment per staffed group. Handling times are the groups'
 * recent mean service times where the tenant has served conversations (300 s otherwise); the
 * arrival rate loads the agents to about 80 %. The admin then edits what they want to try.
 */
import type { TenantState } from '../../domain/state.js';
import type { Scenario, SimAgents, SimGroup } from '../../sim/scenario.js';

const FALLBACK_HANDLE_SECONDS = 300;
const TARGET_LOAD = 0.8;

/** A scenario id from a tenant id (scenario ids allow fewer characters), unique among `taken`. */
function scenarioId(id: string, taken: Set<string>): string {
  const base = id.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 56) || 'id';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Null when the tenant has no agent in any skill group (nothing to simulate). */
export function defaultScenario(state: TenantState): Scenario | null {
  const groupIds = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of state.groups.keys()) groupIds.set(id, scenarioId(id, taken));
  const groups: SimGroup[] = [...state.groups.values()].map((group) => {
    const samples = group.serviceTimes;
    const mean =
      samples.length === 0 ? FALLBACK_HANDLE_SECONDS : samples.reduce((a, b) => a + b, 0) / samples.length / 1000;
    return {
      id: groupIds.get(group.config.id) as string,
      name: group.config.name,
      strategy: group.config.strategy,
      params: { k: group.config.params.k, m: group.config.params.m },
      overflow: group.config.overflow
        .filter((tier) => groupIds.has(tier.groupId))
        .map((tier) => ({ afterSeconds: tier.afterSeconds, groupId: groupIds.get(tier.groupId) as string })),
      handleSeconds: { kind: 'exponential', mean: Math.max(1, Math.round(mean)) },
    };
  });
  const agentIds = new Set<string>();
  const agents: SimAgents[] = [];
  const staffed = new Set<string>();
  for (const agent of state.agents.values()) {
    const memberships = agent.memberships
      .filter((membership) => groupIds.has(membership.groupId))
      .map((membership) => ({
        groupId: groupIds.get(membership.groupId) as string,
        ability: membership.ability,
        tier: membership.tier,
      }));
    if (memberships.length === 0) continue;
    for (const membership of memberships) staffed.add(membership.groupId);
    agents.push({
      idPrefix: scenarioId(agent.id, agentIds),
      count: 1,
      maxConcurrent: Math.min(agent.maxConcurrent, 100),
      memberships,
      languages: agent.languages.slice(0, 10),
    });
  }
  const served = groups.filter(
    (group) => staffed.has(group.id) || (group.overflow ?? []).some((tier) => staffed.has(tier.groupId)),
  );
  if (agents.length === 0 || served.length === 0) return null;
  const slots = agents.reduce((sum, block) => sum + block.maxConcurrent, 0);
  const meanHandle =
    served.reduce(
      (sum, group) =>
        sum + (group.handleSeconds.kind === 'exponential' ? group.handleSeconds.mean : FALLBACK_HANDLE_SECONDS),
      0,
    ) / served.length;
  const ratePerSecond = Math.max(0.0001, +((TARGET_LOAD * slots) / meanHandle).toFixed(4));
  return {
    name: 'Current configuration',
    seed: 1,
    durationSeconds: 8 * 3600,
    warmupSeconds: 1800,
    serviceLevelSeconds: 20,
    arrivals: { ratePerSecond },
    groups,
    agents,
    customers: served.map((group) => ({
      id: group.id,
      share: 1,
      groupId: group.id,
      patienceSeconds: { kind: 'exponential', mean: 300 },
    })),
  };
}
