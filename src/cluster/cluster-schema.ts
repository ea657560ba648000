/**
 * The cluster's own tables (docs/cluster.md), in the PostgreSQL store's schema: created with
 * `CREATE … IF NOT EXISTS` when a cluster node starts, so a single-node database never has them and
 * any number of nodes may start at once.
 *
 * - `cluster_nodes`: one heartbeat row per node; a node is live while `expires_at > now()` by the
 *   database's clock.
 * - `tenant_leases`: who owns each tenant. `epoch` is the fencing token, one more on every
 *   acquisition; appends check it (src/store/postgres/create-postgres-store.ts).
 * - `cluster_connections`: how many realtime connections each node holds per agent, so presence is
 *   counted over every node.
 */
import type pg from 'pg';

const statements = [
  `CREATE TABLE IF NOT EXISTS cluster_nodes (
     node_id text PRIMARY KEY,
     started_at timestamptz NOT NULL,
     expires_at timestamptz NOT NULL,
     info jsonb NOT NULL DEFAULT '{}'::jsonb
   )`,
  `CREATE TABLE IF NOT EXISTS tenant_leases (
     tenant_id text PRIMARY KEY,
     node_id text NULL,
     epoch bigint NOT NULL,
     expires_at timestamptz NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS tenant_leases_node ON tenant_leases (node_id)',
  `CREATE TABLE IF NOT EXISTS cluster_connections (
     tenant_id text NOT NULL,
     agent_id text NOT NULL,
     node_id text NOT NULL,
     connections int NOT NULL,
     PRIMARY KEY (tenant_id, agent_id, node_id)
   )`,
];

/** Serialises concurrent creation by several starting nodes (CREATE IF NOT EXISTS races otherwise). */
const SCHEMA_LOCK = 0x5357_4243; // "SWBC"

/** Creates the cluster tables if missing, in the pool's schema (search_path). */
export async function ensureClusterSchema(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    for (const statement of statements) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
