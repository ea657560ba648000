/**
 * The webhook queue (src/store/webhook-queue.ts) in the shared SQL, for both adapters: each gives
 * a way to run a statement on its writing connection (SQLite's writer, PostgreSQL's pool).
 */
import type {
  AttemptRecord,
  DeliveryPage,
  DeliveryPageQuery,
  DeliveryStatus,
  DueQuery,
  NewDelivery,
  QueuedDelivery,
  WebhookQueue,
} from '../webhook-queue.js';
import type { SqlValue } from './sql-statement.js';

/** Runs one statement of the shared SQL (`?` placeholders) on the adapter's writing connection. */
export interface SqlRunner {
  /** Returns the number of rows changed. */
  run(sql: string, params: readonly SqlValue[]): Promise<number>;
  rows(sql: string, params: readonly SqlValue[]): Promise<Record<string, unknown>[]>;
}

const COLUMNS = `d.tenant_id, d.delivery_id, d.endpoint_id, d.event_type, d.conversation_id, d.payload, d.agent_name,
  d.customer_id, d.occurred_at, d.created_at, d.retry_from, d.status, d.attempts, d.next_attempt_at,
  d.last_attempt_at, d.last_status, d.last_error, d.last_latency_ms, d.finished_at, d.position`;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function toDelivery(row: Record<string, unknown>): QueuedDelivery {
  return {
    tenantId: text(row.tenant_id) ?? '',
    deliveryId: text(row.delivery_id) ?? '',
    endpointId: text(row.endpoint_id) ?? '',
    eventType: text(row.event_type) ?? '',
    conversationId: text(row.conversation_id),
    payload: text(row.payload) ?? '{}',
    agentName: text(row.agent_name),
    customerId: text(row.customer_id),
    occurredAt: Number(row.occurred_at),
    createdAt: Number(row.created_at),
    retryFrom: Number(row.retry_from),
    status: text(row.status) as DeliveryStatus,
    attempts: Number(row.attempts),
    nextAttemptAt: Number(row.next_attempt_at),
    lastAttemptAt: num(row.last_attempt_at),
    lastStatus: num(row.last_status),
    lastError: text(row.last_error),
    lastLatencyMs: num(row.last_latency_ms),
    finishedAt: num(row.finished_at),
  };
}

/** Deletes per statement when pruning (so one prune never holds the writer long). */
const PRUNE_BATCH = 1000;

