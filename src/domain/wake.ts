/**
 * Wake-up passes (DESIGN.md §3.8, docs/routing.md "Configuration and time changes under waiting
 * conversations"). Some changes make waiting work assignable without any agent or conversation
 * event of their own: tenant settings (a looser bad-rating bar or cross-department rule), a saved
 * skill group (new hours, tiers, strategy), a department, and a group's opening hour. After such an
 * event each affected group is woken: its routable agents are visited in the order its strategy
 * ranks them, and the first who can take something — a waiting group transfer, a conversation, a
 * left message, by the agent's own order — gets it. `execute` wakes the group again after every
 * assignment, so the strategy's best agent is picked afresh each time, until nobody can take more.
 */
import type { DomainEvent } from './events.js';
import { pickFromGroup } from './routing.js';
import type { TenantState } from './state.js';

/** Groups to wake after this event (empty for events that have their own agent or conversation triggers). */
export function groupsToWake(state: TenantState, event: DomainEvent): readonly string[] {
  switch (event.type) {
    case 'TenantConfigured':
    case 'DepartmentSaved':
      // Settings and departments reach every group (rating bars, transfer rules, departments).
      return [...state.groups.keys()];
    case 'SkillGroupSaved':
      return [event.group.id, ...event.group.overflow.map((tier) => tier.groupId)];
    case 'GroupOpened':
      return [event.groupId];
    case 'AgentSaved':
      return groupsAwaitingTransfersFrom(state, event.agent.id);
    default:
      return [];
  }
}

/**
 * Groups holding a transfer this agent started: a new department or level for the initiator may
 * let other members receive it.
 */
function groupsAwaitingTransfersFrom(state: TenantState, agentId: string): string[] {
  const found: string[] = [];
  for (const [groupId, group] of state.groups) {
    if (group.transferQueue.size > 0 && group.transferQueue.find((transfer) => transfer.initiatorId === agentId)) {
      found.push(groupId);
    }
  }
  return found;
}

/**
 * One step of a group's wake-up: the first of its routable agents, in its strategy's order, for
 * whom `resolveAgent` (what a freed agent would take now) finds something; their events, or none.
 */
export function wakeGroup(
  state: TenantState,
  groupId: string,
  resolveAgent: (agentId: string) => readonly DomainEvent[],
): readonly DomainEvent[] {
  const group = state.groups.get(groupId);
  if (group === undefined || group.routable.size === 0) return [];
  let events: readonly DomainEvent[] = [];
  pickFromGroup(state, group, (agentId) => {
    events = resolveAgent(agentId);
    return events.length > 0;
  });
  return events;
}
