/**
 * A `ClusterBus` for tests only: several nodes in one process share a hub. Deliveries are
 * asynchronous and JSON-copied (as over Redis), requests to a node that left or does not serve fail
 * with `BusUnavailableError` before delivery, and a node can be cut off (`disconnect`) and come back
 * (`reconnect`, which runs its reconnect handlers) to exercise the paths of a Redis outage.
 */
import {
  BusUnavailableError,
  type ClusterBus,
  type EventsHandler,
  type OwnershipChange,
  type RequestHandler,
} from '../../src/cluster/cluster-bus.js';
import type { SignalHandler } from '../../src/services/signal-relay.js';
import type { StoredEvent } from '../../src/store/event-store.js';

interface Member {
  connected: boolean;
  serve: RequestHandler | null;
  readonly events: Set<EventsHandler>;
  readonly ownership: Set<(change: OwnershipChange) => void>;
  readonly signals: Set<SignalHandler>;
  readonly reconnect: Set<() => void>;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const later = (work: () => void): void => {
  setImmediate(work);
};

/** The in-process bus nodes attach to. */
export class InProcessHub {
  private readonly members = new Map<string, Member>();

  /** A bus for node `nodeId`. */
  join(nodeId: string): ClusterBus & { disconnect(): void; reconnect(): void } {
    const member: Member = {
      connected: true,
      serve: null,
      events: new Set(),
      ownership: new Set(),
      signals: new Set(),
      reconnect: new Set(),
    };
    this.members.set(nodeId, member);
    const others = (): Member[] =>
      [...this.members.entries()].filter(([id, other]) => id !== nodeId && other.connected).map(([, other]) => other);
    return {
      nodeId,
      get connected() {
        return member.connected;
      },
      publishEvents(tenantId: string, events: readonly StoredEvent[]) {
        if (!member.connected || events.length === 0) return;
        const body = copy(events);
        for (const other of others())
          later(() => {
            other.events.forEach((handler) => {
              handler(tenantId, copy(body));
            });
          });
      },
      onEvents(handler) {
        member.events.add(handler);
        return () => member.events.delete(handler);
      },
      request: (target: string, body: unknown, timeoutMs: number) => {
        const other = this.members.get(target);
        if (!member.connected) return Promise.reject(new BusUnavailableError('not connected'));
        if (other?.connected !== true || other.serve === null) {
          return Promise.reject(new BusUnavailableError(`no node ${target} listens`));
        }
        const serve = other.serve;
        return new Promise<unknown>((resolve, reject) => {
          const timer = setTimeout(() => {
            reject(new BusUnavailableError(`node ${target} did not answer within ${timeoutMs} ms`, true));
          }, timeoutMs);
          later(() => {
            serve(copy(body), nodeId).then(
              (answer) => {
                clearTimeout(timer);
                resolve(copy(answer));
              },
              (error: unknown) => {
                clearTimeout(timer);
                reject(error instanceof Error ? error : new Error(String(error)));
              },
            );
          });
        });
      },
      serve(handler) {
        member.serve = handler;
      },
      publishOwnership(change) {
        if (!member.connected) return;
        for (const other of others())
          later(() => {
            other.ownership.forEach((handler) => {
              handler(copy(change));
            });
          });
      },
      onOwnership(handler) {
        member.ownership.add(handler);
        return () => member.ownership.delete(handler);
      },
      publishSignal(tenantId, signal) {
        if (!member.connected) return;
        for (const other of others())
          later(() => {
            other.signals.forEach((handler) => {
              handler(tenantId, copy(signal));
            });
          });
      },
      onSignal(handler) {
        member.signals.add(handler);
        return () => member.signals.delete(handler);
      },
      onReconnect(handler) {
        member.reconnect.add(handler);
        return () => member.reconnect.delete(handler);
      },
      disconnect() {
        member.connected = false;
      },
      reconnect() {
        member.connected = true;
        member.reconnect.forEach((handler) => {
          handler();
        });
      },
      close: () => {
        member.connected = false;
        this.members.delete(nodeId);
        return Promise.resolve();
      },
    };
  }
}
