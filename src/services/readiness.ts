/**
 * What `GET /readyz` and the metrics tell about this node (docs/cluster.md): whether it can serve —
 * its store reachable —, whether it is one node of a cluster, which, whether its Redis bus is
 * connected and how many tenants it owns. A node whose Redis is down still serves the tenants it
 * owns, so Redis being down does not make it unready; the store being down does.
 */
import { busConnected } from '../cluster/bus-status.js';
import type { ClusterBus } from '../cluster/cluster-bus.js';
import { isPostgresStore } from '../store/postgres/create-postgres-store.js';
import type { Tenants } from './tenants.js';

/** The cluster side of a node: what a cluster registry (src/cluster/cluster-registry.ts) exposes. */
export interface ClusterNode {
  readonly nodeId: string;
  ownedTenantIds(): string[];
  /** Whether the node's bus is connected now. */
  busConnected(): boolean;
}

/** The node's cluster side, when its tenants are served by a cluster registry; null for one process. */
export function clusterNodeOf(tenants: Tenants): ClusterNode | null {
  const node = tenants as Tenants & Partial<{ nodeId: unknown; ownedTenantIds: unknown; bus: unknown }>;
  const { nodeId, ownedTenantIds } = node;
  if (typeof nodeId !== 'string' || typeof ownedTenantIds !== 'function') return null;
  // The registry's own bus if it shows it, else the one this process noted for the node (bus-status.ts).
  const bus = node.bus as Partial<ClusterBus> | undefined;
  return {
    nodeId,
    ownedTenantIds: () => (ownedTenantIds as () => string[]).call(tenants),
    busConnected: () => (typeof bus?.connected === 'boolean' ? bus.connected : busConnected(nodeId)),
  };
}

export type Dependency = 'ok' | 'down' | 'not-used';

export interface Readiness {
  /** `ready` unless the store cannot be reached. */
  readonly status: 'ready' | 'unavailable';
  /** Null for a single process. */
  readonly nodeId: string | null;
  readonly mode: 'single' | 'cluster';
  readonly postgres: Dependency;
  readonly redis: Dependency;
  /** Tenants this node serves (in a cluster: holds a replica of). */
  readonly tenants: number;
  /** Tenants whose commands this node executes (a single process: all of them). */
  readonly tenantsOwned: number;
}

/** How long the store may take to answer before it counts as down. */
const STORE_CHECK_MS = 2000;

async function probe(tenants: Tenants): Promise<void> {
  const store = tenants.store;
  if (isPostgresStore(store)) await store.pool.query('SELECT 1');
  else await Promise.all(tenants.tenantIds().map((tenantId) => store.lastSeq(tenantId)));
}

async function storeReachable(tenants: Tenants): Promise<boolean> {
  const check = probe(tenants);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error('the store did not answer in time'));
    }, STORE_CHECK_MS);
  });
  try {
    await Promise.race([check, timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Checks the store and reads the cluster state. */
export async function readiness(tenants: Tenants): Promise<Readiness> {
  const reachable = await storeReachable(tenants);
  const node = clusterNodeOf(tenants);
  const postgres: Dependency = !isPostgresStore(tenants.store) ? 'not-used' : reachable ? 'ok' : 'down';
  const served = tenants.tenantIds().length;
  return {
    status: reachable ? 'ready' : 'unavailable',
    nodeId: node?.nodeId ?? null,
    mode: node === null ? 'single' : 'cluster',
    postgres,
    redis: node === null ? 'not-used' : node.busConnected() ? 'ok' : 'down',
    tenants: served,
    tenantsOwned: node === null ? served : node.ownedTenantIds().length,
  };
}
