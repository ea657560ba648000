/**
 * The PostgreSQL adapter, for the cluster mode (DESIGN.md §2: several processes share the log, each
 * tenant owned by one of them). Same schema, projections and queries as SQLite (src/store/sql/).
 *
 * Durability: every append is one transaction; COMMIT returns after PostgreSQL has flushed its WAL,
 * because the adapter pins `synchronous_commit = on` for its sessions (whatever the server default).
 * Appends of different tenants run in parallel on pooled connections, and PostgreSQL's own group
 * commit shares WAL flushes among the transactions committing together.
 *
 * Fencing: an append checks the tenant's last seq, and the `(tenant_id, seq)` primary key refuses the
 * second of two writers that both passed the check; both become `SequenceConflictError`, so a stale
 * owner of a tenant can never interleave its events with the new owner's. In cluster mode an append
 * also carries the writer's lease (`Fence`): the transaction reads the lease row `FOR SHARE` before
 * inserting — no live row for that node and epoch is `FenceLostError`, and a takeover's UPDATE of the
 * row waits until this transaction ends, so the new owner's catch-up sees what it committed. The lease
 * table belongs to the cluster (src/cluster/cluster-schema.ts), created when a cluster node starts.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DomainEvent } from '../../domain/events.js';
import type { TenantSnapshot } from '../../domain/snapshot.js';
import type { DurableStore } from '../durable-store.js';
import { FenceLostError, SequenceConflictError, type Fence, type StoredEvent } from '../event-store.js';
import { SnapshotAheadOfLogError, type StoredSnapshot } from '../snapshot-store.js';
import { migrate } from '../sql/migrations.js';
import { projectAppend } from '../sql/projector.js';
import { ReportBatch } from '../sql/report-batch.js';
import { createReportReadModel } from '../sql/report-queries.js';
import { createReadModel } from '../sql/read-model-queries.js';
import { createSearchReadModel } from '../sql/search-queries.js';
import type { ReadModelTables } from '../sql/read-model-tables.js';
import { numberPlaceholders, type SqlValue } from '../sql/sql-statement.js';
import { createWebhookQueue } from '../sql/webhook-queue-sql.js';

/** Where the PostgreSQL store connects, and in which schema it keeps its tables. */
export interface PostgresStoreOptions {
  /** e.g. `postgres://user@127.0.0.1:5432/switchboard`. */
  readonly connectionString: string;
  /** Schema for every table, created if missing; default the server's `search_path` (public). */
  readonly schema?: string;
  /** Pool size; default 10. */
  readonly maxConnections?: number;
  /** Snapshots kept per tenant (the latest ones); default 2. */
  readonly keepSnapshots?: number;
  /**
   * A session left idle inside a transaction this long is ended by the server (its transaction rolled
   * back); default 5000 ms. A process paused mid-append (SIGSTOP, a VM stall) would otherwise hold its
   * lease row `FOR SHARE` for as long as it is paused, and no other node could take the tenant over.
   */
  readonly idleInTransactionMs?: number;
  /** Told when an idle pooled connection breaks (the pool drops it; the next query opens another). */
  readonly onConnectionError?: (error: Error) => void;
}

/**
 * The PostgreSQL store, with its connection pool: cluster mode keeps its lease and heartbeat tables in
 * the same database and schema (src/cluster/), reached through the same pool.
 */
export interface PostgresStore extends DurableStore {
  readonly pool: pg.Pool;
}

/** Whether a store is the PostgreSQL one (cluster mode needs it). */
export const isPostgresStore = (store: DurableStore): store is PostgresStore =>
  (store as Partial<PostgresStore>).pool instanceof pg.Pool;

const INT8 = 20;
const UNIQUE_VIOLATION = '23505';
/** PostgreSQL accepts at most 65,535 parameters per statement; events take 5 each. */
const EVENTS_PER_INSERT = 10_000;

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Error && (error as Error & { code?: unknown }).code === UNIQUE_VIOLATION;

