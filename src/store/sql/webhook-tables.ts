/**
 * DDL of migration "webhooks" (issue 18; docs/integrations.md, "Webhooks"): the endpoints and the
 * event types each subscribes to (projected from `WebhookSaved` / `WebhookRemoved`, without the
 * secret, which stays in the event log and the tenant's state), and the delivery queue — a
 * transactional outbox: a domain event's deliveries are inserted by its append's transaction
 * (project-webhooks.ts), one row per subscribed endpoint, so they exist exactly when the event is
 * durable. The deliverer (src/services/webhooks/) works the queue and records each attempt on the
 * row; delivered and failed rows are pruned after a retention.
 *
 * `position` (the event's seq × 16 + its index among the event's webhook events) orders the
 * deliveries of one endpoint and conversation: a later one waits while an earlier one is pending.
 */
import type { Dialect } from './sql-statement.js';

export const webhookTables = (dialect: Dialect): readonly string[] => {
  const big = dialect === 'postgres' ? 'BIGINT' : 'INTEGER';
  return [
    `CREATE TABLE webhook_endpoints (
      tenant_id TEXT NOT NULL,
      endpoint_id TEXT NOT NULL,
      enabled INTEGER NOT NULL,
      PRIMARY KEY (tenant_id, endpoint_id)
    )`,
    `CREATE TABLE webhook_subscriptions (
      tenant_id TEXT NOT NULL,
      endpoint_id TEXT NOT NULL,
      event_type TEXT NOT NULL,
      PRIMARY KEY (tenant_id, event_type, endpoint_id)
    )`,
    `CREATE TABLE webhook_deliveries (
      tenant_id TEXT NOT NULL,
      delivery_id TEXT NOT NULL,
      endpoint_id TEXT NOT NULL,
      event_type TEXT NOT NULL,
      conversation_id TEXT,
      position ${big} NOT NULL,
      payload TEXT NOT NULL,
      agent_name TEXT,
      customer_id TEXT,
      occurred_at ${big} NOT NULL,
      created_at ${big} NOT NULL,
      retry_from ${big} NOT NULL,
      status TEXT NOT NULL,
      attempts INTEGER NOT NULL,
      next_attempt_at ${big} NOT NULL,
      last_attempt_at ${big},
      last_status INTEGER,
      last_error TEXT,
      last_latency_ms INTEGER,
      finished_at ${big},
      PRIMARY KEY (tenant_id, delivery_id)
    )`,
    'CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at, position)',
    'CREATE INDEX webhook_deliveries_log ON webhook_deliveries (tenant_id, endpoint_id, created_at, position)',
    `CREATE INDEX webhook_deliveries_order ON webhook_deliveries
      (tenant_id, endpoint_id, conversation_id, status, position)`,
    'CREATE INDEX webhook_deliveries_finished ON webhook_deliveries (status, finished_at)',
  ];
};
