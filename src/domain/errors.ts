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
  | 'TIMER_NOT_DUE';

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
