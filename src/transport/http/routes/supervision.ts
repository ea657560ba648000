/**
 * Supervisor interventions (DESIGN.md §6): watch or barge into a conversation, leave it, take it
 * over, reassign it to an agent or group (asking the target, or at once), and change a group's
 * routing strategy live. Each acts as the signed-in supervisor, and the domain checks that the
 * conversation or group is in their scope (OUT_OF_SCOPE otherwise). Whispering is an internal note
 * (`POST …/notes`); changing an agent's status is `POST /agents/:agentId/status`.
 */
import { randomUUID } from 'node:crypto';
import { Type, type TSchema } from '@sinclair/typebox';
import type { TenantHandle } from '../../../services/tenants.js';
import { SkillGroupView } from '../admin-views.js';
import { StrategyName, StrategyParams, TransferTarget } from '../config-schemas.js';
import { actorOf, requireAgent, requireStaff, run, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id } from '../schemas.js';
import { ConversationLive } from '../views.js';
import type { App } from './app-type.js';
import { conversationBody } from './conversations.js';
import { groupView } from './directory.js';

const closed = { additionalProperties: false } as const;
const ConversationParams = Type.Object({ conversationId: Id });
const JoinBody = Type.Object({ mode: Type.Union([Type.Literal('watch'), Type.Literal('barge')]) }, closed);
const NoBody = Type.Object({}, closed);
const TakeOverBody = Type.Object({ transferId: Type.Optional(Id) }, closed);
const ReassignBody = Type.Object(
  {
    transferId: Type.Optional(Id),
    target: TransferTarget,
    /** True (default): the target accepts or rejects like any transfer. False: the move happens at once. */
    requireAccept: Type.Optional(Type.Boolean()),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  closed,
);
const StrategyBody = Type.Object({ strategy: StrategyName, params: Type.Optional(StrategyParams) }, closed);

/** The conversation as it is after a command. */
export function liveConversation(actor: TenantHandle, conversationId: string) {
  const conversation = actor.view.conversations.get(conversationId);
  if (conversation === undefined) throw new ApiError('CONVERSATION_NOT_FOUND');
  return conversationBody(actor.view, conversation);
}

const conversationSchema = <B extends TSchema>(description: string, body: B) => ({
  tags: ['supervision'],
  description,
  params: ConversationParams,
  body,
  response: { 200: ConversationLive, ...commonErrors },
});

export function supervisionRoutes(app: App, context: HttpContext): void {
  app.post(
    '/api/v1/conversations/:conversationId/join',
    { schema: conversationSchema('Watch (internal notes only) or barge in (may write publicly).', JoinBody) },
    async (request) => {
      const supervisor = requireAgent(request, 'supervisor');
      const actor = actorOf(context, supervisor);
      const { conversationId } = request.params;
      await run(actor, {
        type: 'JoinConversation',
        supervisorId: supervisor.agentId,
        conversationId,
        mode: request.body.mode,
      });
      return liveConversation(actor, conversationId);
    },
  );

  app.post(
    '/api/v1/conversations/:conversationId/leave',
    { schema: conversationSchema('Stops watching or barging.', NoBody) },
    async (request) => {
      const supervisor = requireAgent(request, 'supervisor');
      const actor = actorOf(context, supervisor);
      const { conversationId } = request.params;
      await run(actor, { type: 'LeaveConversation', supervisorId: supervisor.agentId, conversationId });
      return liveConversation(actor, conversationId);
    },
  );

  app.post(
    '/api/v1/conversations/:conversationId/take-over',
    {
      schema: conversationSchema(
        'The supervisor becomes the owner at once; a pending transfer is cancelled.',
        TakeOverBody,
      ),
    },
    async (request) => {
      const supervisor = requireAgent(request, 'supervisor');
      const actor = actorOf(context, supervisor);
      const { conversationId } = request.params;
      await run(actor, {
        type: 'TakeOver',
        transferId: request.body.transferId ?? randomUUID(),
        supervisorId: supervisor.agentId,
        conversationId,
      });
      return liveConversation(actor, conversationId);
    },
  );

  app.post(
    '/api/v1/conversations/:conversationId/reassign',
    {
      schema: {
        tags: ['supervision'],
        description:
          'Moves the conversation to an agent or group, as a transfer the target answers (requireAccept, the ' +
          'default) or at once; forced to a group with nobody free, it waits in that group’s queue.',
        params: ConversationParams,
        body: ReassignBody,
        response: { 200: ConversationLive, ...commonErrors },
      },
    },
    async (request) => {
      const supervisor = requireAgent(request, 'supervisor');
      const actor = actorOf(context, supervisor);
      const { conversationId } = request.params;
      const { transferId, target, requireAccept, note } = request.body;
      await run(actor, {
        type: 'Reassign',
        transferId: transferId ?? randomUUID(),
        supervisorId: supervisor.agentId,
        conversationId,
        target,
        requireAccept: requireAccept ?? true,
        ...(note === undefined ? {} : { note }),
      });
      return liveConversation(actor, conversationId);
    },
  );

  app.post(
    '/api/v1/skill-groups/:groupId/strategy',
    {
      schema: {
        tags: ['supervision'],
        description: 'Changes the group’s routing strategy (and its parameters) live.',
        params: Type.Object({ groupId: Id }),
        body: StrategyBody,
        response: { 200: SkillGroupView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'supervisor');
      const actor = actorOf(context, principal);
      const { groupId } = request.params;
      const { strategy, params } = request.body;
      if (principal.kind === 'agent') {
        await run(actor, {
          type: 'ChangeGroupStrategy',
          supervisorId: principal.agentId,
          groupId,
          strategy,
          ...(params === undefined ? {} : { params }),
        });
      } else {
        // An API key acts as the tenant's admin, who may save any group: the same event, without a supervisor.
        const group = actor.view.groups.get(groupId);
        if (group === undefined) throw new ApiError('GROUP_NOT_FOUND');
        await run(actor, {
          type: 'SaveSkillGroup',
          group: { ...group.config, strategy, params: params ?? group.config.params },
        });
      }
      const group = actor.view.groups.get(groupId);
      if (group === undefined) throw new ApiError('GROUP_NOT_FOUND');
      return groupView(group);
    },
  );
}
