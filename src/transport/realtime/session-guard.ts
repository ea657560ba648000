/**
 * No realtime connection outlives its agent's session (docs/security.md): every event a client
 * sends is checked against the agent's current state (still active, same session epoch) before any
 * handler runs, and when the log records that an agent's sessions ended — password set, role
 * changed, disabled, removed, signed out everywhere — their open sockets on this process are told
 * (`session.revoked`, with a catalogued code and the reason) and disconnected at once.
 */
import type { SessionEndReason } from '../../domain/events.js';
import type { Tenants } from '../../services/tenants.js';
import { checkAgentSession } from '../auth/agent-sessions.js';
import { errorCatalogue } from '../http/error-catalogue.js';
import { rooms, type GatewayServer } from './rooms.js';
import type { GatewaySocket, RealtimePrincipal } from './session.js';

/** Whether the socket's principal may still act: customers while the tenant is served. */
export function sessionStands(registry: Tenants, principal: RealtimePrincipal): boolean {
  const state = registry.actor(principal.tenantId)?.view;
  if (principal.kind === 'customer') return state !== undefined;
  return checkAgentSession(state, principal).ok;
}

/** Tells the client its session ended and closes the connection. */
export function revoke(socket: GatewaySocket, reason: SessionEndReason | null): void {
  socket.emit('session.revoked', { code: 'SESSION_REVOKED', message: errorCatalogue.SESSION_REVOKED.message, reason });
  socket.disconnect(true);
}

/**
 * Checks the session before an event the client sent is handled: true if it stands; otherwise the
 * client is told and disconnected, and the event is to be dropped. Run first by the connection's
 * one packet middleware (event-rate-limit.ts), ahead of the rate limit.
 */
export function admitEvent(registry: Tenants, socket: GatewaySocket): boolean {
  const principal = socket.data.principal;
  if (principal !== undefined && sessionStands(registry, principal)) return true;
  revoke(socket, null);
  return false;
}

/** Closes the local sockets of agents whose sessions end; returns the unsubscribe. */
export function closeEndedSessions(io: GatewayServer, registry: Tenants): () => void {
  return registry.subscribe((tenantId, events) => {
    for (const { event } of events) {
      if (event.type !== 'AgentSessionsEnded') continue;
      const room = rooms.agent(tenantId, event.agentId);
      const ids = io.of('/').adapter.rooms.get(room);
      for (const id of [...(ids ?? [])]) {
        const socket = io.of('/').sockets.get(id);
        const principal = socket?.data.principal;
        // A socket opened after the bump (with a fresh token) stays.
        if (socket === undefined || principal?.kind !== 'agent' || (principal.sessionEpoch ?? 0) >= event.epoch)
          continue;
        revoke(socket, event.reason);
      }
    }
  });
}
