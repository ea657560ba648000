/**
 * Projections of the report read models (tables in report-tables.ts, metrics in docs/reports.md).
 * Like every projection, a pure function of one event; what an increment needs from earlier events
 * (when the conversation arrived, who owns it since when) the statement reads in SQL from
 * `report_conversations`, inside the same transaction.
 *
 * Rollup rows are bumped with `INSERT … SELECT … ON CONFLICT DO UPDATE`, the subset both databases
 * speak; parameters in a SELECT list are cast, because PostgreSQL would otherwise type them as text.
 */
import type { DomainEvent, EventOf } from '../../domain/events.js';
import type { ProjectionContext } from './projection.js';
import { AGENT_DAY_KEY, rebuildDayRows } from './report-day-tables.js';
import { departmentOf, N, T } from './report-sql.js';
import { statusFrom } from './report-status-projection.js';
import { keepingTransferDays, transferDayRollups } from './report-transfer-days.js';
import { localDaySql, zoneOffsets } from './report-zone.js';
import { statement, type SqlStatement, type SqlValue } from './sql-statement.js';

const HOUR = 3_600_000;
const hourOf = (at: number): number => Math.floor(at / HOUR) * HOUR;
const RC = 'rc.tenant_id = ? AND rc.conversation_id = ?';

/** `col = table.col + excluded.col` for each additive column. */
const adding = (table: string, columns: readonly string[]): string =>
  columns.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(', ');

const AGENT_KEY = 'ON CONFLICT (tenant_id, hour, agent_id, department_id, group_id, channel) DO UPDATE SET';

/**
 * Bumps the agent rollups, hourly and per local day, at `at`: `rest` is the select list after the
 * tenant and the time (agent, department, group, channel, then `columns`' values), its FROM and WHERE;
 * `params` are its parameters.
 */
function agentRollups(
  at: number,
  columns: readonly string[],
  rest: string,
  params: readonly SqlValue[],
): SqlStatement[] {
  const head = (table: string, time: string): string =>
    `INSERT INTO ${table} (tenant_id, ${time}, agent_id, department_id, group_id, channel, ${columns.join(', ')})
     SELECT rc.tenant_id,`;
  return [
    statement(
      `${head('report_agent_hours', 'hour')} ${N}, ${rest} ${AGENT_KEY} ${adding('report_agent_hours', columns)}`,
      [hourOf(at), ...params],
    ),
    statement(
      `${head('report_agent_days', 'local_day')} ${localDaySql(N, 'rc.tenant_id')}, ${rest}
       ON CONFLICT ${AGENT_DAY_KEY} DO UPDATE SET ${adding('report_agent_days', columns)}`,
      [at, at, ...params],
    ),
  ];
}

/** An agent takes ownership (assignment, accepted offer, accepted transfer); `groupId` when it moves. */
function owned(
  tenantId: string,
  change: { conversationId: string; agentId: string; at: number; groupId: string | null },
): SqlStatement[] {
  const { conversationId, agentId, at, groupId } = change;
  return [
    ...agentRollups(
      at,
      ['assigned'],
      `${T}, ${departmentOf('rc.tenant_id', '?')}, COALESCE(${T}, rc.current_group), rc.channel, 1
       FROM report_conversations rc WHERE ${RC}`,
      [agentId, agentId, groupId, tenantId, conversationId],
    ),
    statement(
      `UPDATE report_conversations SET owner_id = ?, owner_department = ${departmentOf('?', '?')}, owned_since = ?,
         responded = 0, waiting_since = NULL, current_group = COALESCE(${T}, current_group)
       WHERE tenant_id = ? AND conversation_id = ?`,
      [agentId, tenantId, agentId, at, groupId, tenantId, conversationId],
    ),
  ];
}

function rated({ tenantId }: ProjectionContext, event: EventOf<'ConversationRated'>): SqlStatement[] {
  return [
    ...agentRollups(
      event.at,
      ['rated', 'rating_sum'],
      `${T}, ${departmentOf('rc.tenant_id', '?')}, rc.current_group, rc.channel, 1, ${N}
       FROM report_conversations rc WHERE ${RC}`,
      [event.agentId, event.agentId, event.score, tenantId, event.conversationId],
    ),
    ...keepingTransferDays(
      't.tenant_id = ? AND t.conversation_id = ?',
      [tenantId, event.conversationId],
      [
        statement('UPDATE report_transfers SET rating = ? WHERE tenant_id = ? AND conversation_id = ?', [
          event.score,
          tenantId,
          event.conversationId,
        ]),
      ],
    ),
  ];
}

