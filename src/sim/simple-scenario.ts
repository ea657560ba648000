/**
 * The simple case as a scenario: one FIFO skill group of N identical agents with c parallel
 * conversations each, Poisson arrivals, exponential handling and, optionally, exponential
 * patience — the M/M/(N·c) (Erlang C) or M/M/(N·c)+M (Erlang A) system the theory tests check.
 */
import type { Scenario } from './scenario.js';

export interface SimpleScenario {
  readonly agents: number;
  readonly capacity: number;
  /** Arrivals per second. */
  readonly arrivalRate: number;
  readonly meanHandleSeconds: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly seed: number;
  /** Mean patience (exponential); null = nobody abandons. */
  readonly patienceSeconds: number | null;
  readonly serviceLevelSeconds: number;
}

export function simpleScenario(options: SimpleScenario): Scenario {
  return {
    name: `M/M/${options.agents}×${options.capacity}${options.patienceSeconds === null ? '' : '+M'}`,
    seed: options.seed,
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
    serviceLevelSeconds: options.serviceLevelSeconds,
    arrivals: { ratePerSecond: options.arrivalRate },
    groups: [{ id: 'queue', handleSeconds: { kind: 'exponential', mean: options.meanHandleSeconds } }],
    agents: [
      {
        idPrefix: 'agent',
        count: options.agents,
        maxConcurrent: options.capacity,
        memberships: [{ groupId: 'queue', ability: 5 }],
      },
    ],
    customers: [
      {
        id: 'customers',
        share: 1,
        groupId: 'queue',
        patienceSeconds:
          options.patienceSeconds === null ? null : { kind: 'exponential', mean: options.patienceSeconds },
      },
    ],
  };
}
