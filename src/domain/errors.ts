/**
 * Why the domain refuses a command. Codes are stable: the HTTP layer maps each to a status in
 * its error catalogue, and a refused command never changes state.
 */
export type DomainErrorCode =
  | 'INVALID_COMMAND'
  | 'INVALID_CONFIGURATION'
  | 'AGENT_NOT_FOUND'
  | 'GROUP_NOT_FOUND'
  | 'CUSTOMER_NOT_FOUND'
  | 'CONVERSATION_NOT_FOUND'
  | 'CONVERSATION_EXISTS'
  | 'CONVERSATION_CLOSED'
  | 'NO_ROUTE'
  | 'NOT_OWNER'
  | 'OFFER_NOT_FOUND'
  | 'NOT_RATEABLE'
  | 'TIMER_NOT_DUE'
  | 'CONVERSATION_NOT_TRANSFERABLE'
  | 'TRANSFER_ALREADY_PENDING'
  | 'TRANSFER_NOT_FOUND'
  | 'TRANSFER_NOT_PERMITTED'
  | 'TRANSFER_NOTE_REQUIRED'
  | 'TRANSFER_TEMPLATE_NOT_FOUND'
  | 'TRANSFER_TO_SELF'
  | 'TRANSFER_TARGET_NOT_RECEIVING'
  | 'TRANSFER_TARGET_UNAVAILABLE'
  | 'TRANSFER_CROSS_DEPARTMENT_FORBIDDEN'
  | 'TRANSFER_CROSS_DEPARTMENT_NEEDS_SUPERVISOR'
  | 'TRANSFER_ESCALATION_NOT_PERMITTED'
  | 'TRANSFER_DAILY_LIMIT_REACHED'
  | 'NO_TRANSFER_TARGET'
  | 'NO_PERMITTED_TRANSFER_TARGET'
  | 'OUT_OF_SCOPE'
  | 'NOT_PARTICIPANT'
  | 'API_KEY_NOT_FOUND'
  | 'AGENT_DISABLED'
  | 'AGENT_REMOVED'
  | 'CONFIG_IN_USE'
  | 'WEBHOOK_NOT_FOUND';

export interface DomainError {
  readonly code: DomainErrorCode;
  readonly message: string;
}

export type Decision<E> =
  { readonly ok: true; readonly events: E[] } | { readonly ok: false; readonly error: DomainError };

export const accept = <E>(events: E[]): Decision<E> => ({ ok: true, events });

export const refuse = <E>(code: DomainErrorCode, message: string): Decision<E> => ({
  ok: false,
  error: { code, message },
});
