/**
 * Webhook endpoints (docs/integrations.md, "Webhooks"; docs/http-api.md): admins (and API keys)
 * register where a tenant's events are pushed, read each endpoint's delivery log, send a delivery
 * again and send a test ping. Changes to endpoints are commands (audited like all admin config);
 * the log and pings work the delivery queue in the store.
 *
 * The URL is checked against the operator's outbound policy when saved (WEBHOOK_URL_REFUSED says
 * why), and again before every request. The secret is generated here and shown once: in the
 * answer that creates the endpoint and in the one that rotates it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { WebhookEndpoint } from '../../../domain/webhook.js';
import { checkOutboundUrl } from '../../../services/outbound/outbound-policy.js';
import { newPingId } from '../../../services/webhooks/webhook-deliverer.js';
import type { QueuedDelivery } from '../../../store/webhook-queue.js';
import { actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id, iso, isoOrNull } from '../schemas.js';
import {
  DeliveryPageView,
  DeliveryQuery,
  DeliveryView,
  PingQueued,
  WebhookBody,
  WebhookList,
  WebhookView,
  WebhookWithSecret,
} from '../webhook-views.js';
import type { App } from './app-type.js';

const WebhookParams = Type.Object({ webhookId: Id });
const DeliveryParams = Type.Object({ webhookId: Id, deliveryId: Type.String({ minLength: 1, maxLength: 200 }) });
const NoBody = Type.Object({}, { additionalProperties: false });
const Secret = Type.Object({ secret: Type.String() });

/** `whsec_` and 32 random bytes, base64url. */
const newSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

const webhookView = (webhook: WebhookEndpoint) => ({
  webhookId: webhook.id,
  url: webhook.url,
  description: webhook.description,
  events: [...webhook.events],
  enabled: webhook.enabled,
  createdAt: iso(webhook.createdAt),
  updatedAt: iso(webhook.updatedAt),
});

const deliveryView = (delivery: QueuedDelivery) => ({
  deliveryId: delivery.deliveryId,
  webhookId: delivery.endpointId,
  eventType: delivery.eventType,
  conversationId: delivery.conversationId,
  status: delivery.status,
  attempts: delivery.attempts,
  lastStatusCode: delivery.lastStatus,
  lastLatencyMs: delivery.lastLatencyMs,
  lastError: delivery.lastError,
  createdAt: iso(delivery.createdAt),
  lastAttemptAt: isoOrNull(delivery.lastAttemptAt),
  nextAttemptAt: delivery.status === 'pending' ? iso(delivery.nextAttemptAt) : null,
  finishedAt: isoOrNull(delivery.finishedAt),
});

