/**
 * What `switchboard start` does differently as one node of a cluster (docs/cluster.md): a node id
 * (made up and logged when NODE_ID is unset), the Redis bus to the other nodes, its outages logged
 * once each way rather than at every reconnection attempt, and the demo seed decided by one node
 * only — several nodes starting at once on an empty database must not all seed it.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { ClusterBus } from '../cluster/cluster-bus.js';
import { createRedisBus } from '../cluster/redis-bus.js';
import type { ClusterConfig } from '../server/config.js';
import type { ClusterOptions } from '../server/create-server.js';
import type { DurableStore } from '../store/durable-store.js';
import { isPostgresStore } from '../store/postgres/create-postgres-store.js';

/** A node id for a node started without NODE_ID: `node-` and 8 random hex digits. */
export const generatedNodeId = (): string => `node-${randomBytes(4).toString('hex')}`;

/** The bus and options a cluster node's server is built with; the server closes the bus. */
export function clusterOptions(cluster: ClusterConfig, log: Logger): ClusterOptions {
  const nodeId = cluster.nodeId ?? generatedNodeId();
  log.info(
    { nodeId, generated: cluster.nodeId === null, redisPrefix: cluster.redisKeyPrefix, leaseMs: cluster.leaseMs },
    'cluster node',
  );
  let down = false;
  const bus: ClusterBus = createRedisBus({
    url: cluster.redisUrl,
    nodeId,
    prefix: cluster.redisKeyPrefix,
    onError: (error) => {
      if (down) return;
      down = true;
      log.warn(
        { err: error },
        'Redis unreachable: serving the tenants this node owns; commands for others fail after the forward wait',
      );
    },
  });
  bus.onReconnect(() => {
    down = false;
    log.info('Redis reachable again: replicas catch up from the store');
  });
  return {
    nodeId,
    bus,
    leaseMs: cluster.leaseMs,
    heartbeatMs: cluster.heartbeatMs,
    forwardWaitMs: cluster.forwardWaitMs,
    onError: (error, what) => {
      log.warn({ err: error, what }, 'cluster background task failed');
    },
  };
}

/** Any 64-bit key, the same on every node: "SWBSEED\0". */
const SEED_LOCK = 0x5357_4253_4545_4400n;

/**
 * Runs `seed` only if the store holds no tenant, with every other node doing the same waiting on a
 * PostgreSQL advisory lock: the first to hold it finds the store empty and seeds, the others find
 * it seeded and skip. The lock guards a one-time decision, not ownership (the lease does that); if
 * its connection drops mid-seed, the seed is idempotent and another node completes it.
 * Resolves with what `seed` returned, or null when the store was not empty.
 */
export async function seedIfEmpty<T>(store: DurableStore, seed: () => Promise<T>): Promise<T | null> {
  if (!isPostgresStore(store)) return (await store.tenants()).length === 0 ? seed() : null;
  const client = await store.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SEED_LOCK.toString()]);
    try {
      return (await store.tenants()).length === 0 ? await seed() : null;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK.toString()]);
    }
  } finally {
    client.release();
  }
}
