/**
 * A multipart/form-data body for `inject` (attachments): parts in order, each a field or a file
 * with a file name and a Content-Type.
 */
import { randomBytes } from 'node:crypto';

export interface FormPart {
  readonly name: string;
  readonly data: Buffer | string;
  /** Makes the part a file. */
  readonly filename?: string;
  readonly type?: string;
}

export function multipartBody(parts: readonly FormPart[]): {
  readonly payload: Buffer;
  readonly headers: Record<string, string>;
} {
  const boundary = `----switchboard-test-${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`;
    const type = part.type === undefined ? '' : `\r\nContent-Type: ${part.type}`;
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}${type}\r\n\r\n`),
      Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The form of one upload: the file, then the optional caption and client message id. */
export const uploadForm = (
  file: { readonly data: Buffer | string; readonly filename: string; readonly type: string },
  fields: { readonly text?: string; readonly clientMessageId?: string } = {},
) =>
  multipartBody([
    { name: 'file', ...file },
    ...(fields.text === undefined ? [] : [{ name: 'text', data: fields.text }]),
    ...(fields.clientMessageId === undefined ? [] : [{ name: 'clientMessageId', data: fields.clientMessageId }]),
  ]);
