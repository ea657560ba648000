/**
 * Cluster nodes in one test process: each with its own PostgreSQL store (pool) on a shared schema,
 * its own bus on an in-process hub (in-process-bus.ts) or Redis, and a `ClusterRegistry`. The engine
 * runs on the test's simulated clock; leases on the database's clock, as in production.
 */
import type { ClusterBus } from '../../src/cluster/cluster-bus.js';
import { ClusterRegistry } from '../../src/cluster/cluster-registry.js';
import { ensureClusterSchema } from '../../src/cluster/cluster-schema.js';
import { createLeaseStore } from '../../src/cluster/lease-store.js';
import type { AgentProfile } from '../../src/domain/agent.js';
import type { Command } from '../../src/domain/commands.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import type { SimulatedClock } from '../../src/engine/simulated-clock.js';
import type { StoredEvent } from '../../src/store/event-store.js';
import { createPostgresStore, type PostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import type { TenantHandle } from '../../src/services/tenants.js';
import { testDatabaseUrl } from './postgres.js';

/** Lease timings short enough for tests, in the production ratio (heartbeat ≤ lease / 2). */
export const testTimings = { leaseMs: 1200, heartbeatMs: 200, forwardWaitMs: 8000 } as const;

export interface TestNode {
  readonly nodeId: string;
  readonly store: PostgresStore;
  readonly bus: ClusterBus;
  readonly registry: ClusterRegistry;
  /** Every event this node's listeners heard, per tenant. */
  readonly heard: Map<string, StoredEvent[]>;
  /** Background errors the registry reported. */
  readonly errors: string[];
  /** Graceful: hands every tenant over, leaves, closes. */
  stop(): Promise<void>;
  /** As if killed: no handover, leases left to expire. */
  crash(): Promise<void>;
}

/** Starts one node on `schema` with `bus`. */
export async function startNode(options: {
  readonly nodeId: string;
  readonly schema: string;
  readonly bus: ClusterBus;
  readonly clock: SimulatedClock;
  readonly timings?: { leaseMs: number; heartbeatMs: number; forwardWaitMs: number };
}): Promise<TestNode> {
  const { nodeId, schema, bus, clock } = options;
  const store = await createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 6 });
  await ensureClusterSchema(store.pool);
  const errors: string[] = [];
  const registry = await ClusterRegistry.open({
    nodeId,
    store,
    leases: createLeaseStore(store.pool),
    bus,
    clock,
    scheduler: clock,
    ...(options.timings ?? testTimings),
    onError: (error, what) => errors.push(`${what}: ${error instanceof Error ? error.message : String(error)}`),
  });
  const heard = new Map<string, StoredEvent[]>();
  registry.subscribe((tenantId, events) => {
    const list = heard.get(tenantId) ?? [];
    list.push(...events);
    heard.set(tenantId, list);
  });
  let done = false;
  return {
    nodeId,
    store,
    bus,
    registry,
    heard,
    errors,
    async stop() {
      if (done) return;
      done = true;
      await registry.close();
      await bus.close();
      await store.close();
    },
    async crash() {
      if (done) return;
      done = true;
      await registry.abandon();
      await bus.close();
      await store.close();
    },
  };
}

const agent = (id: string): AgentProfile => ({
  id,
  name: id,
  role: 'agent',
  level: 1,
  departmentId: null,
  memberships: [{ groupId: 'g', ability: 5, tier: 'primary' }],
  languages: ['en-US'],
  maxConcurrent: 1000,
});

/** Group `g` with agent `a` (room for 1000 conversations) online. */
export const tenantSetup: readonly Command[] = [
  { type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'g' }) },
  { type: 'ConfigureTenant', settings: { defaultGroupId: 'g' } },
  { type: 'SaveAgent', agent: agent('a') },
  { type: 'ConnectAgent', agentId: 'a' },
];

/** A customer opening conversation `id` (assigned to `a` at once). */
export const open = (conversationId: string): Command => ({
  type: 'OpenConversation',
  conversationId,
  customerId: `cust-${conversationId}`,
  channel: 'web',
  source: 'website',
  text: '',
});

/** Submits and expects acceptance; returns the stored events. */
export async function accepted(handle: TenantHandle, command: Command): Promise<readonly StoredEvent[]> {
  const result = await handle.submit(command);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code} ${result.error.message}`);
  return result.events;
}

/** Creates a tenant through `node` (forwarded to its owner as needed). */
export async function createTenant(node: TestNode, tenantId: string): Promise<TenantHandle> {
  const handle = await node.registry.start(tenantId);
  for (const command of tenantSetup) await accepted(handle, command);
  return handle;
}
