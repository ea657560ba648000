/**
 * The public vocabulary of webhook event types (docs/integrations.md, "Webhooks"): stable, since
 * integrators match on these strings. Constants only, so the server's domain and the admin console
 * share one list.
 */
export const webhookEventTypes = [
  'conversation.opened',
  'conversation.assigned',
  'conversation.transferred',
  'conversation.closed',
  'conversation.rated',
  'message.posted',
  'transfer.requested',
  'transfer.answered',
  'agent.status_changed',
  'left_message.created',
] as const;

/** One event type of the vocabulary; `ping` is sent only on request and needs no subscription. */
export type WebhookEventType = (typeof webhookEventTypes)[number];
