/**
 * Transfer permissions (DESIGN.md §5): who may initiate, who may receive, cross-department policy,
 * level escalation and the daily limit. Each refusal has its own error code.
 */
import { DateTime } from 'luxon';
import { isSupervisor, load, type Agent } from './agent.js';
import type { Conversation } from './conversation.js';
import type { DomainError, DomainErrorCode } from './errors.js';
import { managesConversation } from './scope.js';
import type { TenantState } from './state.js';
import { defaultTransferPermissions, type TransferNote, type TransferPermissions } from './transfer.js';

const error = (code: DomainErrorCode, message: string): DomainError => ({ code, message });

export const transferPermissionsOf = (agent: Agent): TransferPermissions =>
  agent.transfer ?? defaultTransferPermissions;

/**
 * The last local day `localDate` worked out: its zone, the instants it spans `[from, to)` and its
 * date. A pure function's memo (the same arguments give the same answer with or without it): a
 * transfer asks for the date twice, and asking Luxon costs more than the rest of the check.
 */
let lastDay: { zone: string; from: number; to: number; date: string } | null = null;

/** The tenant-local date (YYYY-MM-DD) the daily limit counts against. */
export function localDate(state: TenantState, now: number): string {
  const zone = state.settings.timeZone;
  if (lastDay !== null && lastDay.zone === zone && now >= lastDay.from && now < lastDay.to) return lastDay.date;
  const local = DateTime.fromMillis(now, { zone });
  const date = local.toISODate();
  if (date === null) return '';
  const from = local.startOf('day').toMillis();
  const to = local.startOf('day').plus({ days: 1 }).toMillis();
  // Only a span that holds `now` is kept (Luxon's day arithmetic around a zone's changes aside).
  if (from <= now && now < to) lastDay = { zone, from, to, date };
  return date;
}

/** Transfers the agent has initiated today (tenant-local), counting from zero at midnight. */
export const transfersToday = (state: TenantState, agent: Agent, now: number): number =>
  agent.transfersToday.date === localDate(state, now) ? agent.transfersToday.count : 0;

/**
 * Why `target` cannot be offered a transfer from `initiator` (null = system, e.g. a rule), or null
 * if it can: offline, away or full agents are never offered; then receiving permission,
 * cross-department policy and level escalation.
 */
export function targetRefusal(state: TenantState, initiator: Agent | null, target: Agent): DomainError | null {
  if (!transferPermissionsOf(target).mayReceive) {
    return error('TRANSFER_TARGET_NOT_RECEIVING', `${target.name} does not receive transfers`);
  }
  if (!isPresentForTransfers(target) || load(target) >= target.maxConcurrent) {
    return error('TRANSFER_TARGET_UNAVAILABLE', `${target.name} is offline, away or full`);
  }
  return initiatorPolicyRefusal(state, initiator, target);
}

/**
 * Online with status `available` or `busy`: may be asked now if they have a free slot, or later
 * when one frees (a request is not routing: busy agents may still take a colleague's handoff).
 */
export const isPresentForTransfers = (target: Agent): boolean =>
  target.online && (target.status === 'available' || target.status === 'busy');

/**
 * Why `target` may never receive a transfer from `initiator`, whatever their presence and load:
 * receiving permission, cross-department policy, level escalation. Null when they may.
 */
export const permissionRefusal = (state: TenantState, initiator: Agent | null, target: Agent): DomainError | null =>
  transferPermissionsOf(target).mayReceive
    ? initiatorPolicyRefusal(state, initiator, target)
    : error('TRANSFER_TARGET_NOT_RECEIVING', `${target.name} does not receive transfers`);

/** The tenant's cross-department policy and the escalation rule, for this initiator and target. */
function initiatorPolicyRefusal(state: TenantState, initiator: Agent | null, target: Agent): DomainError | null {
  if (initiator === null) return null;
  const crossDepartment =
    initiator.departmentId !== null && target.departmentId !== null && initiator.departmentId !== target.departmentId;
  const policy = state.settings.transfer.crossDepartment;
  if (crossDepartment && policy === 'forbidden') {
    return error('TRANSFER_CROSS_DEPARTMENT_FORBIDDEN', 'transfers to another department are not allowed');
  }
  if (crossDepartment && policy === 'supervisor-only' && !isSupervisor(initiator)) {
    return error(
      'TRANSFER_CROSS_DEPARTMENT_NEEDS_SUPERVISOR',
      'a supervisor must make transfers to another department',
    );
  }
  if (target.level > initiator.level && !isSupervisor(initiator) && !transferPermissionsOf(initiator).mayEscalate) {
    return error(
      'TRANSFER_ESCALATION_NOT_PERMITTED',
      `transferring to level ${target.level} needs the escalate permission`,
    );
  }
  return null;
}

/** Why `initiator` may not start a transfer of this conversation now, or null. */
export function initiatorRefusal(
  state: TenantState,
  initiator: Agent,
  conversation: Conversation,
  now: number,
): DomainError | null {
  if (isSupervisor(initiator)) {
    const ownsIt = conversation.ownerId === initiator.id;
    return ownsIt || managesConversation(state, initiator, conversation)
      ? null
      : error('OUT_OF_SCOPE', 'this conversation is outside your departments and groups');
  }
  if (conversation.ownerId !== initiator.id)
    return error('NOT_OWNER', 'only the owner or a supervisor transfers a conversation');
  const permissions = transferPermissionsOf(initiator);
  if (!permissions.mayInitiate) return error('TRANSFER_NOT_PERMITTED', 'you may not initiate transfers');
  if (permissions.dailyLimit !== null && transfersToday(state, initiator, now) >= permissions.dailyLimit) {
    return error('TRANSFER_DAILY_LIMIT_REACHED', `daily limit of ${permissions.dailyLimit} transfers reached`);
  }
  return null;
}

/** A transfer needs a note; a template's required fields must be filled. */
export function noteRefusal(state: TenantState, note: TransferNote): DomainError | null {
  if (note.text.trim().length === 0)
    return error('TRANSFER_NOTE_REQUIRED', 'a transfer needs a note for the colleague');
  if (note.templateId === null) return null;
  const template = state.settings.transfer.templates.find((candidate) => candidate.id === note.templateId);
  if (template === undefined) return error('TRANSFER_TEMPLATE_NOT_FOUND', `no transfer template "${note.templateId}"`);
  const missing = template.fields.find((field) => field.required && (note.fields[field.key] ?? '').trim() === '');
  return missing === undefined ? null : error('TRANSFER_NOTE_REQUIRED', `the template needs "${missing.label}"`);
}

/** The target's own auto-accept rule applied to this initiator. */
export function autoAccepts(target: Agent, initiator: Agent | null): boolean {
  const rule = transferPermissionsOf(target).autoAccept;
  switch (rule.kind) {
    case 'never':
      return false;
    case 'always':
      return true;
    case 'own-department':
      return initiator !== null && initiator.departmentId !== null && initiator.departmentId === target.departmentId;
    case 'from-supervisors':
      return initiator !== null && isSupervisor(initiator);
    case 'below-load':
      return load(target) < rule.load;
  }
}
