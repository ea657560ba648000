/**
 * Agent status intervals for the reports' time per status (docs/reports.md): each status change
 * closes the agent's open interval — into the interval facts and the per-local-day sums — and opens
 * the next one in `report_agent_state`.
 */
import type { ProjectionContext } from './projection.js';
import { statusDayRows } from './report-day-tables.js';
import { departmentOf, N } from './report-sql.js';
import { statement, type SqlStatement, type SqlValue } from './sql-statement.js';

/** A statement with `:name` parameters, turned into `?` ones in order of appearance. */
function named(sql: string, values: Readonly<Record<string, SqlValue>>): SqlStatement {
  const params: SqlValue[] = [];
  const text = sql.replace(/:([a-z]+)/g, (_, name: string) => {
    params.push(values[name] ?? null);
    return '?';
  });
  return statement(text, params);
}

/** Closes the agent's current status interval (if it started before `at`) and opens `status`. */
export function statusFrom(
  { tenantId, seq }: ProjectionContext,
  change: { agentId: string; status: string; at: number; onlyFrom: string | null },
): SqlStatement[] {
  const { agentId, status, at, onlyFrom } = change;
  const only = onlyFrom === null ? '' : ' AND s.status = ?';
  const ending = `FROM report_agent_state s WHERE s.tenant_id = :tenant AND s.agent_id = :agent
    AND s.since < CAST(:at AS BIGINT)${onlyFrom === null ? '' : ' AND s.status = :only'}`;
  const values = { tenant: tenantId, agent: agentId, at, seq, only: onlyFrom };
  return [
    ...statusDayRows({
      tenant: 's.tenant_id',
      start: 's.since',
      end: 'CAST(:at AS BIGINT)',
      seq: 'CAST(:seq AS BIGINT)',
      from: ending,
    }).map((sql) => named(sql, values)),
    statement(
      `INSERT INTO report_status_intervals (tenant_id, seq, agent_id, department_id, status, started_at, ended_at)
       SELECT s.tenant_id, ${N}, s.agent_id, s.department_id, s.status, s.since, ${N}
       FROM report_agent_state s WHERE s.tenant_id = ? AND s.agent_id = ? AND s.since < ${N}${only}
       ON CONFLICT (tenant_id, seq) DO NOTHING`,
      [seq, at, tenantId, agentId, at, ...(onlyFrom === null ? [] : [onlyFrom])],
    ),
    statement(
      `INSERT INTO report_agent_state (tenant_id, agent_id, department_id, status, since)
       VALUES (?, ?, ${departmentOf('?', '?')}, ?, ?)
       ON CONFLICT (tenant_id, agent_id) DO UPDATE SET status = excluded.status, since = excluded.since,
         department_id = excluded.department_id${onlyFrom === null ? '' : ' WHERE report_agent_state.status = ?'}`,
      [tenantId, agentId, tenantId, agentId, status, at, ...(onlyFrom === null ? [] : [onlyFrom])],
    ),
  ];
}