function transferRequested({ tenantId }: ProjectionContext, event: EventOf<'TransferRequested'>): SqlStatement[] {
  const { transfer } = event;
  const target = transfer.targetAgentId;
  return [
    // Initiated counts once per transfer id (a forwarded transfer keeps its id).
    statement(
      `INSERT INTO report_agent_days (tenant_id, local_day, agent_id, department_id, group_id, channel, initiated)
       SELECT rc.tenant_id, ${localDaySql(N, 'rc.tenant_id')}, ${T}, ${departmentOf('rc.tenant_id', '?')},
         rc.current_group, rc.channel, 1
       FROM report_conversations rc WHERE ${RC} AND NOT EXISTS (SELECT 1 FROM report_transfers p
         WHERE p.tenant_id = rc.tenant_id AND p.transfer_id = ${T})
       ON CONFLICT ${AGENT_DAY_KEY} DO UPDATE SET ${adding('report_agent_days', ['initiated'])}`,
      [event.at, event.at, transfer.fromAgentId, transfer.fromAgentId, tenantId, transfer.conversationId, transfer.id],
    ),
    ...keepingTransferDays(
      transferWhere,
      [tenantId, transfer.id],
      [
        statement(
          `INSERT INTO report_transfers (tenant_id, transfer_id, conversation_id, requested_at, from_agent_id,
         from_department, to_agent_id, to_department, group_id, channel, reason, status, answered_at,
         first_of_conversation, rating)
       SELECT rc.tenant_id, ${T}, rc.conversation_id, ${N}, ${T}, ${departmentOf('rc.tenant_id', '?')}, ${T},
         CASE WHEN ${T} IS NULL THEN NULL ELSE ${departmentOf('rc.tenant_id', '?')} END,
         rc.current_group, rc.channel, ${T}, 'pending', NULL,
         CASE WHEN EXISTS (SELECT 1 FROM report_transfers p
           WHERE p.tenant_id = rc.tenant_id AND p.conversation_id = rc.conversation_id) THEN 0 ELSE 1 END, NULL
       FROM report_conversations rc WHERE ${RC}
       ON CONFLICT (tenant_id, transfer_id) DO UPDATE SET status = 'pending', to_agent_id = excluded.to_agent_id,
         to_department = excluded.to_department, answered_at = NULL`,
          [
            transfer.id,
            event.at,
            transfer.fromAgentId,
            transfer.fromAgentId,
            target,
            target,
            target,
            transfer.note.reason ?? '',
            tenantId,
            transfer.conversationId,
          ],
        ),
      ],
    ),
  ];
}

const transferWhere = 't.tenant_id = ? AND t.transfer_id = ?';

/** The agent asked (a group member offered, or whoever answered); null leaves the known one. */
function transferTarget(tenantId: string, transferId: string, agentId: string | null): SqlStatement {
  return statement(
    `UPDATE report_transfers SET to_agent_id = COALESCE(${T}, to_agent_id),
       to_department = CASE WHEN ${T} IS NULL THEN to_department ELSE ${departmentOf('?', '?')} END
     WHERE tenant_id = ? AND transfer_id = ?`,
    [agentId, agentId, tenantId, agentId, tenantId, transferId],
  );
}

function transferOutcome(
  tenantId: string,
  outcome: { transferId: string; agentId: string | null; status: string; at: number },
): SqlStatement[] {
  return keepingTransferDays(
    transferWhere,
    [tenantId, outcome.transferId],
    [
      transferTarget(tenantId, outcome.transferId, outcome.agentId),
      statement('UPDATE report_transfers SET status = ?, answered_at = ? WHERE tenant_id = ? AND transfer_id = ?', [
        outcome.status,
        outcome.at,
        tenantId,
        outcome.transferId,
      ]),
    ],
  );
}

/** A statement whose `:name` parameters are taken from `values`. */
/**
 * The tenant's zone: when it differs from the one the daily rollups are keyed by (none: UTC), its
 * offsets replace the old ones and the daily rollups are rebuilt from the hourly rows and the facts.
 */
