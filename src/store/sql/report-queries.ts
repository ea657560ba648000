/**
 * The report read-model queries (src/store/report-read-model.ts) for both databases: one
 * `GROUP BY bucket, key` per report over the hourly rollups or the transfer facts, with buckets
 * computed in SQL so a month by agent returns one row per day and agent, not per hour.
 *
 * A bucket is `CASE WHEN t < b1 THEN b0 WHEN t < b2 THEN b1 … END` over the caller's bucket starts
 * (local days, weeks or months as UTC instants), or the UTC hour itself for hourly reports. Sums
 * come back as numbers (PostgreSQL returns `SUM(bigint)` as text).
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type {
  AgentSums,
  QueueSums,
  ReportDimension,
  ReportFilter,
  ReportReadModel,
  ReportRowsQuery,
  StatusInterval,
  TransferSums,
} from '../report-read-model.js';
import { createDayQueries } from './report-day-queries.js';
import { agentFilterSql, placeholders } from './report-sql.js';
import { numberPlaceholders, type Dialect, type SqlValue } from './sql-statement.js';

const HOUR = 3_600_000;

/** How one table answers a query: its time column, its dimension columns, its filter columns. */
interface TableShape {
  readonly table: string;
  readonly time: string;
  /** True when `time` is already an hour start (rollups). */
  readonly hourly: boolean;
  readonly dimensions: Partial<Record<ReportDimension, string>>;
  readonly filters: Partial<Record<'groupId' | 'agentId' | 'departmentId' | 'channel' | 'reason', string>>;
  /** The scope condition's columns: rows in scope have a group or an agent in the scope's lists. */
  readonly scope: { readonly group?: string; readonly agent?: string };
}

const transferScope = `CASE WHEN to_department IS NULL THEN 'unknown'
  WHEN to_department = from_department THEN 'intra' ELSE 'cross' END`;

const queues: TableShape = {
  table: 'report_queue_hours',
  time: 'hour',
  hourly: true,
  dimensions: { skillGroup: 'group_id', channel: 'channel' },
  filters: { groupId: 'group_id', channel: 'channel' },
  scope: { group: 'group_id' },
};

const agents: TableShape = {
  table: 'report_agent_hours',
  time: 'hour',
  hourly: true,
  dimensions: { agent: 'agent_id', department: 'department_id', skillGroup: 'group_id', channel: 'channel' },
  filters: { groupId: 'group_id', agentId: 'agent_id', departmentId: 'department_id', channel: 'channel' },
  scope: { agent: 'agent_id' },
};

const transferFilters = {
  groupId: 'group_id',
  agentId: 'from_agent_id',
  departmentId: 'from_department',
  channel: 'channel',
  reason: 'reason',
};

const transfers: TableShape = {
  table: 'report_transfers',
  time: 'requested_at',
  hourly: false,
  dimensions: {
    agent: 'from_agent_id',
    department: 'from_department',
    departmentScope: transferScope,
    skillGroup: 'group_id',
    reason: 'reason',
    channel: 'channel',
  },
  filters: transferFilters,
  scope: { group: 'group_id', agent: 'from_agent_id' },
};

/** Status intervals, bucketed by their start and by their last instant. */
const intervalStart: TableShape = {
  table: 'report_status_intervals',
  time: 'started_at',
  hourly: false,
  dimensions: {},
  filters: {},
  scope: {},
};
const intervalEnd: TableShape = { ...intervalStart, time: '(ended_at - 1)' };

/** Transfers as an agent figure (agents report): in a supervisor's scope by the agent, like every agent figure. */
const initiatedTransfers: TableShape = { ...transfers, scope: { agent: 'from_agent_id' } };

/** Transfers as their target agent received them (only the agent-side dimensions differ). */
const receivedTransfers: TableShape = {
  ...transfers,
  dimensions: { agent: 'to_agent_id', department: 'to_department', skillGroup: 'group_id', channel: 'channel' },
  filters: { ...transferFilters, agentId: 'to_agent_id', departmentId: 'to_department' },
  scope: { agent: 'to_agent_id' },
};

interface Built {
  readonly text: string;
  readonly params: SqlValue[];
}

/** `WHERE …` for the tenant, the range, the filters and the scope. */
function where(shape: TableShape, query: ReportRowsQuery, params: SqlValue[]): string {
  const clauses = [`tenant_id = ?`, `${shape.time} >= ?`, `${shape.time} < ?`];
  params.push(query.tenantId, query.buckets[0] ?? query.to, query.to);
  const filter: ReportFilter = query.filter;
  for (const [field, column] of Object.entries(shape.filters)) {
    const value = filter[field as keyof typeof shape.filters];
    if (value === undefined) continue;
    clauses.push(`${column} = ?`);
    params.push(value);
  }
  const scope = filter.scope;
  if (scope !== undefined) {
    const either: string[] = [];
    if (shape.scope.group !== undefined && scope.groupIds.length > 0) {
      either.push(`${shape.scope.group} IN (${placeholders(scope.groupIds.length)})`);
      params.push(...scope.groupIds);
    }
    if (shape.scope.agent !== undefined && scope.agentIds.length > 0) {
      either.push(`${shape.scope.agent} IN (${placeholders(scope.agentIds.length)})`);
      params.push(...scope.agentIds);
    }
    clauses.push(either.length === 0 ? '1 = 0' : `(${either.join(' OR ')})`);
  }
  return `WHERE ${clauses.join(' AND ')}`;
}

