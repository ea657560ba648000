/**
 * What a validated configuration holds (src/server/config.ts reads, checks and builds it): the
 * server, its limits, webhook delivery and cluster mode.
 */
import type { OutboundPolicy } from '../services/outbound/outbound-policy.js';
import type { StoreConfig } from '../store/create-store.js';

/** Pino's levels; `silent` turns logging off. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** The validated configuration a server starts with. */
export interface ServerConfig {
  /** 0 asks the operating system for a free port (the actual one is logged once listening). */
  readonly port: number;
  readonly host: string;
  readonly storage: StoreConfig;
  /** Null: generate one and keep it in the SQLite data directory (refused with PostgreSQL). */
  readonly tokenSecret: string | null;
  /** The server operator's token; null disables `POST /api/v1/tenants`. */
  readonly adminToken: string | null;
  readonly corsOrigins: readonly string[];
  readonly bodyLimit: number;
  readonly rateLimitPerMinute: number;
  /** What one visitor may hold and queue (docs/security.md, "Limits and overload"). */
  readonly limits: ServerLimits;
  /** After SIGTERM or SIGINT, the process exits (status 1) if a graceful stop takes longer. */
  readonly shutdownTimeoutMs: number;
  readonly logLevel: LogLevel;
  /**
   * Which proxies' `X-Forwarded-For` to believe (Fastify's `trustProxy`): false (the default: the
   * peer address is the client), true (any), a hop count, or the proxies' addresses and CIDR ranges.
   * The rate limit and the sign-in back-off key on the client address this yields.
   */
  readonly trustProxy: boolean | number | readonly string[];
  /** The bearer token `/metrics` requires; null leaves it open, without tenant ids. */
  readonly metricsToken: string | null;
  /** Label queue metrics by tenant and group (needs a metrics token). */
  readonly metricsTenantLabels: boolean;
  /** Seconds a verified customer's signature is accepted after its `issuedAt`. */
  readonly widgetSignatureMaxAgeSeconds: number;
  /** Uploaded files (docs/attachments.md): signed links' lifetime, and the cap no tenant setting exceeds. */
  readonly attachments: { readonly linkSeconds: number; readonly maxBytes: number };
  /** Cluster mode (docs/cluster.md): on exactly when `REDIS_URL` is set; null for a single node. */
  readonly cluster: ClusterConfig | null;
  /** Where webhooks and enrichment hooks may be sent (docs/security.md, "Outbound requests"). */
  readonly outbound: OutboundPolicy;
  /** How webhooks are delivered (docs/integrations.md, "Retries"). */
  readonly webhooks: WebhookConfig;
  /** The config file that was read, if any. */
  readonly configFile: string | null;
}

/** Webhook delivery settings (src/services/webhooks/webhook-deliverer.ts). */
export interface WebhookConfig {
  readonly timeoutMs: number;
  /** Retries stop this long after a delivery was queued. */
  readonly maxRetryMs: number;
  /** Settled deliveries are kept this long in the delivery log. */
  readonly retentionMs: number;
  readonly concurrency: number;
}

/**
 * One node of a cluster: the store is PostgreSQL (shared by every node), Redis carries events and
 * forwarded commands between the nodes (docs/cluster.md).
 */
export interface ClusterConfig {
  /** May hold a password: never logged. */
  readonly redisUrl: string;
  /** Prefix of every Redis channel: one per cluster sharing a Redis server. */
  readonly redisKeyPrefix: string;
  /** Null: the node makes one up at start (`node-<8 hex>`) and logs it. */
  readonly nodeId: string | null;
  /** How long a tenant's lease lasts without a renewal. */
  readonly leaseMs: number;
  /** How often a node renews its leases and its heartbeat (at most half the lease). */
  readonly heartbeatMs: number;
  /** How long a command waits for a tenant to have an owner before 503 TENANT_UNAVAILABLE. */
  readonly forwardWaitMs: number;
}

/** The caps that keep one client from taking the server (docs/security.md, "Limits and overload"). */
export interface ServerLimits {
  /** Realtime events per minute per connection, every event name counted. */
  readonly realtimeRequestsPerMinute: number;
  /** Realtime connections open at once with one token. */
  readonly socketsPerToken: number;
  /** Realtime connections open at once per customer, and per agent. */
  readonly socketsPerPerson: number;
  /** Customer realtime connections open at once from one client address. */
  readonly socketsPerAddress: number;
  /** Open conversations a customer may have at once (customers opening their own). */
  readonly openConversationsPerCustomer: number;
  /** Commands waiting in one tenant's queue before new ones are refused with OVERLOADED. */
  readonly tenantQueueLimit: number;
}
