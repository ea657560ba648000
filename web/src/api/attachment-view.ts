/**
 * The attachment a timeline entry carries (issue 17), in a file of its own with no browser API in
 * it: the message types (web/src/pages/agent/types.ts and the others) import it, and so do tests
 * compiled without the DOM library.
 */

/** An attachment as a timeline entry carries it (HTTP timeline rows and realtime `message` events). */
export interface AttachmentView {
  readonly attachmentId: string;
  readonly name: string;
  readonly contentType: string;
  /** Bytes. */
  readonly size: number;
  /** Shown inline with a viewer; anything else is a download. */
  readonly image: boolean;
  readonly url: string;
  readonly thumbnailUrl: string | null;
  /** When `url` and `thumbnailUrl` stop working (ISO 8601). */
  readonly expiresAt: string;
}
