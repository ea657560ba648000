/**
 * Runs one report (DESIGN.md §7): validates the request, asks the report read model for sums per
 * tenant-local bucket and dimension value, and turns them into metrics (report-metrics.ts) three
 * ways: a trend (`series`, every bucket), a breakdown (`breakdown`, every dimension value over the
 * whole range) and the table (`rows`, bucket × value). Nothing here replays the event log.
 */
import type {
  AgentSums,
  AgentTransferSums,
  QueueSums,
  ReportDimension,
  ReportFilter,
  ReportReadModel,
  ReportRowsQuery,
  TransferSums,
} from '../store/report-read-model.js';
import {
  bucketLabel,
  daysBetween,
  localDayStart,
  reportBuckets,
  type Buckets,
  type Granularity,
} from './report-buckets.js';
import {
  agentMetrics,
  queueMetrics,
  transferMetrics,
  type AgentMetrics,
  type QueueMetrics,
  type Sums,
  type TransferMetrics,
} from './report-metrics.js';
import { statusSeconds } from './status-time.js';

export const reportKinds = ['transfers', 'queues', 'agents'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** The dimensions each report can be broken down by. */
export const reportDimensions: Readonly<Record<ReportKind, readonly ReportDimension[]>> = {
  transfers: ['agent', 'department', 'departmentScope', 'skillGroup', 'reason', 'channel'],
  queues: ['skillGroup', 'channel'],
  agents: ['agent', 'department', 'skillGroup', 'channel'],
};

/** The filters each report has a column for. */
export const reportFilters: Readonly<Record<ReportKind, readonly (keyof ReportFilter)[]>> = {
  transfers: ['groupId', 'agentId', 'departmentId', 'channel', 'reason'],
  queues: ['groupId', 'channel'],
  agents: ['groupId', 'agentId', 'departmentId', 'channel'],
};

/** Longest range per granularity, in days. */
export const maxRangeDays: Readonly<Record<Granularity, number>> = { hour: 31, day: 366, week: 731, month: 1096 };

export interface ReportRequest {
  readonly kind: ReportKind;
  readonly tenantId: string;
  readonly timeZone: string;
  /** Local dates, both included. */
  readonly from: string;
  readonly to: string;
  readonly granularity: Granularity;
  readonly groupBy: ReportDimension | null;
  readonly filter: ReportFilter;
  /** Now, for the status an agent is still in. */
  readonly now: number;
}

/** Why a request cannot be answered (the API answers 400 with `code`). */
export class ReportRequestError extends Error {
  constructor(
    readonly code: 'REPORT_RANGE_INVALID' | 'REPORT_DIMENSION_UNSUPPORTED',
    message: string,
  ) {
    super(message);
    this.name = 'ReportRequestError';
  }
}

export type MetricsOf<K extends ReportKind> = K extends 'transfers'
  ? TransferMetrics
  : K extends 'queues'
    ? QueueMetrics
    : AgentMetrics;

export interface ReportPoint<M> {
  /** The bucket's start, epoch ms. */
  readonly bucket: number;
  /** The bucket in the tenant's zone (`2024-03-10`, `2024-W10`, …). */
  readonly label: string;
  readonly metrics: M;
}

export interface ReportResult<M> {
  readonly kind: ReportKind;
  readonly timeZone: string;
  readonly granularity: Granularity;
  readonly groupBy: ReportDimension | null;
  readonly from: number;
  readonly to: number;
  readonly series: readonly ReportPoint<M>[];
  readonly breakdown: readonly { readonly key: string; readonly metrics: M }[];
  readonly rows: readonly (ReportPoint<M> & { readonly key: string })[];
}

/** The request's buckets, or a REPORT_RANGE_INVALID error. */
export function bucketsOf(request: Pick<ReportRequest, 'from' | 'to' | 'granularity' | 'timeZone'>): Buckets {
  const from = localDayStart(request.from, request.timeZone);
  const to = localDayStart(request.to, request.timeZone);
  if (from === null || to === null) throw new ReportRequestError('REPORT_RANGE_INVALID', 'from and to are dates');
  if (to < from) throw new ReportRequestError('REPORT_RANGE_INVALID', 'to is before from');
  const limit = maxRangeDays[request.granularity];
  if (daysBetween(from, to) > limit) {
    throw new ReportRequestError(
      'REPORT_RANGE_INVALID',
      `a ${request.granularity} report spans at most ${String(limit)} days`,
    );
  }
  return reportBuckets({ from, to, granularity: request.granularity });
}

const HOUR = 3_600_000;

/** Sums per (bucket index, key), merged from any number of row sets. */
class Grid<S extends object> {
  readonly cells = new Map<string, { index: number; key: string; sums: S }>();
  /** The sums' names (the zero's fields). */
  readonly names: readonly string[];
  constructor(
    private readonly buckets: Buckets,
    readonly zero: S,
  ) {
    this.names = Object.keys(zero);
  }

  indexOf(bucket: number): number {
    const first = this.buckets.starts[0] ?? 0;
    if (this.buckets.granularity === 'hour') return Math.max(0, Math.floor((bucket - first) / HOUR));
    const index = this.buckets.starts.indexOf(bucket);
    return index < 0 ? 0 : index;
  }

  add(index: number, key: string, sums: Partial<S>): void {
    const id = `${String(index)}\u0000${key}`;
    let cell = this.cells.get(id);
    if (cell === undefined) {
      cell = { index, key, sums: { ...this.zero } };
      this.cells.set(id, cell);
    }
    accumulate(cell.sums, sums, this.names);
  }
}

/**
 * Adds `row`'s sums named `names` into `into` in place (`max…` fields keep the larger), like addSums
 * without copies; other fields of `row` (its bucket and key) are left out.
 */
function accumulate(into: object, row: object, names: readonly string[]): void {
  const target = into as Record<string, number>;
  const source = row as Record<string, unknown>;
  for (const name of names) {
    const value = source[name];
    if (typeof value !== 'number') continue;
    const base = target[name] ?? 0;
    target[name] = name.startsWith('max') ? Math.max(base, value) : base + value;
  }
}

/** Trend, breakdown and rows from a grid of sums (`zero` for a bucket with nothing). */
function shape<S extends object, M>(
  request: ReportRequest,
  buckets: Buckets,
  grid: Grid<S>,
  toMetrics: (sums: S, index: number | null, key: string | null) => M,
): ReportResult<M> {
  const zone = request.timeZone;
  const labels = buckets.starts.map((start) => bucketLabel(start, buckets.granularity, zone));
  const label = (index: number): string => labels[index] ?? bucketLabel(0, buckets.granularity, zone);
  const perBucket = new Map<number, S>();
  const perKey = new Map<string, S>();
  const rows: (ReportPoint<M> & { key: string })[] = [];
  const total = <K>(map: Map<K, S>, at: K): S => {
    let sums = map.get(at);
    if (sums === undefined) {
      sums = { ...grid.zero };
      map.set(at, sums);
    }
    return sums;
  };
  for (const cell of grid.cells.values()) {
    accumulate(total(perBucket, cell.index), cell.sums, grid.names);
    accumulate(total(perKey, cell.key), cell.sums, grid.names);
    if (request.groupBy === null) continue;
    rows.push({
      bucket: buckets.starts[cell.index] ?? 0,
      label: label(cell.index),
      key: cell.key,
      metrics: toMetrics(cell.sums, cell.index, cell.key),
    });
  }
  rows.sort((a, b) => a.bucket - b.bucket || compare(a.key, b.key));
  return {
    kind: request.kind,
    timeZone: zone,
    granularity: buckets.granularity,
    groupBy: request.groupBy,
    from: buckets.starts[0] ?? buckets.to,
    to: buckets.to,
    series: buckets.starts.map((bucket, index) => ({
      bucket,
      label: label(index),
      metrics: toMetrics(perBucket.get(index) ?? grid.zero, index, null),
    })),
    breakdown: [...perKey.entries()]
      .map(([key, sums]) => ({ key, metrics: toMetrics(sums, null, key) }))
      .sort((a, b) => compare(a.key, b.key)),
    rows: request.groupBy === null ? [] : rows,
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const queueZero: Sums<QueueSums> = { arrivals: 0, answered: 0, answeredInSl: 0, waitMs: 0, abandoned: 0, maxWaitMs: 0 };
const transferZero: Sums<TransferSums> = {
  requests: 0,
  accepted: 0,
  rejected: 0,
  timedOut: 0,
  cancelled: 0,
  answered: 0,
  responseMs: 0,
  conversations: 0,
  ratedConversations: 0,
  ratingSum: 0,
  intraDepartment: 0,
  crossDepartment: 0,
};
type AgentCell = Sums<AgentSums> & Sums<AgentTransferSums>;
const agentZero: AgentCell = {
  assigned: 0,
  handled: 0,
  handleMs: 0,
  firstResponses: 0,
  firstResponseMs: 0,
  responses: 0,
  responseMs: 0,
  rated: 0,
  ratingSum: 0,
  resolved: 0,
  unresolved: 0,
  initiated: 0,
  received: 0,
};

function check(request: ReportRequest): void {
  if (request.groupBy !== null && !reportDimensions[request.kind].includes(request.groupBy)) {
    throw new ReportRequestError(
      'REPORT_DIMENSION_UNSUPPORTED',
      `the ${request.kind} report cannot be grouped by ${request.groupBy}`,
    );
  }
  for (const [name, value] of Object.entries(request.filter)) {
    if (name === 'scope' || value === undefined) continue;
    if (!reportFilters[request.kind].includes(name as keyof ReportFilter)) {
      throw new ReportRequestError('REPORT_DIMENSION_UNSUPPORTED', `the ${request.kind} report has no ${name} filter`);
    }
  }
}

/** Runs a report against the report read model. */
export async function runReport<K extends ReportKind>(
  store: ReportReadModel,
  request: ReportRequest & { readonly kind: K },
): Promise<ReportResult<MetricsOf<K>>> {
  check(request);
  const buckets = bucketsOf(request);
  const query: ReportRowsQuery = {
    tenantId: request.tenantId,
    buckets: buckets.granularity === 'hour' ? buckets.starts.slice(0, 1) : buckets.starts,
    to: buckets.to,
    hourly: buckets.granularity === 'hour',
    timeZone: request.timeZone,
    groupBy: request.groupBy,
    filter: request.filter,
  };
  if (request.kind === 'queues') {
    const grid = new Grid(buckets, queueZero);
    for (const row of await store.queueSums(query)) grid.add(grid.indexOf(row.bucket), row.key, row);
    return shape(request, buckets, grid, (sums) => queueMetrics(sums)) as ReportResult<MetricsOf<K>>;
  }
  if (request.kind === 'transfers') {
    const grid = new Grid(buckets, transferZero);
    for (const row of await store.transferSums(query)) grid.add(grid.indexOf(row.bucket), row.key, row);
    return shape(request, buckets, grid, (sums) => transferMetrics(sums)) as ReportResult<MetricsOf<K>>;
  }
  const grid = new Grid<AgentCell>(buckets, agentZero);
  const [sums, transfers] = await Promise.all([store.agentSums(query), store.agentTransferSums(query)]);
  for (const row of sums) grid.add(grid.indexOf(row.bucket), row.key, row);
  for (const row of transfers) grid.add(grid.indexOf(row.bucket), row.key, row);
  const statusBy = request.groupBy === null || request.groupBy === 'agent' || request.groupBy === 'department';
  const status = statusBy
    ? statusSeconds(await store.statusTime(query), { buckets, groupBy: request.groupBy, now: request.now })
    : null;
  if (status !== null) for (const cell of status.cells) grid.add(cell.index, cell.key, {});
  return shape(request, buckets, grid, (cell, index, key) =>
    agentMetrics(cell, cell, status === null ? null : status.lookup(index, key)),
  ) as ReportResult<MetricsOf<K>>;
}
