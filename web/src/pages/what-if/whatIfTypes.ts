/** The what-if API's shapes as the page reads them (see docs/simulator.md and /docs for the full schema). */

export type Strategy = 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
export const strategies: readonly Strategy[] = ['weighted-wait', 'round-robin', 'least-load', 'most-skilled', 'random'];

/** A scenario is edited as JSON; the page only reaches into the parts its quick form changes. */
export interface Scenario {
  durationSeconds: number;
  arrivals: { ratePerSecond: number } | { perHour: number[] };
  groups: { id: string; strategy?: Strategy }[];
  agents: { idPrefix: string; count: number }[];
  [key: string]: unknown;
}

export interface QueueFigures {
  readonly arrivals: number;
  readonly served: number;
  readonly abandoned: number;
  readonly pWait: number;
  readonly asaSeconds: number;
  readonly serviceLevel: number;
  readonly abandonRate: number;
}

export interface SimulationResult extends QueueFigures {
  readonly serviceLevelSeconds: number;
  readonly occupancy: number;
  readonly waitDistribution: readonly { readonly seconds: number; readonly share: number }[];
  readonly groups: readonly (QueueFigures & { readonly id: string; readonly transfersOut: number })[];
  readonly agents: {
    readonly count: number;
    readonly utilisationMean: number;
    readonly utilisationCv: number;
    readonly strongestGroupShare: number;
    readonly usage: readonly { readonly agentId: string; readonly utilisation: number; readonly handled: number }[];
  };
  readonly transfers: {
    readonly requested: number;
    readonly accepted: number;
    readonly returnedToQueue: number;
    readonly refused: number;
    readonly meanWaitSeconds: number;
  };
}

export interface Run {
  readonly id: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly progress: number;
  readonly error: string | null;
  readonly result?: SimulationResult | null;
}
