/**
 * A real socket.io-client for tests: it records every event it receives, in order, from before
 * the connection opens, so a test can wait for an event whether it came already or comes later
 * (waits time out only to guard against hangs), and read what arrived in which order.
 */
import { io, type Socket } from 'socket.io-client';
import type { Ack, ServerEvents, TimelineEntry } from '../../src/transport/realtime/protocol.js';

const PATIENCE_MS = 10_000;

export interface Cursor {
  readonly conversationId: string;
  readonly lastSeq: number;
}

export interface ClientOptions {
  /** `auth.resume`: conversations to resume as the connection opens. */
  readonly resume?: readonly Cursor[];
}

interface Received {
  readonly event: string;
  readonly payload: unknown;
}

interface Waiter {
  readonly match: (received: Received) => boolean;
  readonly resolve: (payload: unknown) => void;
}

export class TestClient {
  readonly log: Received[] = [];
  private readonly waiters = new Set<Waiter>();

  constructor(readonly socket: Socket) {
    socket.onAny((event: string, payload: unknown) => {
      const received = { event, payload };
      this.log.push(received);
      for (const waiter of this.waiters) {
        if (!waiter.match(received)) continue;
        this.waiters.delete(waiter);
        waiter.resolve(payload);
      }
    });
  }

  /** The first `event` (received already or to come) whose payload satisfies `predicate`. */
  waitFor<E extends keyof ServerEvents>(
    event: E,
    predicate: (payload: ServerEvents[E]) => boolean = () => true,
  ): Promise<ServerEvents[E]> {
    const match = (received: Received): boolean =>
      received.event === event && predicate(received.payload as ServerEvents[E]);
    const found = this.log.find(match);
    if (found !== undefined) return Promise.resolve(found.payload as ServerEvents[E]);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve: (payload) => {
          clearTimeout(timer);
          resolve(payload as ServerEvents[E]);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${event}`));
      }, PATIENCE_MS);
      this.waiters.add(waiter);
    });
  }

  all<E extends keyof ServerEvents>(
    event: E,
    predicate: (payload: ServerEvents[E]) => boolean = () => true,
  ): ServerEvents[E][] {
    return this.log
      .filter((received) => received.event === event && predicate(received.payload as ServerEvents[E]))
      .map((received) => received.payload as ServerEvents[E]);
  }

  /** The timeline entries received for one conversation, in arrival order. */
  messages(conversationId: string): TimelineEntry[] {
    return this.all('message', (entry) => entry.conversationId === conversationId);
  }

  /** Waits for entry `seq` of a conversation. */
  entry(conversationId: string, seq: number): Promise<TimelineEntry> {
    return this.waitFor('message', (entry) => entry.conversationId === conversationId && entry.seq === seq);
  }

  /** Sends a request and resolves with its acknowledgement. */
  async request<T extends object = Record<string, unknown>>(event: string, payload?: unknown): Promise<Ack<T>> {
    const socket = this.socket.timeout(PATIENCE_MS);
    return (await (payload === undefined ? socket.emitWithAck(event) : socket.emitWithAck(event, payload))) as Ack<T>;
  }

  /** Like `request`, but fails the test unless the answer is ok. */
  async ok<T extends object = Record<string, unknown>>(event: string, payload?: unknown): Promise<T> {
    const answer = await this.request<T>(event, payload);
    if (!answer.ok) throw new Error(`${event}: ${answer.error.code} ${answer.error.message}`);
    return answer;
  }

  /** Drops the connection; the server sees the client go. */
  async disconnect(): Promise<void> {
    if (!this.socket.connected) return;
    const gone = new Promise<void>((resolve) =>
      this.socket.once('disconnect', () => {
        resolve();
      }),
    );
    this.socket.disconnect();
    await gone;
  }

  /** Connects again (a new handshake, optionally with cursors to resume) and waits for the new session. */
  async reconnect(options: ClientOptions = {}): Promise<ServerEvents['session']> {
    const sessions = this.all('session').length;
    this.socket.auth = { ...(this.socket.auth as object), resume: options.resume ?? [] };
    this.socket.connect();
    return this.waitFor('session', () => this.all('session').length > sessions);
  }

  close(): void {
    this.socket.disconnect();
  }
}

function socketFor(url: string, auth: Record<string, unknown>): Socket {
  return io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
}

/** Connects and resolves once the client has its `session`; rejects on a refused handshake. */
export async function connectClient(url: string, token: string, options: ClientOptions = {}): Promise<TestClient> {
  const client = new TestClient(
    socketFor(url, { token, ...(options.resume === undefined ? {} : { resume: options.resume }) }),
  );
  await new Promise<void>((resolve, reject) => {
    client.socket.once('connect_error', (error) => {
      reject(error);
    });
    void client.waitFor('session').then(() => {
      resolve();
    }, reject);
  });
  return client;
}

/** Tries to connect with `auth` and resolves with the refusal's `{ code, message }`. */
export function refusal(url: string, auth: Record<string, unknown>): Promise<{ code: string; message: string }> {
  const socket = socketFor(url, auth);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.disconnect();
      reject(new Error('neither refused nor connected'));
    }, PATIENCE_MS);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.disconnect();
      reject(new Error('the connection was accepted'));
    });
    socket.once('connect_error', (error: Error & { data?: { code: string; message: string } }) => {
      clearTimeout(timer);
      socket.disconnect();
      if (error.data === undefined) reject(error);
      else resolve(error.data);
    });
  });
}

/** Resolves once `condition` holds, checking every few milliseconds; rejects only to guard against a hang. */
export async function until(condition: () => boolean | Promise<boolean>, what = 'condition'): Promise<void> {
  const giveUp = performance.now() + PATIENCE_MS;
  while (!(await condition())) {
    if (performance.now() > giveUp) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
