/**
 * `decide` for messages (DESIGN.md §4 exclusive ownership, §5 continuity): only the owner and a
 * barged-in supervisor write publicly; the owner, the colleague a transfer is waiting for,
 * watching supervisors and supervisors over the conversation add internal notes. A customer's
 * message revives a dormant conversation and may trigger a transfer rule.
 */
import { isSupervisor } from './agent.js';
import { checkAttachmentRefs } from './attachment.js';
import type { CommandOf } from './commands.js';
import type { Conversation } from './conversation.js';
import { requeued, seconds } from './deadlines.js';
import { accept, refuse, type Decision, type DomainError } from './errors.js';
import type { DomainEvent } from './events.js';
import { managesConversation } from './scope.js';
import type { TenantState } from './state.js';
import { Timeline } from './timeline.js';
import { cancelPending } from './transfer-plan.js';
import { ruleTransfers } from './transfer-rules.js';

type Result = Decision<DomainEvent>;

/**
 * What a customer's message does before it is posted: a dormant conversation revives to its owner
 * (or, if the owner has gone, goes back to the queue). Returns those events and the status the
 * conversation will have when the message lands.
 */
function reviveIfDormant(
  state: TenantState,
  conversation: Conversation,
  now: number,
  timeline: Timeline,
): { events: DomainEvent[]; status: Conversation['status'] } {
  const ownerId = conversation.ownerId;
  if (conversation.status !== 'dormant' || ownerId === null) return { events: [], status: conversation.status };
  const revived: DomainEvent = {
    type: 'ConversationRevived',
    at: now,
    conversationId: conversation.id,
    agentId: ownerId,
  };
  if (state.agents.get(ownerId)?.online === true) return { events: [revived], status: 'active' };
  return {
    events: [
      revived,
      ...cancelPending(state, conversation, { by: 'system', now, timeline }),
      requeued(state, conversation, { fromAgentId: ownerId, reason: 'agent-lost', now }),
    ],
    status: 'queued',
  };
}

function agentRefusal(
  state: TenantState,
  conversation: Conversation,
  command: CommandOf<'PostMessage'>,
): DomainError | null {
  if (command.author.kind !== 'agent') return null;
  const agent = state.agents.get(command.author.agentId);
  if (agent === undefined)
    return { code: 'AGENT_NOT_FOUND', message: `agent "${command.author.agentId}" does not exist` };
  const serving = conversation.status === 'active' || conversation.status === 'dormant';
  const owns = serving && conversation.ownerId === agent.id;
  const watcher = conversation.watchers.find((candidate) => candidate.supervisorId === agent.id);
  if (command.visibility === 'public') {
    return owns || (serving && watcher?.mode === 'barge')
      ? null
      : {
          code: 'NOT_OWNER',
          message: 'only the owner (or a supervisor who barged in) writes publicly; others add internal notes',
        };
  }
  const pendingFor =
    conversation.pendingTransferId === null ? null : state.transfers.get(conversation.pendingTransferId)?.targetAgentId;
  const participant =
    conversation.ownerId === agent.id ||
    pendingFor === agent.id ||
    watcher !== undefined ||
    (isSupervisor(agent) && managesConversation(state, agent, conversation));
  return participant ? null : { code: 'NOT_PARTICIPANT', message: 'you are not part of this conversation' };
}

export function postMessage(state: TenantState, command: CommandOf<'PostMessage'>, now: number): Result {
  const conversation = state.conversations.get(command.conversationId);
  if (conversation === undefined) {
    return refuse('CONVERSATION_NOT_FOUND', `conversation "${command.conversationId}" does not exist`);
  }
  if (conversation.status === 'closed') return refuse('CONVERSATION_CLOSED', 'the conversation is closed');
  if (command.messageId.length === 0) return refuse('INVALID_COMMAND', 'a message needs an id');
  const attachmentProblem = checkAttachmentRefs(command.attachments ?? []);
  if (attachmentProblem !== null) return refuse('INVALID_COMMAND', attachmentProblem);
  const { author } = command;
  if (author.kind === 'customer' && command.visibility !== 'public') {
    return refuse('INVALID_COMMAND', 'customers cannot write internal notes');
  }
  const refusal = agentRefusal(state, conversation, command);
  if (refusal !== null) return { ok: false, error: refusal };

  const timeline = new Timeline(conversation, now);
  const { events, status } =
    author.kind === 'customer'
      ? reviveIfDormant(state, conversation, now, timeline)
      : { events: [], status: conversation.status };
  // The owner is reminded once the customer has waited replyReminderSeconds for any reply.
  const wantsReminder = author.kind === 'customer' && status === 'active' && conversation.awaitingReplySince === null;
  const publicAgentReply = author.kind === 'agent' && command.visibility === 'public';
  events.push(
    timeline.entry('text', command.visibility, command.text, {
      author,
      messageId: command.messageId,
      ...(command.attachments === undefined ? {} : { attachments: command.attachments }),
      replyReminderDeadline: wantsReminder ? now + seconds(state.settings.replyReminderSeconds) : null,
      dormantDeadline:
        publicAgentReply && conversation.status === 'active' ? now + seconds(state.settings.dormantAfterSeconds) : null,
    }),
  );
  if (author.kind === 'customer' && status === 'active') {
    const vipLevel = state.customers.get(conversation.customerId)?.vipLevel ?? 0;
    events.push(...ruleTransfers(state, conversation, { text: command.text, vipLevel }, { now, timeline }));
  }
  return accept(events);
}
