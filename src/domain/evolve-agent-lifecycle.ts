/** `evolve` for an agent's working life and sessions (see decide-agent-lifecycle.ts). */
import type { Agent } from './agent.js';
import type { EventOf } from './events.js';
import { clearTimer, reindexAgent, unindexAgent } from './indexes.js';
import type { TenantState } from './state.js';
import { agentOf } from './evolve-agents.js';

/** Not online, not available: out of every routable index until enabled. */
function stopWorking(state: TenantState, agent: Agent): void {
  agent.online = false;
  agent.status = 'offline';
  clearTimer(state, 'grace', agent.id);
  reindexAgent(state, agent);
}

export function agentSessionsEnded(state: TenantState, event: EventOf<'AgentSessionsEnded'>): void {
  agentOf(state, event.agentId).sessionEpoch = event.epoch;
}

export function agentDisabled(state: TenantState, event: EventOf<'AgentDisabled'>): void {
  const agent = agentOf(state, event.agentId);
  agent.lifecycle = 'disabled';
  stopWorking(state, agent);
}

export function agentEnabled(state: TenantState, event: EventOf<'AgentEnabled'>): void {
  delete agentOf(state, event.agentId).lifecycle;
}

/** The agent leaves their groups and loses their password; the record stays for the history. */
export function agentRemoved(state: TenantState, event: EventOf<'AgentRemoved'>): void {
  const agent = agentOf(state, event.agentId);
  agent.lifecycle = 'removed';
  stopWorking(state, agent);
  for (const membership of agent.memberships) {
    const group = state.groups.get(membership.groupId);
    if (group === undefined) continue;
    group.members.delete(agent.id);
    unindexAgent(group, agent.id);
  }
  state.agents.set(agent.id, { ...agent, memberships: [], byAbility: [] });
  state.access.passwords.delete(agent.id);
}

/** Recorded for the audit log; the lockout itself lives in the transport. */
export function agentLoginLocked(): void {
  // Nothing in the routing state changes.
}
