/**
 * Files on their way into a conversation, for the workspace's composer and the widget alike (plain
 * React, no component library: the widget imports it). Each file is uploaded on its own, one after
 * the other, showing its progress; a sent file leaves the list (its entry arrives on the timeline
 * like any message), a refused one stays with the reason until dismissed. Past the limit the
 * client knows, nothing is uploaded at all.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { refusalBeforeSending, refusalOf, type Refusal } from '../api/attachments.js';
import { uploadAttachment } from '../api/upload.js';

export interface Upload {
  readonly id: string;
  readonly conversationId: string;
  readonly name: string;
  readonly size: number;
  /** 0…1 while sending. */
  readonly progress: number;
  /** Set once refused. */
  readonly refusal: Refusal | null;
}

export interface UploadsOptions {
  readonly conversationId: string | null;
  /** The bearer at the time of sending (it may have been renewed meanwhile). */
  readonly token: () => string | null;
  /** The tenant's size limit when the client knows it. */
  readonly maxBytes: number | null;
  /** A fresh id (each file's client message id). */
  readonly newId: () => string;
}

export interface Uploads {
  readonly uploads: readonly Upload[];
  /** Whether a file is being sent now. */
  readonly busy: boolean;
  readonly send: (files: readonly File[]) => void;
  readonly dismiss: (id: string) => void;
}

/** A pasted picture is called "image.png" by every browser: give it a name that tells them apart. */
export function fileName(file: File, now = new Date()): string {
  if (file.name !== '' && file.name !== 'image.png') return file.name;
  const extension = file.type.startsWith('image/') ? file.type.slice('image/'.length).replace('jpeg', 'jpg') : 'bin';
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `pasted-${stamp}.${extension}`;
}

export function useUploads(options: UploadsOptions): Uploads {
  const [uploads, setUploads] = useState<readonly Upload[]>([]);
  const latest = useRef(options);
  latest.current = options;
  // Uploads go one at a time, in the order chosen: the timeline shows them in that order.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  const change = useCallback((id: string, patch: Partial<Upload> | null) => {
    if (!alive.current) return;
    setUploads((current) =>
      patch === null
        ? current.filter((upload) => upload.id !== id)
        : current.map((upload) => (upload.id === id ? { ...upload, ...patch } : upload)),
    );
  }, []);

  const send = useCallback(
    (files: readonly File[]) => {
      const { conversationId, maxBytes, newId } = latest.current;
      if (conversationId === null) return;
      for (const file of files) {
        const id = newId();
        const name = fileName(file);
        const early = refusalBeforeSending({ name, size: file.size }, maxBytes);
        setUploads((current) => [
          ...current,
          { id, conversationId, name, size: file.size, progress: 0, refusal: early },
        ]);
        if (early !== null) continue;
        queue.current = queue.current.then(async () => {
          try {
            await uploadAttachment({
              conversationId,
              file,
              name,
              token: latest.current.token(),
              clientMessageId: id,
              onProgress: (progress) => {
                change(id, { progress });
              },
            });
            change(id, null);
          } catch (error) {
            change(id, { refusal: refusalOf(error, name, latest.current.maxBytes) });
          }
        });
      }
    },
    [change],
  );
  const dismiss = useCallback(
    (id: string) => {
      change(id, null);
    },
    [change],
  );
  // Only this conversation's: one still going on in another one is not shown here.
  const shown = uploads.filter((upload) => upload.conversationId === options.conversationId);
  return { uploads: shown, busy: shown.some((upload) => upload.refusal === null), send, dismiss };
}
