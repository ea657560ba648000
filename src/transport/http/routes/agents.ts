/**
 * Agents (DESIGN.md §1, §6): the live list with status and load, one agent, the profile admins
 * write (role, department, memberships, capacity, transfer permissions, supervisor scope), the
 * status an agent sets for themself or a supervisor sets for someone in scope, and the end of a
 * shift (their conversations handed to on-duty colleagues, then away).
 */
import { Type } from '@sinclair/typebox';
import type { Agent, AgentProfile } from '../../../domain/agent.js';
import { load } from '../../../domain/agent.js';
import { managesAgent } from '../../../domain/scope.js';
import { defaultTransferPermissions } from '../../../domain/transfer.js';
import { hashPassword } from '../../auth/passwords.js';
import { AgentList, AgentView, ShiftEndedView, type AgentViewType } from '../admin-views.js';
import { AgentBody, type AgentBodyType } from '../config-schemas.js';
import { actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { mutableCopy } from '../copy.js';
import { ApiError } from '../error-catalogue.js';
import { requireAcceptablePassword } from '../password-check.js';
import { commonErrors, Id, iso } from '../schemas.js';
import type { App } from './app-type.js';
import { Password } from './tenants.js';

const AgentParams = Type.Object({ agentId: Id });
const Status = Type.Union([Type.Literal('available'), Type.Literal('busy'), Type.Literal('away')]);
const ListQuery = Type.Object(
  {
    groupId: Type.Optional(Id),
    departmentId: Type.Optional(Id),
    role: Type.Optional(Type.Union([Type.Literal('agent'), Type.Literal('supervisor'), Type.Literal('admin')])),
    status: Type.Optional(Type.Union([Status, Type.Literal('offline')])),
    online: Type.Optional(Type.Boolean()),
    /** Removed agents are left out unless asked for (their ids stay in the history). */
    includeRemoved: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const StatusBody = Type.Object({ status: Status }, { additionalProperties: false });
const NoBody = Type.Object({}, { additionalProperties: false });
/**
 * The profile, and optionally the agent's password, checked against the policy before anything is
 * saved (so a refused password creates no agent). Without one, a new agent cannot sign in until a
 * password is set (POST /agents/:id/password): API clients that did so keep working (docs/http-api.md).
 */
const SaveAgentBody = Type.Object(
  { ...AgentBody.properties, password: Type.Optional(Password) },
  { additionalProperties: false },
);

const noScope = { departmentIds: [], groupIds: [] } as const;

/**
 * The profile part of a live agent, every optional field explicit: an event without a key would
 * keep the old value on replay but not live, so a saved profile always names them all.
 */
export function profileOf(agent: AgentProfile): Required<AgentProfile> {
  return {
    id: agent.id,
    name: agent.name,
    role: agent.role,
    level: agent.level,
    departmentId: agent.departmentId,
    memberships: agent.memberships,
    languages: agent.languages,
    maxConcurrent: agent.maxConcurrent,
    transfer: agent.transfer ?? defaultTransferPermissions,
    manages: agent.manages ?? noScope,
    greeting: agent.greeting ?? null,
  };
}

function profileFrom(agentId: string, body: AgentBodyType): Required<AgentProfile> {
  return {
    id: agentId,
    name: body.name,
    role: body.role,
    level: body.level ?? 1,
    departmentId: body.departmentId ?? null,
    memberships: body.memberships ?? [],
    languages: body.languages ?? [],
    maxConcurrent: body.maxConcurrent,
    transfer: body.transfer ?? defaultTransferPermissions,
    manages: body.manages ?? noScope,
    greeting: body.greeting ?? null,
  };
}

/** An agent's profile and live state, as the API shows it. */
export function agentView(agent: Agent): AgentViewType {
  const { id, ...profile } = mutableCopy(profileOf(agent));
  return {
    agentId: id,
    ...profile,
    status: agent.status,
    online: agent.online,
    active: agent.active,
    dormant: agent.dormant,
    incoming: agent.incoming,
    load: load(agent),
    lastAssignedAt: iso(agent.lastAssignedAt),
    lifecycle: agent.lifecycle ?? 'active',
  };
}

export function agentRoutes(app: App, context: HttpContext): void {
  app.get(
    '/api/v1/agents',
    { schema: { tags: ['agents'], querystring: ListQuery, response: { 200: AgentList, ...commonErrors } } },
    (request) => {
      const principal = requireStaff(request);
      const { groupId, departmentId, role, status, online, includeRemoved } = request.query;
      const items = [...actorOf(context, principal).view.agents.values()]
        .filter(
          (agent) =>
            (groupId === undefined || agent.memberships.some((membership) => membership.groupId === groupId)) &&
            (departmentId === undefined || agent.departmentId === departmentId) &&
            (role === undefined || agent.role === role) &&
            (status === undefined || agent.status === status) &&
            (online === undefined || agent.online === online) &&
            (includeRemoved === true || agent.lifecycle !== 'removed'),
        )
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { items: items.map(agentView) };
    },
  );

  app.get(
    '/api/v1/agents/:agentId',
    { schema: { tags: ['agents'], params: AgentParams, response: { 200: AgentView, ...commonErrors } } },
    (request) => {
      const principal = requireStaff(request);
      const agent = actorOf(context, principal).view.agents.get(request.params.agentId);
      if (agent === undefined) throw new ApiError('AGENT_NOT_FOUND');
      return agentView(agent);
    },
  );

  app.put(
    '/api/v1/agents/:agentId',
    {
      schema: {
        tags: ['agents'],
        description:
          'Creates or replaces an agent’s profile; fields left out take their defaults. With `password` ' +
          '(password policy applies, checked before anything is saved) it also sets their password.',
        params: AgentParams,
        body: SaveAgentBody,
        response: { 200: AgentView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'admin');
      const actor = actorOf(context, principal);
      const { agentId } = request.params;
      const { password, ...profile } = request.body;
      if (password !== undefined) requireAcceptablePassword(password, [agentId, principal.tenantId]);
      const passwordHash = password === undefined ? null : await hashPassword(password);
      await run(actor, { type: 'SaveAgent', agent: profileFrom(agentId, profile) });
      if (passwordHash !== null) await run(actor, { type: 'SetPassword', agentId, passwordHash });
      const agent = actor.view.agents.get(agentId);
      if (agent === undefined) throw new ApiError('AGENT_NOT_FOUND');
      return agentView(agent);
    },
  );

  app.post(
    '/api/v1/agents/:agentId/status',
    {
      schema: {
        tags: ['agents'],
        description: 'An agent sets their own status; a supervisor sets the status of an agent in their scope.',
        params: AgentParams,
        body: StatusBody,
        response: { 200: AgentView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request);
      const actor = actorOf(context, principal);
      const { agentId } = request.params;
      const self = principal.kind === 'agent' && principal.agentId === agentId;
      if (!self && principal.kind === 'agent' && principal.role === 'agent') throw new ApiError('FORBIDDEN');
      await run(actor, {
        type: 'SetAgentStatus',
        agentId,
        status: request.body.status,
        // An API key acts as the tenant's administrator: no scope to check.
        ...(principal.kind === 'agent' && !self ? { byAgentId: principal.agentId } : {}),
      });
      const agent = actor.view.agents.get(agentId);
      if (agent === undefined) throw new ApiError('AGENT_NOT_FOUND');
      return agentView(agent);
    },
  );

  app.post(
    '/api/v1/agents/:agentId/end-shift',
    {
      schema: {
        tags: ['agents'],
        description:
          'Hands the agent’s conversations to on-duty colleagues, returns the rest to the queue, sets them away. ' +
          'By the agent, a supervisor in scope, an admin or an API key.',
        params: AgentParams,
        body: NoBody,
        response: { 200: ShiftEndedView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request);
      const actor = actorOf(context, principal);
      const { agentId } = request.params;
      const agent = actor.view.agents.get(agentId);
      if (principal.kind === 'agent' && principal.agentId !== agentId) {
        if (principal.role === 'agent') throw new ApiError('FORBIDDEN');
        const supervisor = actor.view.agents.get(principal.agentId);
        // EndShift carries no initiator, so the scope of a supervisor is checked here.
        if (agent !== undefined && supervisor !== undefined && !managesAgent(actor.view, supervisor, agent)) {
          throw new ApiError('OUT_OF_SCOPE');
        }
      }
      if (agent === undefined) throw new ApiError('AGENT_NOT_FOUND');
      const events = await run(actor, { type: 'EndShift', agentId });
      const ended = events.map((stored) => stored.event).find((event) => event.type === 'ShiftEnded');
      if (ended?.type !== 'ShiftEnded') return { agentId, handedOver: [], returned: [], refused: [] };
      return mutableCopy({
        agentId,
        handedOver: ended.handedOver,
        returned: ended.returned,
        refused: ended.refused,
      });
    },
  );
}
