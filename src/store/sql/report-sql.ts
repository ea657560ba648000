/**
 * SQL fragments the report projections and queries share (docs/reports.md): parameter lists, the
 * casts PostgreSQL needs for parameters in a SELECT list, and the agent filter of status-time reads.
 */
import type { ReportFilter } from '../report-read-model.js';
import type { SqlValue } from './sql-statement.js';

/** `?, ?, …` for `count` parameters. */
export const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/** A number parameter PostgreSQL must not guess the type of. */
export const N = 'CAST(? AS BIGINT)';
/** A text parameter likewise. */
export const T = 'CAST(? AS TEXT)';

/** The agent's department (empty when none), read in the same statement. */
export const departmentOf = (tenant: string, agent: string): string =>
  `COALESCE((SELECT department_id FROM agents WHERE agents.tenant_id = ${tenant} AND agents.agent_id = ${agent}), '')`;

/**
 * ` AND …` clauses on `agent_id` / `department_id` for the filter's agent, department and scope, with
 * their parameters in order (an empty scope matches nothing).
 */
export function agentFilterSql(filter: ReportFilter): { readonly and: string; readonly params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  const { agentId, departmentId, scope } = filter;
  if (agentId !== undefined) {
    clauses.push('agent_id = ?');
    params.push(agentId);
  }
  if (departmentId !== undefined) {
    clauses.push('department_id = ?');
    params.push(departmentId);
  }
  if (scope !== undefined) {
    clauses.push(scope.agentIds.length === 0 ? '1 = 0' : `agent_id IN (${placeholders(scope.agentIds.length)})`);
    params.push(...scope.agentIds);
  }
  return { and: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}
