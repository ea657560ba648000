/** `decide` for agent presence and status (DESIGN.md §4: agent lost after the grace period). */
import { isActive, type Agent } from './agent.js';
import type { CommandOf } from './commands.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import { managesAgent } from './scope.js';
import type { TenantState } from './state.js';

type Result = Decision<DomainEvent>;

const unknownAgent = (agentId: string): Result => refuse('AGENT_NOT_FOUND', `agent "${agentId}" does not exist`);

/** A disabled or removed agent neither connects nor changes status. */
const inactive = (agent: Agent): Result =>
  agent.lifecycle === 'removed'
    ? refuse('AGENT_REMOVED', `agent "${agent.id}" was removed`)
    : refuse('AGENT_DISABLED', `agent "${agent.id}" is disabled`);

/**
 * Idempotent: connecting an online agent changes nothing. An agent connecting while offline becomes
 * available; a supervisor or admin becomes away instead (signing in to watch the wallboard or to
 * administer is not offering to serve; they set themselves available to take chats), in the same
 * decision, so routing never sees them available in between.
 */
export function connectAgent(state: TenantState, command: CommandOf<'ConnectAgent'>, now: number): Result {
  const agent = state.agents.get(command.agentId);
  if (agent === undefined) return unknownAgent(command.agentId);
  if (!isActive(agent)) return inactive(agent);
  if (agent.online) return accept([]);
  const connected: DomainEvent = { type: 'AgentConnected', at: now, agentId: agent.id };
  if (agent.role === 'agent' || agent.status !== 'offline') return accept([connected]);
  return accept([
    connected,
    { type: 'AgentStatusChanged', at: now, agentId: agent.id, status: 'away', reason: 'staff-sign-in' },
  ]);
}

/** The agent's last connection dropped: they stop receiving work and have a grace period to return. */
export function disconnectAgent(state: TenantState, command: CommandOf<'DisconnectAgent'>, now: number): Result {
  const agent = state.agents.get(command.agentId);
  if (agent === undefined) return unknownAgent(command.agentId);
  if (!agent.online) return accept([]);
  const graceDeadline = now + state.settings.presenceGraceSeconds * 1000;
  return accept([{ type: 'AgentDisconnected', at: now, agentId: agent.id, graceDeadline }]);
}

export function setAgentStatus(state: TenantState, command: CommandOf<'SetAgentStatus'>, now: number): Result {
  const agent = state.agents.get(command.agentId);
  if (agent === undefined) return unknownAgent(command.agentId);
  if (!isActive(agent)) return inactive(agent);
  if (command.byAgentId !== undefined && command.byAgentId !== agent.id) {
    const supervisor = state.agents.get(command.byAgentId);
    if (supervisor === undefined) return unknownAgent(command.byAgentId);
    if (!managesAgent(state, supervisor, agent)) return refuse('OUT_OF_SCOPE', `${agent.name} is outside your scope`);
  }
  if (!['available', 'busy', 'away'].includes(command.status)) {
    return refuse('INVALID_COMMAND', `status must be available, busy or away`);
  }
  if (agent.status === command.status) return accept([]);
  return accept([{ type: 'AgentStatusChanged', at: now, agentId: agent.id, status: command.status, reason: 'manual' }]);
}
