/**
 * Pictures and files in a conversation (issue 17), as both the agent app and the widget frame use
 * them: the attachment a timeline entry carries, sizes as people read them, and what a refusal
 * means to the person who tried (the upload itself: upload.ts). No React, no component library and
 * no browser API here: the widget's bundle imports it, and so do tests run in Node.
 *
 * Links (`url`, `thumbnailUrl`) are signed and expire at `expiresAt`; they need no token, so an
 * `<img>` or a download link uses them as they are. Past expiry the holder reads the entry again
 * for fresh ones (`linksExpired`).
 */

import type { AttachmentView } from './attachment-view.js';

export type { AttachmentView } from './attachment-view.js';

/** The tenant's limits as far as the client knows them (the server decides in the end). */
export interface AttachmentLimits {
  readonly maxBytes: number;
}

/** Whether a view's links have expired (a few seconds early: a clock a little behind still refreshes). */
export function linksExpired(view: Pick<AttachmentView, 'expiresAt'>, now = Date.now()): boolean {
  const at = Date.parse(view.expiresAt);
  return Number.isNaN(at) || now >= at - 5_000;
}

/** "820 B", "34 KB", "1.2 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** A limit in megabytes as people write it: "5", "0.5", "2.5". */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? String(Math.round(mb)) : String(Math.round(mb * 10) / 10 || 0.1);
}

/**
 * Why a file was not sent, as a key of the `attach` strings with its values: too large (with the
 * limit when known), a type the tenant refuses, the conversation gone, or anything else.
 */
export interface Refusal {
  readonly key: 'refusedTooLarge' | 'refusedTooLargeNoLimit' | 'refusedType' | 'refusedClosed' | 'refusedOther';
  readonly values: Readonly<Record<string, string>>;
}

/** The upload's failure: the API's stable error code (or `NETWORK`) and HTTP status. */
export class UploadFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadFailure';
  }
}

/**
 * The limit a refusal names ("Files larger than 1048576 bytes are not accepted."): the one in force,
 * which may be the server's own cap below the tenant's setting. Null when the message names none.
 */
function limitNamed(message: string): number | null {
  const match = /(\d+) bytes/.exec(message);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** What a failed upload tells the person; `maxBytes` is the limit when the client knows it. */
export function refusalOf(error: unknown, name: string, maxBytes: number | null): Refusal {
  const code = error instanceof UploadFailure ? error.code : 'OTHER';
  if (code === 'ATTACHMENT_TOO_LARGE' || code === 'PAYLOAD_TOO_LARGE') {
    const limit = (error instanceof UploadFailure ? limitNamed(error.message) : null) ?? maxBytes;
    return limit === null
      ? { key: 'refusedTooLargeNoLimit', values: { name } }
      : { key: 'refusedTooLarge', values: { name, limit: megabytes(limit) } };
  }
  if (code === 'ATTACHMENT_TYPE_REFUSED' || code === 'UNSUPPORTED_MEDIA_TYPE') {
    return { key: 'refusedType', values: { name } };
  }
  if (code === 'CONVERSATION_NOT_FOUND' || code === 'CONVERSATION_CLOSED') {
    return { key: 'refusedClosed', values: { name } };
  }
  return { key: 'refusedOther', values: { name } };
}

/** A refusal decided before sending: past the limit the client knows, nothing is uploaded. */
export function refusalBeforeSending(file: { readonly name: string; readonly size: number }, maxBytes: number | null) {
  return maxBytes !== null && file.size > maxBytes
    ? refusalOf(new UploadFailure(413, 'ATTACHMENT_TOO_LARGE', ''), file.name, maxBytes)
    : null;
}
