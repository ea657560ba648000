/**
 * `decide` for an agent's working life and sessions: disabling, enabling and removing an agent,
 * ending their sessions (every token issued before is void), and recording a sign-in lockout.
 *
 * A disabled or removed agent's conversations go back to routing as when an agent is lost —
 * keeping their queue time and overflow tiers — but at once and whatever the group's `onAgentLost`
 * policy, dormant ones included (they would otherwise revive to nobody). Transfers waiting for
 * their answer are cancelled, so the initiator is told. Their history stays in the log.
 */
import { isActive, sessionEpochOf, type Agent } from './agent.js';
import type { CommandOf } from './commands.js';
import { requeued } from './deadlines.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent, SessionEndReason } from './events.js';
import type { TenantState } from './state.js';
import { Timeline } from './timeline.js';
import { cancelPending } from './transfer-plan.js';

type Result = Decision<DomainEvent>;

function existing(state: TenantState, agentId: string): Agent | Result {
  const agent = state.agents.get(agentId);
  if (agent === undefined) return refuse('AGENT_NOT_FOUND', `agent "${agentId}" does not exist`);
  if (agent.lifecycle === 'removed') return refuse('AGENT_REMOVED', `agent "${agentId}" was removed`);
  return agent;
}

const isAgent = (value: Agent | Result): value is Agent => !('ok' in value);

/** The event that voids every token the agent holds. */
export function sessionsEnded(agent: Agent, reason: SessionEndReason, now: number): DomainEvent {
  return { type: 'AgentSessionsEnded', at: now, agentId: agent.id, epoch: sessionEpochOf(agent) + 1, reason };
}

/** Cancels transfers offered to the agent and returns every conversation they hold to routing. */
function handBack(state: TenantState, agent: Agent, now: number): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const transfer of state.transfers.values()) {
    if (transfer.status !== 'pending' || transfer.targetAgentId !== agent.id) continue;
    const conversation = state.conversations.get(transfer.conversationId);
    if (conversation === undefined || conversation.ownerId === agent.id) continue;
    events.push(
      ...cancelPending(state, conversation, { by: 'system', now, timeline: new Timeline(conversation, now) }),
    );
  }
  for (const conversationId of agent.conversations) {
    const conversation = state.conversations.get(conversationId);
    if (conversation === undefined || conversation.status === 'closed') continue;
    events.push(
      ...cancelPending(state, conversation, { by: 'system', now, timeline: new Timeline(conversation, now) }),
      requeued(state, conversation, { fromAgentId: agent.id, reason: 'agent-disabled', now }),
    );
  }
  return events;
}

export function disableAgent(state: TenantState, command: CommandOf<'DisableAgent'>, now: number): Result {
  const agent = existing(state, command.agentId);
  if (!isAgent(agent)) return agent;
  if (command.byAgentId === agent.id) return refuse('INVALID_COMMAND', 'you cannot disable yourself');
  if (agent.lifecycle === 'disabled') return accept([]);
  return accept([
    sessionsEnded(agent, 'disabled', now),
    { type: 'AgentDisabled', at: now, agentId: agent.id, by: command.byAgentId },
    ...handBack(state, agent, now),
  ]);
}

export function enableAgent(state: TenantState, command: CommandOf<'EnableAgent'>, now: number): Result {
  const agent = existing(state, command.agentId);
  if (!isAgent(agent)) return agent;
  if (isActive(agent)) return accept([]);
  return accept([{ type: 'AgentEnabled', at: now, agentId: agent.id, by: command.byAgentId }]);
}

export function removeAgent(state: TenantState, command: CommandOf<'RemoveAgent'>, now: number): Result {
  const agent = existing(state, command.agentId);
  if (!isAgent(agent)) return agent;
  if (command.byAgentId === agent.id) return refuse('INVALID_COMMAND', 'you cannot remove yourself');
  return accept([
    sessionsEnded(agent, 'removed', now),
    { type: 'AgentRemoved', at: now, agentId: agent.id, by: command.byAgentId },
    // A disabled agent holds nothing any more; an active one hands everything back.
    ...(isActive(agent) ? handBack(state, agent, now) : []),
  ]);
}

export function endAgentSessions(state: TenantState, command: CommandOf<'EndAgentSessions'>, now: number): Result {
  const agent = existing(state, command.agentId);
  if (!isAgent(agent)) return agent;
  return accept([sessionsEnded(agent, 'signed-out', now)]);
}

export function recordLoginLockout(state: TenantState, command: CommandOf<'RecordLoginLockout'>, now: number): Result {
  if (!state.agents.has(command.agentId)) return refuse('AGENT_NOT_FOUND', `agent "${command.agentId}" does not exist`);
  if (!Number.isInteger(command.failures) || command.failures < 1 || command.until < now) {
    return refuse('INVALID_COMMAND', 'a lockout needs a failure count and an end in the future');
  }
  return accept([
    { type: 'AgentLoginLocked', at: now, agentId: command.agentId, until: command.until, failures: command.failures },
  ]);
}
