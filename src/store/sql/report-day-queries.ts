/**
 * The agent report's queries over the daily rollups (report-day-tables.ts): a month by agent reads a
 * row per agent and local day instead of one per agent and hour. Used for day, week and month
 * buckets when the rollups are keyed by the zone the report asks for (report-queries.ts falls back
 * to the hourly rows otherwise). Bucket starts are local midnights, so each bucket is a run of whole
 * local days and the bucket of a day is an integer comparison.
 */
import type { AgentStatus } from '../../domain/agent.js';
import type {
  AgentSums,
  AgentTransferSums,
  ReportRowsQuery,
  StatusInterval,
  StatusTime,
  TransferSums,
} from '../report-read-model.js';
import { agentFilterSql, placeholders } from './report-sql.js';
import { TRANSFER_DAY_SUMS } from './report-transfer-days.js';
import { localDay } from './report-zone.js';
import type { SqlValue } from './sql-statement.js';

type Row = Record<string, unknown>;
type Run = (query: { text: string; params: SqlValue[] }) => Promise<Row[]>;

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The query's buckets as local day numbers: the range, the bucket of a `local_day`, and back to instants. */
interface DayBuckets {
  readonly from: number;
  readonly to: number;
  readonly bucketSql: string;
  readonly startOf: ReadonlyMap<number, number>;
}

function dayBuckets(query: ReportRowsQuery): DayBuckets {
  const days = query.buckets.map((start) => localDay(start, query.timeZone));
  const first = days[0] ?? localDay(query.to, query.timeZone);
  const steps = days.slice(1).map((day, index) => day - (days[index] ?? day));
  let bucketSql: string;
  if (days.length <= 1) bucketSql = `CAST(${String(first)} AS BIGINT)`;
  else if (steps.every((step) => step === 1)) bucketSql = 'local_day';
  else if (steps.every((step) => step === 7)) bucketSql = `${String(first)} + ((local_day - ${String(first)}) / 7) * 7`;
  else {
    const branches = days
      .slice(1)
      .map((day, index) => `WHEN local_day < ${String(day)} THEN ${String(days[index] ?? first)}`);
    bucketSql = `CASE ${branches.join(' ')} ELSE ${String(days[days.length - 1] ?? first)} END`;
  }
  return {
    from: first,
    to: localDay(query.to, query.timeZone),
    bucketSql,
    startOf: new Map(days.map((day, index) => [day, query.buckets[index] ?? 0])),
  };
}

/** By bucket and key; by bucket alone when the key is a constant (SQLite then needs no sort). */
const groupedBy = (key: string): string => (key === "''" ? 'GROUP BY 1' : 'GROUP BY 1, 2');

/** The agent statuses (time per status is one column each when summed). */
const STATUSES = ['available', 'busy', 'away', 'offline'] as const satisfies readonly AgentStatus[];

const agentKeys: Partial<Record<string, string>> = {
  agent: 'agent_id',
  department: 'department_id',
  skillGroup: 'group_id',
  channel: 'channel',
};

/** Which columns hold the scope's groups and agents (rows in scope have either). */
interface ScopeColumns {
  readonly group?: string;
  readonly agent?: string;
}

/** `WHERE` for the tenant, the local days, the filters and the scope. */
function where(
  query: ReportRowsQuery,
  days: DayBuckets,
  columns: Record<string, string>,
  params: SqlValue[],
  scopeColumns: ScopeColumns = { agent: 'agent_id' },
): string {
  const clauses = ['tenant_id = ?', 'local_day >= ?', 'local_day < ?'];
  params.push(query.tenantId, days.from, days.to);
  for (const [field, column] of Object.entries(columns)) {
    const value = query.filter[field as keyof typeof query.filter];
    if (typeof value !== 'string') continue;
    clauses.push(`${column} = ?`);
    params.push(value);
  }
  const scope = query.filter.scope;
  if (scope !== undefined) {
    const either: string[] = [];
    if (scopeColumns.group !== undefined && scope.groupIds.length > 0) {
      either.push(`${scopeColumns.group} IN (${placeholders(scope.groupIds.length)})`);
      params.push(...scope.groupIds);
    }
    if (scopeColumns.agent !== undefined && scope.agentIds.length > 0) {
      either.push(`${scopeColumns.agent} IN (${placeholders(scope.agentIds.length)})`);
      params.push(...scope.agentIds);
    }
    clauses.push(either.length === 0 ? '1 = 0' : `(${either.join(' OR ')})`);
  }
  return `WHERE ${clauses.join(' AND ')}`;
}

