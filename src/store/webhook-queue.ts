/**
 * The webhook delivery queue's port (docs/integrations.md, "Webhooks"): the rows the append's
 * transaction queued (src/store/sql/project-webhooks.ts), worked by the deliverer
 * (src/services/webhooks/webhook-deliverer.ts) and listed for admins.
 *
 * Contract
 * - A delivery exists once the event it carries is durable, and never before (it is written in the
 *   same transaction); it is `pending` until `record` settles it `delivered` or `failed`.
 * - `due` returns pending deliveries whose time has come and whose endpoint is enabled, never one
 *   that has an earlier pending delivery of the same endpoint and conversation (order per
 *   conversation); deliveries without a conversation are not ordered.
 * - `record` changes only a pending delivery (a delivery an admin sent again meanwhile, or whose
 *   endpoint was removed, is left as it is); `redeliver` only a settled one.
 * - The queue does not know which node sends what: the deliverer asks for its own tenants.
 */

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface QueuedDelivery {
  readonly tenantId: string;
  readonly deliveryId: string;
  readonly endpointId: string;
  /** A webhook event type of the vocabulary, or `ping`. */
  readonly eventType: string;
  readonly conversationId: string | null;
  /** The event's `data` as JSON text; the agent's name and the customer are added when sent. */
  readonly payload: string;
  readonly agentName: string | null;
  readonly customerId: string | null;
  readonly occurredAt: number;
  readonly createdAt: number;
  /** Retries stop `maxRetryMs` after this instant (its queuing, or the admin's "send again"). */
  readonly retryFrom: number;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly lastAttemptAt: number | null;
  readonly lastStatus: number | null;
  readonly lastError: string | null;
  readonly lastLatencyMs: number | null;
  readonly finishedAt: number | null;
}

/** What one attempt left: the delivery's new status and what the log shows. */
export interface AttemptRecord {
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly at: number;
  /** When to try again (pending only). */
  readonly nextAttemptAt: number;
  readonly httpStatus: number | null;
  readonly error: string | null;
  readonly latencyMs: number | null;
}

export interface DueQuery {
  readonly now: number;
  readonly limit: number;
  /** Only these tenants' deliveries (a cluster node's own); null: every tenant. */
  readonly tenantIds: readonly string[] | null;
}

export interface DeliveryPageQuery {
  readonly status?: DeliveryStatus;
  /** The `next` cursor of the previous page. */
  readonly cursor?: string;
  readonly limit: number;
}

export interface DeliveryPage {
  readonly items: readonly QueuedDelivery[];
  /** Pass as `cursor` for the next (older) page; null on the last. */
  readonly next: string | null;
}

/** A delivery queued outside the event log (a test ping). */
export interface NewDelivery {
  readonly tenantId: string;
  readonly deliveryId: string;
  readonly endpointId: string;
  readonly eventType: string;
  readonly payload: string;
  readonly at: number;
}

export interface WebhookQueue {
  due(query: DueQuery): Promise<QueuedDelivery[]>;
  record(tenantId: string, deliveryId: string, attempt: AttemptRecord): Promise<void>;
  /** One endpoint's deliveries, newest first. */
  list(tenantId: string, endpointId: string, query: DeliveryPageQuery): Promise<DeliveryPage>;
  get(tenantId: string, deliveryId: string): Promise<QueuedDelivery | null>;
  enqueue(delivery: NewDelivery): Promise<void>;
  /** Sends a settled delivery again (same id, attempts go on); false if it is still pending. */
  redeliver(tenantId: string, deliveryId: string, now: number): Promise<boolean>;
  /** Deletes settled deliveries finished before `before`; returns how many. */
  prune(before: number): Promise<number>;
}
