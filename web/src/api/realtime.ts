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
