/**
 * The seeds' formula (DESIGN.md §3.5): score = idle seconds + K × free share × ability, where the
 * free share counts dormant conversations at weight m. The default strategy.
 */
import { freeShare, seconds, type RoutingStrategy, type StrategyContext, type StrategyInput } from './strategy.js';

const capacityTerm = (input: StrategyInput, context: StrategyContext): number =>
  context.params.k * freeShare(input, context.params.m) * input.ability;

export const weightedWait: RoutingStrategy = {
  name: 'weighted-wait',
  selection: 'ranked',
  rank: (input, context) => [capacityTerm(input, context) - seconds(input.lastAssignedAt), -input.lastAssignedAt],
  score: (input, context, now) => seconds(now - input.lastAssignedAt) + capacityTerm(input, context),
};
