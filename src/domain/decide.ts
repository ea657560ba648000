/**
 * `decide(state, command, now)`: validates a command against the current state and returns the
 * events it causes, or a refusal. Pure: it reads `state` and `now` and nothing else.
 * `execute` (execute.ts) adds the assignments that work conservation requires.
 */
import type { AtomicCommand, CommandOf } from './commands.js';
import { leaveContact } from './contact.js';
import * as access from './decide-access.js';
import * as lifecycle from './decide-agent-lifecycle.js';
import * as agents from './decide-agents.js';
import * as config from './decide-config.js';
import * as conversations from './decide-conversations.js';
import * as removal from './decide-removal.js';
import { postMessage } from './decide-messages.js';
import { savePersonalReplies } from './decide-quick-replies.js';
import { tagConversation } from './decide-tags.js';
import * as supervisor from './decide-supervisor.js';
import { fireTimer } from './decide-timers.js';
import * as transfers from './decide-transfers.js';
import type { Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import type { TenantState } from './state.js';
import * as webhooks from './decide-webhooks.js';

type Deciders = {
  readonly [T in AtomicCommand['type']]: (
    state: TenantState,
    command: CommandOf<T>,
    now: number,
  ) => Decision<DomainEvent>;
};

const deciders: Deciders = {
  ConfigureTenant: config.configureTenant,
  SaveDepartment: config.saveDepartment,
  SaveSkillGroup: config.saveSkillGroup,
  RemoveDepartment: removal.removeDepartment,
  RemoveSkillGroup: removal.removeSkillGroup,
  SaveAgent: config.saveAgent,
  SaveRoutingRules: config.saveRoutingRules,
  SaveCustomer: config.saveCustomer,
  UpdateCustomer: config.updateCustomer,
  SavePersonalReplies: savePersonalReplies,
  ConnectAgent: agents.connectAgent,
  DisconnectAgent: agents.disconnectAgent,
  SetAgentStatus: agents.setAgentStatus,
  OpenConversation: conversations.openConversation,
  PostMessage: postMessage,
  AcceptOffer: conversations.acceptOffer,
  DeclineOffer: conversations.declineOffer,
  CloseConversation: conversations.closeConversation,
  RateConversation: conversations.rateConversation,
  FireTimer: fireTimer,
  RequestTransfer: transfers.requestTransfer,
  AcceptTransfer: transfers.acceptTransfer,
  RejectTransfer: transfers.rejectTransfer,
  CancelTransfer: transfers.cancelTransfer,
  ReturnToQueue: transfers.returnToQueue,
  JoinConversation: supervisor.joinConversation,
  LeaveConversation: supervisor.leaveConversation,
  TakeOver: supervisor.takeOver,
  Reassign: supervisor.reassign,
  ChangeGroupStrategy: supervisor.changeGroupStrategy,
  TagConversation: tagConversation,
  LeaveContact: leaveContact,
  SetPassword: access.setPassword,
  IssueApiKey: access.issueApiKey,
  RevokeApiKey: access.revokeApiKey,
  SetWidgetSecret: access.setWidgetSecret,
  SaveWebhook: webhooks.saveWebhook,
  RotateWebhookSecret: webhooks.rotateWebhookSecret,
  RemoveWebhook: webhooks.removeWebhook,
  DisableAgent: lifecycle.disableAgent,
  EnableAgent: lifecycle.enableAgent,
  RemoveAgent: lifecycle.removeAgent,
  EndAgentSessions: lifecycle.endAgentSessions,
  RecordLoginLockout: lifecycle.recordLoginLockout,
};

/** Decides one atomic command; batch transfers and shift ends are composites that `execute` expands. */
export function decide(state: TenantState, command: AtomicCommand, now: number): Decision<DomainEvent> {
  const decider = deciders[command.type] as
    ((s: TenantState, c: AtomicCommand, n: number) => Decision<DomainEvent>) | undefined;
  if (decider === undefined) return { ok: false, error: { code: 'INVALID_COMMAND', message: 'unknown command type' } };
  return decider(state, command, now);
}
