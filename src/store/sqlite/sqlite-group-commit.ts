/**
 * The SQLite event log with group commit. Appends that arrive together — from one tenant's batch of
 * commands, and from every tenant whose actor appended in the same turn of the event loop — are
 * written in one transaction and share one fsync. Each promise resolves only after the transaction
 * holding it has committed.
 *
 * Within the transaction an append checks that the tenant's last seq is the one the caller expects,
 * then inserts its events (the `(tenant_id, seq)` primary key refuses a duplicate) and runs the
 * read-model projections of each event (a report batch's reads, then its writes), so read models
 * commit with the events or not at all. The webhook deliveries an append queues (the outbox) are
 * built only when the tenant has an enabled, subscribed endpoint once the append's own statements
 * have run. Last, the search index is told (sqlite-search-index.ts): it indexes the waiting messages
 * in this transaction once enough of them wait.
 *
 * A sequence conflict refuses that append alone, and it refuses it before the append has written
 * anything: the check is the append's first statement, and nothing else in the transaction can
 * change a tenant's last seq in between (one connection, appends run one after the other). So no
 * append needs a savepoint of its own — they used to run in one, and the savepoints' sub-journal
 * (every page an append touched copied again, per append) cost about a fifth of the write path
 * (issue 16). Any other error (I/O, full disk, a constraint) fails the whole transaction, and
 * every append in it, as before.
 *
 * With a `walSync` (the store's default) the commit does not wait for the disk: the appends are
 * settled once the WAL has been fsynced off the event loop (sqlite-wal-sync.ts); meanwhile the
 * next appends gather and commit. Without one, SQLite fsyncs inside the commit.
 */
import type { Statement, Transaction } from 'better-sqlite3';
import type { DomainEvent } from '../../domain/events.js';
import { SequenceConflictError, type StoredEvent } from '../event-store.js';
import { queueDeliveries } from '../sql/project-webhooks.js';
import { projectAppend, type ProjectionStep } from '../sql/projector.js';
import { ReportBatch, ReportRowCache, touchesCachedRows } from '../sql/report-batch.js';
import type { SqlValue } from '../sql/sql-statement.js';
import type { SqliteDatabase } from './open-sqlite.js';
import type { SqliteSearchIndex } from './sqlite-search-index.js';
import type { SqliteWalSync } from './sqlite-wal-sync.js';

interface PendingAppend {
  readonly tenantId: string;
  readonly expectedSeq: number;
  readonly events: readonly DomainEvent[];
  readonly resolve: (stored: StoredEvent[]) => void;
  readonly reject: (error: unknown) => void;
}

/** The append path of the SQLite store (see the file header): appends queue up and commit together. */
export class SqliteGroupCommit {
  private pending: PendingAppend[] = [];
  private scheduled = false;
  /** Prepared statements by SQL, each with whether it writes what `reportRows` holds (running it clears it). */
  private readonly statements = new Map<string, { statement: Statement<SqlValue[]>; invalidates: boolean }>();
  /** Report rows as the committed batches left them (report-batch.ts); this is their only writer. */
  private readonly reportRows = new ReportRowCache();
  private readonly lastSeqOf: Statement<[string], { seq: number }>;
  private readonly insertEvent: Statement<[string, number, string, number, string]>;
  private readonly insertTenant: Statement<[string, number]>;
  private readonly hasSubscribers: Statement<[string]>;
  private readonly commitAll: Transaction<
    (batch: readonly PendingAppend[]) => (StoredEvent[] | SequenceConflictError)[]
  >;

