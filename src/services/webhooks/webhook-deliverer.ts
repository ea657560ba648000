/**
 * The webhook deliverer (docs/integrations.md, "Webhooks"): works the durable delivery queue
 * (src/store/webhook-queue.ts) in the server process, outside every tenant actor. The actor's only
 * part is a synchronous `wake()` when it publishes events of a tenant with endpoints; sending,
 * waiting for receivers and recording attempts happen here, bounded in concurrency (overall and
 * per endpoint) and in time (each request's timeout), so a slow or dead receiver holds a few of
 * this loop's slots and never a routing decision.
 *
 * - Order: the queue returns a delivery only when no earlier delivery of the same endpoint and
 *   conversation is pending, and a delivery stays pending while it is being sent, so one
 *   conversation's deliveries reach an endpoint one after the other.
 * - At least once: a delivery is marked delivered after the receiver's 2xx; a crash between the two
 *   sends it again after the restart, with the same `Switchboard-Delivery` id.
 * - Cluster: a node sends the deliveries of the tenants it owns (`ownedTenants`), whose endpoints
 *   and secrets its actors hold; ownership (with its lease epochs) gives each tenant one owner, so
 *   each delivery one sender — at worst, around a handover, a delivery in flight is sent again by
 *   the next owner (at least once, same id).
 * - Time: `clock` says what is due and signs the requests; the loop polls every `pollMs` of real
 *   time and whenever woken. Tests move a simulated clock to make retries due.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../engine/clock.js';
import type { QueuedDelivery, WebhookQueue } from '../../store/webhook-queue.js';
import type { OutboundPolicy } from '../outbound/outbound-policy.js';
import { postSignedJson } from '../outbound/post-json.js';
import type { Tenants } from '../tenants.js';
import { webhookBody } from './webhook-payload.js';
import { defaultRetryPolicy, retryDelay, verdictOf, type RetryPolicy } from './retry-policy.js';

export interface WebhookDeliveryOptions {
  /** Requests in flight at once, over every endpoint (default 16). */
  readonly concurrency: number;
  /** Requests in flight at once to one endpoint (default 4). */
  readonly perEndpoint: number;
  /** How long a receiver has to answer (default 10 s); longer is a timeout, retried. */
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  /** Real-time interval between looks at the queue when nothing wakes the loop (default 1 s). */
  readonly pollMs: number;
  /** Delivered and failed deliveries are deleted this long after they settled (default 7 days). */
  readonly retentionMs: number;
  /** How often (by `clock`) old deliveries are pruned (default hourly). */
  readonly pruneEveryMs: number;
  /** [0, 1), for the backoff's jitter. */
  readonly random: () => number;
}

export const defaultWebhookDeliveryOptions: WebhookDeliveryOptions = {
  concurrency: 16,
  perEndpoint: 4,
  timeoutMs: 10_000,
  retry: defaultRetryPolicy,
  pollMs: 1000,
  retentionMs: 7 * 24 * 60 * 60_000,
  pruneEveryMs: 60 * 60_000,
  random: Math.random,
};

export interface WebhookDelivererDeps {
  readonly queue: WebhookQueue;
  readonly tenants: Tenants;
  readonly clock: Clock;
  readonly policy: OutboundPolicy;
  /** The tenants this node delivers for; null: every tenant (a single node). */
  readonly ownedTenants: () => readonly string[] | null;
  /** Told of a failure of the loop itself (the store unreachable); the loop goes on. */
  readonly onError?: (error: unknown) => void;
}

/** The shortest real-time gap between looks at the queue that published events cause. */
const WAKE_GAP_MS = 25;

/** The id a test ping gets (pings are queued by the API, not by an event). */
export const newPingId = (): string => `ping_${randomUUID()}`;

