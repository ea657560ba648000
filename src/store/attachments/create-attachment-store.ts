/**
 * The attachment store that goes with a durable store (docs/attachments.md): PostgreSQL keeps the
 * bytes in its own table (every node of a cluster serves every file); SQLite keeps them on disk in
 * `attachments/` beside its database; a SQLite database in memory keeps them in memory too.
 */
import type { AttachmentStore } from '../attachment-store.js';
import type { DurableStore } from '../durable-store.js';
import { createPostgresAttachmentStore } from '../postgres/postgres-attachment-store.js';
import { isPostgresStore } from '../postgres/create-postgres-store.js';
import type { SqliteStore } from '../sqlite/create-sqlite-store.js';
import { createDiskAttachmentStore } from './disk-attachment-store.js';
import { createMemoryAttachmentStore } from './memory-attachment-store.js';

export function attachmentStoreFor(store: DurableStore): AttachmentStore {
  if (isPostgresStore(store)) return createPostgresAttachmentStore(store.pool);
  const dir = (store as Partial<SqliteStore>).attachmentsDir;
  return typeof dir === 'string' ? createDiskAttachmentStore(dir) : createMemoryAttachmentStore();
}
