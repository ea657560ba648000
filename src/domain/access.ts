/**
 * Who may sign in to a tenant: agents' password hashes, the tenant's API keys (server-to-server)
 * and the widget secret its backend signs verified customers with. Only hashes and opaque secrets
 * arrive here — hashing and checking happen in the transport — so the domain stays pure.
 */
import type { WebhookEndpoint } from './webhook.js';

export interface ApiKey {
  readonly id: string;
  readonly name: string;
  /** Hex SHA-256 of the key's secret; the secret itself is shown once, when issued. */
  readonly hash: string;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

export interface Access {
  /** scrypt hashes by agent id (see src/transport/auth/passwords.ts for the format). */
  readonly passwords: Map<string, string>;
  readonly apiKeys: Map<string, ApiKey>;
  /** HMAC key for verified customer tokens, or null until set. */
  widgetSecret: string | null;
  /** Webhook endpoints by id, with the secrets their deliveries are signed with (webhooks.ts). */
  readonly webhooks: Map<string, WebhookEndpoint>;
}

export const createAccess = (): Access => ({
  passwords: new Map(),
  apiKeys: new Map(),
  widgetSecret: null,
  webhooks: new Map(),
});
