/**
 * What still uses a department or a skill group (issue 18): removing one is refused while anything
 * does, and the refusal names each use so an admin knows what to change first. Removed agents do not
 * count (their ids stay in the history only); disabled agents do (they may be enabled again).
 */
import type { TenantState } from './state.js';

/** One thing that refers to the department or group, e.g. `{ kind: 'member', id: 'a1' }`. */
export interface ConfigUse {
  readonly kind:
    | 'agent'
    | 'member'
    | 'supervisor'
    | 'sub-department'
    | 'routing-rule'
    | 'overflow'
    | 'after-hours'
    | 'default-group'
    | 'source-default'
    | 'transfer-rule'
    | 'conversation'
    | 'transfer';
  readonly id: string;
}

/** At most this many uses are listed (a group used by thousands of conversations stays readable). */
const MAX_USES = 20;

const living = (state: TenantState) => [...state.agents.values()].filter((agent) => agent.lifecycle !== 'removed');

export function departmentUses(state: TenantState, departmentId: string): ConfigUse[] {
  const uses: ConfigUse[] = [];
  for (const agent of living(state)) {
    if (agent.departmentId === departmentId) uses.push({ kind: 'agent', id: agent.id });
    if (agent.manages?.departmentIds.includes(departmentId) === true) uses.push({ kind: 'supervisor', id: agent.id });
  }
  for (const department of state.departments.values()) {
    if (department.parentId === departmentId) uses.push({ kind: 'sub-department', id: department.id });
  }
  return uses.slice(0, MAX_USES);
}

export function groupUses(state: TenantState, groupId: string): ConfigUse[] {
  const uses: ConfigUse[] = [];
  for (const agent of living(state)) {
    if (agent.memberships.some((membership) => membership.groupId === groupId)) {
      uses.push({ kind: 'member', id: agent.id });
    }
    if (agent.manages?.groupIds.includes(groupId) === true) uses.push({ kind: 'supervisor', id: agent.id });
  }
  for (const rule of state.rules)
    if (rule.actions.groupId === groupId) uses.push({ kind: 'routing-rule', id: rule.id });
  for (const other of state.groups.values()) {
    if (other.config.id === groupId) continue;
    if (other.config.overflow.some((tier) => tier.groupId === groupId)) {
      uses.push({ kind: 'overflow', id: other.config.id });
    }
    const afterHours = other.config.hours?.afterHours;
    if (afterHours?.kind === 'group' && afterHours.groupId === groupId) {
      uses.push({ kind: 'after-hours', id: other.config.id });
    }
  }
  const { settings } = state;
  if (settings.defaultGroupId === groupId) uses.push({ kind: 'default-group', id: groupId });
  for (const [source, target] of Object.entries(settings.defaultGroupBySource)) {
    if (target === groupId) uses.push({ kind: 'source-default', id: source });
  }
  for (const rule of settings.transfer.rules) {
    if (rule.target.kind === 'group' && rule.target.groupId === groupId) {
      uses.push({ kind: 'transfer-rule', id: rule.id });
    }
  }
  for (const conversation of state.conversations.values()) {
    if (uses.length >= MAX_USES) break;
    if (conversation.groupId === groupId && conversation.status !== 'closed') {
      uses.push({ kind: 'conversation', id: conversation.id });
    }
  }
  for (const transfer of state.transfers.values()) {
    if (uses.length >= MAX_USES) break;
    if (transfer.target.kind === 'group' && transfer.target.groupId === groupId) {
      uses.push({ kind: 'transfer', id: transfer.id });
    }
  }
  return uses.slice(0, MAX_USES);
}

/** The uses in words, for the refusal's message: `member a1, routing rule vip`. */
export const describeUses = (uses: readonly ConfigUse[]): string =>
  uses.map((use) => `${use.kind.replace('-', ' ')} ${use.id}`).join(', ');
