/**
 * DDL of the daily report rollups (migration 4) and the statements that rebuild them from the hourly
 * rows and the facts (docs/reports.md, "Time zones" and "Benchmark").
 *
 * - `report_zones`, `report_zone_offsets`: the zone the daily rows are keyed by and its UTC offsets
 *   (report-zone.ts). No row: UTC.
 * - `report_agent_days`: the agent rollup per tenant-local day (report-zone.ts), plus the transfers
 *   each agent initiated and received, so a month by agent reads a row per agent and day.
 * - `report_transfer_days_agent`, `report_transfer_days_reason`: the transfer facts per local day
 *   (report-transfer-days.ts).
 * - `report_status_days`: status time of the intervals that lie inside one local day; the ones that
 *   cross a local midnight are copied to `report_status_crossing` for the caller to split.
 *
 * When the tenant's zone changes the projector rebuilds these tables from `report_agent_hours`,
 * `report_transfers` and `report_status_intervals` (`rebuildDayRows`); migration 4 builds them the
 * same way for the rows already there, as UTC days.
 */
import { rebuildTransferDays, transferDayTables } from './report-transfer-days.js';
import { DAY, localDaySql, offsetSql } from './report-zone.js';
import type { Dialect } from './sql-statement.js';

export const AGENT_DAY_KEY = '(tenant_id, local_day, agent_id, department_id, group_id, channel)';
export const STATUS_DAY_KEY = '(tenant_id, local_day, agent_id, department_id, status)';
const AGENT_SUM_COLUMNS = [
  'assigned',
  'handled',
  'handle_ms',
  'first_responses',
  'first_response_ms',
  'responses',
  'response_ms',
  'rated',
  'rating_sum',
  'resolved',
  'unresolved',
];

/** The statements of migration 4 for `dialect`. */
export function reportDayTables(dialect: Dialect): readonly string[] {
  const big = dialect === 'postgres' ? 'BIGINT' : 'INTEGER';
  const clustered = dialect === 'sqlite' ? ' WITHOUT ROWID' : '';
  return [
    `CREATE TABLE report_zones (
      tenant_id TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      PRIMARY KEY (tenant_id)
    )`,
    `CREATE TABLE report_zone_offsets (
      tenant_id TEXT NOT NULL,
      since ${big} NOT NULL,
      offset_ms ${big} NOT NULL,
      PRIMARY KEY (tenant_id, since)
    )${clustered}`,
    `CREATE TABLE report_agent_days (
      tenant_id TEXT NOT NULL,
      local_day ${big} NOT NULL,
      agent_id TEXT NOT NULL,
      department_id TEXT NOT NULL,
      group_id TEXT NOT NULL,
      channel TEXT NOT NULL,
      ${AGENT_SUM_COLUMNS.map((column) => `${column} ${big} NOT NULL DEFAULT 0`).join(',\n      ')},
      initiated ${big} NOT NULL DEFAULT 0,
      received ${big} NOT NULL DEFAULT 0,
      PRIMARY KEY ${AGENT_DAY_KEY}
    )${clustered}`,
    `CREATE TABLE report_status_days (
      tenant_id TEXT NOT NULL,
      local_day ${big} NOT NULL,
      agent_id TEXT NOT NULL,
      department_id TEXT NOT NULL,
      status TEXT NOT NULL,
      ms ${big} NOT NULL DEFAULT 0,
      PRIMARY KEY ${STATUS_DAY_KEY}
    )${clustered}`,
    `CREATE TABLE report_status_crossing (
      tenant_id TEXT NOT NULL,
      seq ${big} NOT NULL,
      agent_id TEXT NOT NULL,
      department_id TEXT NOT NULL,
      status TEXT NOT NULL,
      started_at ${big} NOT NULL,
      ended_at ${big} NOT NULL,
      PRIMARY KEY (tenant_id, seq)
    )`,
    'CREATE INDEX report_status_crossing_ended ON report_status_crossing (tenant_id, ended_at)',
    ...transferDayTables(dialect),
    ...rebuildDayRows(() => '1 = 1'),
  ];
}

/**
 * Status time of the intervals `from` selects (`start`, `end`: their instants; the select list reads
 * `agent_id`, `department_id`, `status` of the same row): one inside a local day is summed in that
 * day; one across exactly one local midnight with the same UTC offset at both ends is split there;
 * any other is copied to `report_status_crossing` for the reader to split. `from`'s parameters go
 * once in each statement.
 */
