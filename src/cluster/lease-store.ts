/**
 * The cluster's leases and heartbeats in PostgreSQL (docs/cluster.md, "Lease and fencing"). Every
 * expiry is computed and compared by the database's clock (`now()`), never a node's, so nodes with
 * skewed clocks still agree on who is live and who owns what. The tables are cluster-schema.ts's.
 *
 * Contract
 * - `acquire` succeeds only if the tenant has no lease, a released one or an expired one; it returns
 *   the new epoch, one more than any before for that tenant.
 * - `renew` extends, in one statement, every listed lease the node still holds live with that epoch,
 *   and returns which were extended; a lease that expired is never revived (it must be acquired).
 * - `release` gives a lease up at once (no owner, expired now) if the node still holds that epoch.
 */
import type pg from 'pg';

/** One tenant's lease as the database sees it now. */
export interface LeaseRow {
  readonly tenantId: string;
  /** Null once released. */
  readonly nodeId: string | null;
  readonly epoch: number;
  /** Whether the lease is unexpired by the database's clock. */
  readonly live: boolean;
  /** Milliseconds until it expires (0 when expired). */
  readonly expiresInMs: number;
}

/** One node's heartbeat row. */
export interface NodeRow {
  readonly nodeId: string;
  readonly live: boolean;
  readonly expiresInMs: number;
  readonly startedAt: Date;
  readonly info: Record<string, unknown>;
}

/** A lease a node believes it holds. */
export interface HeldLease {
  readonly tenantId: string;
  readonly epoch: number;
}

/** The lease and heartbeat queries over a pool (whose search_path is the store's schema). */
export interface LeaseStore {
  /** Marks the node live for `ttlMs` more (inserting its row on the first call). */
  heartbeat(nodeId: string, ttlMs: number, info?: Record<string, unknown>): Promise<void>;
  /** Deletes the node's heartbeat row (graceful shutdown). */
  removeNode(nodeId: string): Promise<void>;
  /** Ids of the nodes whose heartbeat has not expired, sorted. */
  liveNodes(): Promise<string[]>;
  /** Every heartbeat row, live or expired. */
  nodes(): Promise<NodeRow[]>;
  /** Takes the tenant's lease if free or expired: the new epoch, or null when another node holds it. */
  acquire(tenantId: string, nodeId: string, ttlMs: number): Promise<number | null>;
  /** Extends the leases the node still holds: the tenant ids extended. */
  renew(nodeId: string, leases: readonly HeldLease[], ttlMs: number): Promise<Set<string>>;
  /** Gives the lease up now, if the node still holds that epoch. */
  release(tenantId: string, nodeId: string, epoch: number): Promise<void>;
  /** Every tenant's lease. */
  leases(): Promise<LeaseRow[]>;
  /** One tenant's lease, or null when it never had one. */
  lease(tenantId: string): Promise<LeaseRow | null>;
  /** Every tenant the log holds. */
  tenants(): Promise<string[]>;
  /** Every tenant the log holds with its last seq (one index probe per tenant), for followers to catch up. */
  tenantSeqs(): Promise<Map<string, number>>;
}

const TTL = `($2::int * interval '1 millisecond')`;

interface LeaseQueryRow {
  readonly tenant_id: string;
  readonly node_id: string | null;
  readonly epoch: string | number;
  readonly live: boolean;
  readonly expires_in_ms: number;
}

/** PostgreSQL's lock_timeout expired. */
const LOCK_NOT_AVAILABLE = '55P03';

const LEASE_COLUMNS = `SELECT tenant_id, node_id, epoch, expires_at > now() AS live,
    greatest(0, extract(epoch FROM expires_at - now()) * 1000)::float8 AS expires_in_ms
  FROM tenant_leases`;

const toLeaseRow = (row: LeaseQueryRow): LeaseRow => ({
  tenantId: row.tenant_id,
  nodeId: row.node_id,
  epoch: Number(row.epoch),
  live: row.live && row.node_id !== null,
  expiresInMs: Math.round(row.expires_in_ms),
});

