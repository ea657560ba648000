/**
 * What a durable adapter (SQLite, PostgreSQL) provides: the event log, snapshots and read models
 * behind their three ports, in one database so an append and its read-model changes commit together.
 * Each port's contract is in its own file; this one only adds start-up's question "which tenants
 * exist?".
 */
import type { EventStore } from './event-store.js';
import type { ReadModel } from './read-model.js';
import type { ReportReadModel } from './report-read-model.js';
import type { SearchReadModel } from './search-read-model.js';
import type { SnapshotStore } from './snapshot-store.js';
import type { WebhookQueue } from './webhook-queue.js';

export interface DurableStore extends EventStore, SnapshotStore, ReadModel, ReportReadModel, SearchReadModel {
  /** Tenants with at least one stored event, in the order they were first written. */
  tenants(): Promise<string[]>;
  /** The webhook delivery queue, in the same database (its rows are written by appends). */
  readonly webhooks: WebhookQueue;
}
