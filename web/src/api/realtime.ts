/**
 * The realtime gateway from the browser (docs/realtime.md): one Socket.IO connection per session,
 * resuming every followed conversation from the last sequence number shown, so a reconnection
 * misses nothing and shows nothing twice.
 */
import { io, type Socket } from 'socket.io-client';

export class Realtime {
  readonly socket: Socket;
  /** conversationId → highest seq this page has shown. */
  private readonly lastSeq = new Map<string, number>();
  /**
   * The connection's latest `session` payload while nothing has happened since: the connection
   * opens at sign-in, before a lazily loaded page listens, and such a page can start from this
   * instead of reconnecting. Null once any other event arrives after it (it would be stale).
   */
  private freshSession: unknown = null;

  constructor(token: string) {
    this.socket = io({
      transports: ['websocket'],
      auth: (send) => {
        send({
          token,
          resume: [...this.lastSeq].slice(-200).map(([conversationId, lastSeq]) => ({ conversationId, lastSeq })),
        });
      },
    });
    this.socket.onAny((event: string, payload: unknown) => {
      this.freshSession = event === 'session' ? payload : null;
    });
    this.socket.on('disconnect', () => {
      this.freshSession = null;
    });
  }

  /** The connection's `session` payload if no other event has come since it, else null. */
  currentSession(): unknown {
    return this.socket.connected ? this.freshSession : null;
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