/** The bucket expression of `time` (its parameters go first: it is the first column selected). */
function bucketOf(shape: TableShape, query: ReportRowsQuery, params: SqlValue[]): string {
  if (query.hourly) return shape.hourly ? shape.time : `(${shape.time} / ${HOUR}) * ${HOUR}`;
  const starts = query.buckets;
  if (starts.length <= 1) {
    params.push(starts[0] ?? query.to);
    return 'CAST(? AS BIGINT)';
  }
  const branches: string[] = [];
  for (let index = 1; index < starts.length; index += 1) {
    branches.push(`WHEN ${shape.time} < ? THEN CAST(? AS BIGINT)`);
    params.push(starts[index] as number, starts[index - 1] as number);
  }
  params.push(starts[starts.length - 1] as number);
  return `CASE ${branches.join(' ')} ELSE CAST(? AS BIGINT) END`;
}

/** `SELECT bucket, key, <sums> FROM table WHERE … GROUP BY bucket, key`. */
function grouped(shape: TableShape, query: ReportRowsQuery, sums: string): Built {
  const params: SqlValue[] = [];
  const bucket = bucketOf(shape, query, params);
  const dimension = query.groupBy === null ? undefined : shape.dimensions[query.groupBy];
  const key = dimension === undefined ? "''" : `COALESCE(${dimension}, '')`;
  const condition = where(shape, query, params);
  return {
    text: `SELECT ${bucket} AS bucket, ${key} AS report_key, ${sums} FROM ${shape.table} ${condition} GROUP BY 1${key === "''" ? '' : ', 2'}`,
    params,
  };
}

type Row = Record<string, unknown>;
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** Each row's bucket, key and the named sums as numbers. */
function read<T>(rows: readonly Row[], names: readonly (keyof T & string)[]): T[] {
  return rows.map((row) => {
    const result: Record<string, number | string> = {
      bucket: num(row.bucket),
      key: typeof row.report_key === 'string' ? row.report_key : '',
    };
    for (const name of names) result[name] = num(row[name.toLowerCase()]);
    return result as T;
  });
}

const QUEUE_SUMS = `SUM(arrivals) AS arrivals, SUM(answered) AS answered, SUM(answered_in_sl) AS answeredinsl,
  SUM(wait_ms) AS waitms, SUM(abandoned) AS abandoned, MAX(max_wait_ms) AS maxwaitms`;
const AGENT_SUMS = `SUM(assigned) AS assigned, SUM(handled) AS handled, SUM(handle_ms) AS handlems,
  SUM(first_responses) AS firstresponses, SUM(first_response_ms) AS firstresponsems, SUM(responses) AS responses,
  SUM(response_ms) AS responsems, SUM(rated) AS rated, SUM(rating_sum) AS ratingsum, SUM(resolved) AS resolved,
  SUM(unresolved) AS unresolved`;
const answeredOnce = "status IN ('accepted', 'rejected') AND answered_at IS NOT NULL";
const TRANSFER_SUMS = `COUNT(*) AS requests,
  SUM(CASE WHEN status = 'accepted' THEN 1 ELSE 0 END) AS accepted,
  SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END) AS rejected,
  SUM(CASE WHEN status = 'timed-out' THEN 1 ELSE 0 END) AS timedout,
  SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled,
  SUM(CASE WHEN ${answeredOnce} THEN 1 ELSE 0 END) AS answered,
  SUM(CASE WHEN ${answeredOnce} THEN answered_at - requested_at ELSE 0 END) AS responsems,
  SUM(first_of_conversation) AS conversations,
  SUM(CASE WHEN first_of_conversation = 1 AND rating IS NOT NULL THEN 1 ELSE 0 END) AS ratedconversations,
  SUM(CASE WHEN first_of_conversation = 1 AND rating IS NOT NULL THEN rating ELSE 0 END) AS ratingsum,
  SUM(CASE WHEN to_department IS NOT NULL AND to_department = from_department THEN 1 ELSE 0 END) AS intradepartment,
  SUM(CASE WHEN to_department IS NOT NULL AND to_department <> from_department THEN 1 ELSE 0 END)
    AS crossdepartment`;

