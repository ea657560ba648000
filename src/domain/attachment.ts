/**
 * Attachments (issue 17, docs/attachments.md): what a timeline entry records of each file posted
 * with it, and the tenant's limits. The bytes live in an attachment store outside the event log;
 * the log keeps these references, so replaying it rebuilds every timeline with its files.
 */

/** One file posted with a message: enough to list, label and serve it, never its bytes. */
export interface AttachmentRef {
  /** Server-generated (a UUID); also the file's key in the attachment store. */
  readonly attachmentId: string;
  /** The uploader's file name, made safe (no path, no control characters, a fitting extension). */
  readonly name: string;
  /** The type the bytes were found to be (sniffed), from the allowed list. */
  readonly contentType: string;
  readonly size: number;
  /** A raster image (png, jpeg, gif, webp): shown inline. */
  readonly image: boolean;
  /** A small webp preview was stored with it. */
  readonly hasThumbnail: boolean;
}

/** A tenant's limits on what customers and agents may upload. */
export interface AttachmentSettings {
  /** Largest file in bytes (the server's own cap may be lower). */
  readonly maxBytes: number;
  /** MIME types accepted, each one of `attachmentTypes`. */
  readonly allowedTypes: readonly string[];
}

/**
 * Every type an upload may be, with the extensions it may carry. Nothing here renders as a page in
 * a browser (no svg, html, xml or script): the list is closed, and tenants choose from it.
 */
export const attachmentTypes: Readonly<Record<string, readonly string[]>> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'text/plain': ['txt', 'log', 'text'],
  'text/csv': ['csv'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/zip': ['zip'],
};

/** Types shown inline as images (and thumbnailed). */
export const imageTypes: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Files posted with one message. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;
/** The largest `maxBytes` a tenant may set (the server's cap applies as well). */
export const MAX_ATTACHMENT_BYTES_SETTING = 100 * 1024 * 1024;

export const defaultAttachmentSettings: AttachmentSettings = {
  maxBytes: 10 * 1024 * 1024,
  allowedTypes: Object.keys(attachmentTypes),
};

/** The limits in force: the tenant's, or the defaults for settings stored before attachments existed. */
export const attachmentSettingsOf = (settings: { readonly attachments?: AttachmentSettings }): AttachmentSettings =>
  settings.attachments ?? defaultAttachmentSettings;

/** The domain's rule on attachment limits: a message, or null when acceptable. */
export function checkAttachmentSettings(settings: AttachmentSettings): string | null {
  if (!Number.isInteger(settings.maxBytes) || settings.maxBytes < 1 || settings.maxBytes > MAX_ATTACHMENT_BYTES_SETTING)
    return `attachments.maxBytes must be an integer from 1 to ${String(MAX_ATTACHMENT_BYTES_SETTING)}`;
  const unknown = settings.allowedTypes.find((type) => attachmentTypes[type] === undefined);
  return unknown === undefined ? null : `attachments.allowedTypes: "${unknown}" is not a type Switchboard serves`;
}

/** The domain's rule on one message's attachments: a message, or null when acceptable. */
export function checkAttachmentRefs(refs: readonly AttachmentRef[]): string | null {
  if (refs.length > MAX_ATTACHMENTS_PER_MESSAGE)
    return `at most ${String(MAX_ATTACHMENTS_PER_MESSAGE)} attachments per message`;
  const ids = new Set(refs.map((ref) => ref.attachmentId));
  if (ids.size !== refs.length) return 'an attachment is listed twice';
  const bad = refs.find(
    (ref) => ref.attachmentId.length === 0 || attachmentTypes[ref.contentType] === undefined || ref.size < 0,
  );
  return bad === undefined ? null : `attachment "${bad.attachmentId}" is not valid`;
}