  /** Transactions committed so far (each may hold many appends). */
  commits = 0;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number,
    private readonly walSync: SqliteWalSync | null = null,
    /** Indexes the stored messages for search in bulk (sqlite-search-index.ts); none: not kept. */
    private readonly searchIndex: SqliteSearchIndex | null = null,
  ) {
    this.lastSeqOf = db.prepare('SELECT seq FROM events WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1');
    this.insertEvent = db.prepare('INSERT INTO events (tenant_id, seq, type, at, data) VALUES (?, ?, ?, ?, ?)');
    this.insertTenant = db.prepare('INSERT INTO tenants (tenant_id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING');
    this.hasSubscribers = db.prepare<[string]>(
      `SELECT 1 FROM webhook_subscriptions s JOIN webhook_endpoints e
         ON e.tenant_id = s.tenant_id AND e.endpoint_id = s.endpoint_id AND e.enabled = 1
       WHERE s.tenant_id = ? LIMIT 1`,
    );
    this.commitAll = db.transaction((batch: readonly PendingAppend[]) => {
      const results = batch.map((item) => {
        try {
          return this.write(item);
        } catch (error) {
          // A conflict is thrown before the append wrote anything (see the file header); anything
          // else (I/O error, full disk, a constraint) fails the whole transaction.
          if (error instanceof SequenceConflictError) return error;
          throw error;
        }
      });
      this.searchIndex?.afterAppends();
      return results;
    });
  }

  append(tenantId: string, expectedSeq: number, events: readonly DomainEvent[]): Promise<StoredEvent[]> {
    return new Promise((resolve, reject) => {
      this.pending.push({ tenantId, expectedSeq, events, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // Wait for the rest of this turn: appends of other tenants join the same commit.
      setImmediate(() => {
        this.flush();
      });
    });
  }

  lastSeq(tenantId: string): number {
    return this.lastSeqOf.get(tenantId)?.seq ?? 0;
  }

  /** Commits every pending append in one transaction, then settles each once it is durable. */
  flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const failure = this.walSync?.failure ?? null;
    if (failure !== null) {
      for (const item of batch) item.reject(failure);
      return;
    }
    let results: (StoredEvent[] | SequenceConflictError)[];
    try {
      results = this.commitAll.immediate(batch);
      this.commits += 1;
    } catch (error) {
      // The cached report rows and the search mark may hold what the failed transaction rolled back.
      this.reportRows.clear();
      this.searchIndex?.reload();
      for (const item of batch) item.reject(error);
      return;
    }
    if (this.walSync === null) {
      settle(batch, results);
      return;
    }
    this.walSync.sync().then(
      () => {
        settle(batch, results);
      },
      (error: unknown) => {
        for (const item of batch) item.reject(error);
      },
    );
  }

  private write(item: PendingAppend): StoredEvent[] {
    const { tenantId, expectedSeq, events } = item;
    // First, before any write: a conflict must leave nothing behind (no savepoint undoes it).
    const last = this.lastSeq(tenantId);
    if (last !== expectedSeq) throw new SequenceConflictError(tenantId, expectedSeq, last);
    if (expectedSeq === 0) this.insertTenant.run(tenantId, this.now());
    const stored = events.map((event, index) => {
      const seq = expectedSeq + index + 1;
      this.insertEvent.run(tenantId, seq, event.type, event.at, JSON.stringify(event));
      return { tenantId, seq, event };
    });
    this.project(projectAppend(tenantId, expectedSeq + 1, events, { deliveries: false, reportRows: this.reportRows }));
    // Webhook deliveries last (projector.ts), and only built for a tenant with a subscribed endpoint.
    if (this.hasSubscribers.get(tenantId) !== undefined)
      this.project(queueDeliveries(tenantId, expectedSeq + 1, events));
    return stored;
  }

  private project(steps: readonly ProjectionStep[]): void {
    for (const step of steps) {
      if (!(step instanceof ReportBatch)) {
        const { statement, invalidates } = this.preparedEntry(step.sql);
        if (invalidates) this.reportRows.clear();
        statement.run(...step.params);
        continue;
      }
      const rows = step.loads().map((load) => this.prepared(load.sql).all(...load.params) as Record<string, unknown>[]);
      for (const write of step.writes(rows)) this.prepared(write.sql).run(...write.params);
    }
  }

  /** The prepared statement for `sql` on this connection (also the webhook queue's, sqlite-writer.ts). */
  prepared(sql: string): Statement<SqlValue[]> {
    return this.preparedEntry(sql).statement;
  }

  private preparedEntry(sql: string): { statement: Statement<SqlValue[]>; invalidates: boolean } {
    let entry = this.statements.get(sql);
    if (entry === undefined) {
      entry = { statement: this.db.prepare<SqlValue[]>(sql), invalidates: touchesCachedRows(sql) };
      this.statements.set(sql, entry);
    }
    return entry;
  }
}

/** Resolves each append with its stored events, or rejects it with its sequence conflict. */
function settle(batch: readonly PendingAppend[], results: readonly (StoredEvent[] | SequenceConflictError)[]): void {
  batch.forEach((item, index) => {
    const result = results[index];
    if (result instanceof SequenceConflictError) item.reject(result);
    else item.resolve(result ?? []);
  });
}
