/**
 * The supervisor wallboard as one HTTP read (DESIGN.md §6): the agents and skill-group queues in
 * the caller's scope, as the realtime `wallboard` event carries them. The realtime event is sent
 * only when the figures change, so a page that opens after the connection's first one reads the
 * current board here and then follows the events. An API key acts as the tenant's admin and sees
 * every agent and group.
 */
import { Type } from '@sinclair/typebox';
import { isSupervisor } from '../../../domain/agent.js';
import { todayFigures } from '../../../reports/today-figures.js';
import { wallboardOf } from '../../realtime/views.js';
import { actorOf, requireStaff, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, iso } from '../schemas.js';
import type { App } from './app-type.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const AgentStatusView = Type.Object({
  agentId: Type.String(),
  name: Type.String(),
  status: Type.String(),
  online: Type.Boolean(),
  load: Type.Integer(),
  active: Type.Integer(),
  dormant: Type.Integer(),
  maxConcurrent: Type.Integer(),
});

const GroupFiguresView = Type.Object(
  {
    groupId: Type.String(),
    name: Type.String(),
    waiting: Type.Integer(),
    leftMessages: Type.Integer(),
    longestWaitSeconds: Nullable(Type.Number()),
    agentsOnline: Type.Integer(),
    agentsAvailable: Type.Integer(),
    today: Type.Object(
      {
        arrivals: Type.Integer(),
        answered: Type.Integer(),
        abandoned: Type.Integer(),
        serviceLevel: Nullable(Type.Number()),
        averageSpeedOfAnswerSeconds: Nullable(Type.Number()),
        longestWaitSeconds: Nullable(Type.Number()),
      },
      { description: 'Since tenant-local midnight, with the reports’ definitions (docs/reports.md).' },
    ),
  },
  { description: 'As the realtime `wallboard` event’s queue figures.' },
);

export const WallboardView = Type.Object(
  {
    at: Type.String({ format: 'date-time' }),
    agents: Type.Array(AgentStatusView),
    queues: Type.Array(GroupFiguresView),
  },
  { $id: 'Wallboard' },
);

export function wallboardRoutes(app: App, context: HttpContext): void {
  app.get(
    '/api/v1/wallboard',
    {
      schema: {
        tags: ['supervision'],
        description: 'The agents and queues in the caller’s scope, as the realtime `wallboard` event shows them.',
        response: { 200: WallboardView, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request, 'supervisor');
      const state = actorOf(context, principal).view;
      const viewer = principal.kind === 'agent' ? state.agents.get(principal.agentId) : undefined;
      if (principal.kind === 'agent' && (viewer === undefined || !isSupervisor(viewer)))
        throw new ApiError('FORBIDDEN');
      const now = context.registry.clock.now();
      const today = await todayFigures(context.registry.store, {
        tenantId: principal.tenantId,
        timeZone: state.settings.timeZone,
        now,
      });
      const { agents, queues } = wallboardOf(state, viewer, { now, today });
      return { at: iso(now), agents, queues };
    },
  );
}
