/** `decide` for tagging a conversation: its labels, shown in lists and filterable in reports. */
import { isSupervisor } from './agent.js';
import type { CommandOf } from './commands.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import { managesConversation } from './scope.js';
import type { TenantState } from './state.js';

const MAX_LABELS = 32;
const LABEL = /^[^\s,][^,]{0,63}$/u;

export function tagConversation(
  state: TenantState,
  command: CommandOf<'TagConversation'>,
  now: number,
): Decision<DomainEvent> {
  const conversation = state.conversations.get(command.conversationId);
  if (conversation === undefined)
    return refuse('CONVERSATION_NOT_FOUND', `conversation "${command.conversationId}" does not exist`);
  const agent = state.agents.get(command.agentId);
  if (agent === undefined) return refuse('AGENT_NOT_FOUND', `agent "${command.agentId}" does not exist`);
  const participant =
    conversation.ownerId === agent.id ||
    conversation.watchers.some((watcher) => watcher.supervisorId === agent.id) ||
    (isSupervisor(agent) && managesConversation(state, agent, conversation));
  if (!participant) return refuse('NOT_PARTICIPANT', 'you are not part of this conversation');
  const bad = [...command.add, ...command.remove].find((label) => !LABEL.test(label));
  if (bad !== undefined) return refuse('INVALID_COMMAND', `"${bad}" is not a label (1–64 characters, no commas)`);
  const labels = [...new Set([...conversation.labels, ...command.add])].filter(
    (label) => !command.remove.includes(label),
  );
  if (labels.length > MAX_LABELS) return refuse('INVALID_COMMAND', `a conversation has at most ${MAX_LABELS} labels`);
  const unchanged =
    labels.length === conversation.labels.length &&
    labels.every((label, index) => conversation.labels[index] === label);
  return accept(
    unchanged
      ? []
      : [{ type: 'ConversationTagged', at: now, conversationId: conversation.id, agentId: agent.id, labels }],
  );
}
