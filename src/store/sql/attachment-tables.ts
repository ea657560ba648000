/**
 * DDL of migration 7 "attachments" (docs/attachments.md): every message row gains its files'
 * references (`AttachmentRef[]` as JSON text, NULL for a message without files — every row written
 * before this migration), and on PostgreSQL the `attachments` table keeps the files' bytes (cluster
 * mode: every node serves every file). SQLite keeps the bytes on disk beside the database instead.
 */
import type { Dialect } from './sql-statement.js';

export const attachmentTables = (dialect: Dialect): readonly string[] => [
  'ALTER TABLE messages ADD COLUMN attachments TEXT',
  ...(dialect === 'postgres'
    ? [
        `CREATE TABLE attachments (
          tenant_id TEXT NOT NULL,
          attachment_id TEXT NOT NULL,
          meta TEXT NOT NULL,
          original BYTEA NOT NULL,
          thumbnail BYTEA,
          created_at BIGINT NOT NULL,
          PRIMARY KEY (tenant_id, attachment_id)
        )`,
      ]
    : []),
];
