/**
 * The attachment store on local disk (SQLite mode): `<dataDir>/attachments/<tenant>/<id>/` holds
 * `original`, `thumbnail` (images only) and `meta.json`. `<tenant>` is a hash of the tenant id and
 * `<id>` the server-generated attachment id: no part of a path ever comes from a file name.
 *
 * A file is written into a temporary directory, fsynced, then renamed into place, so a crash leaves
 * either the whole file or a temporary directory that is never read (and is removed on the next put
 * of the same tenant).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttachmentMeta, AttachmentStore, AttachmentVariant, StoredFile } from '../attachment-store.js';

/** Attachment ids the server makes (UUIDs); anything else is not one of ours. */
const SAFE_ID = /^[A-Za-z0-9-]{1,64}$/;

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');

async function writeSynced(file: string, bytes: Buffer | string): Promise<void> {
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  } finally {
    await handle.close();
  }
}

/** The store under `root` (created when first written to). */
export function createDiskAttachmentStore(root: string): AttachmentStore {
  const tenantDir = (tenantId: string): string =>
    join(root, createHash('sha256').update(tenantId).digest('hex').slice(0, 32));
  const fileDir = (tenantId: string, attachmentId: string): string | null =>
    SAFE_ID.test(attachmentId) ? join(tenantDir(tenantId), attachmentId) : null;

  return {
    async put(meta: AttachmentMeta, original: Buffer, thumbnail: Buffer | null): Promise<void> {
      const target = fileDir(meta.tenantId, meta.attachmentId);
      if (target === null) throw new Error(`unsafe attachment id "${meta.attachmentId}"`);
      const parent = tenantDir(meta.tenantId);
      const temporary = join(parent, `.tmp-${randomUUID()}`);
      await mkdir(temporary, { recursive: true, mode: 0o700 });
      try {
        await writeSynced(join(temporary, 'original'), original);
        if (thumbnail !== null) await writeSynced(join(temporary, 'thumbnail'), thumbnail);
        await writeSynced(join(temporary, 'meta.json'), JSON.stringify(meta));
        await syncDirectory(temporary);
        await rm(target, { recursive: true, force: true });
        await rename(temporary, target);
        await syncDirectory(parent);
      } catch (error) {
        await rm(temporary, { recursive: true, force: true });
        throw error;
      }
    },

    async get(tenantId: string, attachmentId: string, variant: AttachmentVariant): Promise<StoredFile | null> {
      const dir = fileDir(tenantId, attachmentId);
      if (dir === null) return null;
      try {
        const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as AttachmentMeta;
        if (meta.tenantId !== tenantId || meta.attachmentId !== attachmentId) return null;
        const bytes = await readFile(join(dir, variant));
        return { meta, bytes };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async remove(tenantId: string, attachmentId: string): Promise<void> {
      const dir = fileDir(tenantId, attachmentId);
      if (dir !== null) await rm(dir, { recursive: true, force: true });
    },
  };
}