export class WebhookDeliverer {
  private readonly options: WebhookDeliveryOptions;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly perEndpoint = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private again = false;
  private closed = false;
  private lastPrune = Number.NEGATIVE_INFINITY;
  private wakePending = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly deps: WebhookDelivererDeps,
    options: Partial<WebhookDeliveryOptions> = {},
  ) {
    this.options = { ...defaultWebhookDeliveryOptions, ...options };
    // Synchronous and cheap per published batch: the actor never waits for webhooks. A tenant
    // whose every endpoint already has its requests in flight has nothing new to send now.
    this.unsubscribe = deps.tenants.subscribe((tenantId) => {
      const webhooks = deps.tenants.actor(tenantId)?.view.access.webhooks;
      if (webhooks === undefined || webhooks.size === 0) return;
      for (const webhook of webhooks.values()) {
        const sending = this.perEndpoint.get(`${tenantId}\u0000${webhook.id}`) ?? 0;
        if (webhook.enabled && sending < this.options.perEndpoint) {
          this.wakeSoon();
          return;
        }
      }
    });
    this.schedule(0);
  }

  /** Deliveries sent and not yet recorded. */
  get busy(): number {
    return this.inFlight.size;
  }

  /** Looks at the queue soon (new deliveries, a ping, a delivery sent again). */
  wake(): void {
    if (this.closed) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** Resolves when nothing is in flight and the queue has nothing due now (tests). */
  async settle(): Promise<void> {
    for (;;) {
      await this.tick();
      if (this.inFlight.size === 0) {
        const owned = this.deps.ownedTenants();
        const due = await this.deps.queue.due({ now: this.deps.clock.now(), limit: 1, tenantIds: owned });
        if (due.length === 0) return;
      }
      await Promise.race([...this.inFlight.values(), new Promise((resolve) => setTimeout(resolve, 20))]);
    }
  }

  /** Stops looking at the queue and waits for the requests in flight (each bounded by its timeout). */
  async close(): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    if (this.timer !== null) clearTimeout(this.timer);
    await Promise.all(this.inFlight.values());
  }

  /**
   * A wake from published events: at most one look per `WAKE_GAP_MS`, so a busy tenant's stream of
   * appends costs the loop (and the database) a few queries a second, not one per append.
   */
  private wakeSoon(): void {
    if (this.closed || this.wakePending) return;
    this.wakePending = true;
    const timer = setTimeout(() => {
      this.wakePending = false;
      this.wake();
    }, WAKE_GAP_MS);
    timer.unref();
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick().finally(() => {
        this.schedule(this.again ? 0 : this.options.pollMs);
        this.again = false;
      });
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.closed || this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = true;
    try {
      const now = this.deps.clock.now();
      await this.pruneIfDue(now);
      const free = this.options.concurrency - this.inFlight.size;
      if (free <= 0) return;
      const due = await this.deps.queue.due({
        now,
        limit: free * 4 + this.inFlight.size,
        tenantIds: this.deps.ownedTenants(),
      });
      for (const delivery of due) {
        if (this.inFlight.size >= this.options.concurrency) break;
        const key = `${delivery.tenantId}\u0000${delivery.deliveryId}`;
        const endpointKey = `${delivery.tenantId}\u0000${delivery.endpointId}`;
        const sending = this.perEndpoint.get(endpointKey) ?? 0;
        if (this.inFlight.has(key) || sending >= this.options.perEndpoint) continue;
        this.perEndpoint.set(endpointKey, sending + 1);
        const attempt = this.attempt(delivery)
          .catch((error: unknown) => this.deps.onError?.(error))
          .finally(() => {
            this.inFlight.delete(key);
            const left = (this.perEndpoint.get(endpointKey) ?? 1) - 1;
            if (left <= 0) this.perEndpoint.delete(endpointKey);
            else this.perEndpoint.set(endpointKey, left);
            this.wake();
          });
        this.inFlight.set(key, attempt);
      }
    } catch (error) {
      this.deps.onError?.(error);
    } finally {
      this.ticking = false;
    }
  }

  private async pruneIfDue(now: number): Promise<void> {
    if (now - this.lastPrune < this.options.pruneEveryMs) return;
    this.lastPrune = now;
    await this.deps.queue.prune(now - this.options.retentionMs);
  }

  /** Sends one delivery once and records what happened. */
  private async attempt(delivery: QueuedDelivery): Promise<void> {
    const { clock, queue } = this.deps;
    const actor = this.deps.tenants.actor(delivery.tenantId);
    // Not this node's tenant (any more): its owner sends it.
    if (actor === undefined) return;
    const endpoint = actor.view.access.webhooks.get(delivery.endpointId);
    const attempts = delivery.attempts + 1;
    if (endpoint === undefined) {
      const at = clock.now();
      await queue.record(delivery.tenantId, delivery.deliveryId, {
        status: 'failed',
        attempts: delivery.attempts,
        at,
        nextAttemptAt: at,
        httpStatus: null,
        error: 'the endpoint was removed',
        latencyMs: null,
      });
      return;
    }
    const outcome = await postSignedJson(
      {
        url: endpoint.url,
        body: webhookBody(delivery),
        secret: endpoint.secret,
        timestamp: Math.floor(clock.now() / 1000),
        timeoutMs: this.options.timeoutMs,
        headers: { 'Switchboard-Delivery': delivery.deliveryId, 'Switchboard-Event': delivery.eventType },
        maxResponseBytes: 4096,
      },
      this.deps.policy,
    );
    const at = clock.now();
    const verdict = verdictOf(outcome);
    const httpStatus = outcome.kind === 'answered' ? outcome.status : null;
    const error =
      outcome.kind === 'failed'
        ? `${outcome.reason}: ${outcome.error}`
        : verdict === 'delivered'
          ? null
          : `the receiver answered ${outcome.status}`;
    const base = { attempts, at, httpStatus, latencyMs: outcome.latencyMs };
    if (verdict === 'delivered') {
      await queue.record(delivery.tenantId, delivery.deliveryId, {
        ...base,
        status: 'delivered',
        nextAttemptAt: at,
        error,
      });
      return;
    }
    const retryAt = at + retryDelay(this.options.retry, attempts, this.options.random);
    if (verdict === 'retry' && retryAt <= delivery.retryFrom + this.options.retry.maxRetryMs) {
      await queue.record(delivery.tenantId, delivery.deliveryId, {
        ...base,
        status: 'pending',
        nextAttemptAt: retryAt,
        error,
      });
      return;
    }
    const why =
      verdict === 'retry' ? `gave up after ${attempts} attempts (${error ?? ''})` : `not retried (${error ?? ''})`;
    await queue.record(delivery.tenantId, delivery.deliveryId, {
      ...base,
      status: 'failed',
      nextAttemptAt: at,
      error: why,
    });
  }
}