export function webhookRoutes(app: App, context: HttpContext): void {
  const checkUrl = (url: string): void => {
    const check = checkOutboundUrl(url, context.outbound);
    if (!check.ok) throw new ApiError('WEBHOOK_URL_REFUSED', `${check.message} (${check.reason})`);
  };
  const endpointOf = (tenantId: string, webhookId: string): WebhookEndpoint => {
    const webhook = context.registry.actor(tenantId)?.view.access.webhooks.get(webhookId);
    if (webhook === undefined) throw new ApiError('WEBHOOK_NOT_FOUND');
    return webhook;
  };

  app.post(
    '/api/v1/webhooks',
    {
      schema: {
        tags: ['webhooks'],
        description: 'Registers an endpoint; its signing secret is in this answer only.',
        body: WebhookBody,
        response: { 201: WebhookWithSecret, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requireStaff(request, 'admin');
      const actor = actorOf(context, principal);
      const { url, description, events, enabled } = request.body;
      checkUrl(url);
      const webhookId = randomUUID();
      const secret = newSecret();
      const webhook = { id: webhookId, url, description: description ?? '', events, enabled: enabled ?? true };
      await run(actor, { type: 'SaveWebhook', webhook, secret });
      return reply.status(201).send({ ...webhookView(endpointOf(principal.tenantId, webhookId)), secret });
    },
  );

  app.get(
    '/api/v1/webhooks',
    { schema: { tags: ['webhooks'], response: { 200: WebhookList, ...commonErrors } } },
    (request) => {
      const principal = requireStaff(request, 'admin');
      const webhooks = [...actorOf(context, principal).view.access.webhooks.values()];
      webhooks.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      return { items: webhooks.map(webhookView) };
    },
  );

  app.get(
    '/api/v1/webhooks/:webhookId',
    { schema: { tags: ['webhooks'], params: WebhookParams, response: { 200: WebhookView, ...commonErrors } } },
    (request) => {
      const principal = requireStaff(request, 'admin');
      return webhookView(endpointOf(principal.tenantId, request.params.webhookId));
    },
  );

  app.put(
    '/api/v1/webhooks/:webhookId',
    {
      schema: {
        tags: ['webhooks'],
        description: 'Changes an endpoint (URL, description, event types, enabled); the secret stays.',
        params: WebhookParams,
        body: WebhookBody,
        response: { 200: WebhookView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'admin');
      const actor = actorOf(context, principal);
      const { webhookId } = request.params;
      const existing = endpointOf(principal.tenantId, webhookId);
      const { url, description, events, enabled } = request.body;
      checkUrl(url);
      const webhook = {
        id: webhookId,
        url,
        description: description ?? existing.description,
        events,
        enabled: enabled ?? existing.enabled,
      };
      await run(actor, { type: 'SaveWebhook', webhook });
      return webhookView(endpointOf(principal.tenantId, webhookId));
    },
  );

  app.delete(
    '/api/v1/webhooks/:webhookId',
    {
      schema: {
        tags: ['webhooks'],
        description: 'Removes an endpoint; its pending deliveries fail, its delivery log stays until pruned.',
        params: WebhookParams,
        response: { 200: WebhookView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'admin');
      const removed = endpointOf(principal.tenantId, request.params.webhookId);
      await run(actorOf(context, principal), { type: 'RemoveWebhook', webhookId: removed.id });
      return webhookView(removed);
    },
  );

  app.post(
    '/api/v1/webhooks/:webhookId/rotate-secret',
    {
      schema: {
        tags: ['webhooks'],
        description: 'Replaces the signing secret at once; the new one is in this answer only.',
        params: WebhookParams,
        body: NoBody,
        response: { 200: Secret, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'admin');
      const { webhookId } = request.params;
      endpointOf(principal.tenantId, webhookId);
      const secret = newSecret();
      await run(actorOf(context, principal), { type: 'RotateWebhookSecret', webhookId, secret });
      return { secret };
    },
  );

  app.get(
    '/api/v1/webhooks/:webhookId/deliveries',
    {
      schema: {
        tags: ['webhooks'],
        description: 'The endpoint’s deliveries, newest first; `next` is the cursor of the following page.',
        params: WebhookParams,
        querystring: DeliveryQuery,
        response: { 200: DeliveryPageView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'admin');
      const { webhookId } = request.params;
      endpointOf(principal.tenantId, webhookId);
      const { status, limit, cursor } = request.query;
      const page = await context.registry.store.webhooks.list(principal.tenantId, webhookId, {
        limit: limit ?? 50,
        ...(status === undefined ? {} : { status }),
        ...(cursor === undefined ? {} : { cursor }),
      });
      return { items: page.items.map(deliveryView), next: page.next };
    },
  );

  app.post(
    '/api/v1/webhooks/:webhookId/deliveries/:deliveryId/redeliver',
    {
      schema: {
        tags: ['webhooks'],
        description:
          'Sends a delivered or failed delivery again, with the same id and body; a pending one is left as it is.',
        params: DeliveryParams,
        body: NoBody,
        response: { 200: DeliveryView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'admin');
      const { webhookId, deliveryId } = request.params;
      endpointOf(principal.tenantId, webhookId);
      const queue = context.registry.store.webhooks;
      const found = await queue.get(principal.tenantId, deliveryId);
      if (found === null || found.endpointId !== webhookId) throw new ApiError('WEBHOOK_DELIVERY_NOT_FOUND');
      if (await queue.redeliver(principal.tenantId, deliveryId, context.registry.clock.now())) context.webhooks?.wake();
      const now = await queue.get(principal.tenantId, deliveryId);
      if (now === null) throw new ApiError('WEBHOOK_DELIVERY_NOT_FOUND');
      return deliveryView(now);
    },
  );

  app.post(
    '/api/v1/webhooks/:webhookId/ping',
    {
      schema: {
        tags: ['webhooks'],
        description: 'Queues a `ping` delivery to the endpoint (signed like every delivery); see its delivery log.',
        params: WebhookParams,
        body: NoBody,
        response: { 202: PingQueued, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requireStaff(request, 'admin');
      const webhook = endpointOf(principal.tenantId, request.params.webhookId);
      if (!webhook.enabled) throw new ApiError('WEBHOOK_DISABLED');
      const deliveryId = newPingId();
      await context.registry.store.webhooks.enqueue({
        tenantId: principal.tenantId,
        deliveryId,
        endpointId: webhook.id,
        eventType: 'ping',
        payload: JSON.stringify({ webhookId: webhook.id, message: 'Switchboard is reaching this endpoint.' }),
        at: context.registry.clock.now(),
      });
      context.webhooks?.wake();
      return reply.status(202).send({ deliveryId });
    },
  );
}
