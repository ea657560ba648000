/**
 * Attachments (issue 17, docs/attachments.md):
 *
 * - `POST /api/v1/conversations/:conversationId/attachments` (multipart/form-data: one `file`, and
 *   optional `clientMessageId` and `text`): the conversation's customer, or staff who may write
 *   publicly in it (the owner, a barged-in supervisor), posts a file. The bytes are read into a
 *   buffer bounded by the tenant's limit (and the server's cap), checked (attachment-content.ts),
 *   stored, and a message carrying the file is posted. Refusals store nothing.
 * - `GET /api/v1/attachments/:tenantId/:attachmentId?variant&expires&sig`: serves a file to whoever
 *   holds a link minted for a reader of its conversation; no token needed (images in `<img>`).
 */
import { createHash, randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AttachmentRef } from '../../../domain/attachment.js';
import type { Command } from '../../../domain/commands.js';
import { decide } from '../../../domain/decide.js';
import type { Principal } from '../../auth/principal.js';
import type { AttachmentMeta } from '../../../store/attachment-store.js';
import { inspectFile } from '../attachment-content.js';
import { actorOf, requirePrincipal, run, type HttpContext } from '../context.js';
import { ApiError, fromDomain } from '../error-catalogue.js';
import { commonErrors, Id, iso } from '../schemas.js';
import { MessageRow } from '../views.js';
import type { App } from './app-type.js';
import { uploadLimits } from './widget.js';

const ConversationParams = Type.Object({ conversationId: Id });
const FileParams = Type.Object({ tenantId: Id, attachmentId: Id });
const FileQuery = Type.Object(
  {
    variant: Type.Union([Type.Literal('original'), Type.Literal('thumbnail')]),
    expires: Type.Integer({ minimum: 0, maximum: 2 ** 40 }),
    sig: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
const AttachmentPosted = Type.Object({ message: MessageRow });
/**
 * The form, for the OpenAPI document: the parts are read and checked by `readUpload` (the body
 * validator only ever sees an empty object for a multipart request).
 */
const UploadForm = Type.Object(
  {
    file: Type.Optional(Type.String({ description: 'The file (exactly one; required).' })),
    clientMessageId: Type.Optional(Type.String({ description: 'Idempotency key, as a message id.' })),
    text: Type.Optional(Type.String({ description: 'Caption, at most 10,000 characters.' })),
  },
  { description: 'multipart/form-data' },
);

/** Caption: as a message's text. */
const MAX_TEXT = 10_000;
/** Bytes of one form field: a caption at its longest in 4-byte UTF-8. */
const MAX_FIELD_BYTES = 4 * MAX_TEXT;
const SAFE_ID = /^[A-Za-z0-9_.:@-]{1,128}$/;

/** What the form carried. */
interface Upload {
  readonly bytes: Buffer;
  readonly name: string;
  readonly declaredType: string;
  readonly tooLarge: boolean;
  readonly clientMessageId: string | undefined;
  readonly text: string;
}

/**
 * Reads the form: the file into a buffer of at most `maxBytes` (busboy stops counting past it and
 * drops the rest), and the two text fields. Anything else in the form is refused.
 */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  let file: { bytes: Buffer; name: string; declaredType: string; tooLarge: boolean } | null = null;
  const fields: Record<string, string> = {};
  const parts = request.parts({
    limits: { files: 1, fileSize: maxBytes, fields: 2, fieldSize: MAX_FIELD_BYTES, parts: 3, headerPairs: 20 },
  });
  for await (const part of parts) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') throw new ApiError('VALIDATION_FAILED', 'the file goes in the part named "file"');
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      file = {
        bytes: part.file.truncated ? Buffer.alloc(0) : Buffer.concat(chunks),
        name: part.filename,
        declaredType: part.mimetype,
        tooLarge: part.file.truncated,
      };
      continue;
    }
    if ((part.fieldname !== 'clientMessageId' && part.fieldname !== 'text') || part.valueTruncated)
      throw new ApiError('VALIDATION_FAILED', 'the form takes a file, clientMessageId and text');
    fields[part.fieldname] = String(part.value);
  }
  if (file === null) throw new ApiError('VALIDATION_FAILED', 'a part named "file" is required');
  const { clientMessageId, text = '' } = fields;
  if (clientMessageId !== undefined && !SAFE_ID.test(clientMessageId))
    throw new ApiError('VALIDATION_FAILED', 'clientMessageId is not a valid id');
  if (Array.from(text).length > MAX_TEXT) throw new ApiError('VALIDATION_FAILED', 'the text is too long');
  return { ...file, clientMessageId, text };
}

/** The conversation if this principal may see it; customers get 404 for anyone else's. */
function conversationFor(context: HttpContext, principal: Principal, conversationId: string) {
  const state = actorOf(context, principal).view;
  const conversation = state.conversations.get(conversationId);
  if (conversation === undefined) throw new ApiError('CONVERSATION_NOT_FOUND');
  if (principal.kind === 'customer' && conversation.customerId !== principal.customerId)
    throw new ApiError('CONVERSATION_NOT_FOUND');
  return conversation;
}