/** The report queries over a Kysely instance of either database. */
export function createReportReadModel<DB>(db: Kysely<DB>, dialect: Dialect): ReportReadModel {
  const run = async ({ text, params }: Built): Promise<Row[]> => {
    const sqlText = dialect === 'postgres' ? numberPlaceholders(text) : text;
    const result = await db.executeQuery<Row>(CompiledQuery.raw(sqlText, params));
    return result.rows;
  };
  const days = createDayQueries(run);
  return {
    async queueSums(query) {
      return read<QueueSums>(await run(grouped(queues, query, QUEUE_SUMS)), [
        'arrivals',
        'answered',
        'answeredInSl',
        'waitMs',
        'abandoned',
        'maxWaitMs',
      ]);
    },
    async agentSums(query) {
      const daily = await days.agentSums(query);
      if (daily !== null) return daily;
      return read<AgentSums>(await run(grouped(agents, query, AGENT_SUMS)), [
        'assigned',
        'handled',
        'handleMs',
        'firstResponses',
        'firstResponseMs',
        'responses',
        'responseMs',
        'rated',
        'ratingSum',
        'resolved',
        'unresolved',
      ]);
    },
    async transferSums(query) {
      const daily = await days.transferSums(query);
      if (daily !== null) return daily;
      return read<TransferSums>(await run(grouped(transfers, query, TRANSFER_SUMS)), [
        'requests',
        'accepted',
        'rejected',
        'timedOut',
        'cancelled',
        'answered',
        'responseMs',
        'conversations',
        'ratedConversations',
        'ratingSum',
        'intraDepartment',
        'crossDepartment',
      ]);
    },
    async agentTransferSums(query) {
      const daily = await days.agentTransferSums(query);
      if (daily !== null) return daily;
      const [initiated, received] = await Promise.all([
        run(grouped(initiatedTransfers, query, 'COUNT(*) AS initiated')),
        run(
          grouped(receivedTransfers, { ...query }, "SUM(CASE WHEN status = 'accepted' THEN 1 ELSE 0 END) AS received"),
        ),
      ]);
      const byKey = new Map<string, { bucket: number; key: string; initiated: number; received: number }>();
      const entry = (row: Row) => {
        const bucket = num(row.bucket);
        const key = typeof row.report_key === 'string' ? row.report_key : '';
        const id = `${String(bucket)}\u0000${key}`;
        let found = byKey.get(id);
        if (found === undefined) {
          found = { bucket, key, initiated: 0, received: 0 };
          byKey.set(id, found);
        }
        return found;
      };
      for (const row of initiated) entry(row).initiated += num(row.initiated);
      for (const row of received) entry(row).received += num(row.received);
      return [...byKey.values()].filter((row) => row.initiated > 0 || row.received > 0);
    },
    async statusTime(query) {
      const daily = await days.statusTime(query);
      if (daily !== null) return daily;
      const from = query.buckets[0] ?? query.to;
      const { and: more, params: filterParams } = agentFilterSql(query.filter);
      const key = query.groupBy === 'agent' ? 'agent_id' : query.groupBy === 'department' ? 'department_id' : "''";
      // An interval inside one bucket is summed in SQL; the few that cross a boundary are split by the caller.
      const contained = (params: SqlValue[]): string => {
        if (query.hourly) return '1 = 0';
        const startBucket = bucketOf(intervalStart, query, params);
        const endBucket = bucketOf(intervalEnd, query, params);
        params.push(from, query.to);
        return `(${startBucket} = ${endBucket} AND started_at >= ? AND ended_at <= ?)`;
      };
      const sums: Row[] = [];
      if (!query.hourly) {
        const params: SqlValue[] = [];
        const bucket = bucketOf(intervalStart, query, params);
        params.push(query.tenantId);
        const inside = contained(params);
        params.push(...filterParams);
        sums.push(
          ...(await run({
            text: `SELECT ${bucket} AS bucket, ${key} AS report_key, status, SUM(ended_at - started_at) AS ms
              FROM report_status_intervals WHERE tenant_id = ? AND ${inside}${more} GROUP BY 1, 2, 3`,
            params,
          })),
        );
      }
      const crossingParams: SqlValue[] = [query.tenantId, from, query.to];
      const inside = contained(crossingParams);
      crossingParams.push(...filterParams);
      const closed = await run({
        text: `SELECT agent_id, department_id, status, started_at, ended_at FROM report_status_intervals
          WHERE tenant_id = ? AND ended_at > ? AND started_at < ? AND NOT ${inside}${more}`,
        params: crossingParams,
      });
      const open = await run({
        text: `SELECT agent_id, department_id, status, since AS started_at, NULL AS ended_at FROM report_agent_state
          WHERE tenant_id = ? AND since < ?${more}`,
        params: [query.tenantId, query.to, ...filterParams],
      });
      const perCell = new Map<string, { bucket: number; key: string; ms: Record<string, number> }>();
      for (const row of sums) {
        const bucket = num(row.bucket);
        const key = typeof row.report_key === 'string' ? row.report_key : '';
        const id = `${String(bucket)}\u0000${key}`;
        const cell = perCell.get(id) ?? { bucket, key, ms: {} };
        cell.ms[String(row.status)] = (cell.ms[String(row.status)] ?? 0) + num(row.ms);
        perCell.set(id, cell);
      }
      return {
        sums: [...perCell.values()],
        intervals: [...closed, ...open].map((row): StatusInterval => ({
          agentId: String(row.agent_id),
          departmentId: String(row.department_id),
          status: String(row.status),
          startedAt: num(row.started_at),
          endedAt: row.ended_at === null ? null : num(row.ended_at),
        })),
      };
    },
  };
}
