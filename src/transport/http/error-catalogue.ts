/**
 * The one error catalogue (STYLE.md 8): every code the API can return, its HTTP status and a
 * message template. Codes are stable and never reused. Domain refusals map here by code; the
 * OpenAPI document lists the catalogue, and a test keeps the two in step.
 */
import type { DomainError, DomainErrorCode } from '../../domain/errors.js';
import { isStoreFailure, NotOwnerError } from '../../engine/actor-errors.js';
import { TenantUnavailableError } from '../../services/tenants.js';

export interface CatalogueEntry {
  readonly status: number;
  readonly message: string;
}

const transportErrors = {
  VALIDATION_FAILED: { status: 400, message: 'The request does not match the schema.' },
  MALFORMED_JSON: { status: 400, message: 'The body is not valid JSON.' },
  REPORT_RANGE_INVALID: { status: 400, message: 'The report range is not valid.' },
  REPORT_DIMENSION_UNSUPPORTED: { status: 400, message: 'This report has no such dimension or filter.' },
  UNAUTHENTICATED: { status: 401, message: 'A valid token or API key is required.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Wrong tenant, agent or password.' },
  SESSION_REVOKED: { status: 401, message: 'This session has ended; sign in again.' },
  WIDGET_SIGNATURE_EXPIRED: {
    status: 401,
    message: 'The user id signature is too old, from the future or without an issue time; sign it again.',
  },
  LOGIN_LOCKED: { status: 429, message: 'Too many failed sign-ins; wait before trying again.' },
  PASSWORD_TOO_COMMON: { status: 422, message: 'This password is among the most common ones; choose another.' },
  REQUEST_TIMEOUT: { status: 408, message: 'The request took too long to arrive.' },
  HEADERS_TOO_LARGE: { status: 431, message: 'The request headers are too large.' },
  MALFORMED_REQUEST: { status: 400, message: 'The request is not valid HTTP.' },
  FORBIDDEN: { status: 403, message: 'Your role may not do this.' },
  CURRENT_PASSWORD_WRONG: { status: 403, message: 'The current password is wrong.' },
  NOT_FOUND: { status: 404, message: 'No such resource.' },
  DEPARTMENT_NOT_FOUND: { status: 404, message: 'No such department.' },
  TENANT_NOT_FOUND: { status: 404, message: 'No such tenant.' },
  TENANT_EXISTS: { status: 409, message: 'A tenant with this id already exists.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send application/json.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; slow down.' },
  SCENARIO_INVALID: { status: 422, message: 'The simulation scenario is not valid.' },
  SIMULATION_NOT_FOUND: { status: 404, message: 'No such simulation run.' },
  SIMULATIONS_BUSY: { status: 429, message: 'Too many simulations are running; wait for one to finish.' },
  TOO_MANY_CONNECTIONS: {
    status: 429,
    message: 'Too many realtime connections for this token, person or address; close one first.',
  },
  TOO_MANY_OPEN_CONVERSATIONS: {
    status: 429,
    message: 'Too many open conversations for this customer; close one first.',
  },
  ATTACHMENT_TOO_LARGE: { status: 413, message: 'The file is larger than this service accepts.' },
  ATTACHMENT_TYPE_REFUSED: {
    status: 415,
    message: 'This type of file is not accepted, or its content does not match its type.',
  },
  ATTACHMENT_LINK_INVALID: {
    status: 403,
    message: 'This file link is not valid or has expired; reopen the conversation for a fresh one.',
  },
  ATTACHMENT_NOT_FOUND: { status: 404, message: 'No such file.' },
  OVERLOADED: { status: 503, message: 'The server is busy; retry in a moment.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  UNAVAILABLE: { status: 503, message: 'The server is not ready.' },
  STORE_UNAVAILABLE: { status: 503, message: 'The database cannot be reached; retry in a moment.' },
  TENANT_UNAVAILABLE: { status: 503, message: 'This tenant is moving between servers; retry in a moment.' },
} as const satisfies Record<string, CatalogueEntry>;

const domainErrors = {
  INVALID_COMMAND: { status: 400, message: 'The request is not valid.' },
  INVALID_CONFIGURATION: { status: 422, message: 'The configuration is not valid.' },
  AGENT_NOT_FOUND: { status: 404, message: 'No such agent.' },
  GROUP_NOT_FOUND: { status: 404, message: 'No such skill group.' },
  CUSTOMER_NOT_FOUND: { status: 404, message: 'No such customer.' },
  CONVERSATION_NOT_FOUND: { status: 404, message: 'No such conversation.' },
  CONVERSATION_EXISTS: { status: 409, message: 'A conversation with this id already exists.' },
  CONVERSATION_CLOSED: { status: 409, message: 'The conversation is closed.' },
  NO_ROUTE: { status: 422, message: 'No routing rule or default group applies.' },
  NOT_OWNER: { status: 403, message: 'Only the owner may do this.' },
  OFFER_NOT_FOUND: { status: 404, message: 'No pending offer of this conversation to you.' },
  NOT_RATEABLE: { status: 409, message: 'Nobody has served this conversation yet.' },
  TIMER_NOT_DUE: { status: 409, message: 'That deadline has not passed.' },
  CONVERSATION_NOT_TRANSFERABLE: { status: 409, message: 'This conversation cannot be transferred now.' },
  TRANSFER_ALREADY_PENDING: {
    status: 409,
    message: 'A transfer of this conversation is already waiting for an answer.',
  },
  TRANSFER_NOT_FOUND: { status: 404, message: 'No such pending transfer.' },
  TRANSFER_NOT_PERMITTED: { status: 403, message: 'You may not initiate transfers.' },
  TRANSFER_NOTE_REQUIRED: { status: 422, message: 'A transfer needs a note.' },
  TRANSFER_TEMPLATE_NOT_FOUND: { status: 422, message: 'No such transfer template.' },
  TRANSFER_TO_SELF: { status: 422, message: 'The conversation is already with this agent.' },
  TRANSFER_TARGET_NOT_RECEIVING: { status: 422, message: 'The target does not receive transfers.' },
  TRANSFER_TARGET_UNAVAILABLE: { status: 409, message: 'The target is offline, away or full.' },
  TRANSFER_CROSS_DEPARTMENT_FORBIDDEN: { status: 403, message: 'Transfers to another department are not allowed.' },
  TRANSFER_CROSS_DEPARTMENT_NEEDS_SUPERVISOR: {
    status: 403,
    message: 'A supervisor must make transfers to another department.',
  },
  TRANSFER_ESCALATION_NOT_PERMITTED: {
    status: 403,
    message: 'Transferring to a higher level needs the escalate permission.',
  },
  TRANSFER_DAILY_LIMIT_REACHED: { status: 429, message: 'Your daily transfer limit is reached.' },
  NO_TRANSFER_TARGET: {
    status: 409,
    message: 'Nobody suitable is online; retry or return the conversation to the queue.',
  },
  NO_PERMITTED_TRANSFER_TARGET: {
    status: 422,
    message: 'Nobody in that group may receive this transfer (permissions, department, level or the customer).',
  },
  OUT_OF_SCOPE: { status: 403, message: 'This is outside your departments and groups.' },
  NOT_PARTICIPANT: { status: 403, message: 'You are not part of this conversation.' },
  API_KEY_NOT_FOUND: { status: 404, message: 'No such API key.' },
  AGENT_DISABLED: { status: 409, message: 'This agent is disabled.' },
  AGENT_REMOVED: { status: 409, message: 'This agent was removed; the id is kept for the history.' },
  CONFIG_IN_USE: { status: 409, message: 'This is still in use; change what uses it first.' },
} as const satisfies Record<DomainErrorCode, CatalogueEntry>;

export const errorCatalogue = { ...transportErrors, ...domainErrors } as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** An error the API answers with `{ error: { code, message } }` and the catalogue's status. */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? errorCatalogue[code].message);
    this.name = 'ApiError';
    this.status = errorCatalogue[code].status;
  }
}

export const fromDomain = (error: DomainError): ApiError => new ApiError(error.code, error.message);

/**
 * The catalogue error for anything a request may fail with: ours as it is, the store or the cluster
 * being unavailable as their retryable 503s, everything else INTERNAL (the caller reports it).
 */
export function toCatalogueError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isStoreFailure(error)) return new ApiError('STORE_UNAVAILABLE');
  if (error instanceof TenantUnavailableError || error instanceof NotOwnerError)
    return new ApiError('TENANT_UNAVAILABLE');
  return new ApiError('INTERNAL');
}

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(errorCatalogue, code);
