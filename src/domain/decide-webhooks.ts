/**
 * `decide` and `evolve` for webhook endpoints (webhook.ts). The secret arrives in the command (the transport
 * generates it; the domain stays free of randomness) and leaves the state only to sign requests.
 *
 * Whether a URL may be called (scheme, private addresses) is the operator's policy, checked by the
 * transport before the command is sent; the domain checks only its shape.
 */
import type { CommandOf } from './commands.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent, EventOf } from './events.js';
import type { TenantState } from './state.js';
import {
  isWebhookEventType,
  MAX_WEBHOOKS,
  MAX_WEBHOOK_URL_LENGTH,
  MIN_WEBHOOK_SECRET_LENGTH,
  webhookEventTypes,
  type WebhookConfig,
} from './webhook.js';

type Result = Decision<DomainEvent>;

export function saveWebhook(state: TenantState, command: CommandOf<'SaveWebhook'>, now: number): Result {
  const { webhook } = command;
  const existing = state.access.webhooks.get(webhook.id);
  if (webhook.id.length === 0 || webhook.id.length > 64) return refuse('INVALID_COMMAND', 'a webhook needs an id');
  if (webhook.url.length === 0 || webhook.url.length > MAX_WEBHOOK_URL_LENGTH) {
    return refuse('INVALID_COMMAND', `a webhook URL has 1 to ${MAX_WEBHOOK_URL_LENGTH} characters`);
  }
  const unknown = webhook.events.find((type) => !isWebhookEventType(type));
  if (unknown !== undefined) return refuse('INVALID_COMMAND', `unknown webhook event type "${unknown}"`);
  if (existing === undefined) {
    if (state.access.webhooks.size >= MAX_WEBHOOKS) {
      return refuse('INVALID_COMMAND', `a tenant has at most ${MAX_WEBHOOKS} webhook endpoints`);
    }
    if (command.secret === undefined || command.secret.length < MIN_WEBHOOK_SECRET_LENGTH) {
      return refuse('INVALID_COMMAND', 'a new webhook needs a secret of at least 32 characters');
    }
  }
  const saved: WebhookConfig = {
    id: webhook.id,
    url: webhook.url,
    description: webhook.description,
    events: webhookEventTypes.filter((type) => webhook.events.includes(type)),
    enabled: webhook.enabled,
  };
  const events: DomainEvent[] = [{ type: 'WebhookSaved', at: now, webhook: saved }];
  if (command.secret !== undefined) {
    if (command.secret.length < MIN_WEBHOOK_SECRET_LENGTH) {
      return refuse('INVALID_COMMAND', 'a webhook secret needs at least 32 characters');
    }
    events.push({ type: 'WebhookSecretSet', at: now, webhookId: webhook.id, secret: command.secret });
  }
  return accept(events);
}

export function rotateWebhookSecret(
  state: TenantState,
  command: CommandOf<'RotateWebhookSecret'>,
  now: number,
): Result {
  if (!state.access.webhooks.has(command.webhookId)) return notFound(command.webhookId);
  if (command.secret.length < MIN_WEBHOOK_SECRET_LENGTH) {
    return refuse('INVALID_COMMAND', 'a webhook secret needs at least 32 characters');
  }
  return accept([{ type: 'WebhookSecretSet', at: now, webhookId: command.webhookId, secret: command.secret }]);
}

export function removeWebhook(state: TenantState, command: CommandOf<'RemoveWebhook'>, now: number): Result {
  if (!state.access.webhooks.has(command.webhookId)) return notFound(command.webhookId);
  return accept([{ type: 'WebhookRemoved', at: now, webhookId: command.webhookId }]);
}

const notFound = (id: string): Result => refuse('WEBHOOK_NOT_FOUND', `webhook "${id}" does not exist`);

export function webhookSaved(state: TenantState, event: EventOf<'WebhookSaved'>): void {
  const existing = state.access.webhooks.get(event.webhook.id);
  state.access.webhooks.set(event.webhook.id, {
    ...event.webhook,
    secret: existing?.secret ?? '',
    createdAt: existing?.createdAt ?? event.at,
    updatedAt: event.at,
  });
}

export function webhookSecretSet(state: TenantState, event: EventOf<'WebhookSecretSet'>): void {
  const existing = state.access.webhooks.get(event.webhookId);
  if (existing !== undefined) state.access.webhooks.set(existing.id, { ...existing, secret: event.secret });
}

export function webhookRemoved(state: TenantState, event: EventOf<'WebhookRemoved'>): void {
  state.access.webhooks.delete(event.webhookId);
}
