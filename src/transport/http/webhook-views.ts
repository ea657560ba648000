/**
 * What the webhook routes take and answer (docs/http-api.md, "Webhooks"). An endpoint's secret is
 * in the answers that create it or rotate it, and nowhere else.
 */
import { Type } from '@sinclair/typebox';
import { MAX_WEBHOOK_URL_LENGTH, webhookEventTypes } from '../../domain/webhook.js';
import { OrNull } from './config-schemas.js';

const When = Type.String({ format: 'date-time' });
const closed = { additionalProperties: false } as const;

export const WebhookEventType = Type.Union(webhookEventTypes.map((type) => Type.Literal(type)));

export const WebhookBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: MAX_WEBHOOK_URL_LENGTH }),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    /** The event types to deliver (`ping` needs none). */
    events: Type.Array(WebhookEventType, { maxItems: webhookEventTypes.length * 2 }),
    enabled: Type.Optional(Type.Boolean()),
  },
  closed,
);

export const WebhookView = Type.Object({
  webhookId: Type.String(),
  url: Type.String(),
  description: Type.String(),
  events: Type.Array(WebhookEventType),
  enabled: Type.Boolean(),
  createdAt: When,
  updatedAt: When,
});
export const WebhookList = Type.Object({ items: Type.Array(WebhookView) });
export const WebhookWithSecret = Type.Object({
  ...WebhookView.properties,
  /** Signs every delivery (docs/integrations.md, "Verifying a delivery"); shown this once. */
  secret: Type.String(),
});

export const DeliveryStatus = Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')]);

export const DeliveryView = Type.Object({
  deliveryId: Type.String(),
  webhookId: Type.String(),
  eventType: Type.String(),
  conversationId: OrNull(Type.String()),
  status: DeliveryStatus,
  attempts: Type.Integer(),
  /** The receiver's HTTP status at the last attempt (null: no answer). */
  lastStatusCode: OrNull(Type.Integer()),
  lastLatencyMs: OrNull(Type.Integer()),
  lastError: OrNull(Type.String()),
  createdAt: When,
  lastAttemptAt: OrNull(When),
  /** When it is tried next (pending only). */
  nextAttemptAt: OrNull(When),
  finishedAt: OrNull(When),
});
export const DeliveryPageView = Type.Object({
  items: Type.Array(DeliveryView),
  /** The cursor of the next (older) page, or null. */
  next: OrNull(Type.String()),
});

export const DeliveryQuery = Type.Object(
  {
    status: Type.Optional(DeliveryStatus),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 300, pattern: '^\\d+\\.\\d+\\..+$' })),
  },
  closed,
);

export const PingQueued = Type.Object({ deliveryId: Type.String() });
