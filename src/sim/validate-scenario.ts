/**
 * Scenario validation: the schema's shape and ranges first (TypeBox), then what a schema cannot
 * say — unique ids, references to groups that exist, overflow tiers in increasing order, transfer
 * probabilities that add up to at most 1, a warm-up shorter than the run, and a run small enough
 * to finish (at most `maxExpectedArrivals`). Every problem is reported with the path it concerns.
 */
import { Value } from '@sinclair/typebox/value';
import { ScenarioSchema, scenarioDefaults, type Distribution, type Scenario } from './scenario.js';

export interface ScenarioProblem {
  /** JSON pointer to the offending value, e.g. `/groups/1/overflow/0/groupId`. */
  readonly path: string;
  readonly message: string;
}

export type ScenarioCheck =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: ScenarioProblem[] };

/** Most arrivals a scenario may expect (rate × duration): keeps a run within seconds to minutes. */
export const maxExpectedArrivals = 5_000_000;

/** Expected number of arrivals over the whole run (warm-up included). */
export function expectedArrivals(scenario: Scenario): number {
  const { arrivals, durationSeconds } = scenario;
  if ('ratePerSecond' in arrivals) return arrivals.ratePerSecond * durationSeconds;
  const perDay = arrivals.perHour.reduce((sum, rate) => sum + rate, 0);
  return (perDay * durationSeconds) / 86_400;
}

function distributionProblem(distribution: Distribution | null | undefined): string | null {
  if (distribution?.kind === 'uniform' && distribution.min > distribution.max) return 'uniform needs min ≤ max';
  return null;
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return repeated;
}

function semanticProblems(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const add = (path: string, message: string): void => void problems.push({ path, message });
  const groupIds = new Set(scenario.groups.map((group) => group.id));
  for (const id of duplicates(scenario.groups.map((group) => group.id))) add('/groups', `group id "${id}" used twice`);
  for (const id of duplicates(scenario.agents.map((agents) => agents.idPrefix)))
    add('/agents', `idPrefix "${id}" used twice`);
  for (const id of duplicates(scenario.customers.map((segment) => segment.id)))
    add('/customers', `segment id "${id}" used twice`);

  const staffed = new Set<string>();
  let agentCount = 0;
  scenario.agents.forEach((agents, index) => {
    agentCount += agents.count;
    for (const id of duplicates(agents.memberships.map((membership) => membership.groupId)))
      add(`/agents/${index}/memberships`, `group "${id}" listed twice`);
    agents.memberships.forEach((membership, at) => {
      staffed.add(membership.groupId);
      if (!groupIds.has(membership.groupId))
        add(`/agents/${index}/memberships/${at}/groupId`, `no group "${membership.groupId}"`);
    });
  });
  if (agentCount > 10_000) add('/agents', `at most 10000 agents (got ${agentCount})`);

  scenario.groups.forEach((group, index) => {
    const problem = distributionProblem(group.handleSeconds);
    if (problem !== null) add(`/groups/${index}/handleSeconds`, problem);
    let previous = 0;
    (group.overflow ?? []).forEach((tier, at) => {
      const path = `/groups/${index}/overflow/${at}`;
      if (!groupIds.has(tier.groupId)) add(`${path}/groupId`, `no group "${tier.groupId}"`);
      if (tier.groupId === group.id) add(`${path}/groupId`, 'a group cannot overflow to itself');
      if (tier.afterSeconds <= previous) add(`${path}/afterSeconds`, 'overflow tiers need increasing afterSeconds');
      previous = tier.afterSeconds;
    });
    let total = 0;
    (group.transfers ?? []).forEach((transfer, at) => {
      const path = `/groups/${index}/transfers/${at}/groupId`;
      total += transfer.probability;
      if (!groupIds.has(transfer.groupId)) add(path, `no group "${transfer.groupId}"`);
      if (transfer.groupId === group.id) add(path, 'a group cannot transfer to itself');
    });
    if (total > 1 + 1e-9) add(`/groups/${index}/transfers`, 'transfer probabilities add up to more than 1');
  });

  scenario.customers.forEach((segment, index) => {
    const path = `/customers/${index}`;
    if (!groupIds.has(segment.groupId)) add(`${path}/groupId`, `no group "${segment.groupId}"`);
    const group = scenario.groups.find((candidate) => candidate.id === segment.groupId);
    const reachable = [segment.groupId, ...(group?.overflow ?? []).map((tier) => tier.groupId)];
    if (group !== undefined && !reachable.some((id) => staffed.has(id)))
      add(`${path}/groupId`, `nobody serves group "${segment.groupId}" or its overflow groups`);
    const problem = distributionProblem(segment.patienceSeconds);
    if (problem !== null) add(`${path}/patienceSeconds`, problem);
  });

  const warmup = scenario.warmupSeconds ?? scenarioDefaults.warmupSeconds;
  if (warmup >= scenario.durationSeconds) add('/warmupSeconds', 'the warm-up must be shorter than the run');
  if ('perHour' in scenario.arrivals && scenario.arrivals.perHour.every((rate) => rate === 0))
    add('/arrivals/perHour', 'at least one hour needs arrivals');
  const expected = expectedArrivals(scenario);
  if (expected > maxExpectedArrivals)
    add('/durationSeconds', `about ${Math.round(expected)} arrivals expected; at most ${maxExpectedArrivals}`);
  return problems;
}

/** Checks an untrusted value (parsed JSON) against the scenario format. */
export function validateScenario(value: unknown): ScenarioCheck {
  if (!Value.Check(ScenarioSchema, value)) {
    const problems = [...Value.Errors(ScenarioSchema, value)]
      .slice(0, 20)
      .map((error) => ({ path: error.path === '' ? '/' : error.path, message: error.message }));
    return { ok: false, problems };
  }
  const problems = semanticProblems(value);
  return problems.length === 0 ? { ok: true, scenario: value } : { ok: false, problems };
}
