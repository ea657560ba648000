/**
 * Puts a running server together (STYLE.md 5: everything built by factories and injected): the
 * durable store, one actor per tenant, tokens, metrics, the HTTP API and the realtime gateway on its
 * port. The CLI and the tests both build servers here, so what the tests exercise is what `npm
 * start` runs.
 */
import type { Clock, Scheduler } from '../engine/clock.js';
import type { DurableStore } from '../store/durable-store.js';
import type { AttachmentStore } from '../store/attachment-store.js';
import { attachmentStoreFor } from '../store/attachments/create-attachment-store.js';
import { AttachmentLinks, DEFAULT_LINK_SECONDS } from '../services/attachment-links.js';
import { sessionEpochOf } from '../domain/agent.js';
import type { LoginThrottleOptions } from '../transport/auth/login-throttle.js';
import { createTokenService, DEFAULT_TOKEN_TTL_SECONDS, type TokenService } from '../transport/auth/tokens.js';
import { buildHttpApp, defaultHttpOptions, type HttpApp, type HttpOptions } from '../transport/http/app.js';
import {
  attachRealtimeGateway,
  defaultRealtimeOptions,
  type RealtimeGateway,
  type RealtimeOptions,
} from '../transport/realtime/gateway.js';
import { CustomerOpenLimit } from '../transport/http/customer-open-limit.js';
import { MessageIds } from '../services/message-ids.js';
import { ownerDeduplication } from '../services/owner-deduplication.js';
import { createMetrics, type Metrics } from '../services/metrics.js';
import type { ClusterBus } from '../cluster/cluster-bus.js';
import { ClusterRegistry } from '../cluster/cluster-registry.js';
import { ensureClusterSchema } from '../cluster/cluster-schema.js';
import { createLeaseStore } from '../cluster/lease-store.js';
import { isPostgresStore } from '../store/postgres/create-postgres-store.js';
import { TenantRegistry } from '../services/tenant-registry.js';
import type { Tenants } from '../services/tenants.js';
import { defaultOutboundPolicy, type OutboundPolicy } from '../services/outbound/outbound-policy.js';
import { EnrichmentHooks } from '../services/enrichment/enrichment-hooks.js';
import { WebhookDeliverer, type WebhookDeliveryOptions } from '../services/webhooks/webhook-deliverer.js';

export interface ServerOptions {
  readonly store: DurableStore;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  /** Signs agent and customer tokens; at least 32 characters. */
  readonly tokenSecret: string;
  /** The operator's token for creating tenants over HTTP; at least 32 characters. Absent: no tenant creation. */
  readonly adminToken?: string;
  /** `/metrics` answers only this bearer token; absent: open, without tenant ids. At least 32 characters. */
  readonly metricsToken?: string;
  /** Label queue metrics by tenant and skill group (only with a metrics token). */
  readonly metricsTenantLabels?: boolean;
  /** Seconds a verified customer's signature is accepted (default 600). */
  readonly widgetSignatureMaxAgeSeconds?: number;
  /** Sign-in back-off (default `defaultLoginThrottle`). */
  readonly loginThrottle?: LoginThrottleOptions;
  readonly http?: Partial<HttpOptions>;
  /** The realtime gateway's options; CORS origins and the payload limit default to the HTTP API's. */
  readonly realtime?: Partial<RealtimeOptions>;
  readonly onSnapshotError?: (tenantId: string, error: unknown) => void;
  /** Open conversations a customer may have when opening their own; default 5. */
  readonly openConversationsPerCustomer?: number;
  /** Commands waiting per tenant before client commands are refused with OVERLOADED; default 10,000. */
  readonly tenantQueueLimit?: number;
  /** Cluster mode (docs/cluster.md); needs the PostgreSQL store. Absent: a single node. */
  readonly cluster?: ClusterOptions;
  /** Where webhooks and enrichment hooks may be sent; default `https` to public addresses only. */
  readonly outbound?: OutboundPolicy;
  /** Webhook delivery (timeouts, retries, concurrency; docs/integrations.md); defaults otherwise. */
  readonly webhooks?: Partial<WebhookDeliveryOptions> & { readonly onError?: (error: unknown) => void };
  /** Uploaded files (docs/attachments.md); absent: the defaults below. */
  readonly attachments?: AttachmentOptions;
}

