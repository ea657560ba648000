/**
 * What the gateway's parts share, and the deliveries they all make: to every socket of an agent or
 * of a customer, and following a conversation on a client's behalf.
 */
import type { AgentPresence } from '../../services/agent-presence.js';
import type { SignalRelay } from '../../services/signal-relay.js';
import type { Tenants } from '../../services/tenants.js';
import type { CustomerOpenLimit } from '../http/customer-open-limit.js';
import type { EnrichmentHooks } from '../../services/enrichment/enrichment-hooks.js';
import { ApiError } from '../http/error-catalogue.js';
import type { MessageIds } from '../../services/message-ids.js';
import type { ServerEventName, ServerEvents } from './protocol.js';
import type { ReadMarks } from './read-marks.js';
import { localSessions, rooms, type GatewayServer } from './rooms.js';
import type { ClientSession } from './session.js';
import type { TimelineFollows } from './timeline-follows.js';
import type { TransferParties } from './transfer-parties.js';

export interface GatewayContext {
  readonly io: GatewayServer;
  readonly registry: Tenants;
  readonly timeline: TimelineFollows;
  readonly messageIds: MessageIds;
  readonly presence: AgentPresence;
  readonly transfers: TransferParties;
  /** Who has read each conversation up to where (chat-signals.ts), in memory. */
  readonly readMarks: ReadMarks;
  /** Chat signals to and from the other nodes of a cluster (none on one process). */
  readonly signals: SignalRelay;
  /** Caps the conversations a customer opens for themselves (shared with the HTTP API). */
  readonly customerOpens: CustomerOpenLimit;
  /** Asks the tenant's enrichment hook before a new conversation is routed (shared with the HTTP API). */
  readonly enrichment: EnrichmentHooks;
  /** Asks for the throttled figures (wallboard, queues, queue positions) of a tenant to be sent. */
  readonly touch: (tenantId: string) => void;
  /** Logs what went wrong on our side. */
  readonly report: (error: unknown, message: string) => void;
}

export function sendToAgent<E extends ServerEventName>(
  context: GatewayContext,
  target: { readonly tenantId: string; readonly agentId: string },
  event: E,
  payload: ServerEvents[E],
): void {
  for (const session of localSessions(context.io, rooms.agent(target.tenantId, target.agentId))) {
    session.send(event, payload);
  }
}

/**
 * Follows a conversation for a client; a failure to read its history is told to the client
 * (`timeline.failed`), which may resume it again.
 */
export function followFor(
  context: GatewayContext,
  session: ClientSession,
  conversationId: string,
  options: { readonly afterSeq: number; readonly sticky: boolean; readonly restart: boolean },
): Promise<number | null> {
  return context.timeline.follow(session, conversationId, options.afterSeq, options).catch((error: unknown) => {
    context.report(error, 'timeline catch-up failed');
    const apiError = error instanceof ApiError ? error : new ApiError('UNAVAILABLE', 'The history could not be read.');
    session.send('timeline.failed', { conversationId, error: { code: apiError.code, message: apiError.message } });
    return null;
  });
}

/** Every local socket of an agent follows the conversation (from its start), unless it already does. */
export function followForAgent(
  context: GatewayContext,
  target: { readonly tenantId: string; readonly agentId: string },
  conversationId: string,
): void {
  for (const session of localSessions(context.io, rooms.agent(target.tenantId, target.agentId))) {
    void followFor(context, session, conversationId, { afterSeq: 0, sticky: false, restart: false });
  }
}

export function followForCustomer(
  context: GatewayContext,
  target: { readonly tenantId: string; readonly customerId: string },
  conversationId: string,
): void {
  for (const session of localSessions(context.io, rooms.customer(target.tenantId, target.customerId))) {
    void followFor(context, session, conversationId, { afterSeq: 0, sticky: false, restart: false });
  }
}
