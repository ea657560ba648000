/**
 * `switchboard cluster status`: the nodes of a cluster and which tenants each owns, read from the
 * lease and heartbeat tables (src/cluster/lease-store.ts) — the same rows the nodes decide by, with
 * every expiry computed by the database's clock. It reads only: no migration, no table created, so
 * it is safe against a running cluster, and a database where no node ever started is told as such.
 *
 * It needs only the database (DATABASE_URL, DATABASE_SCHEMA or --database-url, --database-schema):
 * not the token secret a server needs, since it signs nothing.
 */
import type pg from 'pg';
import type { LeaseRow, NodeRow } from '../cluster/lease-store.js';
import { UsageError, type CliCommand } from './command.js';

const UNDEFINED_TABLE = '42P01';

/** One node as the command shows it. */
export interface NodeStatus {
  readonly nodeId: string;
  readonly live: boolean;
  readonly expiresInMs: number;
  readonly startedAt: string;
  /** The tenants whose lease this node holds unexpired. */
  readonly owns: readonly string[];
}

/** One tenant's lease as the command shows it. */
export interface TenantStatus {
  readonly tenantId: string;
  /** The last holder (null: released or never leased). */
  readonly nodeId: string | null;
  readonly epoch: number;
  /** `owned`: a live lease; `expired`: its holder stopped renewing; `released` or `unleased`: no owner. */
  readonly lease: 'owned' | 'expired' | 'released' | 'unleased';
  readonly expiresInMs: number;
}

export interface ClusterStatus {
  readonly nodes: readonly NodeStatus[];
  readonly tenants: readonly TenantStatus[];
}

/** Puts the rows together: every tenant of the log, leased or not, and every node with what it owns. */
export function clusterStatus(nodes: readonly NodeRow[], leases: readonly LeaseRow[], tenantIds: readonly string[]) {
  const byTenant = new Map(leases.map((lease) => [lease.tenantId, lease]));
  const tenants: TenantStatus[] = [...new Set([...tenantIds, ...byTenant.keys()])].sort().map((tenantId) => {
    const lease = byTenant.get(tenantId);
    if (lease === undefined) return { tenantId, nodeId: null, epoch: 0, lease: 'unleased', expiresInMs: 0 };
    const state = lease.nodeId === null ? 'released' : lease.live ? 'owned' : 'expired';
    return { tenantId, nodeId: lease.nodeId, epoch: lease.epoch, lease: state, expiresInMs: lease.expiresInMs };
  });
  return {
    nodes: nodes.map((node) => ({
      nodeId: node.nodeId,
      live: node.live,
      expiresInMs: node.expiresInMs,
      startedAt: node.startedAt.toISOString(),
      owns: tenants
        .filter((tenant) => tenant.nodeId === node.nodeId && tenant.lease === 'owned')
        .map((t) => t.tenantId),
    })),
    tenants,
  } satisfies ClusterStatus;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The status as the two tables a person reads. */
export function formatClusterStatus(status: ClusterStatus): string {
  const live = status.nodes.filter((node) => node.live).length;
  const nodes =
    status.nodes.length === 0
      ? 'no node has a heartbeat row'
      : table([
          ['node', 'state', 'expires in', 'started', 'tenants owned'],
          ...status.nodes.map((node) => [
            node.nodeId,
            node.live ? 'live' : 'expired',
            node.live ? seconds(node.expiresInMs) : '—',
            node.startedAt,
            String(node.owns.length),
          ]),
        ]);
  const tenants =
    status.tenants.length === 0
      ? 'no tenants'
      : table([
          ['tenant', 'owner', 'epoch', 'lease'],
          ...status.tenants.map((tenant) => [
            tenant.tenantId,
            tenant.nodeId ?? '—',
            String(tenant.epoch),
            tenant.lease === 'owned' ? `expires in ${seconds(tenant.expiresInMs)}` : tenant.lease,
          ]),
        ]);
  const owned = status.tenants.filter((tenant) => tenant.lease === 'owned').length;
  return (
    `Nodes: ${live} live, ${status.nodes.length - live} expired\n${nodes}\n\n` +
    `Tenants: ${owned} of ${status.tenants.length} owned\n${tenants}\n`
  );
}

/** Reads the status over a short-lived pool; null when the cluster tables do not exist. */
async function readStatus(connectionString: string, schema: string | undefined): Promise<ClusterStatus | null> {
  const { default: pgModule } = await import('pg');
  const { createLeaseStore } = await import('../cluster/lease-store.js');
  const pool: pg.Pool = new pgModule.Pool({
    connectionString,
    max: 1,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  try {
    const leases = createLeaseStore(pool);
    const [nodes, rows, tenantIds] = await Promise.all([leases.nodes(), leases.leases(), leases.tenants()]);
    return clusterStatus(nodes, rows, tenantIds);
  } catch (error) {
    if ((error as { code?: unknown }).code === UNDEFINED_TABLE) return null;
    throw error;
  } finally {
    await pool.end();
  }
}

export const clusterStatusCommand: CliCommand = {
  name: 'cluster status',
  summary: 'List the nodes of a cluster (live or expired) and which tenant each owns, with epoch and lease expiry.',
  details:
    'Reads the PostgreSQL database of a cluster (docs/cluster.md): DATABASE_URL and DATABASE_SCHEMA, or the options\n' +
    'below. Read-only; safe while the cluster runs. With --json: one object {"nodes":[…],"tenants":[…]}.',
  options: {
    'database-url': { type: 'string', value: '<url>', description: 'postgres:// URL (default: $DATABASE_URL)' },
    'database-schema': { type: 'string', value: '<name>', description: 'schema (default: $DATABASE_SCHEMA)' },
    json: { type: 'boolean', description: 'print one JSON object instead of tables' },
  },
  async run(args, io) {
    const url = args.string('database-url') ?? io.env.DATABASE_URL;
    if (url === undefined || url === '') {
      throw new UsageError('needs DATABASE_URL or --database-url: a cluster runs on PostgreSQL');
    }
    if (!/^postgres(ql)?:\/\//.test(url)) throw new UsageError('the database URL must start with postgres://');
    const schema =
      args.string('database-schema') ?? (io.env.DATABASE_SCHEMA === '' ? undefined : io.env.DATABASE_SCHEMA);
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new UsageError(`the schema must be a lower-case SQL identifier, got "${schema}"`);
    }
    const status = await readStatus(url, schema);
    if (status === null) {
      io.stderr('no cluster tables in this database: no node has started in cluster mode here (REDIS_URL)\n');
      return 1;
    }
    io.stdout(args.flag('json') ? `${JSON.stringify(status)}\n` : formatClusterStatus(status));
    return 0;
  },
};
