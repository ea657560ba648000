/**
 * Prometheus metrics (DESIGN.md §8): routing decisions, queue lengths, waits, transfers by outcome,
 * connected clients, and Node's own (event-loop lag among them). Fed from the tenants' stored
 * events and read from the live state at scrape time.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { StoredEvent } from '../store/event-store.js';
import { clusterNodeOf } from './readiness.js';
import type { Tenants } from './tenants.js';

export interface Metrics {
  readonly contentType: string;
  render(): Promise<string>;
  /** Counts what a batch of stored events did. */
  observe(tenantId: string, events: readonly StoredEvent[]): void;
  /** Live realtime connections by kind (agent, customer). */
  readonly connectedClients: Gauge;
  /** The enrichment hook's calls (services/enrichment). */
  readonly enrichment: EnrichmentMetrics;
}

/** How the enrichment hook's calls went: outcomes as in `EnrichmentOutcome`. */
export interface EnrichmentMetrics {
  /** One call made (or not made: `refused`, `skipped`), with its latency when a request went out. */
  call(outcome: string, latencyMs: number | null): void;
  /** An answer taken from the cache, or shared with a call already on its way. */
  reused(how: 'cache' | 'in-flight'): void;
}

const transferOutcomes: Readonly<Record<string, string>> = {
  TransferRequested: 'requested',
  TransferAccepted: 'accepted',
  TransferRejected: 'rejected',
  TransferTimedOut: 'timed-out',
  TransferCancelled: 'cancelled',
};

export interface MetricsOptions {
  /**
   * Label the queue lengths by tenant and skill group. Off by default: those ids are the tenants'
   * business, and an open `/metrics` would list them to anyone (docs/security.md).
   */
  readonly tenantLabels: boolean;
}

export function createMetrics(tenants: Tenants, options: MetricsOptions = { tenantLabels: false }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'switchboard_node_' });
  const decisions = new Counter({
    name: 'switchboard_routing_decisions_total',
    help: 'Conversations assigned, by strategy and by what triggered the decision',
    labelNames: ['strategy', 'trigger'],
    registers: [registry],
  });
  const waits = new Histogram({
    name: 'switchboard_wait_seconds',
    help: 'Time from entering the queue to assignment',
    buckets: [1, 5, 10, 20, 30, 60, 120, 300, 600, 1800],
    registers: [registry],
  });
  const transfers = new Counter({
    name: 'switchboard_transfers_total',
    help: 'Transfer requests and their outcomes',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const opened = new Counter({
    name: 'switchboard_conversations_opened_total',
    help: 'Conversations opened',
    registers: [registry],
  });
  new Gauge({
    name: 'switchboard_queue_length',
    help: options.tenantLabels
      ? 'Conversations waiting, per tenant and skill group'
      : 'Conversations waiting, all tenants and skill groups together',
    labelNames: options.tenantLabels ? ['tenant', 'group'] : [],
    registers: [registry],
    collect() {
      this.reset();
      let total = 0;
      for (const tenantId of tenants.tenantIds()) {
        const state = tenants.actor(tenantId)?.view;
        for (const group of state?.groups.values() ?? []) {
          const waiting = group.queue.size + group.leftMessages.size;
          total += waiting;
          if (options.tenantLabels) this.set({ tenant: tenantId, group: group.config.id }, waiting);
        }
      }
      if (!options.tenantLabels) this.set(total);
    },
  });
  const node = clusterNodeOf(tenants);
  if (node !== null) {
    new Gauge({
      name: 'switchboard_cluster_bus_connected',
      help: 'Whether this node is connected to the Redis bus of its cluster (1) or not (0)',
      registers: [registry],
      collect() {
        this.set(node.busConnected() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'switchboard_cluster_tenants_owned',
      help: 'Tenants whose commands this node executes (it holds their lease)',
      registers: [registry],
      collect() {
        this.set(node.ownedTenantIds().length);
      },
    });
  }
  const connectedClients = new Gauge({
    name: 'switchboard_connected_clients',
    help: 'Live realtime connections',
    labelNames: ['kind'],
    registers: [registry],
  });
  const enrichmentCalls = new Counter({
    name: 'switchboard_enrichment_calls_total',
    help: 'Enrichment hook calls by outcome (answered, timeout, error, invalid, refused, skipped)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const enrichmentLatency = new Histogram({
    name: 'switchboard_enrichment_call_seconds',
    help: 'Time from sending an enrichment hook request to its answer, timeout or failure',
    buckets: [0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2],
    registers: [registry],
  });
  const enrichmentReused = new Counter({
    name: 'switchboard_enrichment_reused_total',
    help: 'Enrichment answers reused: from the cache, or shared with a call already on its way',
    labelNames: ['how'],
    registers: [registry],
  });
  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    connectedClients,
    enrichment: {
      call(outcome, latencyMs) {
        enrichmentCalls.inc({ outcome });
        if (latencyMs !== null) enrichmentLatency.observe(latencyMs / 1000);
      },
      reused(how) {
        enrichmentReused.inc({ how });
      },
    },
    observe(tenantId, events) {
      const state = tenants.actor(tenantId)?.view;
      for (const { event } of events) {
        if (event.type === 'ConversationOpened') opened.inc();
        const outcome = transferOutcomes[event.type];
        if (outcome !== undefined) transfers.inc({ outcome });
        if (event.type !== 'ConversationAssigned') continue;
        decisions.inc({ strategy: event.explanation.rankedBy.strategy, trigger: event.explanation.trigger });
        const enqueuedAt = state?.conversations.get(event.conversationId)?.enqueuedAt;
        if (enqueuedAt !== undefined) waits.observe(Math.max(0, event.at - enqueuedAt) / 1000);
      }
    },
  };
}
