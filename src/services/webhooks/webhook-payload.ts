/**
 * The body of one delivery (docs/integrations.md, "Payload"): the same bytes on every attempt, so
 * a receiver that records `id` can drop a repeat.
 *
 * `{ id, type, tenantId, occurredAt, conversationId?, data }` — `data` as the domain mapping wrote
 * it (src/domain/webhook-events.ts), with the names the store captured when it queued the delivery:
 * the agent's name beside their id, the conversation's customer.
 */
import type { QueuedDelivery } from '../../store/webhook-queue.js';

type Json = { [key: string]: unknown };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function webhookBody(delivery: QueuedDelivery): string {
  const parsed: unknown = JSON.parse(delivery.payload);
  const data: Json = isObject(parsed) ? parsed : {};
  if (delivery.agentName !== null) {
    if (isObject(data.agent)) data.agent = { ...data.agent, name: delivery.agentName };
    if (isObject(data.author) && data.author.kind === 'agent')
      data.author = { ...data.author, name: delivery.agentName };
  }
  if (delivery.customerId !== null) data.customer = { id: delivery.customerId };
  return JSON.stringify({
    id: delivery.deliveryId,
    type: delivery.eventType,
    tenantId: delivery.tenantId,
    occurredAt: new Date(delivery.occurredAt).toISOString(),
    ...(delivery.conversationId === null ? {} : { conversationId: delivery.conversationId }),
    data,
  });
}
