/**
 * What route handlers share: authentication of the request into a principal, role checks, the
 * caller's tenant actor, and running a command with refusals turned into catalogue errors.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../domain/agent.js';
import type { Command } from '../../domain/commands.js';
import type { TenantHandle } from '../../services/tenants.js';
import type { MessageIds } from '../../services/message-ids.js';
import type { AttachmentLinks } from '../../services/attachment-links.js';
import type { AttachmentStore } from '../../store/attachment-store.js';
import type { Metrics } from '../../services/metrics.js';
import type { Tenants } from '../../services/tenants.js';
import type { OutboundPolicy } from '../../services/outbound/outbound-policy.js';
import type { EnrichmentHooks } from '../../services/enrichment/enrichment-hooks.js';
import type { WebhookDeliverer } from '../../services/webhooks/webhook-deliverer.js';
import type { CommandResult } from '../../engine/tenant-actor.js';
import type { StoredEvent } from '../../store/event-store.js';
import { parseApiKey, secretMatches } from '../auth/api-keys.js';
import { hasRole, type Principal } from '../auth/principal.js';
import { checkAgentSession } from '../auth/agent-sessions.js';
import type { LoginThrottleOptions } from '../auth/login-throttle.js';
import type { TokenService } from '../auth/tokens.js';
import type { CustomerOpenLimit } from './customer-open-limit.js';
import { ApiError, fromDomain } from './error-catalogue.js';

export interface HttpContext {
  readonly registry: Tenants;
  readonly tokens: TokenService;
  readonly metrics: Metrics;
  /** Makes message sends idempotent by client message id (shared with the realtime gateway). */
  readonly messageIds: MessageIds;
  /** Caps the conversations a customer opens for themselves (shared with the realtime gateway). */
  readonly customerOpens: CustomerOpenLimit;
  /**
   * The server operator's token for creating tenants (`POST /api/v1/tenants`), at least 32
   * characters; without one, tenants cannot be created over HTTP.
   */
  readonly adminToken?: string;
  /** Sign-in back-off; absent means `defaultLoginThrottle`. */
  readonly loginThrottle?: LoginThrottleOptions;
  /** How long a verified customer's signature is accepted; absent means 600 s. */
  readonly widgetSignatureMaxAgeSeconds?: number;
  /** The bearer token `/metrics` requires; absent: `/metrics` is open and carries no tenant ids. */
  readonly metricsToken?: string;
  /** Where webhooks and enrichment hooks may be sent (services/outbound/outbound-policy.ts). */
  readonly outbound: OutboundPolicy;
  /** Asks the tenant's enrichment hook before a new conversation is routed (shared with the gateway). */
  readonly enrichment: EnrichmentHooks;
  /** Sends webhook deliveries; routes wake it after queuing one (a ping, a delivery sent again). */
  readonly webhooks?: WebhookDeliverer;
  /** Uploaded files (docs/attachments.md): their store, their signed links, the server's size cap. */
  readonly attachments: {
    readonly store: AttachmentStore;
    readonly links: AttachmentLinks;
    /** Bytes; a tenant's `attachments.maxBytes` above it is cut to it. */
    readonly maxBytes: number;
  };
}

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  const key = request.headers['x-api-key'];
  return typeof key === 'string' ? key.trim() : null;
}

/**
 * The caller, or null when the request carries no valid credentials; `revoked` is set when the
 * credential was a real agent token whose session has ended (so the answer can say so).
 */
export async function authenticateRequest(
  context: HttpContext,
  request: FastifyRequest,
): Promise<{ readonly principal: Principal | null; readonly revoked: boolean }> {
  const none = { principal: null, revoked: false };
  const credential = bearer(request);
  if (credential === null || credential.length === 0) return none;
  if (credential.startsWith('sbk_')) {
    const parsed = parseApiKey(credential);
    const key =
      parsed === null ? undefined : context.registry.actor(parsed.tenantId)?.view.access.apiKeys.get(parsed.keyId);
    if (parsed === null || key === undefined || key.revokedAt !== null || !secretMatches(parsed.secret, key.hash))
      return none;
    return { principal: { kind: 'service', tenantId: parsed.tenantId, keyId: key.id }, revoked: false };
  }
  const principal = await context.tokens.verify(credential);
  if (principal === null) return none;
  // A token for a tenant this server does not serve, or for an agent since removed, is not valid.
  const actor = context.registry.actor(principal.tenantId);
  if (actor === undefined) return none;
  if (principal.kind !== 'agent') return { principal, revoked: false };
  const session = checkAgentSession(actor.view, principal);
  if (!session.ok) return { principal: null, revoked: session.code === 'SESSION_REVOKED' };
  // The role is the agent's current one (a role change also ends the agent's sessions).
  return { principal: { ...principal, role: session.agent.role }, revoked: false };
}

/** Whether `Authorization: Bearer <token>` carries the server's admin token (constant time). */
export function isServerAdmin(context: HttpContext, request: FastifyRequest): boolean {
  return carriesToken(request, context.adminToken);
}

/** Whether the request's bearer credential is `expected` (constant time); false without one. */
export function carriesToken(request: FastifyRequest, expected: string | undefined): boolean {
  const given = bearer(request);
  if (expected === undefined || given === null) return false;
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (request.principal === null) throw new ApiError(request.sessionRevoked ? 'SESSION_REVOKED' : 'UNAUTHENTICATED');
  return request.principal;
}

/** A staff member (or the tenant's server) with at least `role`. */
export function requireStaff(request: FastifyRequest, role: Role = 'agent'): Principal {
  const principal = requirePrincipal(request);
  if (principal.kind === 'customer' || !hasRole(principal, role)) throw new ApiError('FORBIDDEN');
  return principal;
}

export function actorOf(context: HttpContext, principal: Principal): TenantHandle {
  const actor = context.registry.actor(principal.tenantId);
  if (actor === undefined) throw new ApiError('TENANT_NOT_FOUND');
  return actor;
}

/** Submits a command; a refusal becomes the catalogue error for its code. */
/**
 * Runs a client's command. A tenant whose queue is full (`TenantHandle.saturated`) refuses new ones
 * with OVERLOADED at once rather than letting clients queue without bound.
 */
export function run(actor: TenantHandle, command: Command): Promise<readonly StoredEvent[]> {
  // Not an async function: one continuation per command on the hot path of every send (issue 16).
  if (actor.saturated) return Promise.reject(new ApiError('OVERLOADED'));
  return actor.submit(command).then(eventsOf);
}

function eventsOf(result: CommandResult): readonly StoredEvent[] {
  if (!result.ok) throw fromDomain(result.error);
  return result.events;
}

/**
 * A signed-in agent with at least `role`, for commands the domain needs a person for (supervisor
 * interventions, offers, notes). An API key passes `requireStaff` but acts as no agent: FORBIDDEN.
 */
export function requireAgent(request: FastifyRequest, role: Role = 'agent'): Extract<Principal, { kind: 'agent' }> {
  const principal = requireStaff(request, role);
  if (principal.kind !== 'agent') throw new ApiError('FORBIDDEN', 'an API key acts as nobody; use an agent token');
  return principal;
}

/** The agent id a staff principal acts as (a service key acts as no agent). */
export function actingAgent(principal: Principal): string | null {
  return principal.kind === 'agent' ? principal.agentId : null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    /** The request carried an agent token whose session has ended. */
    sessionRevoked: boolean;
  }
}
