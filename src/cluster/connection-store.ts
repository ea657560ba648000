/**
 * Which node holds realtime connections of which agent: the `cluster_connections` table
 * (cluster-schema.ts), one row per (tenant, agent, node) while that node holds at least one of the
 * agent's connections. A row counts only while its node's heartbeat is live (`cluster_nodes`, by
 * the database's clock), so a node that dies stops counting when its heartbeat expires even before
 * its rows are deleted.
 *
 * Contract
 * - `set` writes this node's count for an agent (0 deletes the row); writes of one node for one
 *   agent are made in order by the caller (cluster-presence.ts serialises them).
 * - `liveCount` sums the rows of live nodes.
 * - The `delete…` methods return the (tenant, agent) pairs whose rows they removed, for the owner to
 *   check those agents again.
 */
import type pg from 'pg';

/** An agent whose connection rows changed. */
export interface AgentKey {
  readonly tenantId: string;
  readonly agentId: string;
}

export interface ConnectionStore {
  set(key: AgentKey, nodeId: string, connections: number): Promise<void>;
  liveCount(key: AgentKey): Promise<number>;
  /** Agents of the tenant with a connection on a live node. */
  connectedAgents(tenantId: string): Promise<Set<string>>;
  /** Deletes the tenant's rows of nodes that are not live. */
  deleteDead(tenantId: string): Promise<AgentKey[]>;
  /** Deletes the rows of these nodes for these tenants. */
  deleteNodes(nodeIds: readonly string[], tenantIds: readonly string[]): Promise<AgentKey[]>;
  /** Deletes every row of one node (its rows from before a restart under the same NODE_ID). */
  deleteNode(nodeId: string): Promise<AgentKey[]>;
}

const LIVE = `EXISTS (SELECT 1 FROM cluster_nodes n WHERE n.node_id = c.node_id AND n.expires_at > now())`;

const keys = (rows: readonly { tenant_id: string; agent_id: string }[]): AgentKey[] =>
  rows.map((row) => ({ tenantId: row.tenant_id, agentId: row.agent_id }));

/** The connection rows over the store's pool (search_path: the store's schema). */
export function createConnectionStore(pool: pg.Pool): ConnectionStore {
  return {
    async set({ tenantId, agentId }, nodeId, connections) {
      if (connections <= 0) {
        await pool.query('DELETE FROM cluster_connections WHERE tenant_id = $1 AND agent_id = $2 AND node_id = $3', [
          tenantId,
          agentId,
          nodeId,
        ]);
        return;
      }
      await pool.query(
        `INSERT INTO cluster_connections (tenant_id, agent_id, node_id, connections) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id, agent_id, node_id) DO UPDATE SET connections = excluded.connections`,
        [tenantId, agentId, nodeId, connections],
      );
    },
    async liveCount({ tenantId, agentId }) {
      const result = await pool.query<{ total: number }>(
        `SELECT coalesce(sum(c.connections), 0)::int AS total FROM cluster_connections c
         WHERE c.tenant_id = $1 AND c.agent_id = $2 AND ${LIVE}`,
        [tenantId, agentId],
      );
      return result.rows[0]?.total ?? 0;
    },
    async connectedAgents(tenantId) {
      const result = await pool.query<{ agent_id: string }>(
        `SELECT DISTINCT c.agent_id FROM cluster_connections c WHERE c.tenant_id = $1 AND ${LIVE}`,
        [tenantId],
      );
      return new Set(result.rows.map((row) => row.agent_id));
    },
    async deleteDead(tenantId) {
      const result = await pool.query<{ tenant_id: string; agent_id: string }>(
        `DELETE FROM cluster_connections c WHERE c.tenant_id = $1 AND NOT ${LIVE} RETURNING tenant_id, agent_id`,
        [tenantId],
      );
      return keys(result.rows);
    },
    async deleteNodes(nodeIds, tenantIds) {
      if (nodeIds.length === 0 || tenantIds.length === 0) return [];
      const result = await pool.query<{ tenant_id: string; agent_id: string }>(
        `DELETE FROM cluster_connections WHERE node_id = ANY($1::text[]) AND tenant_id = ANY($2::text[])
         RETURNING tenant_id, agent_id`,
        [nodeIds, tenantIds],
      );
      return keys(result.rows);
    },
    async deleteNode(nodeId) {
      const result = await pool.query<{ tenant_id: string; agent_id: string }>(
        'DELETE FROM cluster_connections WHERE node_id = $1 RETURNING tenant_id, agent_id',
        [nodeId],
      );
      return keys(result.rows);
    },
  };
}
