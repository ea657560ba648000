/**
 * Every event a client sends counts against its connection's rate limit (issue 14), whatever its
 * name: before this, only the names the gateway handles were counted, and an unknown name was
 * answered (`NOT_FOUND`) however fast it came. This runs as the socket's packet middleware, ahead of
 * every handler, after the session check it is given (`admit`, session-guard.ts: one middleware for
 * both, as each middleware costs every event a closure and a step of Socket.IO's chain):
 *
 * - an event from a session that no longer stands is dropped, uncounted (`admit` closed it);
 * - under the limit, a known request goes on to its handler and an unknown name is answered
 *   `NOT_FOUND` (through its acknowledgement, or `request.failed`);
 * - over the limit, nothing is handled: an event with an acknowledgement gets `RATE_LIMITED` (so a
 *   client learns why, at no cost beyond the reply), any other is dropped;
 * - after `refusalsBeforeDisconnect` refusals in a row (no event allowed in between) the client is
 *   disconnected.
 */
import { errorCatalogue } from '../http/error-catalogue.js';
import type { Ack } from './protocol.js';
import type { ClientSession } from './session.js';

/** Consecutive refused events after which a connection is closed. */
export const DEFAULT_REFUSALS_BEFORE_DISCONNECT = 100;

export interface EventLimitOptions {
  /** Checked first: false drops the event (the session guard, which closes the connection). */
  readonly admit: () => boolean;
  /** Whether a handler exists for the event name. */
  readonly isKnown: (event: string) => boolean;
  readonly refusalsBeforeDisconnect: number;
  /** Told when a connection is closed for abuse. */
  readonly onDisconnect?: (session: ClientSession) => void;
}

const shortName = (event: unknown): string => String(event).slice(0, 64);

/** Installs the limit on the session's socket (see the file header). */
export function limitEvents(session: ClientSession, options: EventLimitOptions): void {
  let refusals = 0;
  session.socket.use((packet, next) => {
    if (!options.admit()) return;
    const [event] = packet;
    const last: unknown = packet.at(-1);
    const ack = packet.length > 1 && typeof last === 'function' ? (last as (reply: Ack) => void) : null;
    if (!session.allowRequest()) {
      refusals += 1;
      if (refusals >= options.refusalsBeforeDisconnect) {
        options.onDisconnect?.(session);
        session.socket.disconnect(true);
        return;
      }
      ack?.({ ok: false, error: { code: 'RATE_LIMITED', message: errorCatalogue.RATE_LIMITED.message } });
      return;
    }
    refusals = 0;
    if (options.isKnown(event)) {
      next();
      return;
    }
    const error = { code: 'NOT_FOUND' as const, message: `No request named "${shortName(event)}".` };
    if (ack !== null) ack({ ok: false, error });
    else session.send('request.failed', { event: shortName(event), error });
  });
}