/** The two transfer rollups: which dimensions and filters each has, and its columns. */
const transferTables = [
  {
    table: 'report_transfer_days_agent',
    keys: { agent: 'agent_id', department: 'department_id', skillGroup: 'group_id', channel: 'channel' },
    filters: { groupId: 'group_id', agentId: 'agent_id', departmentId: 'department_id', channel: 'channel' },
    scope: { group: 'group_id', agent: 'agent_id' },
  },
  {
    table: 'report_transfer_days_reason',
    keys: { reason: 'reason', departmentScope: 'department_scope', skillGroup: 'group_id', channel: 'channel' },
    filters: { groupId: 'group_id', channel: 'channel', reason: 'reason' },
    scope: { group: 'group_id' },
  },
] as const;

const transferSumNames = [
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
] as const;

const agentFilters = { groupId: 'group_id', agentId: 'agent_id', departmentId: 'department_id', channel: 'channel' };
const AGENT_DAY_SUMS = `SUM(assigned) AS assigned, SUM(handled) AS handled, SUM(handle_ms) AS handlems,
  SUM(first_responses) AS firstresponses, SUM(first_response_ms) AS firstresponsems, SUM(responses) AS responses,
  SUM(response_ms) AS responsems, SUM(rated) AS rated, SUM(rating_sum) AS ratingsum, SUM(resolved) AS resolved,
  SUM(unresolved) AS unresolved`;
const agentSumNames = [
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
] as const;