function zoneSet({ tenantId }: ProjectionContext, zone: string): SqlStatement[] {
  const changed = `COALESCE((SELECT z.time_zone FROM report_zones z WHERE z.tenant_id = ${T}), 'UTC') <> ${T}`;
  const changedParams = [tenantId, zone];
  const offsets = zoneOffsets(zone);
  const emptied = [
    'report_zone_offsets',
    'report_agent_days',
    'report_status_days',
    'report_status_crossing',
    ...transferDayRollups.map(({ table }) => table),
  ];
  return [
    ...emptied.map((table) =>
      statement(`DELETE FROM ${table} WHERE tenant_id = ? AND ${changed}`, [tenantId, ...changedParams]),
    ),
    statement(
      `INSERT INTO report_zone_offsets (tenant_id, since, offset_ms)
       SELECT ${T}, v.column1, v.column2 FROM (VALUES ${offsets.map(() => `(${N}, ${N})`).join(', ')}) v
       WHERE ${changed}`,
      [tenantId, ...offsets.flatMap(({ since, offsetMs }) => [since, offsetMs]), ...changedParams],
    ),
    ...rebuildDayRows((alias) => `${alias}.tenant_id = ? AND ${changed}`).map((sql) =>
      statement(sql, [tenantId, ...changedParams]),
    ),
    statement(
      `INSERT INTO report_zones (tenant_id, time_zone) VALUES (?, ?)
       ON CONFLICT (tenant_id) DO UPDATE SET time_zone = excluded.time_zone`,
      [tenantId, zone],
    ),
  ];
}

type ReportProjection = (context: ProjectionContext, event: DomainEvent) => SqlStatement[];

const byType: {
  readonly [T in DomainEvent['type']]?: (context: ProjectionContext, event: EventOf<T>) => SqlStatement[];
} = {
  TenantConfigured: (context, { settings }) => zoneSet(context, settings.timeZone),
  SkillGroupSaved: ({ tenantId }, { group }) => [
    statement(
      `INSERT INTO report_groups (tenant_id, group_id, service_level_ms) VALUES (?, ?, ?)
         ON CONFLICT (tenant_id, group_id) DO UPDATE SET service_level_ms = excluded.service_level_ms`,
      [tenantId, group.id, (typeof group.serviceLevelSeconds === 'number' ? group.serviceLevelSeconds : 20) * 1000],
    ),
  ],
  AgentSaved: ({ tenantId }, { agent }) => [
    statement('UPDATE report_agent_state SET department_id = ? WHERE tenant_id = ? AND agent_id = ?', [
      agent.departmentId ?? '',
      tenantId,
      agent.id,
    ]),
  ],
  AgentConnected: (context, event) =>
    statusFrom(context, { agentId: event.agentId, status: 'available', at: event.at, onlyFrom: 'offline' }),
  AgentStatusChanged: (context, event) =>
    statusFrom(context, { agentId: event.agentId, status: event.status, at: event.at, onlyFrom: null }),
  TransferAccepted: ({ tenantId }, event) => [
    ...transferOutcome(tenantId, { ...event, agentId: event.toAgentId, status: 'accepted' }),
    statement(
      `INSERT INTO report_agent_days (tenant_id, local_day, agent_id, department_id, group_id, channel, received)
       SELECT t.tenant_id, ${localDaySql('t.requested_at', 't.tenant_id')}, t.to_agent_id,
         COALESCE(t.to_department, ''), t.group_id, t.channel, 1
       FROM report_transfers t WHERE t.tenant_id = ? AND t.transfer_id = ? AND t.to_agent_id IS NOT NULL
       ON CONFLICT ${AGENT_DAY_KEY} DO UPDATE SET ${adding('report_agent_days', ['received'])}`,
      [tenantId, event.transferId],
    ),
    ...owned(tenantId, {
      conversationId: event.conversationId,
      agentId: event.toAgentId,
      at: event.at,
      groupId: event.groupId,
    }),
  ],
  ConversationRated: rated,
  TransferRequested: transferRequested,
  TransferOffered: ({ tenantId }, event) =>
    keepingTransferDays(
      transferWhere,
      [tenantId, event.transferId],
      [transferTarget(tenantId, event.transferId, event.agentId)],
    ),
  TransferRejected: ({ tenantId }, event) => transferOutcome(tenantId, { ...event, status: 'rejected' }),
  TransferTimedOut: ({ tenantId }, event) => transferOutcome(tenantId, { ...event, status: 'timed-out' }),
  TransferCancelled: ({ tenantId }, event) => transferOutcome(tenantId, { ...event, status: 'cancelled' }),
};

/** The report statements of one event (empty when it moves no report figure). */
export const projectReports: ReportProjection = (context, event) => {
  const projection = byType[event.type] as ReportProjection | undefined;
  return projection?.(context, event) ?? [];
};
