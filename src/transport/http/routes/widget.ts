/**
 * The widget's own public routes (docs/widget.md, issue 17):
 *
 * - `GET /api/v1/widget/info`: what the first screen shows before a conversation exists — the
 *   tenant's configured welcome, queue and after-hours texts in the visitor's language and an
 *   estimated wait for the entry point's default group. No credentials: it answers only from the
 *   named tenant's live state (never starting an idle tenant), with bounded work, and an unknown
 *   tenant gets the same shape with nothing configured (it does not confirm which tenants exist).
 * - `GET /api/v1/widget/conversations/:id/transcript`: the customer's own conversation as a text
 *   file — public entries only, never internal notes or transfer records. Another customer's or
 *   another tenant's conversation is 404, as one that does not exist.
 */
import { Type } from '@sinclair/typebox';
import { DateTime } from 'luxon';
import { waitOutlook } from '../../../domain/wait-estimate.js';
import { attachmentSettingsOf, type AttachmentSettings } from '../../../domain/attachment.js';
import { widgetTextsFor } from '../../../domain/widget-messages.js';
import type { MessageView } from '../../../store/read-model.js';
import { actorOf, requirePrincipal, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { errorResponses } from '../error-schemas.js';
import { commonErrors, Id } from '../schemas.js';
import type { App } from './app-type.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const InfoQuery = Type.Object(
  {
    tenantId: Id,
    language: Type.Optional(Type.String({ maxLength: 16, pattern: '^[A-Za-z0-9-]+$' })),
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);

const WidgetInfo = Type.Object({
  texts: Type.Object({
    welcome: Nullable(Type.String()),
    queue: Nullable(Type.String()),
    afterHours: Nullable(Type.String()),
  }),
  available: Nullable(Type.Boolean({ description: 'Someone of the default group is online and it is open.' })),
  estimatedWaitSeconds: Nullable(Type.Number()),
  /** What the upload route accepts (docs/attachments.md), so the widget can refuse a file before sending it. */
  attachments: Nullable(
    Type.Object({
      maxBytes: Type.Integer({ description: "The tenant's limit, cut to the server's cap." }),
      allowedTypes: Type.Array(Type.String()),
    }),
  ),
});

const TranscriptParams = Type.Object({ conversationId: Id });
const TranscriptQuery = Type.Object(
  { language: Type.Optional(Type.String({ maxLength: 16, pattern: '^[A-Za-z0-9-]+$' })) },
  { additionalProperties: false },
);

/** Bounds of one transcript: pages read and characters written. */
const PAGE = 500;
const MAX_ENTRIES = 2_000;
const MAX_CHARS = 2_000_000;

const labels = {
  en: {
    title: 'Chat transcript',
    conversation: 'Conversation',
    you: 'You',
    agent: 'Agent',
    system: 'Notice',
    files: 'Files',
    truncated: '… (earlier part only: the conversation is longer than a transcript holds)',
  },
  'zh-CN': {
    title: '聊天记录',
    conversation: '会话',
    you: '我',
    agent: '客服',
    system: '系统消息',
    files: '附件',
    truncated: '……（仅包含前面部分：会话超出聊天记录的长度上限）',
  },
} as const;

/** The limits uploads meet: the tenant's (or the defaults), the size cut to the server's cap. */
export function uploadLimits(
  context: HttpContext,
  settings: { readonly attachments?: AttachmentSettings },
): { maxBytes: number; allowedTypes: string[] } {
  const limits = attachmentSettingsOf(settings);
  return { maxBytes: Math.min(limits.maxBytes, context.attachments.maxBytes), allowedTypes: [...limits.allowedTypes] };
}

export function widgetRoutes(app: App, context: HttpContext): void {
  app.get(
    '/api/v1/widget/info',
    {
      schema: {
        tags: ['widget'],
        security: [],
        querystring: InfoQuery,
        response: { 200: WidgetInfo, ...errorResponses(400) },
      },
    },
    (request) => {
      const { tenantId, language, source } = request.query;
      const state = context.registry.actor(tenantId)?.view;
      const texts = widgetTextsFor(state?.settings.widgetMessages, language ?? 'zh-CN');
      const outlook =
        state === undefined ? null : waitOutlook(state, source ?? 'website', context.registry.clock.now());
      return {
        texts: { welcome: texts.welcome ?? null, queue: texts.queue ?? null, afterHours: texts.afterHours ?? null },
        available: outlook?.available ?? null,
        estimatedWaitSeconds: outlook?.estimatedWaitSeconds ?? null,
        attachments: state === undefined ? null : uploadLimits(context, state.settings),
      };
    },
  );

  app.get(
    '/api/v1/widget/conversations/:conversationId/transcript',
    {
      schema: {
        tags: ['widget'],
        description:
          "The customer's own conversation as a UTF-8 text file: public entries only (no internal notes). Customer tokens only; anyone else's conversation is 404.",
        produces: ['text/plain'],
        params: TranscriptParams,
        querystring: TranscriptQuery,
        response: { 200: Type.String({ description: 'The transcript (text/plain).' }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      if (principal.kind !== 'customer') throw new ApiError('FORBIDDEN', 'transcripts are for the customer');
      const actor = actorOf(context, principal);
      const { conversationId } = request.params;
      const live = actor.view.conversations.get(conversationId);
      const owner =
        live?.customerId ?? (await context.registry.store.conversation(principal.tenantId, conversationId))?.customerId;
      if (owner !== principal.customerId) throw new ApiError('CONVERSATION_NOT_FOUND');
      const language = (request.query.language ?? live?.language ?? 'zh-CN').toLowerCase().startsWith('en')
        ? 'en'
        : 'zh-CN';
      const text = await transcript(context, {
        tenantId: principal.tenantId,
        conversationId,
        language,
        agentName: (agentId) => actor.view.agents.get(agentId)?.name ?? null,
      });
      const zone = actor.view.settings.timeZone;
      const day = DateTime.fromMillis(context.registry.clock.now(), { zone }).toISODate() ?? 'transcript';
      return reply
        .header('content-type', 'text/plain; charset=utf-8')
        .header('content-disposition', `attachment; filename="transcript-${day}.txt"`)
        .header('cache-control', 'no-store')
        .send(text);
    },
  );
}

/** What one transcript is of: the conversation, the labels' language, and how agents are named. */
interface TranscriptRequest {
  readonly tenantId: string;
  readonly conversationId: string;
  readonly language: 'en' | 'zh-CN';
  readonly agentName: (agentId: string) => string | null;
}

/** The transcript's text: a title, then one line per public entry, cut at the bounds above. */
async function transcript(
  context: HttpContext,
  { tenantId, conversationId, language, agentName }: TranscriptRequest,
): Promise<string> {
  const words = labels[language];
  const zone = context.registry.actor(tenantId)?.view.settings.timeZone ?? 'UTC';
  const lines = [`${words.title} — ${words.conversation} ${conversationId}`, ''];
  let chars = 0;
  let entries = 0;
  let afterSeq = 0;
  for (;;) {
    const page = await context.registry.store.messages(tenantId, conversationId, {
      limit: PAGE,
      afterSeq,
      publicOnly: true,
    });
    for (const message of page.items) {
      if (message.visibility !== 'public') continue;
      // Files are listed by name: a transcript is text, and links in it would outlive their signature.
      const files =
        message.attachments.length === 0
          ? ''
          : `${message.text === '' ? '' : ' '}[${words.files}: ${message.attachments.map((file) => file.name).join(', ')}]`;
      const line = `[${DateTime.fromMillis(message.at, { zone }).toFormat('yyyy-MM-dd HH:mm:ss')}] ${author(message, words, agentName)}: ${message.text}${files}`;
      chars += line.length;
      entries += 1;
      if (entries > MAX_ENTRIES || chars > MAX_CHARS) return [...lines, words.truncated, ''].join('\n');
      lines.push(line);
    }
    if (page.nextSeq === null || page.items.length === 0) break;
    afterSeq = page.nextSeq;
  }
  return [...lines, ''].join('\n');
}

function author(
  message: MessageView,
  words: (typeof labels)['en' | 'zh-CN'],
  agentName: (agentId: string) => string | null,
): string {
  if (message.authorKind === 'customer') return words.you;
  if (message.authorKind === 'system') return words.system;
  return (message.authorId === null ? null : agentName(message.authorId)) ?? words.agent;
}
