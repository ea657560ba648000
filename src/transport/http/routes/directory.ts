/**
 * The org chart and the routable pools (DESIGN.md §1, §3): departments, skill groups with their
 * strategy, overflow tiers and business hours, and who belongs to each group with which ability
 * and tier. Staff read; admins write. A membership lives in the agent's profile, so changing one
 * saves that profile.
 */
import { Type } from '@sinclair/typebox';
import { load, type Membership } from '../../../domain/agent.js';
import type { Department } from '../../../domain/department.js';
import { skillGroup } from '../../../domain/skill-group.js';
import type { GroupRuntime, TenantState } from '../../../domain/state.js';
import { DepartmentList, DepartmentView, MemberList, SkillGroupList, SkillGroupView } from '../admin-views.js';
import { DepartmentBody, MembershipBody, SkillGroupBody } from '../config-schemas.js';
import { actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { mutableCopy } from '../copy.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id } from '../schemas.js';
import { profileOf } from './agents.js';
import type { App } from './app-type.js';

const DepartmentParams = Type.Object({ departmentId: Id });
const GroupParams = Type.Object({ groupId: Id });
const MemberParams = Type.Object({ groupId: Id, agentId: Id });

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const departmentView = (department: Department) => ({
  departmentId: department.id,
  name: department.name,
  parentId: department.parentId,
});

/** A skill group as the API shows it: configuration, members and waiting counts. */
export function groupView(group: GroupRuntime) {
  const { id, ...config } = mutableCopy(group.config);
  return {
    groupId: id,
    ...config,
    members: [...group.members].sort(byId),
    waiting: {
      queued: group.queue.size,
      leftMessages: group.leftMessages.size,
      overflow: group.overflowQueue.size,
      transfers: group.transferQueue.size,
    },
  };
}

function membersOf(state: TenantState, group: GroupRuntime) {
  const items = [];
  for (const agentId of [...group.members].sort(byId)) {
    const agent = state.agents.get(agentId);
    const membership = agent?.memberships.find((candidate) => candidate.groupId === group.config.id);
    if (agent === undefined || membership === undefined) continue;
    items.push({
      agentId,
      name: agent.name,
      ability: membership.ability,
      tier: membership.tier,
      status: agent.status,
      online: agent.online,
      load: load(agent),
      maxConcurrent: agent.maxConcurrent,
    });
  }
  return { items };
}

function groupOf(state: TenantState, groupId: string): GroupRuntime {
  const group = state.groups.get(groupId);
  if (group === undefined) throw new ApiError('GROUP_NOT_FOUND');
  return group;
}

/** Whether making `parentId` the parent of `departmentId` would close a loop in the org chart. */
function makesCycle(state: TenantState, departmentId: string, parentId: string | null): boolean {
  const seen = new Set<string>();
  for (let current = parentId; current !== null && !seen.has(current);) {
    if (current === departmentId) return true;
    seen.add(current);
    current = state.departments.get(current)?.parentId ?? null;
  }
  return false;
}

export function directoryRoutes(app: App, context: HttpContext): void {
  app.get(
    '/api/v1/departments',
    { schema: { tags: ['directory'], response: { 200: DepartmentList, ...commonErrors } } },
    (request) => {
      const state = actorOf(context, requireStaff(request)).view;
      const items = [...state.departments.values()].sort((a, b) => byId(a.id, b.id));
      return { items: items.map(departmentView) };
    },
  );

  app.get(
    '/api/v1/departments/:departmentId',
    { schema: { tags: ['directory'], params: DepartmentParams, response: { 200: DepartmentView, ...commonErrors } } },
    (request) => {
      const state = actorOf(context, requireStaff(request)).view;
      const department = state.departments.get(request.params.departmentId);
      if (department === undefined) throw new ApiError('DEPARTMENT_NOT_FOUND');
      return departmentView(department);
    },
  );

  app.put(
    '/api/v1/departments/:departmentId',
    {
      schema: {
        tags: ['directory'],
        description: 'Creates or replaces a department; `parentId` places it in the org chart.',
        params: DepartmentParams,
        body: DepartmentBody,
        response: { 200: DepartmentView, ...commonErrors },
      },
    },
    async (request) => {
      const actor = actorOf(context, requireStaff(request, 'admin'));
      const department = {
        id: request.params.departmentId,
        name: request.body.name,
        parentId: request.body.parentId ?? null,
      };
      if (makesCycle(actor.view, department.id, department.parentId)) {
        throw new ApiError('INVALID_CONFIGURATION', 'a department cannot be below itself');
      }
      await run(actor, { type: 'SaveDepartment', department });
      return departmentView(department);
    },
  );

  app.get(
    '/api/v1/skill-groups',
    { schema: { tags: ['directory'], response: { 200: SkillGroupList, ...commonErrors } } },
    (request) => {
      const state = actorOf(context, requireStaff(request)).view;
      const groups = [...state.groups.values()].sort((a, b) => byId(a.config.id, b.config.id));
      return { items: groups.map(groupView) };
    },
  );

  app.get(
    '/api/v1/skill-groups/:groupId',
    { schema: { tags: ['directory'], params: GroupParams, response: { 200: SkillGroupView, ...commonErrors } } },
    (request) => groupView(groupOf(actorOf(context, requireStaff(request)).view, request.params.groupId)),
  );

  app.put(
    '/api/v1/skill-groups/:groupId',
    {
      schema: {
        tags: ['directory'],
        description:
          'Creates or replaces a skill group: strategy, overflow tiers, business hours, queue limit, assignment ' +
          'mode. Fields left out take their defaults.',
        params: GroupParams,
        body: SkillGroupBody,
        response: { 200: SkillGroupView, ...commonErrors },
      },
    },
    async (request) => {
      const actor = actorOf(context, requireStaff(request, 'admin'));
      const { groupId } = request.params;
      await run(actor, { type: 'SaveSkillGroup', group: skillGroup({ ...request.body, id: groupId }) });
      return groupView(groupOf(actor.view, groupId));
    },
  );

  app.get(
    '/api/v1/skill-groups/:groupId/members',
    { schema: { tags: ['directory'], params: GroupParams, response: { 200: MemberList, ...commonErrors } } },
    (request) => {
      const state = actorOf(context, requireStaff(request)).view;
      return membersOf(state, groupOf(state, request.params.groupId));
    },
  );

  app.put(
    '/api/v1/skill-groups/:groupId/members/:agentId',
    {
      schema: {
        tags: ['directory'],
        description: 'Adds the agent to the group, or changes their ability and tier in it.',
        params: MemberParams,
        body: MembershipBody,
        response: { 200: MemberList, ...commonErrors },
      },
    },
    async (request) => {
      const actor = actorOf(context, requireStaff(request, 'admin'));
      const { groupId, agentId } = request.params;
      const group = groupOf(actor.view, groupId);
      const agent = actor.view.agents.get(agentId);
      if (agent === undefined) throw new ApiError('AGENT_NOT_FOUND');
      const membership: Membership = { groupId, ability: request.body.ability, tier: request.body.tier };
      const others = agent.memberships.filter((candidate) => candidate.groupId !== groupId);
      await run(actor, { type: 'SaveAgent', agent: { ...profileOf(agent), memberships: [...others, membership] } });
      return membersOf(actor.view, group);
    },
  );

  app.delete(
    '/api/v1/skill-groups/:groupId/members/:agentId',
    {
      schema: {
        tags: ['directory'],
        description: 'Removes the agent from the group (their conversations stay theirs).',
        params: MemberParams,
        response: { 200: MemberList, ...commonErrors },
      },
    },
    async (request) => {
      const actor = actorOf(context, requireStaff(request, 'admin'));
      const { groupId, agentId } = request.params;
      const group = groupOf(actor.view, groupId);
      const agent = actor.view.agents.get(agentId);
      if (agent === undefined) throw new ApiError('AGENT_NOT_FOUND');
      const others = agent.memberships.filter((candidate) => candidate.groupId !== groupId);
      if (others.length !== agent.memberships.length) {
        await run(actor, { type: 'SaveAgent', agent: { ...profileOf(agent), memberships: others } });
      }
      return membersOf(actor.view, group);
    },
  );
}
