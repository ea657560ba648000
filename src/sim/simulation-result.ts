/** The figures a simulation run reports (the CLI's `--json` object and the API's result). */
import type { AgentUsage } from './agent-meter.js';
import type { QueueFigures, StandardErrors } from './statistics.js';

export interface GroupResult extends QueueFigures {
  readonly id: string;
  /** Share of the answered arrivals taken by an overflow tier's agent. */
  readonly overflowShare: number;
  /** Transfers requested out of this group (counted arrivals' segments in it). */
  readonly transfersOut: number;
}

export interface TransferFigures {
  readonly requested: number;
  /** Accepted by a member of the target group, at once or after waiting for one to free up. */
  readonly accepted: number;
  /** Not taken within the transfer timeout: back to the target group's queue. */
  readonly returnedToQueue: number;
  /** Nobody of the target group online: the agent closed the conversation instead. */
  readonly refused: number;
  /** Mean time from request to acceptance, of the accepted ones. */
  readonly meanWaitSeconds: number;
}

export interface AgentFigures {
  readonly count: number;
  readonly utilisationMean: number;
  /** Coefficient of variation of utilisation across agents: 0 = perfectly even load. */
  readonly utilisationCv: number;
  /** Coefficient of variation of segments handled per agent. */
  readonly handledCv: number;
  /** Share of answered arrivals taken by an agent at their highest ability among their groups. */
  readonly strongestGroupShare: number;
  /** Mean ability (1–10) of the agent who answered, in the group they answered from. */
  readonly meanAbility: number;
  readonly usage: AgentUsage[];
}

export interface SimulationResult extends QueueFigures {
  readonly name: string | null;
  readonly seed: number;
  readonly serviceLevelSeconds: number;
  /** Slot-time in use over slot-time available, all agents, over the measurement window. */
  readonly occupancy: number;
  /** Batch-means standard errors of the main ratios. */
  readonly standardErrors: StandardErrors;
  /** Share of arrivals answered within each number of seconds. */
  readonly waitDistribution: { readonly seconds: number; readonly share: number }[];
  readonly groups: GroupResult[];
  readonly agents: AgentFigures;
  readonly transfers: TransferFigures;
  /** Simulated instant (seconds from the start) at which the last counted arrival was settled. */
  readonly simulatedSeconds: number;
  /** Commands executed by the engine and events they produced, warm-up included. */
  readonly engine: { readonly commands: number; readonly events: number };
}
