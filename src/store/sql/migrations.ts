/**
 * Versioned schema migrations for both databases, run on start-up by each adapter's factory.
 *
 * - Migrations are numbered from 1 and applied in order, each in its own transaction together with
 *   its row in `schema_migrations`, so a crash mid-migration leaves the schema at the previous
 *   version. Applied migrations are never edited: a change is a new migration.
 * - A database whose schema is newer than this code refuses to open (older code must not write to
 *   tables it does not know).
 * - On PostgreSQL every migration transaction first takes an advisory lock, so processes starting
 *   together (cluster mode) apply each migration once.
 *
 * Types: instants and sequence numbers are 64-bit integers (`BIGINT` on PostgreSQL, `INTEGER` on
 * SQLite, which is 64-bit); JSON values are `TEXT` in both.
 */
import { attachmentTables } from './attachment-tables.js';
import { customerProfileColumns } from './profiles-columns.js';
import { reportDayTables } from './report-day-tables.js';
import { reportTables } from './report-tables.js';
import { searchIndexInBulk, searchTables } from './search-tables.js';
import type { Dialect, SqlValue } from './sql-statement.js';
import { webhookTables } from './webhook-tables.js';

/** One schema version: its number, a name for the record, and its DDL per dialect. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (dialect: Dialect) => readonly string[];
}

/** A transaction the migration runner can run statements in (each adapter provides one). */
export interface MigrationTransaction {
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  rows(sql: string, params?: readonly SqlValue[]): Promise<Record<string, unknown>[]>;
}

/** A database the runner can migrate: its dialect and a way to run one transaction. */
export interface MigrationTarget {
  readonly dialect: Dialect;
  transaction(work: (tx: MigrationTransaction) => Promise<void>): Promise<void>;
}

const int64 = (dialect: Dialect): string => (dialect === 'postgres' ? 'BIGINT' : 'INTEGER');