export function createWebhookQueue(db: SqlRunner): WebhookQueue {
  return {
    async due(query: DueQuery): Promise<QueuedDelivery[]> {
      if (query.tenantIds !== null && query.tenantIds.length === 0) return [];
      const tenants =
        query.tenantIds === null ? '' : `AND d.tenant_id IN (${query.tenantIds.map(() => '?').join(', ')})`;
      const rows = await db.rows(
        `SELECT ${COLUMNS} FROM webhook_deliveries d
         JOIN webhook_endpoints e ON e.tenant_id = d.tenant_id AND e.endpoint_id = d.endpoint_id AND e.enabled = 1
         WHERE d.status = 'pending' AND d.next_attempt_at <= ? ${tenants}
           AND (d.conversation_id IS NULL OR NOT EXISTS (
             SELECT 1 FROM webhook_deliveries p
             WHERE p.tenant_id = d.tenant_id AND p.endpoint_id = d.endpoint_id
               AND p.conversation_id = d.conversation_id AND p.status = 'pending' AND p.position < d.position))
         ORDER BY d.next_attempt_at, d.position
         LIMIT ?`,
        [query.now, ...(query.tenantIds ?? []), query.limit],
      );
      return rows.map(toDelivery);
    },

    async record(tenantId: string, deliveryId: string, attempt: AttemptRecord): Promise<void> {
      await db.run(
        `UPDATE webhook_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, last_attempt_at = ?,
           last_status = ?, last_error = ?, last_latency_ms = ?, finished_at = ?
         WHERE tenant_id = ? AND delivery_id = ? AND status = 'pending'`,
        [
          attempt.status,
          attempt.attempts,
          attempt.nextAttemptAt,
          attempt.at,
          attempt.httpStatus,
          attempt.error,
          attempt.latencyMs,
          attempt.status === 'pending' ? null : attempt.at,
          tenantId,
          deliveryId,
        ],
      );
    },

    async list(tenantId: string, endpointId: string, query: DeliveryPageQuery): Promise<DeliveryPage> {
      const params: SqlValue[] = [tenantId, endpointId];
      let where = '';
      if (query.status !== undefined) {
        where += ' AND d.status = ?';
        params.push(query.status);
      }
      const cursor = parseCursor(query.cursor);
      if (cursor !== null) {
        where +=
          ' AND (d.created_at < ? OR (d.created_at = ? AND d.position < ?) OR (d.created_at = ? AND d.position = ? AND d.delivery_id < ?))';
        params.push(cursor.createdAt, cursor.createdAt, cursor.position, cursor.createdAt, cursor.position, cursor.id);
      }
      params.push(query.limit + 1);
      const rows = await db.rows(
        `SELECT ${COLUMNS} FROM webhook_deliveries d WHERE d.tenant_id = ? AND d.endpoint_id = ?${where}
         ORDER BY d.created_at DESC, d.position DESC, d.delivery_id DESC LIMIT ?`,
        params,
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const next =
        rows.length > query.limit && last !== undefined
          ? `${Number(last.created_at)}.${Number(last.position)}.${text(last.delivery_id) ?? ''}`
          : null;
      return { items: page.map(toDelivery), next };
    },

    async get(tenantId: string, deliveryId: string): Promise<QueuedDelivery | null> {
      const rows = await db.rows(
        `SELECT ${COLUMNS} FROM webhook_deliveries d WHERE d.tenant_id = ? AND d.delivery_id = ?`,
        [tenantId, deliveryId],
      );
      const row = rows[0];
      return row === undefined ? null : toDelivery(row);
    },

    async enqueue(delivery: NewDelivery): Promise<void> {
      await db.run(
        `INSERT INTO webhook_deliveries (tenant_id, delivery_id, endpoint_id, event_type, conversation_id, position,
           payload, agent_name, customer_id, occurred_at, created_at, retry_from, status, attempts, next_attempt_at)
         VALUES (?, ?, ?, ?, NULL, 0, ?, NULL, NULL, ?, ?, ?, 'pending', 0, ?)`,
        [
          delivery.tenantId,
          delivery.deliveryId,
          delivery.endpointId,
          delivery.eventType,
          delivery.payload,
          delivery.at,
          delivery.at,
          delivery.at,
          delivery.at,
        ],
      );
    },

    async redeliver(tenantId: string, deliveryId: string, now: number): Promise<boolean> {
      const changed = await db.run(
        `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ?, retry_from = ?, finished_at = NULL
         WHERE tenant_id = ? AND delivery_id = ? AND status <> 'pending'`,
        [now, now, tenantId, deliveryId],
      );
      return changed > 0;
    },

    async prune(before: number): Promise<number> {
      let total = 0;
      for (;;) {
        const deleted = await db.run(
          `DELETE FROM webhook_deliveries WHERE (tenant_id, delivery_id) IN (
             SELECT tenant_id, delivery_id FROM webhook_deliveries
             WHERE status IN ('delivered', 'failed') AND finished_at < ? LIMIT ?)`,
          [before, PRUNE_BATCH],
        );
        total += deleted;
        if (deleted < PRUNE_BATCH) return total;
      }
    },
  };
}

function parseCursor(cursor: string | undefined): { createdAt: number; position: number; id: string } | null {
  if (cursor === undefined) return null;
  const match = /^(\d+)\.(\d+)\.(.+)$/.exec(cursor);
  if (match === null) return null;
  return { createdAt: Number(match[1]), position: Number(match[2]), id: String(match[3]) };
}
