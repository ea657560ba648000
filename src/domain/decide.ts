/**
 * `decide(state, command, now)`: validates a command against the current state and returns the
 * events it causes, or a refusal. Pure: it reads `state` and `now` and nothing else.
 * `execute` (execute.ts) adds the assignments that work conservation requires.
 */
import type { Command, CommandOf, CommandType } from './commands.js';
import * as agents from './decide-agents.js';
import * as config from './decide-config.js';
import * as conversations from './decide-conversations.js';
import { fireTimer } from './decide-timers.js';
import type { Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import type { TenantState } from './state.js';

type Deciders = {
  readonly [T in CommandType]: (state: TenantState, command: CommandOf<T>, now: number) => Decision<DomainEvent>;
};

const deciders: Deciders = {
  ConfigureTenant: config.configureTenant,
  SaveDepartment: config.saveDepartment,
  SaveSkillGroup: config.saveSkillGroup,
  SaveAgent: config.saveAgent,
  SaveRoutingRules: config.saveRoutingRules,
  SaveCustomer: config.saveCustomer,
  ConnectAgent: agents.connectAgent,
  DisconnectAgent: agents.disconnectAgent,
  SetAgentStatus: agents.setAgentStatus,
  OpenConversation: conversations.openConversation,
  PostMessage: conversations.postMessage,
  AcceptOffer: conversations.acceptOffer,
  DeclineOffer: conversations.declineOffer,
  CloseConversation: conversations.closeConversation,
  RateConversation: conversations.rateConversation,
  FireTimer: fireTimer,
};

export function decide(state: TenantState, command: Command, now: number): Decision<DomainEvent> {
  const decider = deciders[command.type] as
    ((s: TenantState, c: Command, n: number) => Decision<DomainEvent>) | undefined;
  if (decider === undefined) return { ok: false, error: { code: 'INVALID_COMMAND', message: 'unknown command type' } };
  return decider(state, command, now);
}
