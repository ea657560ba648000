/**
 * `decide` for removing a department or a skill group (issue 18): refused with CONFIG_IN_USE,
 * naming what still uses it (config-usage.ts), while anything does; otherwise one removal event.
 * Closed conversations keep the id in their history, as removed agents' ids are kept.
 */
import type { CommandOf } from './commands.js';
import { departmentUses, describeUses, groupUses } from './config-usage.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import type { TenantState } from './state.js';

type Result = Decision<DomainEvent>;

export function removeDepartment(state: TenantState, command: CommandOf<'RemoveDepartment'>, now: number): Result {
  const { departmentId } = command;
  if (!state.departments.has(departmentId)) {
    return refuse('INVALID_COMMAND', `department "${departmentId}" does not exist`);
  }
  const uses = departmentUses(state, departmentId);
  if (uses.length > 0) {
    return refuse('CONFIG_IN_USE', `department "${departmentId}" is still used by: ${describeUses(uses)}`);
  }
  return accept([{ type: 'DepartmentRemoved', at: now, departmentId }]);
}

export function removeSkillGroup(state: TenantState, command: CommandOf<'RemoveSkillGroup'>, now: number): Result {
  const { groupId } = command;
  if (!state.groups.has(groupId)) return refuse('GROUP_NOT_FOUND', `skill group "${groupId}" does not exist`);
  const uses = groupUses(state, groupId);
  if (uses.length > 0) {
    return refuse('CONFIG_IN_USE', `skill group "${groupId}" is still used by: ${describeUses(uses)}`);
  }
  return accept([{ type: 'SkillGroupRemoved', at: now, groupId }]);
}