/** Where files are kept, how long their links last, the server's own cap on their size. */
export interface AttachmentOptions {
  /** Absent: the one that goes with the store (PostgreSQL table, or disk beside the SQLite file). */
  readonly store?: AttachmentStore;
  /** Lifetime of a signed link in seconds; default 3600. */
  readonly linkSeconds?: number;
  /** No tenant may accept a file larger than this, whatever its settings say; default 25 MiB. */
  readonly maxBytes?: number;
}

/** Defaults of `AttachmentOptions` (repeated in src/server/config.ts). */
export const defaultAttachmentLimits = { linkSeconds: DEFAULT_LINK_SECONDS, maxBytes: 25 * 1024 * 1024 } as const;

/** A cluster node's identity, bus and timings (src/server/config.ts checks their bounds). */
export interface ClusterOptions {
  readonly nodeId: string;
  /** The bus to the other nodes; the server closes it on `close()`. */
  readonly bus: ClusterBus;
  /** Lease time to live, by the database's clock. */
  readonly leaseMs: number;
  /** Heartbeat and renewal period; at most half the lease. */
  readonly heartbeatMs: number;
  /** How long a command waits for its tenant to have an owner before TENANT_UNAVAILABLE. */
  readonly forwardWaitMs: number;
  /** Told of background failures of the cluster (heartbeat, catch-up). */
  readonly onError?: (error: unknown, what: string) => void;
}

/** Defaults of the limits above (repeated in src/server/config.ts; a test keeps them equal). */
export const defaultServerLimits = { openConversationsPerCustomer: 5, tenantQueueLimit: 10_000 } as const;

export interface Server {
  readonly http: HttpApp;
  /** Socket.IO on the HTTP server: it serves once `http.listen()` is called. */
  readonly realtime: RealtimeGateway;
  readonly registry: Tenants;
  /** The cluster registry (the same object as `registry`) in cluster mode, else null. */
  readonly cluster: ClusterRegistry | null;
  readonly metrics: Metrics;
  readonly tokens: TokenService;
  /** Sends the tenants' webhook deliveries (this node's tenants, in cluster mode). */
  readonly webhooks: WebhookDeliverer;
  /** Stops accepting requests, lets every actor finish, closes the store. */
  close(): Promise<void>;
}

