/**
 * An agent's working life and sessions: admins disable, enable and remove agents (a disabled or
 * removed agent's sessions end at once and their conversations go back to routing, keeping their
 * queue time; a removed agent's id stays in the history), and an agent — or an admin for them —
 * signs out everywhere (every token issued before is refused, open connections are closed).
 */
import { Type } from '@sinclair/typebox';
import type { Command } from '../../../domain/commands.js';
import { AgentView } from '../admin-views.js';
import { actingAgent, actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id } from '../schemas.js';
import type { App } from './app-type.js';
import { agentView } from './agents.js';

const AgentParams = Type.Object({ agentId: Id });
const NoBody = Type.Object({}, { additionalProperties: false });
const SignedOut = Type.Object({ agentId: Type.String(), signedOut: Type.Boolean() });

type LifecycleCommand = 'DisableAgent' | 'EnableAgent' | 'RemoveAgent';

export function agentLifecycleRoutes(app: App, context: HttpContext): void {
  const adminAction = (method: 'POST' | 'DELETE', url: string, type: LifecycleCommand, description: string): void => {
    app.route({
      method,
      url,
      schema: {
        tags: ['agents'],
        description,
        params: AgentParams,
        ...(method === 'POST' ? { body: NoBody } : {}),
        response: { 200: AgentView, ...commonErrors },
      },
      handler: async (request) => {
        const principal = requireStaff(request, 'admin');
        const actor = actorOf(context, principal);
        const { agentId } = request.params;
        const command: Command = { type, agentId, byAgentId: actingAgent(principal) };
        await run(actor, command);
        const agent = actor.view.agents.get(agentId);
        if (agent === undefined) throw new ApiError('AGENT_NOT_FOUND');
        return agentView(agent);
      },
    });
  };

  adminAction(
    'POST',
    '/api/v1/agents/:agentId/disable',
    'DisableAgent',
    'Admins: the agent can no longer sign in or work; their sessions end and their conversations return to routing.',
  );
  adminAction('POST', '/api/v1/agents/:agentId/enable', 'EnableAgent', 'Admins: a disabled agent may sign in again.');
  adminAction(
    'DELETE',
    '/api/v1/agents/:agentId',
    'RemoveAgent',
    'Admins: removes the agent for good (as disable, and they leave their groups); the id stays in the history.',
  );

  app.post(
    '/api/v1/agents/:agentId/sign-out-everywhere',
    {
      schema: {
        tags: ['agents'],
        description: 'Ends every session of the agent (this one too): by the agent themself or an admin.',
        params: AgentParams,
        body: NoBody,
        response: { 200: SignedOut, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request);
      const { agentId } = request.params;
      const self = principal.kind === 'agent' && principal.agentId === agentId;
      if (!self) requireStaff(request, 'admin');
      await run(actorOf(context, principal), { type: 'EndAgentSessions', agentId });
      return { agentId, signedOut: true };
    },
  );
}