/** `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback and the exact name (RFC 6266/5987). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7E]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function attachmentRoutes(app: App, context: HttpContext): void {
  // Multipart is parsed on this route only: elsewhere a form body stays an unsupported media type.
  void app.register(async (child) => {
    await child.register(multipart, { throwFileSizeLimit: false });
    const scoped = child.withTypeProvider<TypeBoxTypeProvider>();
    scoped.post(
      '/api/v1/conversations/:conversationId/attachments',
      {
        schema: {
          tags: ['conversations'],
          description:
            'Posts a file (multipart/form-data: `file`, optional `clientMessageId` and `text` as caption) as a public message; the customer or whoever may write publicly. ATTACHMENT_TOO_LARGE past the tenant limit, ATTACHMENT_TYPE_REFUSED for a type not allowed or bytes that are not what they claim (docs/attachments.md).',
          consumes: ['multipart/form-data'],
          params: ConversationParams,
          body: UploadForm,
          response: { 201: AttachmentPosted, ...commonErrors },
        },
      },
      async (request, reply) => {
        const principal = requirePrincipal(request);
        const actor = actorOf(context, principal);
        const conversation = conversationFor(context, principal, request.params.conversationId);
        if (principal.kind === 'service')
          throw new ApiError('FORBIDDEN', 'an API key writes as nobody; use an agent token');
        const author =
          principal.kind === 'customer'
            ? ({ kind: 'customer' } as const)
            : ({ kind: 'agent', agentId: principal.agentId } as const);
        const post = (messageId: string, text: string, attachments: readonly AttachmentRef[]): Command => ({
          type: 'PostMessage',
          conversationId: conversation.id,
          messageId,
          author,
          visibility: 'public',
          text,
          attachments,
        });
        // Refused before reading the file when the domain would refuse the message anyway.
        const check = decide(actor.view, post('check', '', []) as never, context.registry.clock.now());
        if (!check.ok) throw fromDomain(check.error);
        if (!request.isMultipart()) throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send multipart/form-data.');

        const { maxBytes, allowedTypes } = uploadLimits(context, actor.view.settings);
        const upload = await readUpload(request, maxBytes);
        if (upload.tooLarge)
          throw new ApiError('ATTACHMENT_TOO_LARGE', `Files larger than ${String(maxBytes)} bytes are not accepted.`);
        if (upload.bytes.length === 0) throw new ApiError('VALIDATION_FAILED', 'the file is empty');
        const file = await inspectFile(upload.bytes, { ...upload, allowedTypes });

        const messageId = upload.clientMessageId ?? randomUUID();
        const tenantId = principal.tenantId;
        const outcome = await context.messageIds.once(tenantId, conversation.id, messageId, async () => {
          const ref: AttachmentRef = {
            attachmentId: randomUUID(),
            name: file.name,
            contentType: file.contentType,
            size: upload.bytes.length,
            image: file.image,
            hasThumbnail: file.thumbnail !== null,
          };
          const meta: AttachmentMeta = {
            ...ref,
            tenantId,
            conversationId: conversation.id,
            uploader:
              principal.kind === 'customer'
                ? { kind: 'customer', customerId: principal.customerId }
                : { kind: 'agent', agentId: principal.agentId },
            createdAt: context.registry.clock.now(),
            sha256: createHash('sha256').update(upload.bytes).digest('hex'),
          };
          const store = context.attachments.store;
          await store.put(meta, upload.bytes, file.thumbnail);
          try {
            const events = await run(actor, post(messageId, upload.text, [ref]));
            const posted = events
              .map((stored) => stored.event)
              .find((event) => event.type === 'MessagePosted' && event.messageId === messageId);
            return posted?.type === 'MessagePosted' ? posted.seq : null;
          } catch (error) {
            // The message was refused (or never written): the file goes with it.
            await store.remove(tenantId, ref.attachmentId);
            throw error;
          }
        });
        const seq = outcome.seq;
        if (seq === null) throw new ApiError('TENANT_UNAVAILABLE');
        const page = await context.registry.store.messages(tenantId, conversation.id, { afterSeq: seq - 1, limit: 1 });
        const message = page.items[0];
        if (message === undefined || message.seq !== seq) throw new ApiError('INTERNAL');
        return reply.status(201).send({
          message: {
            ...message,
            at: iso(message.at),
            attachments: context.attachments.links.views(tenantId, message.attachments),
          },
        });
      },
    );
  });

  app.get(
    '/api/v1/attachments/:tenantId/:attachmentId',
    {
      schema: {
        tags: ['conversations'],
        description:
          'Serves a file through a signed link from a timeline entry (`url`, `thumbnailUrl`); no token needed. ATTACHMENT_LINK_INVALID (403) for a changed, forged or expired link: read the timeline again for a fresh one.',
        security: [],
        params: FileParams,
        querystring: FileQuery,
        response: {
          200: Type.Unsafe<Buffer>({
            type: 'string',
            format: 'binary',
            description: 'The bytes (png, jpeg, gif, webp inline; anything else as a download).',
          }),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const { tenantId, attachmentId } = request.params;
      const { variant, expires, sig } = request.query;
      const left = context.attachments.links.check({ tenantId, attachmentId, variant, expires, sig });
      if (left === null) throw new ApiError('ATTACHMENT_LINK_INVALID');
      const found = await context.attachments.store.get(tenantId, attachmentId, variant);
      if (found === null) throw new ApiError('ATTACHMENT_NOT_FOUND');
      const { meta, bytes } = found;
      const thumbnail = variant === 'thumbnail';
      // Only raster images are shown inline, with the type their bytes were found to be.
      const inline = thumbnail || meta.image;
      const type = thumbnail ? 'image/webp' : meta.contentType;
      const name = thumbnail ? `${meta.name.replace(/\.[^.]*$/, '')}.webp` : meta.name;
      return reply
        .header('content-type', type.startsWith('text/') ? `${type}; charset=utf-8` : type)
        .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', name))
        .header('x-content-type-options', 'nosniff')
        .header(
          'cache-control',
          `private, max-age=${String(Math.min(left, context.attachments.links.lifetimeSeconds))}`,
        )
        .send(bytes);
    },
  );
}
