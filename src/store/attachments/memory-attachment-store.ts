/** The attachment store in memory: for a server whose SQLite database is `:memory:` (tests). */
import type { AttachmentMeta, AttachmentStore, AttachmentVariant, StoredFile } from '../attachment-store.js';

interface Entry {
  readonly meta: AttachmentMeta;
  readonly original: Buffer;
  readonly thumbnail: Buffer | null;
}

export function createMemoryAttachmentStore(): AttachmentStore {
  const files = new Map<string, Entry>();
  const key = (tenantId: string, attachmentId: string): string => JSON.stringify([tenantId, attachmentId]);
  return {
    put(meta, original, thumbnail) {
      files.set(key(meta.tenantId, meta.attachmentId), { meta, original, thumbnail });
      return Promise.resolve();
    },
    get(tenantId: string, attachmentId: string, variant: AttachmentVariant): Promise<StoredFile | null> {
      const entry = files.get(key(tenantId, attachmentId));
      const bytes = variant === 'original' ? entry?.original : entry?.thumbnail;
      return Promise.resolve(
        entry === undefined || bytes === undefined || bytes === null ? null : { meta: entry.meta, bytes },
      );
    },
    remove(tenantId, attachmentId) {
      files.delete(key(tenantId, attachmentId));
      return Promise.resolve();
    },
  };
}
