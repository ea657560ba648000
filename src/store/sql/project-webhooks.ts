/**
 * Webhook projections (webhook-tables.ts): endpoints and subscriptions follow the admin's events,
 * and every domain event that becomes webhook events (src/domain/webhook-events.ts) inserts one
 * pending delivery per enabled endpoint subscribed to each — in the transaction that appends it
 * (the transactional outbox). The insert reads the endpoint tables, and the agent's name and the
 * conversation's customer from the read models, inside that same transaction; nothing else is read.
 *
 * A delivery's id is `d_<seq>_<index>_<endpoint id>`: unique within the tenant, the same on every
 * retry (`Switchboard-Delivery`), so a receiver can drop a repeat.
 */
import type { DomainEvent, EventOf } from '../../domain/events.js';
import { webhookEventsOf } from '../../domain/webhook-events.js';
import type { Projection } from './projection.js';
import { bool, json, statement, type SqlStatement, type SqlValue } from './sql-statement.js';

/** The webhook events of one domain event carry indexes below this (position = seq × 16 + index). */
export const POSITIONS_PER_EVENT = 16;

export const webhookSaved: Projection<EventOf<'WebhookSaved'>> = ({ tenantId }, { webhook }) => [
  statement(
    `INSERT INTO webhook_endpoints (tenant_id, endpoint_id, enabled) VALUES (?, ?, ?)
     ON CONFLICT (tenant_id, endpoint_id) DO UPDATE SET enabled = excluded.enabled`,
    [tenantId, webhook.id, bool(webhook.enabled)],
  ),
  statement('DELETE FROM webhook_subscriptions WHERE tenant_id = ? AND endpoint_id = ?', [tenantId, webhook.id]),
  ...webhook.events.map((type) =>
    statement('INSERT INTO webhook_subscriptions (tenant_id, endpoint_id, event_type) VALUES (?, ?, ?)', [
      tenantId,
      webhook.id,
      type,
    ]),
  ),
];

/** A removed endpoint's pending deliveries fail (its secret and URL are gone); its log stays until pruned. */
export const webhookRemoved: Projection<EventOf<'WebhookRemoved'>> = ({ tenantId }, event) => [
  statement('DELETE FROM webhook_endpoints WHERE tenant_id = ? AND endpoint_id = ?', [tenantId, event.webhookId]),
  statement('DELETE FROM webhook_subscriptions WHERE tenant_id = ? AND endpoint_id = ?', [tenantId, event.webhookId]),
  statement(
    `UPDATE webhook_deliveries SET status = 'failed', last_error = ?, finished_at = ?
     WHERE tenant_id = ? AND endpoint_id = ? AND status = 'pending'`,
    ['the endpoint was removed', event.at, tenantId, event.webhookId],
  ),
];

/** Rows per statement: 11 values each, well under PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 2000;

/**
 * The pending deliveries an append queues: for each webhook event of its events, one per enabled
 * endpoint subscribed to its type — in one statement (a few for a huge append), none when no event
 * of the append has webhook events, so an append costs one statement more at most.
 */
export function queueDeliveries(tenantId: string, firstSeq: number, events: readonly DomainEvent[]): SqlStatement[] {
  const rows: SqlValue[][] = [];
  events.forEach((event, eventIndex) => {
    const seq = firstSeq + eventIndex;
    webhookEventsOf(event).forEach((webhookEvent, index) => {
      rows.push([
        `d_${seq}_${index}_`,
        webhookEvent.type,
        webhookEvent.conversationId,
        seq * POSITIONS_PER_EVENT + index,
        json(webhookEvent.data),
        webhookEvent.agentId,
        event.at,
      ]);
    });
  });
  const statements: SqlStatement[] = [];
  for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
    const chunk = rows.slice(from, from + ROWS_PER_INSERT);
    const values = chunk
      .map(
        () =>
          '(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT))',
      )
      .join(', ');
    statements.push(
      statement(
        `WITH v (id_prefix, event_type, conversation_id, position, payload, agent_id, at) AS (VALUES ${values})
         INSERT INTO webhook_deliveries (tenant_id, delivery_id, endpoint_id, event_type, conversation_id, position,
           payload, agent_name, customer_id, occurred_at, created_at, retry_from, status, attempts, next_attempt_at)
         SELECT e.tenant_id, v.id_prefix || e.endpoint_id, e.endpoint_id, v.event_type, v.conversation_id, v.position,
           v.payload,
           (SELECT a.name FROM agents a WHERE a.tenant_id = e.tenant_id AND a.agent_id = v.agent_id),
           (SELECT c.customer_id FROM conversations c
             WHERE c.tenant_id = e.tenant_id AND c.conversation_id = v.conversation_id),
           v.at, v.at, v.at, 'pending', 0, v.at
         FROM v
         JOIN webhook_subscriptions s ON s.tenant_id = ? AND s.event_type = v.event_type
         JOIN webhook_endpoints e ON e.tenant_id = s.tenant_id AND e.endpoint_id = s.endpoint_id AND e.enabled = 1`,
        [...chunk.flat(), tenantId],
      ),
    );
  }
  return statements;
}
