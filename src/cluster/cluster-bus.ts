/**
 * The bus between the nodes of a cluster (docs/cluster.md): how an owner tells every node about the
 * events it has just made durable, how a node forwards a command to a tenant's owner and gets the
 * answer, and how ownership changes are announced. The Redis adapter (redis-bus.ts) is the one the
 * server uses.
 *
 * Contract
 * - `publishEvents` is called by a tenant's owner after the events are durable, in seq order per
 *   tenant. Delivery is at most once and may be lost (the bus may be down): a receiver that sees a
 *   gap in seq reads the missing events from the store, and catches up from the store when the bus
 *   reconnects (`onReconnect`). A receiver ignores events it already holds.
 * - `request(nodeId, body, timeoutMs)` delivers `body` to the `serve` handler of that node and
 *   resolves with its answer, or rejects with `BusUnavailableError` when the bus is down, the node
 *   does not answer in time, the node went away (its bus connection closed) with the request in
 *   hand, or no such node listens. `mayHaveBeenHandled` tells whether the request may still have
 *   been handled: the caller must not resend that one if it is not idempotent.
 * - Bodies and answers are JSON-compatible values.
 * - `publishOwnership` is a hint (others learn the same from the lease table on their next tick).
 * - `publishSignal` carries chat signals (typing, read marks) to the other nodes' sockets: at most
 *   once, lost while the bus is down, never stored.
 * - A node does not hear its own `publishEvents`, `publishOwnership` and `publishSignal`: it made them.
 *
 * Outside the contract: connections, channel names, serialisation.
 */
import type { RelayedSignal, SignalHandler } from '../services/signal-relay.js';
import type { StoredEvent } from '../store/event-store.js';

/** A tenant's lease changed hands: `nodeId` null when released with no successor yet. */
export interface OwnershipChange {
  readonly tenantId: string;
  readonly nodeId: string | null;
  readonly epoch: number;
}

export type EventsHandler = (tenantId: string, events: readonly StoredEvent[]) => void;
export type RequestHandler = (body: unknown, fromNodeId: string) => Promise<unknown>;

export interface ClusterBus {
  readonly nodeId: string;
  /** Whether the bus is connected now. */
  readonly connected: boolean;
  publishEvents(tenantId: string, events: readonly StoredEvent[]): void;
  onEvents(handler: EventsHandler): () => void;
  request(nodeId: string, body: unknown, timeoutMs: number): Promise<unknown>;
  /** The one handler of requests addressed to this node. */
  serve(handler: RequestHandler): void;
  publishOwnership(change: OwnershipChange): void;
  onOwnership(handler: (change: OwnershipChange) => void): () => void;
  publishSignal(tenantId: string, signal: RelayedSignal): void;
  onSignal(handler: SignalHandler): () => void;
  /** Called each time the bus connects again after being down. */
  onReconnect(handler: () => void): () => void;
  close(): Promise<void>;
}

export class BusUnavailableError extends Error {
  /**
   * `mayHaveBeenHandled`: the request was sent and may have reached its handler (timed out, the node
   * went away holding it, the connection dropped after sending): the caller must not resend it.
   */
  constructor(
    readonly reason: string,
    readonly mayHaveBeenHandled = false,
  ) {
    super(`cluster bus unavailable: ${reason}`);
    this.name = 'BusUnavailableError';
  }
}
