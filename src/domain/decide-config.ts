/** `decide` for configuration commands (DESIGN.md §6: every admin change is an audited event). */
import type { CommandOf } from './commands.js';
import type { CustomerProfile } from './customer.js';
import { checkCustomerProfile, patchedProfile } from './customer-patch.js';
import { sessionsEnded } from './decide-agent-lifecycle.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import type { TenantState } from './state.js';
import { Timeline } from './timeline.js';
import { ruleTransfers } from './transfer-rules.js';
import { checkAgent, checkRules, checkSettings, checkSkillGroup, checkTransferSettings } from './validation.js';

type Result = Decision<DomainEvent>;

const invalid = (message: string): Result => refuse('INVALID_CONFIGURATION', message);

export function configureTenant(state: TenantState, command: CommandOf<'ConfigureTenant'>, now: number): Result {
  const settings = { ...state.settings, ...command.settings };
  const problem = checkSettings(settings) ?? checkTransferSettings(settings.transfer, state);
  if (problem !== null) return invalid(problem);
  const groups = [settings.defaultGroupId, ...Object.values(settings.defaultGroupBySource)];
  const missing = groups.find((groupId) => groupId !== null && !state.groups.has(groupId));
  if (missing !== undefined && missing !== null) return invalid(`skill group "${missing}" does not exist`);
  return accept([{ type: 'TenantConfigured', at: now, settings }]);
}

export function saveDepartment(state: TenantState, command: CommandOf<'SaveDepartment'>, now: number): Result {
  const { department } = command;
  if (department.id.length === 0) return invalid('a department needs an id');
  if (department.parentId !== null && !state.departments.has(department.parentId)) {
    return invalid(`parent department "${department.parentId}" does not exist`);
  }
  if (department.parentId === department.id) return invalid('a department cannot be its own parent');
  return accept([{ type: 'DepartmentSaved', at: now, department }]);
}

export function saveSkillGroup(state: TenantState, command: CommandOf<'SaveSkillGroup'>, now: number): Result {
  const problem = checkSkillGroup(command.group, state);
  return problem === null ? accept([{ type: 'SkillGroupSaved', at: now, group: command.group }]) : invalid(problem);
}

/** A removed agent's id is not reused; a new role ends the agent's sessions (their tokens carry the old one). */
export function saveAgent(state: TenantState, command: CommandOf<'SaveAgent'>, now: number): Result {
  const before = state.agents.get(command.agent.id);
  if (before?.lifecycle === 'removed') return refuse('AGENT_REMOVED', `agent "${command.agent.id}" was removed`);
  const problem = checkAgent(command.agent, state);
  if (problem !== null) return invalid(problem);
  const saved: DomainEvent = { type: 'AgentSaved', at: now, agent: command.agent };
  const roleChanged = before !== undefined && before.role !== command.agent.role;
  return accept(roleChanged ? [saved, sessionsEnded(before, 'role-changed', now)] : [saved]);
}

export function saveRoutingRules(state: TenantState, command: CommandOf<'SaveRoutingRules'>, now: number): Result {
  const problem = checkRules(command.rules, state);
  return problem === null ? accept([{ type: 'RoutingRulesSaved', at: now, rules: command.rules }]) : invalid(problem);
}

export function saveCustomer(state: TenantState, command: CommandOf<'SaveCustomer'>, now: number): Result {
  return customerSaved(state, command.customer, now);
}

/** A PATCH: merged with the customer as the state has them, then saved like a whole profile. */
export function updateCustomer(state: TenantState, command: CommandOf<'UpdateCustomer'>, now: number): Result {
  if (command.customerId.length === 0) return invalid('a customer needs an id');
  const known = state.customers.get(command.customerId);
  const profile = patchedProfile(known, command.customerId, command.patch);
  return customerSaved(state, known === undefined ? { ...profile, verified: command.verifiedIfNew } : profile, now);
}

function customerSaved(state: TenantState, customer: CustomerProfile, now: number): Result {
  const problem = checkCustomerProfile(customer);
  if (problem !== null) return invalid(problem);
  if (customer.dedicatedAgentId !== null && !state.agents.has(customer.dedicatedAgentId)) {
    return refuse('AGENT_NOT_FOUND', `agent "${customer.dedicatedAgentId}" does not exist`);
  }
  const events: DomainEvent[] = [{ type: 'CustomerSaved', at: now, customer }];
  const before = state.customers.get(customer.id)?.vipLevel ?? 0;
  if (customer.vipLevel > before) events.push(...vipUpgradeTransfers(state, customer.id, customer.vipLevel, now));
  return accept(events);
}

/** A VIP upgrade may trigger transfer rules on the customer's conversations being served. */
function vipUpgradeTransfers(state: TenantState, customerId: string, vipLevel: number, now: number): DomainEvent[] {
  if (!state.settings.transfer.rules.some((rule) => rule.when.vipLevelAtLeast !== undefined)) return [];
  const events: DomainEvent[] = [];
  for (const conversation of state.conversations.values()) {
    if (conversation.customerId !== customerId) continue;
    events.push(
      ...ruleTransfers(
        state,
        conversation,
        { text: null, vipLevel },
        { now, timeline: new Timeline(conversation, now) },
      ),
    );
  }
  return events;
}
