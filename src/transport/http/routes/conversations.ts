/**
 * Conversations and messages (DESIGN.md §3–§4): open from any channel (customers through the widget,
 * other channels with an API key), list with filters, read one, page its history, write, close,
 * rate. Customers see only their own conversations and only public messages.
 */
import { randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { Conversation } from '../../../domain/conversation.js';
import { queueStatus } from '../../../domain/routing.js';
import type { TenantState } from '../../../domain/state.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf, requirePrincipal, requireStaff, run, type HttpContext } from '../context.js';
import { conversationIdUse, storedConversationBody } from '../conversation-ids.js';
import { ApiError } from '../error-catalogue.js';
import { Channel, commonErrors, Id, iso, isoOrNull } from '../schemas.js';
import { ConversationLive, ConversationPage, MessagePage, Posted, Rated, type ConversationLiveType } from '../views.js';
import type { App } from './app-type.js';

const Text = Type.String({ maxLength: 10_000 });
const Attributes = Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 256 }), { maxProperties: 32 });

const OpenBody = Type.Object(
  {
    conversationId: Type.Optional(Id),
    /** Required with an API key; a customer token names its own customer. */
    customerId: Type.Optional(Id),
    channel: Channel,
    source: Type.String({ minLength: 1, maxLength: 64 }),
    text: Type.Optional(Text),
    messageId: Type.Optional(Id),
    language: Type.Optional(Type.String({ minLength: 2, maxLength: 16 })),
    businessType: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    attributes: Type.Optional(Attributes),
    /** Server-to-server only. */
    priority: Type.Optional(Type.Integer({ minimum: -100, maximum: 100 })),
    agentId: Type.Optional(Id),
    /**
     * Staff only: a test conversation (the conversation-test page). `decision-only` records where
     * routing would send it and closes it at once; `routed` is routed to real agents. Reports leave
     * both out (docs/routing.md).
     */
    test: Type.Optional(Type.Union([Type.Literal('decision-only'), Type.Literal('routed')])),
  },
  { additionalProperties: false },
);

const ConversationParams = Type.Object({ conversationId: Id });

const ListQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Array(
        Type.Union(['queued', 'left-message', 'offered', 'active', 'dormant', 'closed'].map((s) => Type.Literal(s))),
      ),
    ),
    groupId: Type.Optional(Id),
    ownerId: Type.Optional(Id),
    customerId: Type.Optional(Id),
    channel: Type.Optional(Type.String({ maxLength: 32 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
  },
  { additionalProperties: false },
);

const MessagesQuery = Type.Object(
  {
    afterSeq: Type.Optional(Type.Integer({ minimum: 0 })),
    beforeSeq: Type.Optional(Type.Integer({ minimum: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

const PostBody = Type.Object(
  {
    messageId: Id,
    text: Type.String({ minLength: 1, maxLength: 10_000 }),
    visibility: Type.Optional(Type.Union([Type.Literal('public'), Type.Literal('internal')])),
  },
  { additionalProperties: false },
);

const CloseBody = Type.Object(
  {
    resolution: Type.Optional(Type.Union([Type.Literal('resolved'), Type.Literal('unresolved')])),
    summary: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

const RateBody = Type.Object(
  { score: Type.Integer({ minimum: 1, maximum: 5 }), comment: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

/** The live view of a conversation, ISO instants, with the customer's queue position while waiting. */
export function conversationBody(state: TenantState, conversation: Conversation): ConversationLiveType {
  return {
    conversationId: conversation.id,
    customerId: conversation.customerId,
    customerName: state.customers.get(conversation.customerId)?.name ?? null,
    attributes: { ...conversation.attributes },
    status: conversation.status,
    groupId: conversation.groupId,
    ownerId: conversation.ownerId,
    channel: conversation.channel,
    source: conversation.source,
    language: conversation.language,
    priority: conversation.priority,
    labels: [...conversation.labels],
    routedBy: conversation.routedBy,
    openedAt: iso(conversation.openedAt),
    assignedAt: isoOrNull(conversation.assignedAt),
    closedAt: isoOrNull(conversation.closedAt),
    pendingTransferId: conversation.pendingTransferId,
    lastSeq: conversation.lastSeq,
    queue: queueStatus(state, conversation.id),
    firstResponseDeadline: isoOrNull(state.timers.find('first-response', conversation.id)?.at ?? null),
    autoTakeovers: conversation.autoTakeovers,
    test: conversation.test,
  };
}

/** The phone and e-mail among a live conversation's attributes, for list rows (absent when neither). */
function contactOf(attributes: Readonly<Record<string, string>> | undefined) {
  const phone = attributes?.phone ?? null;
  const email = attributes?.email ?? null;
  return phone === null && email === null ? {} : { contact: { phone, email } };
}

/** The conversation if this principal may see it; customers get 404 for anyone else's. */
function visible(state: TenantState, principal: Principal, conversationId: string): Conversation {
  const conversation = state.conversations.get(conversationId);
  if (conversation === undefined) throw new ApiError('CONVERSATION_NOT_FOUND');
  if (principal.kind === 'customer' && conversation.customerId !== principal.customerId)
    throw new ApiError('CONVERSATION_NOT_FOUND');
  return conversation;
}

/**
 * The id of a conversation whose history this principal may read: as `visible`, and for staff also
 * one the live state has forgotten (closed long ago, e.g. found by history search) but the read
 * model keeps.
 */
async function readable(context: HttpContext, principal: Principal, conversationId: string): Promise<string> {
  const state = actorOf(context, principal).view;
  if (principal.kind === 'customer' || state.conversations.has(conversationId))
    return visible(state, principal, conversationId).id;
  const stored = await context.registry.store.conversation(principal.tenantId, conversationId);
  if (stored === null) throw new ApiError('CONVERSATION_NOT_FOUND');
  return stored.conversationId;
}

export function conversationRoutes(app: App, context: HttpContext): void {
  app.post(
    '/api/v1/conversations',
    {
      schema: {
        tags: ['conversations'],
        description:
          'Opens a conversation. An id already used by the same customer answers 200 with that conversation; one used by anyone else is CONVERSATION_EXISTS, however long ago.',
        body: OpenBody,
        response: { 200: ConversationLive, 201: ConversationLive, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const body = request.body;
      let customerId: string;
      if (principal.kind === 'customer') {
        if (
          body.customerId !== undefined ||
          body.priority !== undefined ||
          body.agentId !== undefined ||
          body.test !== undefined
        ) {
          throw new ApiError('FORBIDDEN', 'customers may not set the customer, priority, agent or test');
        }
        customerId = principal.customerId;
      } else {
        requireStaff(request, 'supervisor');
        if (body.customerId === undefined) throw new ApiError('VALIDATION_FAILED', 'customerId is required');
        customerId = body.customerId;
      }
      const actor = actorOf(context, principal);
      const conversationId = body.conversationId ?? randomUUID();
      if (body.conversationId !== undefined) {
        const store = context.registry.store;
        const where = { store, tenantId: principal.tenantId, state: () => actor.view };
        const use = await conversationIdUse(where, conversationId, customerId);
        if (use.kind === 'live') return reply.status(200).send(conversationBody(actor.view, use.conversation));
        if (use.kind === 'stored') return reply.status(200).send(storedConversationBody(use.view));
      }
      const open = (): Promise<unknown> =>
        run(actor, {
          type: 'OpenConversation',
          conversationId,
          customerId,
          channel: body.channel,
          source: body.source,
          text: body.text ?? '',
          ...(body.messageId === undefined ? {} : { messageId: body.messageId }),
          language: body.language ?? null,
          businessType: body.businessType ?? null,
          attributes: body.attributes ?? {},
          priority: body.priority ?? 0,
          agentId: body.agentId ?? null,
          ...(body.test === undefined ? {} : { test: body.test }),
        });
      // Customers opening their own are capped; staff and API keys open on their behalf freely.
      if (principal.kind === 'customer') await context.customerOpens.guard(actor.tenantId, customerId, open);
      else await open();
      const conversation = actor.view.conversations.get(conversationId) as Conversation;
      return reply.status(201).send(conversationBody(actor.view, conversation));
    },
  );

  app.get(
    '/api/v1/conversations',
    {
      schema: { tags: ['conversations'], querystring: ListQuery, response: { 200: ConversationPage, ...commonErrors } },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const query = request.query;
      if (
        principal.kind === 'customer' &&
        query.customerId !== undefined &&
        query.customerId !== principal.customerId
      ) {
        throw new ApiError('FORBIDDEN');
      }
      const customerId = principal.kind === 'customer' ? principal.customerId : query.customerId;
      const state = actorOf(context, principal).view;
      const customers = state.customers;
      const page = await context.registry.store.listConversations(
        principal.tenantId,
        {
          ...(query.status === undefined ? {} : { status: query.status as Conversation['status'][] }),
          ...(query.groupId === undefined ? {} : { groupId: query.groupId }),
          ...(query.ownerId === undefined ? {} : { ownerId: query.ownerId }),
          ...(customerId === undefined ? {} : { customerId }),
          ...(query.channel === undefined ? {} : { channel: query.channel }),
        },
        { limit: query.limit ?? 50, cursor: query.cursor ?? null },
      );
      return {
        items: page.items.map((item) => ({
          ...item,
          customerName: customers.get(item.customerId)?.name ?? null,
          ...contactOf(state.conversations.get(item.conversationId)?.attributes),
          labels: [...item.labels],
          openedAt: iso(item.openedAt),
          assignedAt: isoOrNull(item.assignedAt),
          firstResponseAt: isoOrNull(item.firstResponseAt),
          closedAt: isoOrNull(item.closedAt),
          lastMessageAt: isoOrNull(item.lastMessageAt),
        })),
        next: page.next,
      };
    },
  );

  app.get(
    '/api/v1/conversations/:conversationId',
    {
      schema: {
        tags: ['conversations'],
        params: ConversationParams,
        response: { 200: ConversationLive, ...commonErrors },
      },
    },
    (request) => {
      const principal = requirePrincipal(request);
      const actor = actorOf(context, principal);
      return conversationBody(actor.view, visible(actor.view, principal, request.params.conversationId));
    },
  );

  app.get(
    '/api/v1/conversations/:conversationId/messages',
    {
      schema: {
        tags: ['conversations'],
        params: ConversationParams,
        querystring: MessagesQuery,
        response: { 200: MessagePage, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const conversationId = await readable(context, principal, request.params.conversationId);
      const { afterSeq, beforeSeq, limit } = request.query;
      const page = await context.registry.store.messages(principal.tenantId, conversationId, {
        limit: limit ?? 50,
        ...(afterSeq === undefined ? {} : { afterSeq }),
        ...(beforeSeq === undefined ? {} : { beforeSeq }),
        publicOnly: principal.kind === 'customer',
      });
      // Links to the files are minted here, for this reader (docs/attachments.md).
      const { links } = context.attachments;
      return {
        items: page.items.map((message) => ({
          ...message,
          at: iso(message.at),
          attachments: links.views(principal.tenantId, message.attachments),
        })),
        nextSeq: page.nextSeq,
      };
    },
  );

  app.post(
    '/api/v1/conversations/:conversationId/messages',
    {
      schema: {
        tags: ['conversations'],
        params: ConversationParams,
        body: PostBody,
        response: { 201: Posted, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const actor = actorOf(context, principal);
      const conversation = visible(actor.view, principal, request.params.conversationId);
      if (principal.kind === 'service')
        throw new ApiError('FORBIDDEN', 'an API key writes as nobody; use an agent token');
      const author =
        principal.kind === 'customer'
          ? ({ kind: 'customer' } as const)
          : ({ kind: 'agent', agentId: principal.agentId } as const);
      const { messageId } = request.body;
      // A resent id gets the original's seq, however the first one came (HTTP or realtime).
      const outcome = await context.messageIds.once(principal.tenantId, conversation.id, messageId, async () => {
        const events = await run(actor, {
          type: 'PostMessage',
          conversationId: conversation.id,
          messageId,
          author,
          visibility: request.body.visibility ?? 'public',
          text: request.body.text,
        });
        const posted = events
          .map((stored) => stored.event)
          .find((event) => event.type === 'MessagePosted' && event.messageId === messageId);
        return posted?.type === 'MessagePosted' ? posted.seq : null;
      });
      return reply.status(201).send({ seq: outcome.seq });
    },
  );

  app.post(
    '/api/v1/conversations/:conversationId/close',
    {
      schema: {
        tags: ['conversations'],
        params: ConversationParams,
        body: CloseBody,
        response: { 200: ConversationLive, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const actor = actorOf(context, principal);
      const conversation = visible(actor.view, principal, request.params.conversationId);
      await run(actor, {
        type: 'CloseConversation',
        conversationId: conversation.id,
        agentId: principal.kind === 'agent' ? principal.agentId : null,
        by: principal.kind === 'agent' ? 'agent' : principal.kind === 'customer' ? 'customer' : 'system',
        resolution: request.body.resolution ?? null,
        summary: request.body.summary ?? null,
      });
      return conversationBody(actor.view, conversation);
    },
  );

  app.post(
    '/api/v1/conversations/:conversationId/rating',
    {
      schema: {
        tags: ['conversations'],
        params: ConversationParams,
        body: RateBody,
        response: { 200: Rated, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      if (principal.kind !== 'customer') throw new ApiError('FORBIDDEN', 'only the customer rates a conversation');
      const actor = actorOf(context, principal);
      const conversation = visible(actor.view, principal, request.params.conversationId);
      await run(actor, {
        type: 'RateConversation',
        conversationId: conversation.id,
        score: request.body.score,
        comment: request.body.comment ?? null,
      });
      return { conversationId: conversation.id, score: request.body.score };
    },
  );
}
