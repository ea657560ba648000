/**
 * An agent's personal quick replies: `decide` and `evolve` for `SavePersonalReplies`. The list is
 * replaced whole (the workspace edits it as one list); the tenant's library lives in the settings.
 */
import type { CommandOf } from './commands.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent, EventOf } from './events.js';
import { checkQuickReplies, MAX_PERSONAL_QUICK_REPLIES } from './quick-reply.js';
import type { TenantState } from './state.js';

export function savePersonalReplies(
  state: TenantState,
  command: CommandOf<'SavePersonalReplies'>,
  now: number,
): Decision<DomainEvent> {
  const agent = state.agents.get(command.agentId);
  if (agent === undefined) return refuse('AGENT_NOT_FOUND', `agent "${command.agentId}" does not exist`);
  if (agent.lifecycle === 'removed') return refuse('AGENT_REMOVED', `agent "${command.agentId}" was removed`);
  const problem = checkQuickReplies(command.replies, MAX_PERSONAL_QUICK_REPLIES);
  if (problem !== null) return refuse('INVALID_CONFIGURATION', problem);
  return accept([{ type: 'PersonalRepliesSaved', at: now, agentId: agent.id, replies: command.replies }]);
}

export function personalRepliesSaved(state: TenantState, event: EventOf<'PersonalRepliesSaved'>): void {
  const agent = state.agents.get(event.agentId);
  if (agent !== undefined) agent.quickReplies = event.replies;
}
