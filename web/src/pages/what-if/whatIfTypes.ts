/**
 * The what-if API's shapes as the page reads them (see docs/simulator.md): runs and results from the
 * types generated from the OpenAPI document; the scenario as the page edits it.
 */
import type { ResponseBody } from '../../api/types.js';

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

/** A run of `GET /simulations/:id`; its result once done. */
export type Run = ResponseBody<'/api/v1/simulations/{id}'>;
export type SimulationResult = NonNullable<Run['result']>;
/** The figures of the whole run and of each group. */
export type QueueFigures = SimulationResult['groups'][number];
