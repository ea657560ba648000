/**
 * Transfers (DESIGN.md §5): recommendations, request, accept, reject, cancel, batch. The caller acts
 * as themself: the initiator is the signed-in agent, the answer comes from the agent asked.
 */
import { randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { notOffered, recommend } from '../../../domain/recommendations.js';
import type { TransferNote } from '../../../domain/transfer.js';
import { actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id } from '../schemas.js';
import { BatchResult, Recommendations, TransferAck, TransferAnswer } from '../views.js';
import type { App } from './app-type.js';

const Target = Type.Union([
  Type.Object({ kind: Type.Literal('agent'), agentId: Id }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('group'), groupId: Id }, { additionalProperties: false }),
]);

const Note = Type.Object(
  {
    text: Type.String({ maxLength: 4000 }),
    templateId: Type.Optional(Id),
    fields: Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 2000 }), { maxProperties: 16 }),
    ),
    reason: Type.Optional(Type.String({ maxLength: 128 })),
    tags: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 16 })),
  },
  { additionalProperties: false },
);

const RequestBody = Type.Object(
  { transferId: Type.Optional(Id), conversationId: Id, target: Target, note: Note },
  { additionalProperties: false },
);
const BatchBody = Type.Object(
  {
    batchId: Type.Optional(Id),
    conversationIds: Type.Array(Id, { minItems: 1, maxItems: 200 }),
    target: Target,
    note: Note,
  },
  { additionalProperties: false },
);
const TransferParams = Type.Object({ transferId: Id });
const RejectBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
const RecommendQuery = Type.Object(
  {
    departmentId: Type.Optional(Id),
    groupId: Type.Optional(Id),
    status: Type.Optional(Type.Union([Type.Literal('available'), Type.Literal('busy')])),
    q: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);

const toNote = (note: typeof Note.static): TransferNote => ({
  text: note.text,
  templateId: note.templateId ?? null,
  fields: note.fields ?? {},
  reason: note.reason ?? null,
  tags: note.tags ?? [],
});

function agentOnly(principal: ReturnType<typeof requireStaff>): string {
  if (principal.kind !== 'agent') throw new ApiError('FORBIDDEN', 'transfers are made by agents; use an agent token');
  return principal.agentId;
}

export function transferRoutes(app: App, context: HttpContext): void {
  app.get(
    '/api/v1/conversations/:conversationId/recommendations',
    {
      schema: {
        tags: ['transfers'],
        params: Type.Object({ conversationId: Id }),
        querystring: RecommendQuery,
        response: { 200: Recommendations, ...commonErrors },
      },
    },
    (request) => {
      const principal = requireStaff(request);
      const actor = actorOf(context, principal);
      const conversation = actor.view.conversations.get(request.params.conversationId);
      if (conversation === undefined) throw new ApiError('CONVERSATION_NOT_FOUND');
      const initiator = principal.kind === 'agent' ? (actor.view.agents.get(principal.agentId) ?? null) : null;
      const { departmentId, groupId, status, q } = request.query;
      const filters = {
        ...(departmentId === undefined ? {} : { departmentId }),
        ...(groupId === undefined ? {} : { groupId }),
        ...(status === undefined ? {} : { status }),
        ...(q === undefined ? {} : { query: q }),
      };
      const items = recommend(actor.view, conversation, initiator, { filters });
      return {
        items: items.map((item) => ({ ...item, skills: item.skills.map((skill) => ({ ...skill })) })),
        notOffered: notOffered(actor.view, conversation, initiator, filters),
      };
    },
  );

  app.post(
    '/api/v1/transfers',
    { schema: { tags: ['transfers'], body: RequestBody, response: { 201: TransferAck, ...commonErrors } } },
    async (request, reply) => {
      const principal = requireStaff(request);
      const initiatorId = agentOnly(principal);
      const transferId = request.body.transferId ?? randomUUID();
      const actor = actorOf(context, principal);
      await run(actor, {
        type: 'RequestTransfer',
        transferId,
        conversationId: request.body.conversationId,
        initiatorId,
        target: request.body.target,
        note: toNote(request.body.note),
      });
      const pending = actor.view.transfers.get(transferId);
      return reply.status(201).send({
        transferId,
        status: pending?.status ?? 'accepted',
        targetAgentId: pending?.targetAgentId ?? null,
        deadline: pending === undefined ? null : new Date(pending.deadline).toISOString(),
      });
    },
  );

  app.post(
    '/api/v1/transfers/batch',
    { schema: { tags: ['transfers'], body: BatchBody, response: { 200: BatchResult, ...commonErrors } } },
    async (request) => {
      const principal = requireStaff(request);
      const initiatorId = agentOnly(principal);
      const events = await run(actorOf(context, principal), {
        type: 'BatchTransfer',
        batchId: request.body.batchId ?? randomUUID(),
        initiatorId,
        conversationIds: request.body.conversationIds,
        target: request.body.target,
        note: toNote(request.body.note),
      });
      const summary = events.map((stored) => stored.event).find((event) => event.type === 'TransfersBatched');
      if (summary?.type !== 'TransfersBatched') return { requested: [], refused: [] };
      return { requested: [...summary.requested], refused: summary.refused.map((refusal) => ({ ...refusal })) };
    },
  );

  for (const verb of ['accept', 'reject', 'cancel'] as const) {
    app.post(
      `/api/v1/transfers/:transferId/${verb}`,
      {
        schema: {
          tags: ['transfers'],
          params: TransferParams,
          body: Type.Optional(RejectBody),
          response: { 200: TransferAnswer, ...commonErrors },
        },
      },
      async (request) => {
        const principal = requireStaff(request);
        const agentId = agentOnly(principal);
        const transferId = request.params.transferId;
        const actor = actorOf(context, principal);
        if (verb === 'accept') await run(actor, { type: 'AcceptTransfer', transferId, agentId });
        else if (verb === 'reject')
          await run(actor, { type: 'RejectTransfer', transferId, agentId, reason: request.body.reason ?? null });
        else await run(actor, { type: 'CancelTransfer', transferId, agentId });
        return { transferId, status: verb === 'accept' ? 'accepted' : verb === 'reject' ? 'rejected' : 'cancelled' };
      },
    );
  }
}
