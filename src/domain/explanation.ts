/**
 * Why a conversation went where it went (DESIGN.md §3): recorded on every assignment event so a
 * supervisor or admin can read it later from the log.
 */
import type { PreferenceReason } from './conversation.js';
import type { StrategyName } from './skill-group.js';

export type AssignmentTrigger =
  /** A conversation looked for an agent (arrival, re-route, overflow tier, end of a sticky wait). */
  | 'conversation'
  /** An agent looked for a conversation (freed a slot, became available, group opened). */
  | 'agent';

export interface CandidateScore {
  readonly agentId: string;
  readonly score: number;
  readonly ability: number;
  readonly active: number;
  readonly maxConcurrent: number;
}

export interface Explanation {
  readonly trigger: AssignmentTrigger;
  readonly rule: { readonly id: string; readonly name: string } | null;
  /** The group whose strategy ranked the agent (the conversation's own group or an overflow group). */
  readonly rankedBy: { readonly groupId: string; readonly strategy: StrategyName };
  /** 0 = the conversation's own group; n = its n-th overflow tier. */
  readonly overflowTier: number;
  /** Set when a preferred agent was chosen: directed, dedicated, sticky, or favoured by a good rating. */
  readonly preferred: PreferenceReason | 'favoured' | null;
  readonly effectiveWaitSeconds: number;
  /** The best candidates at the moment of decision, best first (at most three). */
  readonly candidates: readonly CandidateScore[];
}
