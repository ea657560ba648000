/**
 * The cluster bus on Redis pub/sub (cluster-bus.ts is the contract; docs/cluster.md, "Failures").
 *
 * Two connections: one publishes, one is subscribed (a subscribed Redis connection can do nothing
 * else). Channels, all under the prefix (default `switchboard:`, one per cluster or per test):
 * `events`, `ownership` and `signals` for every node, `request:<nodeId>` and `reply:<nodeId>` per node.
 *
 * Why these choices:
 * - Pub/sub, not streams: delivery may be lost by contract (receivers catch up from the store), so
 *   nothing needs to be kept in Redis, and a Redis restart loses nothing that matters.
 * - No offline queue: while Redis is down a publish is dropped and a request fails at once with
 *   `BusUnavailableError`; queueing them would deliver stale events and commands long after the
 *   caller gave up. The subscriptions are made again on every new connection (`ready`), not left to
 *   ioredis, so a bus started while Redis is down subscribes when Redis comes.
 * - A request to a node nobody listens for fails at once (PUBLISH counts zero receivers), so a
 *   forwarder does not wait out its timeout for a dead node. A node that dies holding a request is
 *   noticed too: while requests wait, the requester checks every `WATCH_MS` that each node it waits
 *   on is still subscribed to its reply channel (PUBSUB NUMSUB; a killed process's connections are
 *   closed by its kernel, so Redis drops them at once); two checks in a row finding none fail that
 *   node's requests as possibly handled. A node closing gracefully keeps that subscription until it
 *   has answered every request it heard.
 * - A node does not hear its own events and ownership changes: it made them.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { noteBus } from './bus-status.js';
import type { SignalHandler } from '../services/signal-relay.js';
import type { StoredEvent } from '../store/event-store.js';
import {
  BusUnavailableError,
  type ClusterBus,
  type EventsHandler,
  type OwnershipChange,
  type RequestHandler,
} from './cluster-bus.js';

export interface RedisBusOptions {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://`). */
  readonly url: string;
  readonly nodeId: string;
  /** Prefix of every channel; default `switchboard:`. */
  readonly prefix?: string;
  /** Longest pause between two connection attempts while Redis is down; default 1000 ms. */
  readonly maxRetryDelayMs?: number;
  /** Told about connection problems (the bus itself never throws them). */
  readonly onError?: (error: Error) => void;
}

export const DEFAULT_REDIS_PREFIX = 'switchboard:';

/** How long `close` waits for the answers to requests already heard. */
const ANSWER_GRACE_MS = 5000;

/** How often a requester checks that the nodes it waits on are still connected (see the header). */
const WATCH_MS = 500;