/** Every migration, in order. Append only. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'event log, tenants, snapshots',
    up: (dialect) => {
      const big = int64(dialect);
      return [
        `CREATE TABLE events (
          tenant_id TEXT NOT NULL,
          seq ${big} NOT NULL,
          type TEXT NOT NULL,
          at ${big} NOT NULL,
          data TEXT NOT NULL,
          PRIMARY KEY (tenant_id, seq)
        )`,
        `CREATE TABLE tenants (
          tenant_id TEXT PRIMARY KEY,
          created_at ${big} NOT NULL
        )`,
        `CREATE TABLE snapshots (
          tenant_id TEXT NOT NULL,
          seq ${big} NOT NULL,
          format INTEGER NOT NULL,
          taken_at ${big} NOT NULL,
          data TEXT NOT NULL,
          PRIMARY KEY (tenant_id, seq)
        )`,
      ];
    },
  },
  {
    version: 2,
    name: 'read models: conversations, labels, messages, agents, customers, transfers, audit log',
    up: (dialect) => {
      const big = int64(dialect);
      return [
        `CREATE TABLE conversations (
          tenant_id TEXT NOT NULL,
          conversation_id TEXT NOT NULL,
          customer_id TEXT NOT NULL,
          channel TEXT NOT NULL,
          source TEXT NOT NULL,
          group_id TEXT NOT NULL,
          status TEXT NOT NULL,
          owner_id TEXT,
          priority INTEGER NOT NULL,
          language TEXT,
          labels TEXT NOT NULL,
          opened_at ${big} NOT NULL,
          assigned_at ${big},
          first_response_at ${big},
          closed_at ${big},
          closed_seq ${big},
          close_reason TEXT,
          resolution TEXT,
          summary TEXT,
          rating INTEGER,
          rating_comment TEXT,
          updated_seq ${big} NOT NULL,
          PRIMARY KEY (tenant_id, conversation_id)
        )`,
        'CREATE INDEX conversations_opened ON conversations (tenant_id, opened_at, conversation_id)',
        'CREATE INDEX conversations_status ON conversations (tenant_id, status, opened_at, conversation_id)',
        'CREATE INDEX conversations_owner ON conversations (tenant_id, owner_id, opened_at, conversation_id)',
        'CREATE INDEX conversations_group ON conversations (tenant_id, group_id, opened_at, conversation_id)',
        'CREATE INDEX conversations_customer ON conversations (tenant_id, customer_id, opened_at, conversation_id)',
        `CREATE TABLE conversation_labels (
          tenant_id TEXT NOT NULL,
          label TEXT NOT NULL,
          conversation_id TEXT NOT NULL,
          PRIMARY KEY (tenant_id, label, conversation_id)
        )`,
        `CREATE TABLE messages (
          tenant_id TEXT NOT NULL,
          conversation_id TEXT NOT NULL,
          seq INTEGER NOT NULL,
          message_id TEXT NOT NULL,
          author_kind TEXT NOT NULL,
          author_id TEXT,
          visibility TEXT NOT NULL,
          kind TEXT NOT NULL,
          text TEXT NOT NULL,
          at ${big} NOT NULL,
          event_seq ${big} NOT NULL,
          PRIMARY KEY (tenant_id, conversation_id, seq)
        )`,
        `CREATE TABLE agents (
          tenant_id TEXT NOT NULL,
          agent_id TEXT NOT NULL,
          name TEXT NOT NULL,
          role TEXT NOT NULL,
          level INTEGER NOT NULL,
          department_id TEXT,
          max_concurrent INTEGER NOT NULL,
          memberships TEXT NOT NULL,
          languages TEXT NOT NULL,
          status TEXT NOT NULL,
          online INTEGER NOT NULL,
          updated_seq ${big} NOT NULL,
          PRIMARY KEY (tenant_id, agent_id)
        )`,
        `CREATE TABLE customers (
          tenant_id TEXT NOT NULL,
          customer_id TEXT NOT NULL,
          name TEXT,
          verified INTEGER NOT NULL,
          vip_level INTEGER NOT NULL,
          language TEXT,
          labels TEXT NOT NULL,
          dedicated_agent_id TEXT,
          updated_seq ${big} NOT NULL,
          PRIMARY KEY (tenant_id, customer_id)
        )`,
        `CREATE TABLE transfers (
          tenant_id TEXT NOT NULL,
          transfer_id TEXT NOT NULL,
          conversation_id TEXT NOT NULL,
          initiator_id TEXT,
          from_agent_id TEXT,
          target_kind TEXT,
          target_id TEXT,
          target_agent_id TEXT,
          status TEXT NOT NULL,
          note TEXT,
          reason TEXT,
          requested_at ${big} NOT NULL,
          deadline ${big},
          answered_at ${big},
          reject_reason TEXT,
          updated_seq ${big} NOT NULL,
          PRIMARY KEY (tenant_id, transfer_id)
        )`,
        'CREATE INDEX transfers_conversation ON transfers (tenant_id, conversation_id, requested_at)',
        'CREATE INDEX transfers_requested ON transfers (tenant_id, requested_at)',
        `CREATE TABLE audit_log (
          tenant_id TEXT NOT NULL,
          seq ${big} NOT NULL,
          at ${big} NOT NULL,
          type TEXT NOT NULL,
          subject_id TEXT,
          data TEXT NOT NULL,
          PRIMARY KEY (tenant_id, seq)
        )`,
        'CREATE INDEX audit_log_type ON audit_log (tenant_id, type, seq)',
      ];
    },
  },
  { version: 3, name: 'report read models: hourly rollups, transfer facts, agent status intervals', up: reportTables },
  { version: 4, name: 'report read models: daily rollups per tenant-local day', up: reportDayTables },
  { version: 5, name: 'desk-search: message search index (FTS5 trigram / pg_trgm)', up: searchTables },
  { version: 6, name: 'profiles: customer contact and custom attributes', up: customerProfileColumns },
  { version: 7, name: 'webhooks: endpoints, subscriptions, delivery queue', up: webhookTables },
  { version: 8, name: 'attachments: files on messages, their bytes in PostgreSQL', up: attachmentTables },
  {
    version: 9,
    name: 'desk-search: SQLite indexes new messages in bulk (progress mark), not by an insert trigger',
    up: searchIndexInBulk,
  },
];

/** The schema version this code writes. */
export const latestSchemaVersion = (): number => migrations.reduce((max, m) => Math.max(max, m.version), 0);

/** The schema is newer than this code knows. */
export class SchemaTooNewError extends Error {
  constructor(readonly found: number) {
    super(`database schema version ${found} is newer than this code (${latestSchemaVersion()}): upgrade Switchboard`);
    this.name = 'SchemaTooNewError';
  }
}

const LOCK = "SELECT pg_advisory_xact_lock(hashtext('switchboard.migrations'))";

/** Applies every migration not yet applied; returns the versions applied now. */
export async function migrate(target: MigrationTarget, now: () => number): Promise<number[]> {
  const lock = async (tx: MigrationTransaction): Promise<void> => {
    if (target.dialect === 'postgres') await tx.rows(LOCK);
  };
  let applied: number[] = [];
  await target.transaction(async (tx) => {
    await lock(tx);
    await tx.run(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ${int64(target.dialect)} NOT NULL
      )`,
    );
    const rows = await tx.rows('SELECT version FROM schema_migrations');
    applied = rows.map((row) => Number(row.version));
  });
  const newest = applied.reduce((max, version) => Math.max(max, version), 0);
  if (newest > latestSchemaVersion()) throw new SchemaTooNewError(newest);
  const done: number[] = [];
  for (const migration of migrations) {
    if (applied.includes(migration.version)) continue;
    await target.transaction(async (tx) => {
      await lock(tx);
      const again = await tx.rows('SELECT version FROM schema_migrations WHERE version = ?', [migration.version]);
      if (again.length > 0) return;
      for (const sql of migration.up(target.dialect)) await tx.run(sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        now(),
      ]);
      done.push(migration.version);
    });
  }
  return done;
}
