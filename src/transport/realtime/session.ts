/**
 * One connected client: who it is, which conversations it follows (with a cursor each), and its
 * outgoing events. Events are held back until the `session` event has gone out, so a client always
 * sees its session first and every later change after it.
 */
import type { DefaultEventsMap, Socket } from 'socket.io';
import type { Principal } from '../auth/principal.js';
import { PendingWork } from './pending-work.js';
import type { ServerEventName, ServerEvents, TimelineEntry } from './protocol.js';

export type StaffPrincipal = Extract<Principal, { kind: 'agent' }>;
export type CustomerPrincipal = Extract<Principal, { kind: 'customer' }>;
export type RealtimePrincipal = StaffPrincipal | CustomerPrincipal;

export interface SocketData {
  /** Set by the handshake check (authenticate-socket.ts). */
  principal?: RealtimePrincipal;
  /** When the token expires (epoch ms, wall clock), or null. */
  expiresAt?: number | null;
  /** Cursors the client asked to resume as it connects (`auth.resume`). */
  resume?: readonly { readonly conversationId: string; readonly lastSeq: number }[];
  session?: ClientSession;
}

export type GatewaySocket = Socket<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;

/**
 * A conversation this client follows. `delivered` is the highest seq sent (or the client's resume
 * point); while `buffer` is non-null the history is being read from the read model and live entries
 * wait there, to be sent after it in order, those already sent dropped.
 */
export interface Follow {
  delivered: number;
  buffer: TimelineEntry[] | null;
  /** Followed on the client's request (resume): kept when the agent's involvement ends. */
  sticky: boolean;
  /** Bumped by every (re)start, so a superseded catch-up stops. */
  readonly generation: number;
}

export class ClientSession {
  readonly follows = new Map<string, Follow>();
  /** Last queue position sent per conversation (customers), to send only changes. */
  readonly queueSent = new Map<string, string>();
  /** This connection's requests in flight, bounded (pending-work.ts). */
  readonly pending: PendingWork;
  private outbox: [ServerEventName, unknown][] | null = [];
  private generations = 0;
  private tokens: number;
  private refilledAt: number;

  constructor(
    readonly socket: GatewaySocket,
    readonly principal: RealtimePrincipal,
    private readonly rate: { readonly perMinute: number; readonly now: () => number; readonly maxPending: number },
  ) {
    this.pending = new PendingWork(rate.maxPending);
    this.tokens = rate.perMinute;
    this.refilledAt = rate.now();
  }

  get tenantId(): string {
    return this.principal.tenantId;
  }

  get isCustomer(): boolean {
    return this.principal.kind === 'customer';
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** Whether events are still held back behind `session` (a broadcast must not pass them). */
  get holding(): boolean {
    return this.outbox !== null;
  }

  send<E extends ServerEventName>(event: E, payload: ServerEvents[E]): void {
    if (this.outbox !== null) this.outbox.push([event, payload]);
    else this.socket.emit(event, payload);
  }

  /** Sends `session` and everything held back behind it. */
  open(session: ServerEvents['session']): void {
    const held = this.outbox ?? [];
    this.outbox = null;
    this.socket.emit('session', session);
    for (const [event, payload] of held) this.socket.emit(event, payload);
  }

  nextGeneration(): number {
    this.generations += 1;
    return this.generations;
  }

  /** A token bucket of `perMinute` requests, refilled continuously. */
  allowRequest(): boolean {
    const now = this.rate.now();
    const perMs = this.rate.perMinute / 60_000;
    this.tokens = Math.min(this.rate.perMinute, this.tokens + (now - this.refilledAt) * perMs);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
