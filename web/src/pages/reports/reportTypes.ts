/**
 * The reports API as the page sees it (docs/reports.md): the three kinds, their granularities,
 * dimensions and filters, and the JSON answer's shape. The server checks every combination again.
 */
export const reportKinds = ['queues', 'transfers', 'agents'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const granularities = ['hour', 'day', 'week', 'month'] as const;
export type Granularity = (typeof granularities)[number];

export type Dimension = 'agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel';
export type FilterName = 'groupId' | 'agentId' | 'departmentId' | 'channel' | 'reason';

/** The dimensions each report can be broken down by (the API's `groupBy`). */
export const dimensionsOf: Readonly<Record<ReportKind, readonly Dimension[]>> = {
  queues: ['skillGroup', 'channel'],
  transfers: ['agent', 'department', 'departmentScope', 'skillGroup', 'reason', 'channel'],
  agents: ['agent', 'department', 'skillGroup', 'channel'],
};

/** The filters each report has a column for. */
export const filtersOf: Readonly<Record<ReportKind, readonly FilterName[]>> = {
  queues: ['groupId', 'channel'],
  transfers: ['groupId', 'agentId', 'departmentId', 'channel', 'reason'],
  agents: ['groupId', 'agentId', 'departmentId', 'channel'],
};

/** A metric value: a number, null where there was nothing to divide by, or seconds per status. */
export type MetricValue = number | null | Readonly<Record<string, number>>;
export type Metrics = Readonly<Record<string, MetricValue>>;

export interface ReportPoint {
  /** The bucket's start, ISO UTC. */
  readonly bucket: string;
  /** The bucket in the tenant's zone (`2026-11-21`, `2026-W47`, …). */
  readonly label: string;
  readonly metrics: Metrics;
}

export interface ReportBody {
  readonly kind: ReportKind;
  readonly timeZone: string;
  readonly granularity: Granularity;
  readonly groupBy: Dimension | null;
  readonly from: string;
  readonly to: string;
  readonly series: readonly ReportPoint[];
  readonly breakdown: readonly { readonly key: string; readonly metrics: Metrics }[];
  readonly rows: readonly (ReportPoint & { readonly key: string })[];
}

/** Local dates `YYYY-MM-DD`, both included. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** What the filters bar chooses; shared by the tabs (each tab sends only what its report has). */
export interface ReportParams {
  /** Undefined: the API's default, the last seven days. */
  readonly range: DateRange | undefined;
  readonly granularity: Granularity;
  readonly groupBy: Dimension | null;
  readonly filters: Partial<Record<FilterName, string>>;
}

/** The query string for one report: only the dimension and filters that report supports. */
export function queryOf(kind: ReportKind, params: ReportParams): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {
    from: params.range?.from,
    to: params.range?.to,
    granularity: params.granularity,
    groupBy: params.groupBy !== null && dimensionsOf[kind].includes(params.groupBy) ? params.groupBy : undefined,
  };
  for (const name of filtersOf[kind]) {
    const value = params.filters[name];
    if (value !== undefined && value !== '') query[name] = value;
  }
  return query;
}

/** The dimension a report is actually broken down by (null when the chosen one is not its). */
export function effectiveDimension(kind: ReportKind, params: ReportParams): Dimension | null {
  return params.groupBy !== null && dimensionsOf[kind].includes(params.groupBy) ? params.groupBy : null;
}
