/**
 * What agents do with a conversation besides writing to the customer: answer an offer (offer mode,
 * DESIGN.md §3.9), leave it to the group's queue when nobody can take a transfer (§5 Target
 * unavailable), write internal notes (the owner, the colleague a transfer waits for, supervisors —
 * the domain says who, NOT_PARTICIPANT otherwise), and read its transfer chain A → B → C.
 *
 * Tags are not here: a conversation's labels are set by routing rules when it opens, and the domain
 * has no command to change them afterwards.
 */
import { randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { TransferView } from '../../../store/read-model.js';
import { TransferChain } from '../admin-views.js';
import { actorOf, requireAgent, requireStaff, run, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id, iso, isoOrNull } from '../schemas.js';
import { ConversationLive, Posted } from '../views.js';
import type { App } from './app-type.js';
import { liveConversation } from './supervision.js';

const closed = { additionalProperties: false } as const;
const ConversationParams = Type.Object({ conversationId: Id });
const NoBody = Type.Object({}, closed);
const Label = Type.String({ minLength: 1, maxLength: 64, pattern: '^[^\\s,][^,]*$' });
const TagsBody = Type.Object(
  {
    add: Type.Optional(Type.Array(Label, { maxItems: 32 })),
    remove: Type.Optional(Type.Array(Label, { maxItems: 32 })),
  },
  { additionalProperties: false },
);

const NoteBody = Type.Object(
  { messageId: Type.Optional(Id), text: Type.String({ minLength: 1, maxLength: 10_000 }) },
  closed,
);

const chainEntry = (row: TransferView) => ({
  transferId: row.transferId,
  initiatorId: row.initiatorId,
  fromAgentId: row.fromAgentId,
  targetKind: row.targetKind,
  targetId: row.targetId,
  targetAgentId: row.targetAgentId,
  status: row.status,
  note: row.note,
  reason: row.reason,
  requestedAt: iso(row.requestedAt),
  deadline: isoOrNull(row.deadline),
  answeredAt: isoOrNull(row.answeredAt),
  rejectReason: row.rejectReason,
});

const actionSchema = (description: string) => ({
  tags: ['conversations'],
  description,
  params: ConversationParams,
  body: NoBody,
  response: { 200: ConversationLive, ...commonErrors },
});

export function conversationWorkRoutes(app: App, context: HttpContext): void {
  app.post(
    '/api/v1/conversations/:conversationId/return-to-queue',
    {
      schema: actionSchema(
        'The owner (or their supervisor) puts the conversation back in its group’s queue, keeping its queue time.',
      ),
    },
    async (request) => {
      const agent = requireAgent(request);
      const actor = actorOf(context, agent);
      const { conversationId } = request.params;
      await run(actor, { type: 'ReturnToQueue', conversationId, agentId: agent.agentId });
      return liveConversation(actor, conversationId);
    },
  );

  for (const verb of ['accept', 'decline'] as const) {
    app.post(
      `/api/v1/conversations/:conversationId/offer/${verb}`,
      {
        schema: actionSchema(
          verb === 'accept'
            ? 'Accepts the conversation offered to you (offer mode).'
            : 'Declines the conversation offered to you; it is routed to someone else.',
        ),
      },
      async (request) => {
        const agent = requireAgent(request);
        const actor = actorOf(context, agent);
        const { conversationId } = request.params;
        await run(actor, {
          type: verb === 'accept' ? 'AcceptOffer' : 'DeclineOffer',
          conversationId,
          agentId: agent.agentId,
        });
        return liveConversation(actor, conversationId);
      },
    );
  }

  app.post(
    '/api/v1/conversations/:conversationId/tags',
    {
      schema: {
        tags: ['conversations'],
        description: 'Adds and removes tags (labels) on a conversation: its owner, watchers and supervisors over it.',
        params: ConversationParams,
        body: TagsBody,
        response: { 200: ConversationLive, ...commonErrors },
      },
    },
    async (request) => {
      const agent = requireAgent(request);
      const actor = actorOf(context, agent);
      const { conversationId } = request.params;
      await run(actor, {
        type: 'TagConversation',
        conversationId,
        agentId: agent.agentId,
        add: request.body.add ?? [],
        remove: request.body.remove ?? [],
      });
      return liveConversation(actor, conversationId);
    },
  );

  app.post(
    '/api/v1/conversations/:conversationId/notes',
    {
      schema: {
        tags: ['conversations'],
        description: 'An internal note: agents and supervisors see it, the customer never does.',
        params: ConversationParams,
        body: NoteBody,
        response: { 201: Posted, ...commonErrors },
      },
    },
    async (request, reply) => {
      const agent = requireAgent(request);
      const actor = actorOf(context, agent);
      const messageId = request.body.messageId ?? randomUUID();
      const events = await run(actor, {
        type: 'PostMessage',
        conversationId: request.params.conversationId,
        messageId,
        author: { kind: 'agent', agentId: agent.agentId },
        visibility: 'internal',
        text: request.body.text,
      });
      const posted = events
        .map((stored) => stored.event)
        .find((event) => event.type === 'MessagePosted' && event.messageId === messageId);
      return reply.status(201).send({ seq: posted?.type === 'MessagePosted' ? posted.seq : null });
    },
  );

  app.get(
    '/api/v1/conversations/:conversationId/transfers',
    {
      schema: {
        tags: ['conversations'],
        description: 'Every transfer of the conversation, oldest first: the chain A → B → C.',
        params: ConversationParams,
        response: { 200: TransferChain, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request);
      const { conversationId } = request.params;
      const store = context.registry.store;
      if ((await store.conversation(principal.tenantId, conversationId)) === null) {
        throw new ApiError('CONVERSATION_NOT_FOUND');
      }
      const rows = await store.transfers(principal.tenantId, conversationId);
      return { conversationId, items: rows.map(chainEntry) };
    },
  );
}
