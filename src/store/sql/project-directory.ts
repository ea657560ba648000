/**
 * Read-model projections of the people: `agents` (profile, status, presence) and `customers`
 * (profile; a customer's last agent is read off their closed conversations, see
 * read-model-queries.ts). Saving an agent's profile keeps the live columns (status, presence).
 */
import type { EventOf } from '../../domain/events.js';
import type { Projection } from './projection.js';
import { bool, json, statement, type SqlStatement } from './sql-statement.js';

const setAgent = (
  tenantId: string,
  agentId: string,
  seq: number,
  assignments: string,
  params: readonly (string | number)[],
): SqlStatement =>
  statement(`UPDATE agents SET ${assignments}, updated_seq = ? WHERE tenant_id = ? AND agent_id = ?`, [
    ...params,
    seq,
    tenantId,
    agentId,
  ]);

export const agentSaved: Projection<EventOf<'AgentSaved'>> = ({ tenantId, seq }, { agent }) => [
  statement(
    `INSERT INTO agents (tenant_id, agent_id, name, role, level, department_id, max_concurrent, memberships, languages,
       status, online, updated_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'offline', 0, ?)
     ON CONFLICT (tenant_id, agent_id) DO UPDATE SET name = excluded.name, role = excluded.role,
       level = excluded.level, department_id = excluded.department_id, max_concurrent = excluded.max_concurrent,
       memberships = excluded.memberships, languages = excluded.languages, updated_seq = excluded.updated_seq`,
    [
      tenantId,
      agent.id,
      agent.name,
      agent.role,
      agent.level,
      agent.departmentId,
      agent.maxConcurrent,
      json(agent.memberships),
      json(agent.languages),
      seq,
    ],
  ),
];

/** As in the domain: an agent who connects while `offline` becomes `available`; other statuses stay. */
export const agentConnected: Projection<EventOf<'AgentConnected'>> = ({ tenantId, seq }, event) => [
  setAgent(
    tenantId,
    event.agentId,
    seq,
    "online = 1, status = CASE WHEN status = 'offline' THEN 'available' ELSE status END",
    [],
  ),
];

export const agentDisconnected: Projection<EventOf<'AgentDisconnected'>> = ({ tenantId, seq }, event) => [
  setAgent(tenantId, event.agentId, seq, 'online = 0', []),
];

export const agentStatusChanged: Projection<EventOf<'AgentStatusChanged'>> = ({ tenantId, seq }, event) => [
  setAgent(tenantId, event.agentId, seq, 'status = ?', [event.status]),
];

export const customerSaved: Projection<EventOf<'CustomerSaved'>> = ({ tenantId, seq }, { customer }) => [
  statement(
    `INSERT INTO customers (tenant_id, customer_id, name, verified, vip_level, language, labels, dedicated_agent_id,
       contact, attributes, updated_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (tenant_id, customer_id) DO UPDATE SET name = excluded.name, verified = excluded.verified,
       vip_level = excluded.vip_level, language = excluded.language, labels = excluded.labels,
       dedicated_agent_id = excluded.dedicated_agent_id, contact = excluded.contact,
       attributes = excluded.attributes, updated_seq = excluded.updated_seq`,
    [
      tenantId,
      customer.id,
      customer.name,
      bool(customer.verified),
      customer.vipLevel,
      customer.language,
      json(customer.labels),
      customer.dedicatedAgentId,
      customer.contact === undefined ? null : json(customer.contact),
      customer.attributes === undefined ? null : json(customer.attributes),
      seq,
    ],
  ),
];
