/**
 * The realtime gateway from the browser (docs/realtime.md): one Socket.IO connection per session,
 * resuming every followed conversation from the last sequence number shown, so a reconnection
 * misses nothing and shows nothing twice.
 */
import type { DefaultEventsMap } from '@socket.io/component-emitter';
import { io, type Socket } from 'socket.io-client';
import type { ListenEvents, ServerEventName, ServerEvents } from './types.js';

export class Realtime {
  /** Listeners get the payload types of the shared protocol (src/shared/realtime-protocol.ts). */
  readonly socket: Socket<ListenEvents, DefaultEventsMap>;
  /** The same socket, untyped: `listen` attaches its listeners here. */
  private readonly untyped: Socket;
  /** conversationId → highest seq this page has shown. */
  private readonly lastSeq = new Map<string, number>();
  /**
   * The connection's latest `session` payload while nothing has happened since: the connection
   * opens at sign-in, before a lazily loaded page listens, and such a page can start from this
   * instead of reconnecting. Null once any other event arrives after it (it would be stale).
   */
  private freshSession: ServerEvents['session'] | null = null;

  constructor(token: string) {
    this.untyped = io({
      transports: ['websocket'],
      auth: (send) => {
        send({
          token,
          resume: [...this.lastSeq].slice(-200).map(([conversationId, lastSeq]) => ({ conversationId, lastSeq })),
        });
      },
    });
    // The server's events carry the shared protocol's payloads (one declaration for both sides).
    this.socket = this.untyped;
    this.socket.onAny((event: string, payload: unknown) => {
      this.freshSession = event === 'session' ? (payload as ServerEvents['session']) : null;
    });
    this.socket.on('disconnect', () => {
      this.freshSession = null;
    });
  }

  /** The connection's `session` payload if no other event has come since it, else null. */
  currentSession(): ServerEvents['session'] | null {
    return this.socket.connected ? this.freshSession : null;
  }

  /**
   * Listens to a server event with its payload's type; returns how to stop. For listeners chosen by
   * the event's name at run time, which the typed socket's overloads cannot check.
   */
  listen<E extends ServerEventName>(event: E, handler: (payload: ServerEvents[E]) => void): () => void {
    const name: string = event;
    const listener = (payload: ServerEvents[E]): void => {
      handler(payload);
    };
    this.untyped.on(name, listener);
    return () => {
      this.untyped.off(name, listener);
    };
  }

  /** Records that `seq` of a conversation was shown; returns false if it was seen already. */
  saw(conversationId: string, seq: number): boolean {
    const last = this.lastSeq.get(conversationId) ?? 0;
    if (seq <= last) return false;
    this.lastSeq.set(conversationId, seq);
    return true;
  }

  /** Sends a request and resolves with the acknowledgement's payload, or rejects with its error. */
  async request<T extends object>(event: string, payload: object): Promise<T> {
    const answer = (await this.socket.timeout(15_000).emitWithAck(event, payload)) as {
      ok: boolean;
      error?: { code: string; message: string };
    } & T;
    if (!answer.ok) throw new RealtimeFailure(answer.error?.code ?? 'INTERNAL', answer.error?.message ?? event);
    return answer;
  }

  close(): void {
    this.socket.close();
  }
}

export class RealtimeFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RealtimeFailure';
  }
}
