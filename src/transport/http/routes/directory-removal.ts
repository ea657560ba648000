/**
 * Removing a department or a skill group (issue 18), for admins: refused with CONFIG_IN_USE (409)
 * and a message naming what still uses it (agents, members, supervisors' scopes, sub-departments,
 * routing rules, overflow tiers, after-hours targets, the tenant's default groups, transfer rules,
 * open conversations, pending transfers) while anything does; the domain decides (config-usage.ts).
 */
import { Type } from '@sinclair/typebox';
import { actorOf, requireStaff, run, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id } from '../schemas.js';
import type { App } from './app-type.js';

const DepartmentParams = Type.Object({ departmentId: Id });
const GroupParams = Type.Object({ groupId: Id });
const DepartmentRemoved = Type.Object({ departmentId: Type.String(), removed: Type.Literal(true) });
const GroupRemoved = Type.Object({ groupId: Type.String(), removed: Type.Literal(true) });

export function directoryRemovalRoutes(app: App, context: HttpContext): void {
  app.delete(
    '/api/v1/departments/:departmentId',
    {
      schema: {
        tags: ['directory'],
        description:
          'Removes a department nobody is in, nobody manages and with no sub-department; otherwise CONFIG_IN_USE ' +
          'naming what uses it.',
        params: DepartmentParams,
        response: { 200: DepartmentRemoved, ...commonErrors },
      },
    },
    async (request) => {
      const actor = actorOf(context, requireStaff(request, 'admin'));
      const { departmentId } = request.params;
      if (!actor.view.departments.has(departmentId)) throw new ApiError('DEPARTMENT_NOT_FOUND');
      await run(actor, { type: 'RemoveDepartment', departmentId });
      return { departmentId, removed: true as const };
    },
  );

  app.delete(
    '/api/v1/skill-groups/:groupId',
    {
      schema: {
        tags: ['directory'],
        description:
          'Removes a skill group nothing uses (no member, supervisor scope, routing rule, overflow tier, after-hours ' +
          'target, default, transfer rule, open conversation or pending transfer); otherwise CONFIG_IN_USE.',
        params: GroupParams,
        response: { 200: GroupRemoved, ...commonErrors },
      },
    },
    async (request) => {
      const actor = actorOf(context, requireStaff(request, 'admin'));
      const { groupId } = request.params;
      if (!actor.view.groups.has(groupId)) throw new ApiError('GROUP_NOT_FOUND');
      await run(actor, { type: 'RemoveSkillGroup', groupId });
      return { groupId, removed: true as const };
    },
  );
}
