/**
 * The attachment store in PostgreSQL (cluster mode): one row per file in `attachments` (migration
 * 7), the bytes as `bytea`, so every node serves every file and a backup of the database holds
 * them. One INSERT … ON CONFLICT makes a put all-or-nothing.
 */
import type pg from 'pg';
import type { AttachmentMeta, AttachmentStore, AttachmentVariant, StoredFile } from '../attachment-store.js';

interface Row {
  readonly meta: string;
  readonly bytes: Buffer | null;
}

export function createPostgresAttachmentStore(pool: pg.Pool): AttachmentStore {
  return {
    async put(meta: AttachmentMeta, original: Buffer, thumbnail: Buffer | null): Promise<void> {
      await pool.query(
        `INSERT INTO attachments (tenant_id, attachment_id, meta, original, thumbnail, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id, attachment_id) DO UPDATE SET meta = excluded.meta, original = excluded.original,
           thumbnail = excluded.thumbnail, created_at = excluded.created_at`,
        [meta.tenantId, meta.attachmentId, JSON.stringify(meta), original, thumbnail, meta.createdAt],
      );
    },

    async get(tenantId: string, attachmentId: string, variant: AttachmentVariant): Promise<StoredFile | null> {
      const column = variant === 'original' ? 'original' : 'thumbnail';
      const result = await pool.query<Row>(
        `SELECT meta, ${column} AS bytes FROM attachments WHERE tenant_id = $1 AND attachment_id = $2`,
        [tenantId, attachmentId],
      );
      const row = result.rows[0];
      if (row === undefined || row.bytes === null) return null;
      return { meta: JSON.parse(row.meta) as AttachmentMeta, bytes: row.bytes };
    },

    async remove(tenantId: string, attachmentId: string): Promise<void> {
      await pool.query('DELETE FROM attachments WHERE tenant_id = $1 AND attachment_id = $2', [tenantId, attachmentId]);
    },
  };
}