interface PendingRequest {
  readonly nodeId: string;
  /** When it was sent (Date.now): only requests older than a check period are watched. */
  readonly sentAt: number;
  readonly resolve: (answer: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** What travels on a node's request channel. */
interface RequestMessage {
  readonly id: string;
  readonly from: string;
  readonly body: unknown;
}

/** What travels back on the requester's reply channel. */
type ReplyMessage =
  | { readonly id: string; readonly ok: true; readonly body: unknown }
  | { readonly id: string; readonly ok: false; readonly unavailable: boolean; readonly message: string };

interface EventsMessage {
  readonly from: string;
  readonly tenantId: string;
  readonly events: readonly StoredEvent[];
}

interface OwnershipMessage {
  readonly from: string;
  readonly change: OwnershipChange;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Builds the bus and starts connecting; it is usable at once (`connected` says when it works). */
export function createRedisBus(options: RedisBusOptions): ClusterBus {
  const prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
  const { nodeId } = options;
  const channels = {
    events: `${prefix}events`,
    ownership: `${prefix}ownership`,
    signals: `${prefix}signals`,
    request: (node: string) => `${prefix}request:${node}`,
    reply: (node: string) => `${prefix}reply:${node}`,
  };
  const maxDelay = options.maxRetryDelayMs ?? 1000;
  const connectionOptions = {
    enableOfflineQueue: false,
    autoResubscribe: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    // Never give up: a node keeps trying until Redis is back or the bus is closed.
    retryStrategy: (times: number) => Math.min(50 * 2 ** Math.min(times, 10), maxDelay),
  };
  const pub = new Redis(options.url, { ...connectionOptions, connectionName: `switchboard-pub-${nodeId}` });
  const sub = new Redis(options.url, { ...connectionOptions, connectionName: `switchboard-sub-${nodeId}` });

  const eventHandlers = new Set<EventsHandler>();
  const ownershipHandlers = new Set<(change: OwnershipChange) => void>();
  const signalHandlers = new Set<SignalHandler>();
  const reconnectHandlers = new Set<() => void>();
  const pending = new Map<string, PendingRequest>();
  /** Answers being worked out for other nodes: `close` waits for them, so none is dropped. */
  const answering = new Set<Promise<void>>();
  let serveHandler: RequestHandler | null = null;
  let subscribed = false;
  let closed = false;
  /** Whether the bus was ever connected, or found Redis unreachable: the next connection is a reconnection. */
  let downBefore = false;
  let wasConnected = false;

  const report = (error: unknown): void => {
    options.onError?.(error instanceof Error ? error : new Error(String(error)));
  };
  const isConnected = (): boolean => !closed && subscribed && pub.status === 'ready' && sub.status === 'ready';

  /** Fails waiting requests (all, or one node's): they were sent, so they may have been handled. */
  const failPending = (reason: string, nodeOnly?: string): void => {
    for (const [id, request] of pending) {
      if (nodeOnly !== undefined && request.nodeId !== nodeOnly) continue;
      pending.delete(id);
      clearTimeout(request.timer);
      request.reject(new BusUnavailableError(reason, true));
    }
  };

  /** Nodes found without a reply subscription at the last check. */
  let missing = new Set<string>();
  let watchTimer: NodeJS.Timeout | null = null;

  /** One check of the nodes that old requests wait on (see the header). */
  const watch = async (): Promise<void> => {
    const cutoff = Date.now() - WATCH_MS;
    const waitedOn = new Set([...pending.values()].filter((r) => r.sentAt <= cutoff).map((r) => r.nodeId));
    const nowMissing = new Set<string>();
    for (const target of waitedOn) {
      const counts = await pub.pubsub('NUMSUB', channels.reply(target));
      if (Number(counts[1]) > 0) continue;
      if (missing.has(target)) failPending(`node ${target} went away with the request`, target);
      else nowMissing.add(target);
    }
    missing = nowMissing;
  };

  const watchWhileWaiting = (): void => {
    if (watchTimer !== null || closed) return;
    watchTimer = setInterval(() => {
      if (pending.size === 0 || closed) {
        if (watchTimer !== null) clearInterval(watchTimer);
        watchTimer = null;
        missing = new Set();
        return;
      }
      if (pub.status === 'ready') watch().catch(report);
    }, WATCH_MS);
    watchTimer.unref();
  };

  /** Notes a change of `connected`, telling the reconnect handlers when it comes back. */
  const noteState = (): void => {
    const now = isConnected();
    if (now === wasConnected) return;
    wasConnected = now;
    if (!now) {
      downBefore = true;
      // Replies sent while a connection is down are lost: nobody should wait for them.
      failPending('the connection to Redis was lost');
      return;
    }
    if (!downBefore) return;
    for (const handler of reconnectHandlers) {
      try {
        handler();
      } catch (error) {
        report(error);
      }
    }
  };

  const publish = (channel: string, message: unknown): Promise<number> => {
    if (pub.status !== 'ready') return Promise.reject(new BusUnavailableError('not connected to Redis'));
    return pub.publish(channel, JSON.stringify(message));
  };

  /** Resolves once Redis took the answer (or it was lost: the requester gives up on its own). */
  const answer = (to: string, reply: ReplyMessage): Promise<void> =>
    publish(channels.reply(to), reply).then(
      () => undefined,
      () => undefined,
    );

  const onRequest = (message: unknown): void => {
    if (!isObject(message) || typeof message.id !== 'string' || typeof message.from !== 'string') return;
    const { id, from, body } = message as unknown as RequestMessage;
    const handler = serveHandler;
    if (handler === null) {
      void answer(from, { id, ok: false, unavailable: true, message: `node ${nodeId} does not serve requests yet` });
      return;
    }
    let answered: Promise<unknown>;
    try {
      answered = handler(body, from);
    } catch (error) {
      answered = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const done = answered.then(
      (result) => answer(from, { id, ok: true, body: result }),
      (error: unknown) => {
        report(error);
        const text = error instanceof Error ? error.message : String(error);
        return answer(from, { id, ok: false, unavailable: false, message: text });
      },
    );
    answering.add(done);
    void done.finally(() => answering.delete(done));
  };

  /**
   * Closing: stop hearing requests first (a request published after this counts zero receivers, so
   * its sender looks elsewhere at once), then answer every request already heard — a request taken
   * in and never answered would hold its sender for its whole timeout.
   */
  const stopServing = async (): Promise<void> => {
    if (sub.status === 'ready') await sub.unsubscribe(channels.request(nodeId)).catch(report);
    const late = new Promise<void>((resolve) => setTimeout(resolve, ANSWER_GRACE_MS).unref());
    await Promise.race([Promise.allSettled([...answering]), late]);
  };

  const onReply = (message: unknown): void => {
    if (!isObject(message) || typeof message.id !== 'string') return;
    const reply = message as unknown as ReplyMessage;
    const request = pending.get(reply.id);
    if (request === undefined) return;
    pending.delete(reply.id);
    clearTimeout(request.timer);
    if (reply.ok) request.resolve(reply.body);
    else if (reply.unavailable) request.reject(new BusUnavailableError(reply.message));
    else request.reject(new Error(`node ${request.nodeId} failed the request: ${reply.message}`));
  };

  const onMessage = (channel: string, text: string): void => {
    const message = parse(text);
    try {
      if (channel === channels.request(nodeId)) onRequest(message);
      else if (channel === channels.reply(nodeId)) onReply(message);
      else if (channel === channels.events) deliverEvents(message);
      else if (channel === channels.ownership) deliverOwnership(message);
      else if (channel === channels.signals) deliverSignal(message);
    } catch (error) {
      report(error);
    }
  };

  const deliverEvents = (message: unknown): void => {
    if (!isObject(message) || message.from === nodeId || typeof message.tenantId !== 'string') return;
    const { tenantId, events } = message as unknown as EventsMessage;
    if (!Array.isArray(events)) return;
    for (const handler of eventHandlers) handler(tenantId, events);
  };

  const deliverOwnership = (message: unknown): void => {
    if (!isObject(message) || message.from === nodeId || !isObject(message.change)) return;
    const { change } = message as unknown as OwnershipMessage;
    for (const handler of ownershipHandlers) handler(change);
  };

  const deliverSignal = (message: unknown): void => {
    if (!isObject(message) || message.from === nodeId || typeof message.tenantId !== 'string') return;
    if (!isObject(message.signal)) return;
    for (const handler of signalHandlers) handler(message.tenantId, message.signal);
  };

  const subscribe = (): void => {
    sub
      .subscribe(
        channels.events,
        channels.ownership,
        channels.signals,
        channels.request(nodeId),
        channels.reply(nodeId),
      )
      .then(() => {
        subscribed = true;
        noteState();
      })
      .catch(report);
  };

  sub.on('message', onMessage);
  sub.on('ready', subscribe);
  pub.on('ready', noteState);
  for (const connection of [pub, sub]) {
    connection.on('error', report);
    connection.on('close', () => {
      if (connection === sub) subscribed = false;
      if (!wasConnected) downBefore = true;
      noteState();
    });
  }

  const bus: ClusterBus = {
    nodeId,
    get connected() {
      return isConnected();
    },
    publishEvents(tenantId, events) {
      if (events.length === 0) return;
      publish(channels.events, { from: nodeId, tenantId, events } satisfies EventsMessage).catch(() => undefined);
    },
    onEvents(handler) {
      eventHandlers.add(handler);
      return () => eventHandlers.delete(handler);
    },
    request(target, body, timeoutMs) {
      if (!isConnected()) return Promise.reject(new BusUnavailableError('not connected to Redis'));
      const id = randomUUID();
      return new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new BusUnavailableError(`node ${target} did not answer within ${timeoutMs} ms`, true));
        }, timeoutMs);
        pending.set(id, { nodeId: target, sentAt: Date.now(), resolve, reject, timer });
        watchWhileWaiting();
        publish(channels.request(target), { id, from: nodeId, body } satisfies RequestMessage).then(
          (receivers) => {
            if (receivers > 0 || !pending.delete(id)) return;
            clearTimeout(timer);
            reject(new BusUnavailableError(`no node ${target} listens`));
          },
          (error: unknown) => {
            if (!pending.delete(id)) return;
            clearTimeout(timer);
            // Not sent when not connected; otherwise it may have reached Redis before the connection failed.
            const sent = !(error instanceof BusUnavailableError);
            reject(new BusUnavailableError(error instanceof Error ? error.message : String(error), sent));
          },
        );
      });
    },
    serve(handler) {
      serveHandler = handler;
    },
    publishOwnership(change) {
      publish(channels.ownership, { from: nodeId, change } satisfies OwnershipMessage).catch(() => undefined);
    },
    onOwnership(handler) {
      ownershipHandlers.add(handler);
      return () => ownershipHandlers.delete(handler);
    },
    publishSignal(tenantId, signal) {
      publish(channels.signals, { from: nodeId, tenantId, signal }).catch(() => undefined);
    },
    onSignal(handler) {
      signalHandlers.add(handler);
      return () => signalHandlers.delete(handler);
    },
    onReconnect(handler) {
      reconnectHandlers.add(handler);
      return () => reconnectHandlers.delete(handler);
    },
    async close() {
      if (closed) return;
      closed = true;
      if (watchTimer !== null) clearInterval(watchTimer);
      await stopServing();
      forget();
      failPending('the bus is closed');
      await Promise.all(
        [pub, sub].map(async (connection) => {
          // QUIT waits for what was sent; a connection that is down is simply cut.
          if (connection.status !== 'ready') {
            connection.disconnect();
            return;
          }
          await connection.quit().catch(() => {
            connection.disconnect();
          });
        }),
      );
    },
  };
  const forget = noteBus(nodeId, bus);
  return bus;
}
