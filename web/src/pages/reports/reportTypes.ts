/**
 * The reports API as the page sees it (docs/reports.md): the three kinds, their granularities,
 * dimensions and filters, and the JSON answer's shape (generated from the OpenAPI document). The
 * server checks every combination again.
 */
import type { ResponseBody } from '../../api/types.js';

export const reportKinds = ['queues', 'transfers', 'agents'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const granularities = ['hour', 'day', 'week', 'month'] as const;
export type Granularity = (typeof granularities)[number];

/** A report's dimension (the API's `groupBy`). */
export type Dimension = NonNullable<ReportBody['groupBy']>;
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

/** The JSON answer of `GET /reports/{kind}` (the same shape for the three kinds). */
export type ReportBody = ResponseBody<'/api/v1/reports/queues'>;
export type ReportPoint = ReportBody['series'][number];
export type Metrics = ReportPoint['metrics'];
/** A metric value: a number, null where there was nothing to divide by, or seconds per status. */
export type MetricValue = Metrics[string];

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