/** BIGINT columns (instants, seqs, counts) come back as numbers; all stay below 2^53. */
const types = new pg.TypeOverrides();
types.setTypeParser(INT8, (value: string) => Number(value));

/** Connects to PostgreSQL, creates the schema if asked for one, migrates, and returns the store. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const idle = Math.max(1, Math.floor(options.idleInTransactionMs ?? 5000));
  const sessionOptions = [
    '-c synchronous_commit=on',
    `-c idle_in_transaction_session_timeout=${String(idle)}`,
    ...(schema === undefined ? [] : [`-c search_path=${schema}`]),
  ];
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    options: sessionOptions.join(' '),
    types,
  });
  // A connection that breaks (the database restarted, the network dropped) makes its client emit
  // `error`; with nobody listening Node ends the process. The pool listens only while a client is idle
  // in it (and tells `pool.on('error')`), so every client also gets a listener of its own for while it
  // is checked out: its query fails on its own (503 STORE_UNAVAILABLE), and the pool drops the broken
  // client when it is released.
  pool.on('error', (error) => {
    options.onConnectionError?.(error);
  });
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const sql = new Map<string, string>();
  const numbered = (text: string): string => {
    let found = sql.get(text);
    if (found === undefined) {
      found = numberPlaceholders(text);
      sql.set(text, found);
    }
    return found;
  };

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  const lastSeqIn = async (client: pg.ClientBase | pg.Pool, tenantId: string): Promise<number> => {
    const result = await client.query<{ seq: number }>(
      'SELECT seq FROM events WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1',
      [tenantId],
    );
    return result.rows[0]?.seq ?? 0;
  };

  try {
    if (schema !== undefined) {
      // Nodes of a cluster starting together would race in the catalogue (IF NOT EXISTS alone does not
      // serialise two creations): one at a time.
      await transaction(async (client) => {
        await client.query("SELECT pg_advisory_xact_lock(hashtext('switchboard:create-schema'))");
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      });
    }
    await migrate(
      {
        dialect: 'postgres',
        transaction: (work) =>
          transaction(async (client) => {
            const values = (params: readonly SqlValue[] | undefined): SqlValue[] => [...(params ?? [])];
            await work({
              run: async (text, params) => {
                await client.query(numberPlaceholders(text), values(params));
              },
              rows: async (text, params) =>
                (await client.query<Record<string, unknown>>(numberPlaceholders(text), values(params))).rows,
            });
          }),
      },
      () => Date.now(),
    );
  } catch (error) {
    await pool.end();
    throw error;
  }

  const kysely = new Kysely<ReadModelTables>({ dialect: new PostgresDialect({ pool }) });
  const keep = options.keepSnapshots ?? 2;

  async function append(
    tenantId: string,
    expectedSeq: number,
    events: readonly DomainEvent[],
    fence?: Fence,
  ): Promise<StoredEvent[]> {
    try {
      return await transaction(async (client) => {
        if (fence !== undefined) {
          const lease = await client.query(
            `SELECT 1 FROM tenant_leases WHERE tenant_id = $1 AND node_id = $2 AND epoch = $3
               AND expires_at > clock_timestamp() FOR SHARE`,
            [tenantId, fence.nodeId, fence.epoch],
          );
          if (lease.rowCount === 0) throw new FenceLostError(tenantId, fence);
        }
        const last = await lastSeqIn(client, tenantId);
        if (last !== expectedSeq) throw new SequenceConflictError(tenantId, expectedSeq, last);
        if (expectedSeq === 0) {
          await client.query('INSERT INTO tenants (tenant_id, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
            tenantId,
            Date.now(),
          ]);
        }
        const stored = events.map((event, index) => ({ tenantId, seq: expectedSeq + index + 1, event }));
        for (let from = 0; from < stored.length; from += EVENTS_PER_INSERT) {
          const rows = stored.slice(from, from + EVENTS_PER_INSERT);
          const params = rows.flatMap(({ seq, event }) => [tenantId, seq, event.type, event.at, JSON.stringify(event)]);
          const tuples = rows.map(
            (_, row) => `($${row * 5 + 1}, $${row * 5 + 2}, $${row * 5 + 3}, $${row * 5 + 4}, $${row * 5 + 5})`,
          );
          await client.query(`INSERT INTO events (tenant_id, seq, type, at, data) VALUES ${tuples.join(', ')}`, params);
        }
        for (const step of projectAppend(tenantId, expectedSeq + 1, events)) {
          if (!(step instanceof ReportBatch)) {
            await client.query(numbered(step.sql), [...step.params]);
            continue;
          }
          const rows: Record<string, unknown>[][] = [];
          for (const load of step.loads())
            rows.push((await client.query<Record<string, unknown>>(numbered(load.sql), [...load.params])).rows);
          for (const write of step.writes(rows)) await client.query(numbered(write.sql), [...write.params]);
        }
        return stored;
      });
    } catch (error) {
      // Another writer appended the same seq between our check and our insert.
      if (isUniqueViolation(error))
        throw new SequenceConflictError(tenantId, expectedSeq, await lastSeqIn(pool, tenantId));
      throw error;
    }
  }

  const webhooks = createWebhookQueue({
    run: async (text: string, params: readonly SqlValue[]) =>
      (await pool.query(numbered(text), [...params])).rowCount ?? 0,
    rows: async (text: string, params: readonly SqlValue[]) =>
      (await pool.query<Record<string, unknown>>(numbered(text), [...params])).rows,
  });

  let closed = false;
  return {
    pool,
    webhooks,
    ...createReadModel(kysely),
    ...createReportReadModel(kysely, 'postgres'),
    ...createSearchReadModel(kysely, 'postgres'),
    append,
    async read(tenantId, afterSeq, limit) {
      const result = await pool.query<{ seq: number; data: string }>(
        'SELECT seq, data FROM events WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        [tenantId, afterSeq, limit],
      );
      return result.rows.map((row) => ({ tenantId, seq: row.seq, event: JSON.parse(row.data) as DomainEvent }));
    },
    lastSeq: (tenantId) => lastSeqIn(pool, tenantId),
    async tenants() {
      const result = await pool.query<{ tenant_id: string }>(
        'SELECT tenant_id FROM tenants ORDER BY created_at, tenant_id',
      );
      return result.rows.map((row) => row.tenant_id);
    },
    async saveSnapshot(snapshot: StoredSnapshot) {
      const data = JSON.stringify(snapshot.data);
      await transaction(async (client) => {
        const last = await lastSeqIn(client, snapshot.tenantId);
        if (snapshot.seq > last) throw new SnapshotAheadOfLogError(snapshot.tenantId, snapshot.seq, last);
        await client.query(
          `INSERT INTO snapshots (tenant_id, seq, format, taken_at, data) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (tenant_id, seq) DO UPDATE SET format = excluded.format, taken_at = excluded.taken_at,
             data = excluded.data`,
          [snapshot.tenantId, snapshot.seq, snapshot.data.format, snapshot.takenAt, data],
        );
        await client.query(
          `DELETE FROM snapshots WHERE tenant_id = $1 AND seq NOT IN
             (SELECT seq FROM snapshots WHERE tenant_id = $1 ORDER BY seq DESC LIMIT $2)`,
          [snapshot.tenantId, keep],
        );
      });
    },
    async latestSnapshot(tenantId) {
      const result = await pool.query<{ seq: number; taken_at: number; data: string }>(
        'SELECT seq, taken_at, data FROM snapshots WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1',
        [tenantId],
      );
      const row = result.rows[0];
      if (row === undefined) return null;
      return { tenantId, seq: row.seq, takenAt: row.taken_at, data: JSON.parse(row.data) as TenantSnapshot };
    },
    async close() {
      if (closed) return;
      closed = true;
      await kysely.destroy();
    },
  };
}
