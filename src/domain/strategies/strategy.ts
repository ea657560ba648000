/**
 * One routing strategy per file behind this interface (DESIGN.md §3.5, STYLE.md 7). A strategy
 * reads only its arguments.
 *
 * Routing keeps each group's routable agents in an ordered set sorted by `rank`, so `rank` must be
 * constant while the agent's counters are: anything that grows with time (idle seconds) is
 * expressed relative to a fixed instant. For weighted-wait, `now − lastAssignedAt` shifts every
 * agent's score by the same amount, so ranking by `−lastAssignedAt + …` gives the same order as
 * ranking by the score at any `now`.
 */
import type { StrategyName, StrategyParams } from '../skill-group.js';

/** What a strategy may look at: one agent's load in one group. */
export interface StrategyInput {
  readonly agentId: string;
  readonly ability: number;
  readonly active: number;
  readonly dormant: number;
  readonly maxConcurrent: number;
  /** Epoch ms. */
  readonly lastAssignedAt: number;
  readonly assignments: number;
}

export interface StrategyContext {
  readonly params: StrategyParams;
  readonly seed: number;
}

/** Lexicographic sort key: greater first, then the second part, then agent id ascending. */
export type RankKey = readonly [number, number];

export interface RoutingStrategy {
  readonly name: StrategyName;
  /**
   * `ranked`: the routable agent with the greatest rank goes first. `uniform`: every eligible
   * routable agent is equally likely; routing draws a position in the index (see `draw`), and the
   * rank only fixes a stable order to draw from.
   */
  readonly selection: 'ranked' | 'uniform';
  rank(input: StrategyInput, context: StrategyContext): RankKey;
  /** The score shown in explanations at `now` (units are the strategy's own). */
  score(input: StrategyInput, context: StrategyContext, now: number): number;
}

/** Free capacity in 0…1 with dormant conversations weighted by m (weighted-wait's load term). */
export const freeShare = (input: StrategyInput, m: number): number =>
  (input.maxConcurrent - input.active - m * input.dormant) / input.maxConcurrent;

export const seconds = (ms: number): number => ms / 1000;
