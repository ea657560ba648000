/** Webhook test steps shared by the SQLite and PostgreSQL delivery tests: endpoints, events, the log. */
import { expect } from 'vitest';
import { bearer, call } from './http-fixtures.js';
import type { SeededTenant, TestServer } from './test-server.js';

export interface Created {
  readonly webhookId: string;
  readonly secret: string;
}

export async function createWebhook(
  test: TestServer,
  acme: SeededTenant,
  url: string,
  events: string[],
): Promise<Created> {
  const answer = await call<Created>(test, {
    method: 'POST',
    url: '/api/v1/webhooks',
    headers: bearer(acme.tokens.ad1),
    payload: { url, description: 'crm', events },
  });
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

export async function openConversation(acme: SeededTenant, conversationId: string, text = 'hello'): Promise<void> {
  await acme.run({
    type: 'OpenConversation',
    conversationId,
    customerId: `c-${conversationId}`,
    channel: 'web',
    source: 'site',
    text,
  });
}

export async function customerSays(acme: SeededTenant, conversationId: string, n: number): Promise<void> {
  await acme.run({
    type: 'PostMessage',
    conversationId,
    messageId: `${conversationId}-m${n}`,
    author: { kind: 'customer' },
    visibility: 'public',
    text: `message ${n}`,
  });
}

export async function until(what: string, condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface DeliveryRow {
  deliveryId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastLatencyMs: number | null;
  nextAttemptAt: string | null;
}

export async function deliveries(
  test: TestServer,
  acme: SeededTenant,
  webhookId: string,
  query = '',
): Promise<DeliveryRow[]> {
  const answer = await call<{ items: DeliveryRow[] }>(test, {
    method: 'GET',
    url: `/api/v1/webhooks/${webhookId}/deliveries${query}`,
    headers: bearer(acme.tokens.ad1),
  });
  expect(answer.status, answer.text).toBe(200);
  return answer.body.items;
}
