/**
 * Passes short-lived chat signals (typing, read marks: src/transport/realtime/chat-signals.ts) to
 * the sockets connected to the other nodes of a cluster. Signals are not events: never stored, lost
 * when the bus is down, and a receiver checks each one as it would a client's.
 */

/** A signal as it travels between nodes: JSON-compatible, checked by whoever receives it. */
export type RelayedSignal = Readonly<Record<string, unknown>>;

export type SignalHandler = (tenantId: string, signal: RelayedSignal) => void;

export interface SignalRelay {
  /** Sends the signal to every other node (not back to this one). */
  publish(tenantId: string, signal: RelayedSignal): void;
  /** Hears the other nodes' signals; returns the unsubscribe. */
  subscribe(handler: SignalHandler): () => void;
}

/** One process alone: nobody else to tell. */
export const noRelay: SignalRelay = {
  publish: () => undefined,
  subscribe: () => () => undefined,
};

/** The relay of tenants served by a cluster node (they publish and hear signals), else `noRelay`. */
export function signalRelayOf(tenants: object): SignalRelay {
  const host = tenants as Partial<Record<'publishSignal' | 'onSignal', unknown>>;
  if (typeof host.publishSignal !== 'function' || typeof host.onSignal !== 'function') return noRelay;
  const relay = tenants as { publishSignal: SignalRelay['publish']; onSignal: SignalRelay['subscribe'] };
  return {
    publish: (tenantId, signal) => {
      relay.publishSignal(tenantId, signal);
    },
    subscribe: (handler) => relay.onSignal(handler),
  };
}
