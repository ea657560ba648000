/**
 * Caps on realtime connections held at once (issue 14): per token, per person (customer or agent)
 * and, for customers, per client address. A widget token costs one anonymous HTTP call, so without
 * caps one visitor could hold thousands of sockets, each of them served every event of its
 * customer. A connection past a cap is refused at the handshake with a `connect_error` whose
 * `data.code` is `TOO_MANY_CONNECTIONS`; the count goes down when a connection ends, however it
 * ends (namespace disconnect, transport close, or a client gone before the handshake finished).
 *
 * Agents are not capped per address: a contact centre's staff usually share one office address.
 * The address is the client's as `TRUST_PROXY` says (client-address.ts): the TCP peer, or behind
 * a trusted reverse proxy the address it forwarded for (docs/security.md, "Behind a proxy").
 */
import { createHash } from 'node:crypto';
import type { ExtendedError } from 'socket.io';
import { connectError } from './authenticate-socket.js';
import type { GatewaySocket } from './session.js';
import { clientAddress, trustFunction, type TrustProxy } from '../client-address.js';

/** How many connections one token, person and address may hold at once. */
export interface ConnectionCaps {
  readonly perToken: number;
  /** Per customer, and per agent (their tabs and devices). */
  readonly perPerson: number;
  /** Customer connections per client address. */
  readonly perAddress: number;
  /** Which proxies' `X-Forwarded-For` to believe for the client address (default: none). */
  readonly trustProxy?: TrustProxy;
}

/** Open connections counted by key; a key's entry goes when its count reaches 0. */
export class ConnectionCounts {
  private readonly counts = new Map<string, number>();

  /**
   * Takes one slot under each `[key, cap]` if every one has room, and returns the function that
   * gives them back (at most once); null when a cap is reached (nothing is taken then).
   */
  admit(limits: readonly (readonly [string, number])[]): (() => void) | null {
    if (limits.some(([key, cap]) => (this.counts.get(key) ?? 0) >= cap)) return null;
    for (const [key] of limits) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const [key] of limits) {
        const left = (this.counts.get(key) ?? 1) - 1;
        if (left <= 0) this.counts.delete(key);
        else this.counts.set(key, left);
      }
    };
  }

  /** Connections held under `key` now. */
  held(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

/** A token's key: a digest, so the table never holds credentials. */
const tokenKey = (token: string): string => `token:${createHash('sha256').update(token).digest('base64url')}`;

/**
 * The handshake step before authentication: a token already holding its cap is refused before its
 * signature is checked, so a flood of connections on one token costs a digest each, not a
 * verification. Nothing is counted here — only a verified token takes a slot (`connectionLimiter`).
 */
export function tokenCapPrecheck(
  caps: ConnectionCaps,
  counts: ConnectionCounts,
): (socket: GatewaySocket, next: (error?: ExtendedError) => void) => void {
  return (socket, next) => {
    const auth: unknown = socket.handshake.auth;
    const token = typeof auth === 'object' && auth !== null ? (auth as { token?: unknown }).token : undefined;
    if (typeof token === 'string' && counts.held(tokenKey(token)) >= caps.perToken) {
      next(connectError('TOO_MANY_CONNECTIONS'));
      return;
    }
    next();
  };
}

/**
 * The handshake step after authentication (it needs the principal): admits the connection under
 * the caps or refuses it with TOO_MANY_CONNECTIONS.
 */
export function connectionLimiter(
  caps: ConnectionCaps,
  counts: ConnectionCounts = new ConnectionCounts(),
): (socket: GatewaySocket, next: (error?: ExtendedError) => void) => void {
  const trust = trustFunction(caps.trustProxy ?? false);
  return (socket, next) => {
    const principal = socket.data.principal;
    const auth = socket.handshake.auth as { token?: unknown };
    if (principal === undefined || typeof auth.token !== 'string') {
      next(connectError('UNAUTHENTICATED'));
      return;
    }
    // Gone during the (asynchronous) authentication: its 'close' has fired already, so a slot
    // taken now would never be given back.
    if (socket.conn.readyState !== 'open') {
      next(connectError('UNAUTHENTICATED', 'The connection closed during the handshake.'));
      return;
    }
    const limits: [string, number][] = [[tokenKey(auth.token), caps.perToken]];
    if (principal.kind === 'customer') {
      limits.push([`customer:${principal.tenantId}:${principal.customerId}`, caps.perPerson]);
      limits.push([`address:${clientAddress(socket.request, trust)}`, caps.perAddress]);
    } else {
      limits.push([`agent:${principal.tenantId}:${principal.agentId}`, caps.perPerson]);
    }
    const release = counts.admit(limits);
    if (release === null) {
      next(connectError('TOO_MANY_CONNECTIONS'));
      return;
    }
    // 'disconnect' covers a namespace disconnect; the transport's 'close' covers a client that
    // went away before the handshake completed (Socket.IO then drops the socket without a
    // 'disconnect'). `release` counts once whichever comes.
    socket.once('disconnect', release);
    socket.conn.once('close', release);
    next();
  };
}
