/**
 * Agent presence from live connections, as the realtime gateway uses it: an agent is connected while
 * they hold at least one connection, and the domain (`ConnectAgent` / `DisconnectAgent`, with its
 * grace period) is told when that changes. Two implementations: one process counts its own
 * connections (src/transport/realtime/presence.ts); a cluster counts every node's
 * (src/cluster/cluster-presence.ts), and the tenant's owner decides.
 *
 * Contract
 * - `connected` counts a new connection of this process and resolves once the agent's presence is
 *   durable (and visible in this process's state); later connections of a present agent wait for
 *   the same. It never rejects: failures go to the implementation's error report.
 * - `disconnected` uncounts one; the last one's drop is told to the domain.
 * - `connections` is this process's count.
 * - `reconcile` (at start) makes the log agree with the connections that exist now.
 * - `settled` resolves when everything submitted so far is done.
 */
export interface AgentPresence {
  connected(tenantId: string, agentId: string): Promise<void>;
  disconnected(tenantId: string, agentId: string): void;
  connections(tenantId: string, agentId: string): number;
  reconcile(): Promise<void>;
  settled(): Promise<void>;
  /** Stops listening to the cluster (nothing to do for one process). */
  close?(): void;
}
