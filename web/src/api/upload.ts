/**
 * The upload of one file into a conversation (`POST /api/v1/conversations/:id/attachments`,
 * multipart: `file`, `clientMessageId`, optional `text` as caption), with the customer's or the
 * agent's bearer token. XMLHttpRequest, not fetch: only it reports the upload's progress.
 */
import { UploadFailure } from './attachments.js';

export interface UploadOptions {
  readonly conversationId: string;
  readonly file: Blob;
  /** The file's name (a pasted picture has none of its own). */
  readonly name: string;
  /** The bearer: the agent's session token, or the widget's customer token. */
  readonly token: string | null;
  /** Made once per file, so a retry is not posted twice. */
  readonly clientMessageId: string;
  readonly caption?: string;
  /** 0…1 as the bytes go out. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

/** The answer's body: the posted entry, or the API's error. */
interface UploadAnswer {
  readonly message?: unknown;
  readonly error?: { readonly code?: string; readonly message?: string };
}

function parsed(text: string): UploadAnswer | null {
  try {
    return JSON.parse(text) as UploadAnswer | null;
  } catch {
    return null;
  }
}

/**
 * Uploads one file; resolves with the posted timeline entry, rejects with `UploadFailure`.
 * XMLHttpRequest, not fetch: only it reports the upload's progress.
 */
export function uploadAttachment(options: UploadOptions): Promise<{ readonly message: unknown }> {
  const form = new FormData();
  form.append('clientMessageId', options.clientMessageId);
  if (options.caption !== undefined && options.caption.trim() !== '') form.append('text', options.caption.trim());
  // Fields before the file: the server reads the multipart stream in order.
  form.append('file', options.file, options.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/conversations/${encodeURIComponent(options.conversationId)}/attachments`);
    if (options.token !== null) request.setRequestHeader('authorization', `Bearer ${options.token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = parsed(request.responseText);
      if (request.status >= 200 && request.status < 300 && body?.message !== undefined) {
        resolve({ message: body.message });
        return;
      }
      const code = body?.error?.code ?? (request.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL');
      reject(new UploadFailure(request.status, code, body?.error?.message ?? request.statusText));
    };
    request.onerror = () => {
      reject(new UploadFailure(0, 'NETWORK', 'The server could not be reached.'));
    };
    request.onabort = () => {
      reject(new UploadFailure(0, 'ABORTED', 'The upload was cancelled.'));
    };
    options.signal?.addEventListener('abort', () => {
      request.abort();
    });
    request.send(form);
  });
}
