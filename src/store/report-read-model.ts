/**
 * The report read-model port: sums of the report read models (src/store/sql/report-tables.ts) per
 * time bucket and per value of one dimension. The metrics themselves (rates, averages) are computed
 * from these sums by src/reports, which also decides the buckets in the tenant's time zone.
 *
 * Contract
 * - Like every read model, maintained in the append's transaction: a query sees every appended event.
 * - Every query is scoped to one tenant; rows outside `[from, to)` are not counted.
 * - Rollups are per UTC hour (an hour row counts in the bucket its start falls in) and, for agents,
 *   per local day of the tenant's zone (exact). Transfer facts and status intervals carry exact instants.
 * - Sums are plain numbers (epoch-ms durations, counts); a bucket and key with nothing is absent.
 */

/** What a report can be broken down by (DESIGN.md §7); `departmentScope` is intra / cross department. */
export type ReportDimension = 'agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel';

/**
 * What a supervisor may see (DESIGN.md §6): queue figures of these groups, agent figures of these
 * agents, transfers from these agents or in these groups. Absent: everything (admins).
 */
export interface ReportScope {
  readonly groupIds: readonly string[];
  readonly agentIds: readonly string[];
}

/** Only rows matching every field given (a field a report has no column for is ignored). */
export interface ReportFilter {
  readonly groupId?: string;
  readonly agentId?: string;
  readonly departmentId?: string;
  readonly channel?: string;
  readonly reason?: string;
  readonly scope?: ReportScope;
}

export interface ReportRowsQuery {
  readonly tenantId: string;
  /** Bucket starts, ascending, epoch ms; the first is the range's start. */
  readonly buckets: readonly number[];
  /** End of the last bucket (exclusive). */
  readonly to: number;
  /** When true every bucket is one UTC hour (the starts are then only the range). */
  readonly hourly: boolean;
  /**
   * The tenant's zone (an IANA name) the buckets are local to: day, week and month reports read the
   * daily rollups when they are keyed by this zone, the hourly rows otherwise.
   */
  readonly timeZone: string;
  /** Null: one row per bucket. */
  readonly groupBy: ReportDimension | null;
  readonly filter: ReportFilter;
}

/** A bucket (its start) and a dimension value (`''` when not grouped or none). */
export interface ReportRowKey {
  readonly bucket: number;
  readonly key: string;
}

export interface QueueSums extends ReportRowKey {
  readonly arrivals: number;
  readonly answered: number;
  readonly answeredInSl: number;
  readonly waitMs: number;
  readonly abandoned: number;
  readonly maxWaitMs: number;
}

export interface AgentSums extends ReportRowKey {
  readonly assigned: number;
  readonly handled: number;
  readonly handleMs: number;
  readonly firstResponses: number;
  readonly firstResponseMs: number;
  readonly responses: number;
  readonly responseMs: number;
  readonly rated: number;
  readonly ratingSum: number;
  readonly resolved: number;
  readonly unresolved: number;
}

export interface TransferSums extends ReportRowKey {
  readonly requests: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly timedOut: number;
  readonly cancelled: number;
  /** Accepted or rejected with an answer time: the response-time denominator. */
  readonly answered: number;
  readonly responseMs: number;
  /** Conversations counted at their first transfer request. */
  readonly conversations: number;
  readonly ratedConversations: number;
  readonly ratingSum: number;
  readonly intraDepartment: number;
  readonly crossDepartment: number;
}

/** Transfers an agent (or department, group, channel) initiated and received, per bucket. */
export interface AgentTransferSums extends ReportRowKey {
  readonly initiated: number;
  readonly received: number;
}

/** One stretch of an agent in one status; `endedAt` null while it lasts. */
export interface StatusInterval {
  readonly agentId: string;
  readonly departmentId: string;
  readonly status: string;
  readonly startedAt: number;
  readonly endedAt: number | null;
}

/** Milliseconds per status (those with any) within one bucket. */
export interface StatusSums extends ReportRowKey {
  readonly ms: Readonly<Record<string, number>>;
}

export interface StatusTime {
  readonly sums: readonly StatusSums[];
  readonly intervals: readonly StatusInterval[];
}

export interface ReportReadModel {
  queueSums(query: ReportRowsQuery): Promise<QueueSums[]>;
  agentSums(query: ReportRowsQuery): Promise<AgentSums[]>;
  transferSums(query: ReportRowsQuery): Promise<TransferSums[]>;
  agentTransferSums(query: ReportRowsQuery): Promise<AgentTransferSums[]>;
  /**
   * Time per status, by agent or department (other dimensions: one key `''`): milliseconds of the
   * intervals that lie inside one bucket, and the intervals (unclipped) that cross a bucket boundary
   * or the range's ends or still last, for the caller to split.
   */
  statusTime(query: ReportRowsQuery): Promise<StatusTime>;
}
