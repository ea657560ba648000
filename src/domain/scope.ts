/**
 * A supervisor's scope (DESIGN.md §6): the departments they manage (with every sub-department) and
 * the skill groups they manage. Admins manage everything; agents manage nothing.
 */
import type { Agent } from './agent.js';
import type { Conversation } from './conversation.js';
import type { TenantState } from './state.js';

/** Whether `departmentId` is `ancestorId` or below it in the org chart. */
function within(state: TenantState, departmentId: string | null, ancestorId: string): boolean {
  const seen = new Set<string>();
  for (let current = departmentId; current !== null && !seen.has(current);) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = state.departments.get(current)?.parentId ?? null;
  }
  return false;
}

export function managesAgent(state: TenantState, supervisor: Agent, agent: Agent): boolean {
  if (supervisor.role === 'admin') return true;
  if (supervisor.role !== 'supervisor' || supervisor.manages === undefined) return false;
  const { departmentIds, groupIds } = supervisor.manages;
  return (
    departmentIds.some((departmentId) => within(state, agent.departmentId, departmentId)) ||
    agent.memberships.some((membership) => groupIds.includes(membership.groupId))
  );
}

export function managesGroup(supervisor: Agent, groupId: string): boolean {
  if (supervisor.role === 'admin') return true;
  return supervisor.role === 'supervisor' && (supervisor.manages?.groupIds.includes(groupId) ?? false);
}

/** A conversation is in scope through its group or through its owner's department. */
export function managesConversation(state: TenantState, supervisor: Agent, conversation: Conversation): boolean {
  if (managesGroup(supervisor, conversation.groupId)) return true;
  const owner = conversation.ownerId === null ? undefined : state.agents.get(conversation.ownerId);
  return owner !== undefined && supervisor.manages !== undefined && managesAgent(state, supervisor, owner);
}
