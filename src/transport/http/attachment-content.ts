/**
 * What an uploaded file really is (docs/attachments.md, docs/security.md): the type is sniffed from
 * the bytes (file-type's magic numbers), must agree with the type the client declared (its part's
 * Content-Type, or the name's extension when that says nothing), and must be one the tenant
 * allows. Bytes with no magic number pass only as text, and only if they are UTF-8 without control
 * characters. Images are decoded by sharp (bounded in pixels) and get a webp thumbnail without
 * metadata. The file name is reduced to a safe one ending in an extension of its type.
 */
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { attachmentTypes, imageTypes } from '../../domain/attachment.js';
import { ApiError } from './error-catalogue.js';

/** Longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 320;
/** Pixels sharp decodes at most (a decompression bomb is refused, not decoded): 50 megapixels. */
export const MAX_IMAGE_PIXELS = 50_000_000;
const MAX_NAME_LENGTH = 200;

/** What the bytes are, after the checks. */
export interface InspectedFile {
  readonly contentType: string;
  readonly image: boolean;
  readonly name: string;
  readonly thumbnail: Buffer | null;
}

/** Types the client may declare for each type we accept (browsers' usual alternatives included). */
const declaredAliases: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-zip-compressed': 'application/zip',
  'application/csv': 'text/csv',
  'text/comma-separated-values': 'text/csv',
  'application/vnd.ms-word': 'application/msword',
};

/** Sniffed types that stand for several accepted ones (the declared type chooses). */
const containers: Readonly<Record<string, readonly string[]>> = {
  // Old Office files are all OLE compound files.
  'application/x-cfb': ['application/msword', 'application/vnd.ms-excel'],
  // New Office files are zip archives; file-type names them when it recognises their parts.
  'application/zip': [
    'application/zip',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
};

const refused = (why: string): ApiError => new ApiError('ATTACHMENT_TYPE_REFUSED', why);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The type the client meant: its declared Content-Type, else the one its extension names. */
function declaredType(declared: string, name: string): string | null {
  const bare = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  if (bare !== '' && bare !== 'application/octet-stream') return declaredAliases[bare] ?? bare;
  const extension = extensionOf(name);
  const byExtension = Object.entries(attachmentTypes).find(([, extensions]) => extensions.includes(extension));
  return byExtension?.[0] ?? null;
}

/** UTF-8 (an optional BOM) with no control characters but tab, line feed, carriage return and form feed. */
function looksLikeText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

/** A name with no path, no control or quoting characters, at most 200 characters, ending in an extension of `type`. */
export function safeName(name: string, contentType: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  let cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F"<>|:*?]/g, '_')
    .trim()
    .replace(/^\.+/, '');
  const extensions = attachmentTypes[contentType] ?? [];
  const first = extensions[0] ?? 'bin';
  if (cleaned === '') cleaned = `file.${first}`;
  if (!extensions.includes(extensionOf(cleaned))) cleaned = `${cleaned}.${first}`;
  if (cleaned.length > MAX_NAME_LENGTH) cleaned = `${cleaned.slice(0, MAX_NAME_LENGTH - first.length - 1)}.${first}`;
  return cleaned;
}

/** A webp preview at most THUMBNAIL_SIZE px on its longest side, turned upright, without metadata. */
async function thumbnailOf(bytes: Buffer): Promise<Buffer> {
  try {
    return await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
  } catch {
    throw refused('The image cannot be decoded, or has too many pixels.');
  }
}

/**
 * Checks a file and names it; throws ATTACHMENT_TYPE_REFUSED when its type is not allowed or the
 * bytes are not what was declared.
 */
export async function inspectFile(
  bytes: Buffer,
  upload: { readonly declaredType: string; readonly name: string; readonly allowedTypes: readonly string[] },
): Promise<InspectedFile> {
  const declared = declaredType(upload.declaredType, upload.name);
  if (declared === null || attachmentTypes[declared] === undefined || !upload.allowedTypes.includes(declared))
    throw refused(`Files of type ${declared ?? 'unknown'} are not accepted here.`);
  const sniffed: string | undefined = (await fileTypeFromBuffer(bytes))?.mime;
  let contentType: string;
  if (sniffed === undefined) {
    if ((declared !== 'text/plain' && declared !== 'text/csv') || !looksLikeText(bytes))
      throw refused(`The content is not ${declared}.`);
    contentType = declared;
  } else if (sniffed === declared || containers[sniffed]?.includes(declared) === true) {
    contentType = declared;
  } else {
    throw refused(`The content is ${sniffed}, not ${declared}.`);
  }
  const image = imageTypes.has(contentType);
  return {
    contentType,
    image,
    name: safeName(upload.name, contentType),
    thumbnail: image ? await thumbnailOf(bytes) : null,
  };
}
