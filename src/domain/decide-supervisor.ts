/**
 * `decide` for supervisor interventions (DESIGN.md §6), each within the supervisor's scope: watch,
 * barge in, leave, take over, reassign (with or without the target's accept), change a group's
 * strategy. Whispering is an internal note (PostMessage); setting an agent's status is
 * SetAgentStatus with `byAgentId`.
 */
import { isSupervisor, type Agent } from './agent.js';
import type { CommandOf } from './commands.js';
import type { Conversation } from './conversation.js';
import { requeued } from './deadlines.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import { managesConversation, managesGroup } from './scope.js';
import type { TenantState } from './state.js';
import { strategyNames } from './skill-group.js';
import { Timeline } from './timeline.js';
import { groupCandidate, cancelPending, planTransfer } from './transfer-plan.js';

type Result = Decision<DomainEvent>;

/** Runtime inputs are checked as plain strings, whatever their static type says. */
const joinModes: readonly string[] = ['watch', 'barge'];

type Checked = { readonly supervisor: Agent; readonly conversation: Conversation } | { readonly error: Result };

function inScope(state: TenantState, supervisorId: string, conversationId: string): Checked {
  const supervisor = state.agents.get(supervisorId);
  const conversation = state.conversations.get(conversationId);
  if (supervisor === undefined) return { error: refuse('AGENT_NOT_FOUND', `agent "${supervisorId}" does not exist`) };
  if (conversation === undefined) {
    return { error: refuse('CONVERSATION_NOT_FOUND', `conversation "${conversationId}" does not exist`) };
  }
  if (!isSupervisor(supervisor) || !managesConversation(state, supervisor, conversation)) {
    return { error: refuse('OUT_OF_SCOPE', 'this conversation is outside your departments and groups') };
  }
  if (conversation.status === 'closed') return { error: refuse('CONVERSATION_CLOSED', 'the conversation is closed') };
  return { supervisor, conversation };
}

export function joinConversation(state: TenantState, command: CommandOf<'JoinConversation'>, now: number): Result {
  const checked = inScope(state, command.supervisorId, command.conversationId);
  if ('error' in checked) return checked.error;
  if (!joinModes.includes(command.mode)) return refuse('INVALID_COMMAND', 'mode is watch or barge');
  const current = checked.conversation.watchers.find((watcher) => watcher.supervisorId === command.supervisorId);
  if (current?.mode === command.mode) return accept([]);
  return accept([
    {
      type: 'SupervisorJoined',
      at: now,
      conversationId: command.conversationId,
      supervisorId: command.supervisorId,
      mode: command.mode,
    },
  ]);
}

export function leaveConversation(state: TenantState, command: CommandOf<'LeaveConversation'>, now: number): Result {
  const conversation = state.conversations.get(command.conversationId);
  if (conversation === undefined)
    return refuse('CONVERSATION_NOT_FOUND', `conversation "${command.conversationId}" does not exist`);
  const present = conversation.watchers.some((watcher) => watcher.supervisorId === command.supervisorId);
  return accept(
    present
      ? [{ type: 'SupervisorLeft', at: now, conversationId: conversation.id, supervisorId: command.supervisorId }]
      : [],
  );
}

/** The supervisor becomes the owner at once, whatever their load; a pending transfer is cancelled. */
export function takeOver(state: TenantState, command: CommandOf<'TakeOver'>, now: number): Result {
  const checked = inScope(state, command.supervisorId, command.conversationId);
  if ('error' in checked) return checked.error;
  const { supervisor, conversation } = checked;
  if (conversation.ownerId === supervisor.id) return accept([]);
  if (conversation.status !== 'active' && conversation.status !== 'dormant') {
    return refuse('CONVERSATION_NOT_TRANSFERABLE', 'only a conversation someone is serving can be taken over');
  }
  const timeline = new Timeline(conversation, now);
  const cancelled = cancelPending(state, conversation, { by: supervisor.id, now, timeline });
  const plan = planTransfer(
    state,
    {
      transferId: command.transferId,
      conversation,
      initiator: supervisor,
      target: { kind: 'agent', agentId: supervisor.id },
      note: { text: 'supervisor takeover', templateId: null, fields: {}, reason: 'takeover', tags: [] },
      source: 'supervisor',
      requiresAccept: false,
      attempt: 0,
      excluded: [],
      bypassTargetChecks: true,
    },
    now,
    timeline,
  );
  return plan.ok ? accept([...cancelled, ...plan.events]) : plan;
}

/**
 * Moves the conversation to an agent or group, as a request the target answers or (without accept)
 * at once. A forced move to a group with nobody free puts it in that group's queue.
 */
export function reassign(state: TenantState, command: CommandOf<'Reassign'>, now: number): Result {
  const checked = inScope(state, command.supervisorId, command.conversationId);
  if ('error' in checked) return checked.error;
  const { supervisor, conversation } = checked;
  if ((conversation.status !== 'active' && conversation.status !== 'dormant') || conversation.ownerId === null) {
    return refuse('CONVERSATION_NOT_TRANSFERABLE', 'only a conversation someone is serving can be reassigned');
  }
  const timeline = new Timeline(conversation, now);
  const cancelled = cancelPending(state, conversation, { by: supervisor.id, now, timeline });
  const target = command.target;
  if (!command.requireAccept && target.kind === 'group') {
    if (!state.groups.has(target.groupId))
      return refuse('GROUP_NOT_FOUND', `skill group "${target.groupId}" does not exist`);
    if (groupCandidate(state, target.groupId, conversation, supervisor, []) === undefined) {
      const back = requeued(state, conversation, {
        fromAgentId: conversation.ownerId,
        reason: 'reassigned',
        now,
        groupId: target.groupId,
      });
      return accept([...cancelled, back]);
    }
  }
  const plan = planTransfer(
    state,
    {
      transferId: command.transferId,
      conversation,
      initiator: supervisor,
      target,
      note: {
        text: command.note?.trim() || 'reassigned by supervisor',
        templateId: null,
        fields: {},
        reason: 'reassign',
        tags: [],
      },
      source: 'supervisor',
      requiresAccept: command.requireAccept,
      attempt: 0,
      excluded: [],
    },
    now,
    timeline,
  );
  return plan.ok ? accept([...cancelled, ...plan.events]) : plan;
}

export function changeGroupStrategy(
  state: TenantState,
  command: CommandOf<'ChangeGroupStrategy'>,
  now: number,
): Result {
  const supervisor = state.agents.get(command.supervisorId);
  const group = state.groups.get(command.groupId);
  if (supervisor === undefined) return refuse('AGENT_NOT_FOUND', `agent "${command.supervisorId}" does not exist`);
  if (group === undefined) return refuse('GROUP_NOT_FOUND', `skill group "${command.groupId}" does not exist`);
  if (!managesGroup(supervisor, group.config.id)) return refuse('OUT_OF_SCOPE', 'this group is outside your scope');
  if (!strategyNames.includes(command.strategy))
    return refuse('INVALID_CONFIGURATION', `unknown strategy "${command.strategy}"`);
  const params = command.params ?? group.config.params;
  if (!(params.k >= 0 && params.m >= 0 && Number.isFinite(params.k) && Number.isFinite(params.m))) {
    return refuse('INVALID_CONFIGURATION', 'k and m must be numbers ≥ 0');
  }
  return accept([{ type: 'SkillGroupSaved', at: now, group: { ...group.config, strategy: command.strategy, params } }]);
}
