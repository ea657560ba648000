/**
 * Socket.IO rooms, one family per audience, every name scoped by tenant so nothing crosses tenants.
 * Tenant ids never contain `:`, so `agent:<tenant>:<id>` cannot be read two ways. A conversation's
 * followers are not a room: timeline-follows.ts keeps them itself (issue 16).
 *
 * The gateway delivers to the sockets of this process only (`localSessions`): every process hears
 * every stored event of the tenants it serves and delivers to its own clients, each with its own
 * per-conversation cursor. With the Redis adapter of the planned scale-out (DESIGN.md §2), rooms
 * stay as they are and nothing is delivered twice.
 */
import type { DefaultEventsMap, Server } from 'socket.io';
import type { ClientSession, SocketData } from './session.js';

export type GatewayServer = Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;

export const rooms = {
  /** Every staff socket of the tenant. */
  staff: (tenantId: string): string => `staff:${tenantId}`,
  /** Every customer socket of the tenant. */
  customers: (tenantId: string): string => `customers:${tenantId}`,
  /** Supervisors and admins: the wallboard's audience. */
  wallboard: (tenantId: string): string => `wallboard:${tenantId}`,
  /** Every socket of one agent (several tabs or devices). */
  agent: (tenantId: string, agentId: string): string => `agent:${tenantId}:${agentId}`,
  /** Every socket of one customer. */
  customer: (tenantId: string, customerId: string): string => `customer:${tenantId}:${customerId}`,
} as const;

const none: readonly ClientSession[] = [];

/**
 * The sessions of this process's sockets in `room`, as a new array (a delivery may make a socket
 * leave the room while the caller goes through them). Called for every delivery: a plain loop into
 * an array, not a generator over a copy of the room (issue 16's profile).
 */
export function localSessions(io: GatewayServer, room: string): readonly ClientSession[] {
  const namespace = io.sockets;
  const ids = namespace.adapter.rooms.get(room);
  if (ids === undefined) return none;
  const sessions: ClientSession[] = [];
  for (const id of ids) {
    const session = namespace.sockets.get(id)?.data.session;
    if (session !== undefined) sessions.push(session);
  }
  return sessions;
}
