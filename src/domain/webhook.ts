/**
 * A webhook endpoint and the public vocabulary of event types (docs/integrations.md, "Webhooks").
 * Admin configuration like any other — every change is an event, so it is audited — kept with the
 * tenant's other credentials (`state.access`) because each endpoint holds the secret its deliveries
 * are signed with. Decisions and their events are in decide-webhooks.ts.
 */

import { webhookEventTypes, type WebhookEventType } from '../shared/webhook-event-types.js';

export { webhookEventTypes, type WebhookEventType };

export const isWebhookEventType = (value: string): value is WebhookEventType =>
  (webhookEventTypes as readonly string[]).includes(value);

/** What an admin configures: everything but the secret. */
export interface WebhookConfig {
  readonly id: string;
  readonly url: string;
  readonly description: string;
  /** The event types delivered, each once, in vocabulary order. */
  readonly events: readonly WebhookEventType[];
  readonly enabled: boolean;
}

export interface WebhookEndpoint extends WebhookConfig {
  /** Signs deliveries (HMAC-SHA256); shown to the admin once, when created or rotated. */
  readonly secret: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Endpoints a tenant may have (each gets a copy of every event it subscribes to). */
export const MAX_WEBHOOKS = 20;
export const MAX_WEBHOOK_URL_LENGTH = 2048;
export const MIN_WEBHOOK_SECRET_LENGTH = 32;