/** Builds the lease store over a pool (the PostgreSQL store's). */
export function createLeaseStore(pool: pg.Pool): LeaseStore {
  return {
    async heartbeat(nodeId, ttlMs, info = {}) {
      await pool.query(
        `INSERT INTO cluster_nodes (node_id, started_at, expires_at, info) VALUES ($1, now(), now() + ${TTL}, $3)
         ON CONFLICT (node_id) DO UPDATE SET expires_at = excluded.expires_at, info = excluded.info`,
        [nodeId, ttlMs, JSON.stringify(info)],
      );
    },
    async removeNode(nodeId) {
      await pool.query('DELETE FROM cluster_nodes WHERE node_id = $1', [nodeId]);
    },
    async liveNodes() {
      const result = await pool.query<{ node_id: string }>(
        'SELECT node_id FROM cluster_nodes WHERE expires_at > now() ORDER BY node_id',
      );
      return result.rows.map((row) => row.node_id);
    },
    async nodes() {
      const result = await pool.query<{
        node_id: string;
        live: boolean;
        expires_in_ms: number;
        started_at: Date;
        info: Record<string, unknown>;
      }>(
        `SELECT node_id, expires_at > now() AS live, started_at, info,
           greatest(0, extract(epoch FROM expires_at - now()) * 1000)::float8 AS expires_in_ms
         FROM cluster_nodes ORDER BY node_id`,
      );
      return result.rows.map((row) => ({
        nodeId: row.node_id,
        live: row.live,
        expiresInMs: Math.round(row.expires_in_ms),
        startedAt: row.started_at,
        info: row.info,
      }));
    },
    async acquire(tenantId, nodeId, ttlMs) {
      // The row may be locked FOR SHARE by the old owner's append (paused mid-transaction until the
      // server ends it): wait at most a lease, not for ever, so no connection stays stuck here.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SET LOCAL lock_timeout = ${String(Math.max(1, Math.floor(ttlMs)))}`);
        const result = await client.query<{ epoch: string | number }>(
          `INSERT INTO tenant_leases (tenant_id, node_id, epoch, expires_at) VALUES ($3, $1, 1, now() + ${TTL})
           ON CONFLICT (tenant_id) DO UPDATE
             SET node_id = excluded.node_id, epoch = tenant_leases.epoch + 1, expires_at = excluded.expires_at
             WHERE tenant_leases.node_id IS NULL OR tenant_leases.expires_at <= now()
           RETURNING epoch`,
          [nodeId, ttlMs, tenantId],
        );
        await client.query('COMMIT');
        const row = result.rows[0];
        return row === undefined ? null : Number(row.epoch);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if ((error as { code?: unknown }).code === LOCK_NOT_AVAILABLE) return null;
        throw error;
      } finally {
        client.release();
      }
    },
    async renew(nodeId, leases, ttlMs) {
      if (leases.length === 0) return new Set();
      const result = await pool.query<{ tenant_id: string }>(
        `UPDATE tenant_leases SET expires_at = now() + ${TTL}
         WHERE node_id = $1 AND expires_at > now()
           AND (tenant_id, epoch) IN (SELECT * FROM unnest($3::text[], $4::bigint[]))
         RETURNING tenant_id`,
        [nodeId, ttlMs, leases.map((lease) => lease.tenantId), leases.map((lease) => lease.epoch)],
      );
      return new Set(result.rows.map((row) => row.tenant_id));
    },
    async release(tenantId, nodeId, epoch) {
      await pool.query(
        `UPDATE tenant_leases SET node_id = NULL, expires_at = now()
         WHERE tenant_id = $1 AND node_id = $2 AND epoch = $3`,
        [tenantId, nodeId, epoch],
      );
    },
    async leases() {
      const result = await pool.query<LeaseQueryRow>(`${LEASE_COLUMNS} ORDER BY tenant_id`);
      return result.rows.map(toLeaseRow);
    },
    async lease(tenantId) {
      const result = await pool.query<LeaseQueryRow>(`${LEASE_COLUMNS} WHERE tenant_id = $1`, [tenantId]);
      const row = result.rows[0];
      return row === undefined ? null : toLeaseRow(row);
    },
    async tenantSeqs() {
      const result = await pool.query<{ tenant_id: string; seq: string | number | null }>(
        `SELECT t.tenant_id, (SELECT e.seq FROM events e WHERE e.tenant_id = t.tenant_id ORDER BY e.seq DESC LIMIT 1) AS seq
         FROM tenants t`,
      );
      return new Map(result.rows.map((row) => [row.tenant_id, Number(row.seq ?? 0)]));
    },
    async tenants() {
      const result = await pool.query<{ tenant_id: string }>(
        'SELECT tenant_id FROM tenants ORDER BY created_at, tenant_id',
      );
      return result.rows.map((row) => row.tenant_id);
    },
  };
}
