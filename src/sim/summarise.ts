/** Turns a finished run's tallies into the reported figures (simulation-result.ts). */
import type { AgentUsage } from './agent-meter.js';
import { scenarioDefaults, type Scenario, type SimGroup } from './scenario.js';
import type { SimulationResult } from './simulation-result.js';
import { figuresOf, spread, standardErrors, waitDistribution, type Tally } from './statistics.js';

/** What the simulation loop accumulates besides per-group tallies and agent time. */
export interface RunTotals {
  readonly overall: Tally;
  readonly batches: Tally[];
  answeredAtBest: number;
  abilitySum: number;
  readonly transfers: {
    requested: number;
    accepted: number;
    returnedToQueue: number;
    refused: number;
    waitSum: number;
  };
  commands: number;
  events: number;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

export function summarise(
  scenario: Scenario,
  run: {
    readonly totals: RunTotals;
    readonly groups: readonly { def: SimGroup; tally: Tally; overflowAnswers: number; transfersOut: number }[];
    readonly usage: AgentUsage[];
    readonly threshold: number;
    readonly simulatedSeconds: number;
  },
): SimulationResult {
  const { totals, usage } = run;
  const capacityOf = new Map<string, number>();
  for (const block of scenario.agents)
    for (let index = 1; index <= block.count; index += 1)
      capacityOf.set(`${block.idPrefix}-${index}`, block.maxConcurrent);
  const slots = usage.reduce((sum, agent) => sum + (capacityOf.get(agent.agentId) ?? 1), 0);
  const used = usage.reduce((sum, agent) => sum + agent.utilisation * (capacityOf.get(agent.agentId) ?? 1), 0);
  const overall = figuresOf(totals.overall);
  return {
    name: scenario.name ?? null,
    seed: scenario.seed ?? scenarioDefaults.seed,
    serviceLevelSeconds: run.threshold,
    ...overall,
    occupancy: ratio(used, slots),
    standardErrors: standardErrors(totals.batches),
    waitDistribution: waitDistribution(totals.overall),
    groups: run.groups.map((group) => ({
      id: group.def.id,
      ...figuresOf(group.tally),
      overflowShare: ratio(group.overflowAnswers, group.tally.answered),
      transfersOut: group.transfersOut,
    })),
    agents: {
      count: usage.length,
      utilisationMean: spread(usage.map((agent) => agent.utilisation)).mean,
      utilisationCv: spread(usage.map((agent) => agent.utilisation)).cv,
      handledCv: spread(usage.map((agent) => agent.handled)).cv,
      strongestGroupShare: ratio(totals.answeredAtBest, overall.served),
      meanAbility: ratio(totals.abilitySum, overall.served),
      usage,
    },
    transfers: {
      requested: totals.transfers.requested,
      accepted: totals.transfers.accepted,
      returnedToQueue: totals.transfers.returnedToQueue,
      refused: totals.transfers.refused,
      meanWaitSeconds: ratio(totals.transfers.waitSum, totals.transfers.accepted),
    },
    simulatedSeconds: run.simulatedSeconds,
    engine: { commands: totals.commands, events: totals.events },
  };
}
