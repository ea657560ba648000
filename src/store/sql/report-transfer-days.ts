/**
 * Daily transfer rollups (migration 4): the transfer facts summed per tenant-local day
 * (report-zone.ts) in two tables, because one key with every dimension would hold about a row per
 * fact: `report_transfer_days_agent` by the transferring agent, department, group and channel;
 * `report_transfer_days_reason` by reason, department scope (intra / cross / unknown), group and
 * channel. A report reads whichever has its dimension and filters, else the facts.
 *
 * A fact changes after it is written (outcome, target, the conversation's rating, a forward), so
 * every statement that writes facts is wrapped: the rows it touches are subtracted before and added
 * after (`keepingTransferDays`). A key can so be left with zeros; readers skip keys with no request.
 */
import { localDaySql } from './report-zone.js';
import { statement, type Dialect, type SqlStatement, type SqlValue } from './sql-statement.js';

const answeredOnce = "t.status IN ('accepted', 'rejected') AND t.answered_at IS NOT NULL";
const firstRated = 't.first_of_conversation = 1 AND t.rating IS NOT NULL';
const scopeOf = `CASE WHEN t.to_department IS NULL THEN 'unknown'
  WHEN t.to_department = t.from_department THEN 'intra' ELSE 'cross' END`;

/** Each sum column and a fact's contribution to it. */
const CONTRIBUTIONS: readonly (readonly [string, string])[] = [
  ['requests', '1'],
  ['accepted', "CASE WHEN t.status = 'accepted' THEN 1 ELSE 0 END"],
  ['rejected', "CASE WHEN t.status = 'rejected' THEN 1 ELSE 0 END"],
  ['timed_out', "CASE WHEN t.status = 'timed-out' THEN 1 ELSE 0 END"],
  ['cancelled', "CASE WHEN t.status = 'cancelled' THEN 1 ELSE 0 END"],
  ['answered', `CASE WHEN ${answeredOnce} THEN 1 ELSE 0 END`],
  ['response_ms', `CASE WHEN ${answeredOnce} THEN t.answered_at - t.requested_at ELSE 0 END`],
  ['conversations', 't.first_of_conversation'],
  ['rated_conversations', `CASE WHEN ${firstRated} THEN 1 ELSE 0 END`],
  ['rating_sum', `CASE WHEN ${firstRated} THEN t.rating ELSE 0 END`],
  [
    'intra_department',
    'CASE WHEN t.to_department IS NOT NULL AND t.to_department = t.from_department THEN 1 ELSE 0 END',
  ],
  [
    'cross_department',
    'CASE WHEN t.to_department IS NOT NULL AND t.to_department <> t.from_department THEN 1 ELSE 0 END',
  ],
];

/** The sum columns, for readers: `SUM(column) AS alias` with the aliases report-queries.ts reads. */
export const TRANSFER_DAY_SUMS = CONTRIBUTIONS.map(
  ([column]) => `SUM(${column}) AS ${column.replaceAll('_', '')}`,
).join(', ');

interface Rollup {
  readonly table: string;
  /** Key columns after tenant and day, and the fact expressions filling them. */
  readonly key: readonly (readonly [string, string])[];
}

export const transferDayRollups: readonly Rollup[] = [
  {
    table: 'report_transfer_days_agent',
    key: [
      ['agent_id', 't.from_agent_id'],
      ['department_id', 't.from_department'],
      ['group_id', 't.group_id'],
      ['channel', 't.channel'],
    ],
  },
  {
    table: 'report_transfer_days_reason',
    key: [
      ['reason', 't.reason'],
      ['department_scope', scopeOf],
      ['group_id', 't.group_id'],
      ['channel', 't.channel'],
    ],
  },
];

/** DDL of the two rollups for `dialect`. */
export function transferDayTables(dialect: Dialect): string[] {
  const big = dialect === 'postgres' ? 'BIGINT' : 'INTEGER';
  const clustered = dialect === 'sqlite' ? ' WITHOUT ROWID' : '';
  return transferDayRollups.map(
    ({ table, key }) => `CREATE TABLE ${table} (
      tenant_id TEXT NOT NULL,
      local_day ${big} NOT NULL,
      ${key.map(([column]) => `${column} TEXT NOT NULL`).join(',\n      ')},
      ${CONTRIBUTIONS.map(([column]) => `${column} ${big} NOT NULL DEFAULT 0`).join(',\n      ')},
      PRIMARY KEY (tenant_id, local_day, ${key.map(([column]) => column).join(', ')})
    )${clustered}`,
  );
}

/**
 * Adds (sign 1) or subtracts (-1) the facts `t` matching `where`, grouped by key (PostgreSQL updates
 * a row once per statement).
 */
function bump(rollup: Rollup, where: string, sign: 1 | -1): string {
  const columns = CONTRIBUTIONS.map(([column]) => column);
  const values = CONTRIBUTIONS.map(([, value]) => `SUM(${sign === 1 ? '' : '-1 * '}(${value}))`);
  const keyColumns = ['tenant_id', 'local_day', ...rollup.key.map(([column]) => column)];
  const groupBy = ` GROUP BY ${keyColumns.map((_, index) => String(index + 1)).join(', ')}`;
  return `INSERT INTO ${rollup.table} (${keyColumns.join(', ')}, ${columns.join(', ')})
    SELECT t.tenant_id, ${localDaySql('t.requested_at', 't.tenant_id')}, ${rollup.key.map(([, value]) => value).join(', ')},
      ${values.join(', ')}
    FROM report_transfers t WHERE ${where}${groupBy}
    ON CONFLICT (${keyColumns.join(', ')}) DO UPDATE SET
      ${columns.map((column) => `${column} = ${rollup.table}.${column} + excluded.${column}`).join(', ')}`;
}

/** `writes` (statements on report_transfers) with the facts matching `where` kept in the rollups. */
export function keepingTransferDays(
  where: string,
  params: readonly SqlValue[],
  writes: readonly SqlStatement[],
): SqlStatement[] {
  const each = (sign: 1 | -1): SqlStatement[] =>
    transferDayRollups.map((rollup) => statement(bump(rollup, where, sign), params));
  return [...each(-1), ...writes, ...each(1)];
}

/** Rebuilds both rollups (emptied before) from the facts matching `where(alias)`. */
export const rebuildTransferDays = (where: (alias: string) => string): string[] =>
  transferDayRollups.map((rollup) => bump(rollup, where('t'), 1));