/** The daily-rollup queries, or null for a query they cannot answer (hourly, or keyed by another zone). */
export function createDayQueries(run: Run) {
  const usable = async (query: ReportRowsQuery): Promise<DayBuckets | null> => {
    if (query.hourly) return null;
    const rows = await run({
      text: 'SELECT time_zone FROM report_zones WHERE tenant_id = ?',
      params: [query.tenantId],
    });
    const zone = rows.length === 0 ? 'UTC' : text(rows[0]?.time_zone);
    return zone === query.timeZone ? dayBuckets(query) : null;
  };
  const agentRows = async (query: ReportRowsQuery, days: DayBuckets, sums: string): Promise<Row[]> => {
    const params: SqlValue[] = [];
    const column = query.groupBy === null ? undefined : agentKeys[query.groupBy];
    const key = column ?? "''";
    const condition = where(query, days, agentFilters, params);
    return run({
      text: `SELECT ${days.bucketSql} AS bucket, ${key} AS report_key, ${sums} FROM report_agent_days ${condition}
        ${groupedBy(key)}`,
      params,
    });
  };
  const bucketOf = (days: DayBuckets, row: Row): number => days.startOf.get(num(row.bucket)) ?? 0;
  // The agent report asks for its sums and its transfers with the same query: one scan answers both.
  const agentScans = new WeakMap<ReportRowsQuery, Promise<{ days: DayBuckets; rows: Row[] } | null>>();
  const agentScan = (query: ReportRowsQuery): Promise<{ days: DayBuckets; rows: Row[] } | null> => {
    let scan = agentScans.get(query);
    if (scan === undefined) {
      scan = (async () => {
        const days = await usable(query);
        if (days === null) return null;
        const sums = `${AGENT_DAY_SUMS}, SUM(initiated) AS initiated, SUM(received) AS received`;
        return { days, rows: await agentRows(query, days, sums) };
      })();
      agentScans.set(query, scan);
    }
    return scan;
  };

  return {
    /** Transfers from the rollup that has the query's dimension and filters (and scope), else null. */
    async transferSums(query: ReportRowsQuery): Promise<TransferSums[] | null> {
      const { filter, groupBy } = query;
      const table = transferTables.find(
        (candidate) =>
          (groupBy === null || groupBy in candidate.keys) &&
          Object.entries(filter).every(
            ([name, value]) => value === undefined || name === 'scope' || name in candidate.filters,
          ) &&
          (filter.scope === undefined || filter.scope.agentIds.length === 0 || 'agent' in candidate.scope),
      );
      if (table === undefined) return null;
      const days = await usable(query);
      if (days === null) return null;
      const params: SqlValue[] = [];
      const keys: Partial<Record<string, string>> = table.keys;
      const key = groupBy === null ? "''" : (keys[groupBy] ?? "''");
      const condition = where(query, days, table.filters, params, table.scope);
      const rows = await run({
        text: `SELECT ${days.bucketSql} AS bucket, ${key} AS report_key, ${TRANSFER_DAY_SUMS} FROM ${table.table}
          ${condition} ${groupedBy(key)} HAVING SUM(requests) > 0`,
        params,
      });
      return rows.map((row) => {
        const result: Record<string, number | string> = { bucket: bucketOf(days, row), key: text(row.report_key) };
        for (const name of transferSumNames) result[name] = num(row[name.toLowerCase()]);
        return result as unknown as TransferSums;
      });
    },
    async agentSums(query: ReportRowsQuery): Promise<AgentSums[] | null> {
      const scan = await agentScan(query);
      if (scan === null) return null;
      const { days, rows } = scan;
      return rows.map((row) => {
        const result: Record<string, number | string> = { bucket: bucketOf(days, row), key: text(row.report_key) };
        for (const name of agentSumNames) result[name] = num(row[name.toLowerCase()]);
        return result as unknown as AgentSums;
      });
    },
    async agentTransferSums(query: ReportRowsQuery): Promise<AgentTransferSums[] | null> {
      const scan = await agentScan(query);
      if (scan === null) return null;
      const { days, rows } = scan;
      const moved = rows.filter((row) => num(row.initiated) > 0 || num(row.received) > 0);
      return moved.map((row) => ({
        bucket: bucketOf(days, row),
        key: text(row.report_key),
        initiated: num(row.initiated),
        received: num(row.received),
      }));
    },
    /** Status time: sums of the intervals inside one local day, the crossing and the open intervals. */
    async statusTime(query: ReportRowsQuery): Promise<StatusTime | null> {
      const days = await usable(query);
      if (days === null) return null;
      const key = query.groupBy === 'agent' ? 'agent_id' : query.groupBy === 'department' ? 'department_id' : "''";
      const filters = { agentId: 'agent_id', departmentId: 'department_id' };
      const params: SqlValue[] = [];
      const condition = where(query, days, filters, params);
      const perStatus = STATUSES.map((status) => `SUM(CASE WHEN status = '${status}' THEN ms ELSE 0 END) AS ${status}`);
      const sums = await run({
        text: `SELECT ${days.bucketSql} AS bucket, ${key} AS report_key, ${perStatus.join(', ')}
          FROM report_status_days ${condition} ${groupedBy(key)}`,
        params,
      });
      const { and, params: moreParams } = agentFilterSql(query.filter);
      const from = query.buckets[0] ?? query.to;
      const crossing = await run({
        text: `SELECT agent_id, department_id, status, started_at, ended_at FROM report_status_crossing
          WHERE tenant_id = ? AND ended_at > ? AND started_at < ?${and}`,
        params: [query.tenantId, from, query.to, ...moreParams],
      });
      const open = await run({
        text: `SELECT agent_id, department_id, status, since AS started_at, NULL AS ended_at FROM report_agent_state
          WHERE tenant_id = ? AND since < ?${and}`,
        params: [query.tenantId, query.to, ...moreParams],
      });
      return {
        sums: sums.map((row) => {
          const ms: Record<string, number> = {};
          for (const status of STATUSES) if (num(row[status]) > 0) ms[status] = num(row[status]);
          return { bucket: bucketOf(days, row), key: text(row.report_key), ms };
        }),
        intervals: [...crossing, ...open].map((row): StatusInterval => ({
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
