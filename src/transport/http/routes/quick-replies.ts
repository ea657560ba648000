/**
 * An agent's personal quick replies (canned answers): read and replaced whole by that agent alone —
 * nobody else, admins included, reads or writes them (they are the agent's own wording). The
 * tenant's shared library is `settings.quickReplies`, written by admins through `PATCH /tenant`.
 * Both are event-sourced tenant configuration (docs/http-api.md, "Quick replies").
 */
import { Type } from '@sinclair/typebox';
import { MAX_PERSONAL_QUICK_REPLIES } from '../../../domain/quick-reply.js';
import { QuickReply, quickRepliesBodyLimit } from '../config-schemas.js';
import { actorOf, requireAgent, run, type HttpContext } from '../context.js';
import { mutableCopy } from '../copy.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id } from '../schemas.js';
import type { App } from './app-type.js';

const AgentParams = Type.Object({ agentId: Id });
const PersonalReplies = Type.Object(
  { items: Type.Array(QuickReply, { maxItems: MAX_PERSONAL_QUICK_REPLIES }) },
  { additionalProperties: false },
);

export function quickReplyRoutes(app: App, context: HttpContext): void {
  const own = (principal: { agentId: string }, agentId: string): void => {
    if (principal.agentId !== agentId)
      throw new ApiError('FORBIDDEN', 'personal quick replies are their owner’s alone');
  };

  app.get(
    '/api/v1/agents/:agentId/quick-replies',
    {
      schema: {
        tags: ['agents'],
        description: "The agent's personal quick replies. Authorization: that agent only.",
        params: AgentParams,
        response: { 200: PersonalReplies, ...commonErrors },
      },
    },
    (request) => {
      const principal = requireAgent(request);
      own(principal, request.params.agentId);
      const agent = actorOf(context, principal).view.agents.get(principal.agentId);
      if (agent === undefined) throw new ApiError('AGENT_NOT_FOUND');
      return { items: mutableCopy(agent.quickReplies ?? []) };
    },
  );

  app.put(
    '/api/v1/agents/:agentId/quick-replies',
    {
      bodyLimit: quickRepliesBodyLimit(MAX_PERSONAL_QUICK_REPLIES),
      schema: {
        tags: ['agents'],
        description: `Replaces the agent's personal quick replies (at most ${MAX_PERSONAL_QUICK_REPLIES}; ids unique, shortcuts unique per language). Authorization: that agent only.`,
        params: AgentParams,
        body: PersonalReplies,
        response: { 200: PersonalReplies, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireAgent(request);
      own(principal, request.params.agentId);
      const actor = actorOf(context, principal);
      await run(actor, { type: 'SavePersonalReplies', agentId: principal.agentId, replies: request.body.items });
      return { items: mutableCopy(actor.view.agents.get(principal.agentId)?.quickReplies ?? []) };
    },
  );
}