export async function createServer(options: ServerOptions): Promise<Server> {
  if (options.tokenSecret.length < 32) throw new Error('the token secret needs at least 32 characters');
  if (options.adminToken !== undefined && options.adminToken.length < 32) {
    throw new Error('the admin token needs at least 32 characters');
  }
  const cluster = options.cluster === undefined ? null : await openCluster(options, options.cluster);
  const registry: Tenants =
    cluster ??
    (await TenantRegistry.open({
      store: options.store,
      clock: options.clock,
      scheduler: options.scheduler,
      queueLimit: options.tenantQueueLimit ?? defaultServerLimits.tenantQueueLimit,
      ...(options.onSnapshotError === undefined ? {} : { onSnapshotError: options.onSnapshotError }),
    }));
  if (options.metricsTenantLabels === true && options.metricsToken === undefined) {
    throw new Error('tenant labels on /metrics need a metrics token');
  }
  const metrics = createMetrics(registry, { tenantLabels: options.metricsTenantLabels === true });
  registry.subscribe((tenantId, events) => {
    metrics.observe(tenantId, events);
  });
  const tokens = createTokenService(options.tokenSecret, DEFAULT_TOKEN_TTL_SECONDS, (tenantId, agentId) => {
    const agent = registry.actor(tenantId)?.view.agents.get(agentId);
    return agent === undefined ? 0 : sessionEpochOf(agent);
  });
  // Kept current by the realtime gateway's fan-out of stored events.
  const messageIds = new MessageIds(options.store, undefined, undefined, options.cluster !== undefined);
  const customerOpens = new CustomerOpenLimit(
    options.store,
    options.openConversationsPerCustomer ?? defaultServerLimits.openConversationsPerCustomer,
  );
  const outbound = options.outbound ?? defaultOutboundPolicy;
  // The HTTP app's logger exists once the app does; the hook logs through it from then on.
  let log: HttpApp['log'] | null = null;
  const enrichment = new EnrichmentHooks({
    policy: outbound,
    clock: options.clock,
    metrics: metrics.enrichment,
    onProblem: (problem) => log?.warn(problem, 'enrichment hook gave no facts; routed on the defaults'),
  });
  const { onError: onWebhookError, ...webhookOptions } = options.webhooks ?? {};
  const webhooks = new WebhookDeliverer(
    {
      queue: options.store.webhooks,
      tenants: registry,
      clock: options.clock,
      policy: outbound,
      // In cluster mode a node sends the deliveries of the tenants it owns (docs/integrations.md).
      ownedTenants: cluster === null ? () => null : () => cluster.ownedTenantIds(),
      ...(onWebhookError === undefined ? {} : { onError: onWebhookError }),
    },
    webhookOptions,
  );
  const attachmentLinks = new AttachmentLinks(
    options.tokenSecret,
    options.clock,
    options.attachments?.linkSeconds ?? defaultAttachmentLimits.linkSeconds,
  );
  const context = {
    registry,
    webhooks,
    tokens,
    metrics,
    messageIds,
    customerOpens,
    enrichment,
    attachments: {
      store: options.attachments?.store ?? attachmentStoreFor(options.store),
      links: attachmentLinks,
      maxBytes: options.attachments?.maxBytes ?? defaultAttachmentLimits.maxBytes,
    },
    ...(options.adminToken === undefined ? {} : { adminToken: options.adminToken }),
    ...(options.metricsToken === undefined ? {} : { metricsToken: options.metricsToken }),
    ...(options.loginThrottle === undefined ? {} : { loginThrottle: options.loginThrottle }),
    ...(options.widgetSignatureMaxAgeSeconds === undefined
      ? {}
      : { widgetSignatureMaxAgeSeconds: options.widgetSignatureMaxAgeSeconds }),
    outbound,
  };
  const httpOptions = { ...defaultHttpOptions, ...options.http };
  const http = await buildHttpApp(context, httpOptions);
  log = http.log;
  const realtime = await attachRealtimeGateway(
    {
      httpServer: http.server,
      registry,
      tokens,
      metrics,
      log: http.log,
      messageIds,
      customerOpens,
      enrichment,
      attachmentLinks,
    },
    {
      ...defaultRealtimeOptions,
      corsOrigins: httpOptions.corsOrigins,
      maxPayloadBytes: httpOptions.bodyLimit,
      ...options.realtime,
      // The client behind a trusted proxy, as the HTTP API sees it (unless set for the gateway).
      connections: {
        ...defaultRealtimeOptions.connections,
        ...options.realtime?.connections,
        trustProxy: options.realtime?.connections?.trustProxy ?? httpOptions.trustProxy,
      },
    },
  );
  return {
    http,
    realtime,
    registry,
    cluster,
    metrics,
    tokens,
    webhooks,
    async close() {
      await realtime.close();
      await http.close();
      await webhooks.close();
      await registry.close();
      await options.cluster?.bus.close();
      await options.store.close();
    },
  };
}

/** Joins the cluster: its tables, then the registry that owns, follows and forwards. */
async function openCluster(options: ServerOptions, cluster: ClusterOptions): Promise<ClusterRegistry> {
  const { store } = options;
  if (!isPostgresStore(store)) throw new Error('cluster mode needs the PostgreSQL store (DATABASE_URL)');
  await ensureClusterSchema(store.pool);
  return ClusterRegistry.open({
    nodeId: cluster.nodeId,
    store,
    leases: createLeaseStore(store.pool),
    bus: cluster.bus,
    clock: options.clock,
    scheduler: options.scheduler,
    leaseMs: cluster.leaseMs,
    heartbeatMs: cluster.heartbeatMs,
    forwardWaitMs: cluster.forwardWaitMs,
    queueLimit: options.tenantQueueLimit ?? defaultServerLimits.tenantQueueLimit,
    ...(options.onSnapshotError === undefined ? {} : { onSnapshotError: options.onSnapshotError }),
    ...(cluster.onError === undefined ? {} : { onError: cluster.onError }),
    execute: ownerDeduplication(new MessageIds(store, undefined, undefined, true)),
  });
}
