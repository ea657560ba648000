/**
 * The metric definitions of DESIGN.md §7, one function per report, from the sums the read models
 * keep (docs/reports.md states each numerator and denominator). The reports, their CSV and the
 * wallboard's figures for today all go through these functions, so they cannot disagree.
 *
 * Durations are seconds; rates are shares 0…1; an average or rate with nothing to divide by is null.
 */
import type { AgentSums, AgentTransferSums, QueueSums, TransferSums } from '../store/report-read-model.js';

/** Sums without their bucket and key. */
export type Sums<T> = Omit<T, 'bucket' | 'key'>;

const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? numerator / denominator : null;
const seconds = (ms: number, count: number): number | null => (count > 0 ? ms / count / 1000 : null);

export interface QueueMetrics {
  readonly arrivals: number;
  readonly answered: number;
  readonly abandoned: number;
  /** Answered within the group's threshold T ÷ (answered + abandoned). */
  readonly serviceLevel: number | null;
  /** Mean wait from arrival to first assignment of the answered ones. */
  readonly averageSpeedOfAnswerSeconds: number | null;
  /** Abandoned ÷ (answered + abandoned). */
  readonly abandonmentRate: number | null;
  /** Longest wait of an arrival until it was answered or abandoned. */
  readonly longestWaitSeconds: number | null;
}

export function queueMetrics(sums: Sums<QueueSums>): QueueMetrics {
  const ended = sums.answered + sums.abandoned;
  return {
    arrivals: sums.arrivals,
    answered: sums.answered,
    abandoned: sums.abandoned,
    serviceLevel: ratio(sums.answeredInSl, ended),
    averageSpeedOfAnswerSeconds: seconds(sums.waitMs, sums.answered),
    abandonmentRate: ratio(sums.abandoned, ended),
    longestWaitSeconds: ended > 0 ? sums.maxWaitMs / 1000 : null,
  };
}

/** Seconds per status (`available`, `busy`, `away`, `offline`). */
export type StatusSeconds = Readonly<Record<string, number>>;

export interface AgentMetrics {
  /** Conversations closed while the agent owned them. */
  readonly handled: number;
  /** Times the agent took ownership (assignment, accepted offer, accepted transfer). */
  readonly assigned: number;
  readonly averageFirstResponseSeconds: number | null;
  readonly averageResponseSeconds: number | null;
  readonly averageHandlingSeconds: number | null;
  /** Mean rating 1–5 of the ratings given to the agent. */
  readonly satisfaction: number | null;
  readonly ratings: number;
  /** Resolved ÷ closes with a resolution. */
  readonly resolutionRate: number | null;
  readonly transfersInitiated: number;
  readonly transfersReceived: number;
  /** Null where status time has no meaning (broken down by group or channel). */
  readonly statusSeconds: StatusSeconds | null;
}

export function agentMetrics(
  sums: Sums<AgentSums>,
  transfers: Sums<AgentTransferSums>,
  statusSeconds: StatusSeconds | null,
): AgentMetrics {
  return {
    handled: sums.handled,
    assigned: sums.assigned,
    averageFirstResponseSeconds: seconds(sums.firstResponseMs, sums.firstResponses),
    averageResponseSeconds: seconds(sums.responseMs, sums.responses),
    averageHandlingSeconds: seconds(sums.handleMs, sums.handled),
    satisfaction: ratio(sums.ratingSum, sums.rated),
    ratings: sums.rated,
    resolutionRate: ratio(sums.resolved, sums.resolved + sums.unresolved),
    transfersInitiated: transfers.initiated,
    transfersReceived: transfers.received,
    statusSeconds,
  };
}

export interface TransferMetrics {
  readonly requests: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly timedOut: number;
  readonly cancelled: number;
  /** Still waiting for an answer. */
  readonly pending: number;
  /** Accepted ÷ requests. */
  readonly successRate: number | null;
  readonly rejectionRate: number | null;
  readonly timeoutRate: number | null;
  readonly cancelRate: number | null;
  /** Mean time from request to accept or reject. */
  readonly averageResponseSeconds: number | null;
  /** Mean rating of the rated conversations among the transferred ones. */
  readonly satisfaction: number | null;
  /** Conversations counted at their first transfer request. */
  readonly transferredConversations: number;
  /** Requests ÷ transferred conversations. */
  readonly transfersPerConversation: number | null;
  /** Requests whose target agent is in the initiating owner's department / in another one. */
  readonly intraDepartment: number;
  readonly crossDepartment: number;
}

export function transferMetrics(sums: Sums<TransferSums>): TransferMetrics {
  return {
    requests: sums.requests,
    accepted: sums.accepted,
    rejected: sums.rejected,
    timedOut: sums.timedOut,
    cancelled: sums.cancelled,
    pending: sums.requests - sums.accepted - sums.rejected - sums.timedOut - sums.cancelled,
    successRate: ratio(sums.accepted, sums.requests),
    rejectionRate: ratio(sums.rejected, sums.requests),
    timeoutRate: ratio(sums.timedOut, sums.requests),
    cancelRate: ratio(sums.cancelled, sums.requests),
    averageResponseSeconds: seconds(sums.responseMs, sums.answered),
    satisfaction: ratio(sums.ratingSum, sums.ratedConversations),
    transferredConversations: sums.conversations,
    transfersPerConversation: ratio(sums.requests, sums.conversations),
    intraDepartment: sums.intraDepartment,
    crossDepartment: sums.crossDepartment,
  };
}

/** Adds `row`'s sums into `into` (`max…` fields keep the larger). */
export function addSums<T extends object>(into: T, row: T): T {
  const result: Record<string, unknown> = { ...(into as Record<string, unknown>) };
  for (const [name, value] of Object.entries(row)) {
    if (name === 'bucket' || name === 'key' || typeof value !== 'number') continue;
    const current = result[name];
    const base = typeof current === 'number' ? current : 0;
    result[name] = name.startsWith('max') ? Math.max(base, value) : base + value;
  }
  return result as T;
}
