/**
 * DDL of the report read models (migration 3; docs/reports.md defines every metric they feed).
 *
 * - `report_conversations`: the little per-conversation state the report projections need
 *   (arrival group, first assignment, current owner and since when, whether the owner has answered,
 *   since when the customer waits for a reply). Never queried by reports directly.
 * - `report_groups`: each skill group's service-level threshold, for the queue rollup.
 * - `report_queue_hours`, `report_agent_hours`: additive rollups per UTC hour and dimension values,
 *   bumped by the projector in the append's transaction, so a month of reports reads a few
 *   thousand rows whatever the traffic.
 * - `report_transfers`: one fact row per transfer (request to outcome) with the dimensions fixed
 *   when it happened (departments, group, channel), aggregated at query time.
 * - `report_agent_state`, `report_status_intervals`: each agent's current status and the closed
 *   intervals of the earlier ones, for time per status.
 *
 * Instants are epoch ms; `hour` is an instant floored to the UTC hour. Dimension columns that are
 * part of a key are never null: `''` stands for "none".
 */
import type { Dialect } from './sql-statement.js';

/** The statements of migration 3 for `dialect`. */
export function reportTables(dialect: Dialect): readonly string[] {
  const big = dialect === 'postgres' ? 'BIGINT' : 'INTEGER';
  return [
    `CREATE TABLE report_conversations (
      tenant_id TEXT NOT NULL,
      conversation_id TEXT NOT NULL,
      arrival_group TEXT NOT NULL,
      current_group TEXT NOT NULL,
      channel TEXT NOT NULL,
      opened_at ${big} NOT NULL,
      first_assigned_at ${big},
      owner_id TEXT,
      owner_department TEXT NOT NULL DEFAULT '',
      owned_since ${big},
      responded INTEGER NOT NULL DEFAULT 0,
      waiting_since ${big},
      PRIMARY KEY (tenant_id, conversation_id)
    )`,
    `CREATE TABLE report_groups (
      tenant_id TEXT NOT NULL,
      group_id TEXT NOT NULL,
      service_level_ms ${big} NOT NULL,
      PRIMARY KEY (tenant_id, group_id)
    )`,
    `CREATE TABLE report_queue_hours (
      tenant_id TEXT NOT NULL,
      hour ${big} NOT NULL,
      group_id TEXT NOT NULL,
      channel TEXT NOT NULL,
      arrivals ${big} NOT NULL DEFAULT 0,
      answered ${big} NOT NULL DEFAULT 0,
      answered_in_sl ${big} NOT NULL DEFAULT 0,
      wait_ms ${big} NOT NULL DEFAULT 0,
      abandoned ${big} NOT NULL DEFAULT 0,
      max_wait_ms ${big} NOT NULL DEFAULT 0,
      PRIMARY KEY (tenant_id, hour, group_id, channel)
    )`,
    `CREATE TABLE report_agent_hours (
      tenant_id TEXT NOT NULL,
      hour ${big} NOT NULL,
      agent_id TEXT NOT NULL,
      department_id TEXT NOT NULL,
      group_id TEXT NOT NULL,
      channel TEXT NOT NULL,
      assigned ${big} NOT NULL DEFAULT 0,
      handled ${big} NOT NULL DEFAULT 0,
      handle_ms ${big} NOT NULL DEFAULT 0,
      first_responses ${big} NOT NULL DEFAULT 0,
      first_response_ms ${big} NOT NULL DEFAULT 0,
      responses ${big} NOT NULL DEFAULT 0,
      response_ms ${big} NOT NULL DEFAULT 0,
      rated ${big} NOT NULL DEFAULT 0,
      rating_sum ${big} NOT NULL DEFAULT 0,
      resolved ${big} NOT NULL DEFAULT 0,
      unresolved ${big} NOT NULL DEFAULT 0,
      PRIMARY KEY (tenant_id, hour, agent_id, department_id, group_id, channel)
    )`,
    `CREATE TABLE report_transfers (
      tenant_id TEXT NOT NULL,
      transfer_id TEXT NOT NULL,
      conversation_id TEXT NOT NULL,
      requested_at ${big} NOT NULL,
      from_agent_id TEXT NOT NULL,
      from_department TEXT NOT NULL,
      to_agent_id TEXT,
      to_department TEXT,
      group_id TEXT NOT NULL,
      channel TEXT NOT NULL,
      reason TEXT NOT NULL,
      status TEXT NOT NULL,
      answered_at ${big},
      first_of_conversation INTEGER NOT NULL,
      rating INTEGER,
      PRIMARY KEY (tenant_id, transfer_id)
    )`,
    'CREATE INDEX report_transfers_requested ON report_transfers (tenant_id, requested_at)',
    'CREATE INDEX report_transfers_conversation ON report_transfers (tenant_id, conversation_id)',
    `CREATE TABLE report_agent_state (
      tenant_id TEXT NOT NULL,
      agent_id TEXT NOT NULL,
      department_id TEXT NOT NULL,
      status TEXT NOT NULL,
      since ${big} NOT NULL,
      PRIMARY KEY (tenant_id, agent_id)
    )`,
    `CREATE TABLE report_status_intervals (
      tenant_id TEXT NOT NULL,
      seq ${big} NOT NULL,
      agent_id TEXT NOT NULL,
      department_id TEXT NOT NULL,
      status TEXT NOT NULL,
      started_at ${big} NOT NULL,
      ended_at ${big} NOT NULL,
      PRIMARY KEY (tenant_id, seq)
    )`,
    'CREATE INDEX report_status_intervals_ended ON report_status_intervals (tenant_id, ended_at)',
  ];
}
