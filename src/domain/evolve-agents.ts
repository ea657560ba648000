/** `evolve` for agent presence and status events. */
import type { Agent } from './agent.js';
import type { EventOf } from './events.js';
import { clearTimer, reindexAgent, setTimer } from './indexes.js';
import type { TenantState } from './state.js';

const agentOf = (state: TenantState, agentId: string): Agent => {
  const agent = state.agents.get(agentId);
  if (agent === undefined) throw new Error(`event for unknown agent ${agentId}`);
  return agent;
};

/**
 * An agent who connects while `offline` becomes `available`; any other status is kept. An agent
 * never assigned anything counts as idle from this connection, not from when their profile was made.
 */
export function agentConnected(state: TenantState, event: EventOf<'AgentConnected'>): void {
  const agent = agentOf(state, event.agentId);
  agent.online = true;
  if (agent.assignments === 0) agent.lastAssignedAt = event.at;
  if (agent.status === 'offline') agent.status = 'available';
  clearTimer(state, 'grace', agent.id);
  reindexAgent(state, agent);
}

export function agentDisconnected(state: TenantState, event: EventOf<'AgentDisconnected'>): void {
  const agent = agentOf(state, event.agentId);
  agent.online = false;
  setTimer(state, 'grace', agent.id, event.graceDeadline);
  reindexAgent(state, agent);
}

export function agentLost(state: TenantState, event: EventOf<'AgentLost'>): void {
  clearTimer(state, 'grace', event.agentId);
}

export function agentStatusChanged(state: TenantState, event: EventOf<'AgentStatusChanged'>): void {
  const agent = agentOf(state, event.agentId);
  agent.status = event.status;
  if (event.status === 'available') agent.missedOffers = 0;
  reindexAgent(state, agent);
}

export { agentOf };