export function statusDayRows(interval: {
  readonly tenant: string;
  readonly start: string;
  readonly end: string;
  readonly seq: string;
  readonly from: string;
}): string[] {
  const { tenant, start, end, seq, from } = interval;
  const alias = tenant.split('.')[0] ?? '';
  const startDay = localDaySql(start, tenant);
  const endDay = localDaySql(`${end} - 1`, tenant);
  const midnight = `(${endDay}) * ${String(DAY)} - ${offsetSql(`${end} - 1`, tenant)}`;
  const split = `${startDay} + 1 = ${endDay} AND ${offsetSql(start, tenant)} = ${offsetSql(`${end} - 1`, tenant)}`;
  const days = (day: string, ms: string, condition: string): string =>
    `INSERT INTO report_status_days (tenant_id, local_day, agent_id, department_id, status, ms)
     SELECT ${tenant}, ${day}, ${alias}.agent_id, ${alias}.department_id, ${alias}.status, SUM(${ms})
     ${from} AND ${condition} GROUP BY 1, 2, 3, 4, 5
     ON CONFLICT ${STATUS_DAY_KEY} DO UPDATE SET ms = report_status_days.ms + excluded.ms`;
  return [
    days(startDay, `${end} - ${start}`, `${startDay} = ${endDay}`),
    days(startDay, `${midnight} - ${start}`, split),
    days(endDay, `${end} - (${midnight})`, split),
    `INSERT INTO report_status_crossing (tenant_id, seq, agent_id, department_id, status, started_at, ended_at)
     SELECT ${tenant}, ${seq}, ${alias}.agent_id, ${alias}.department_id, ${alias}.status, ${start}, ${end}
     ${from} AND ${startDay} <> ${endDay} AND NOT (${split})
     ON CONFLICT (tenant_id, seq) DO NOTHING`,
  ];
}

/**
 * Fills the daily tables (emptied before) from the hourly rows and the facts of the rows matching
 * `where(alias)`, with local days from `report_zone_offsets`. An hour row counts in the day its UTC
 * start falls in (exact for whole-hour offsets). Each statement takes `where`'s parameters once.
 */
export function rebuildDayRows(where: (alias: string) => string): string[] {
  const day = (alias: string, instant: string): string => localDaySql(instant, `${alias}.tenant_id`);
  const agentColumns = 'tenant_id, local_day, agent_id, department_id, group_id, channel';
  const adding = (column: string): string =>
    `ON CONFLICT ${AGENT_DAY_KEY} DO UPDATE SET ${column} = report_agent_days.${column} + excluded.${column}`;
  return [
    `INSERT INTO report_agent_days (${agentColumns}, ${AGENT_SUM_COLUMNS.join(', ')})
     SELECT h.tenant_id, ${day('h', 'h.hour')}, h.agent_id, h.department_id, h.group_id, h.channel,
       ${AGENT_SUM_COLUMNS.map((column) => `SUM(h.${column})`).join(', ')}
     FROM report_agent_hours h WHERE ${where('h')} GROUP BY 1, 2, 3, 4, 5, 6`,
    `INSERT INTO report_agent_days (${agentColumns}, initiated)
     SELECT t.tenant_id, ${day('t', 't.requested_at')}, t.from_agent_id, t.from_department, t.group_id, t.channel,
       COUNT(*)
     FROM report_transfers t WHERE ${where('t')} GROUP BY 1, 2, 3, 4, 5, 6 ${adding('initiated')}`,
    `INSERT INTO report_agent_days (${agentColumns}, received)
     SELECT t.tenant_id, ${day('t', 't.requested_at')}, t.to_agent_id, COALESCE(t.to_department, ''), t.group_id,
       t.channel, COUNT(*)
     FROM report_transfers t WHERE ${where('t')} AND t.status = 'accepted' AND t.to_agent_id IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5, 6 ${adding('received')}`,
    ...statusDayRows({
      tenant: 'i.tenant_id',
      start: 'i.started_at',
      end: 'i.ended_at',
      seq: 'i.seq',
      from: `FROM report_status_intervals i WHERE ${where('i')}`,
    }),
    ...rebuildTransferDays(where),
  ];
}
