/**
 * Agent presence from live connections (DESIGN.md §3.5, §4): an agent's first connection submits
 * `ConnectAgent`, the drop of their last one `DisconnectAgent`. The domain does the rest: a
 * disconnected agent is not routable at once, and the grace deadline in the `AgentDisconnected`
 * event decides whether they are lost; a connection within the grace submits `ConnectAgent` again.
 *
 * Commands reach the tenant's actor in the order connections open and close (submission is
 * synchronous), so the log's presence always follows the last change of the count. At start-up no
 * connection exists yet: agents the log still shows online are disconnected (`reconcile`), and the
 * grace gives their clients time to come back.
 */
import type { AgentPresence } from '../../services/agent-presence.js';
import type { Tenants } from '../../services/tenants.js';

/** One process's presence (the cluster's is src/cluster/cluster-presence.ts). */
export class Presence implements AgentPresence {
  private readonly counts = new Map<string, number>();
  /** The ConnectAgent of each present agent: later connections wait for it too. */
  private readonly connecting = new Map<string, Promise<void>>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly registry: Tenants,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Counts a new connection; resolves once the agent's presence is durable. */
  connected(tenantId: string, agentId: string): Promise<void> {
    const key = `${tenantId}\u0000${agentId}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count > 1) return this.connecting.get(key) ?? Promise.resolve();
    const connected = this.submit(tenantId, { type: 'ConnectAgent', agentId });
    this.connecting.set(key, connected);
    return connected;
  }

  disconnected(tenantId: string, agentId: string): void {
    const key = `${tenantId}\u0000${agentId}`;
    const count = (this.counts.get(key) ?? 1) - 1;
    if (count > 0) {
      this.counts.set(key, count);
      return;
    }
    this.counts.delete(key);
    this.connecting.delete(key);
    void this.submit(tenantId, { type: 'DisconnectAgent', agentId });
  }

  connections(tenantId: string, agentId: string): number {
    return this.counts.get(`${tenantId}\u0000${agentId}`) ?? 0;
  }

  /** Disconnects every agent the log shows online without a connection here. */
  async reconcile(): Promise<void> {
    const submitted: Promise<void>[] = [];
    for (const tenantId of this.registry.tenantIds()) {
      const agents = this.registry.actor(tenantId)?.view.agents.values() ?? [];
      for (const agent of agents) {
        if (agent.online && this.connections(tenantId, agent.id) === 0) {
          submitted.push(this.submit(tenantId, { type: 'DisconnectAgent', agentId: agent.id }));
        }
      }
    }
    await Promise.all(submitted);
  }

  /** Resolves when every presence command submitted so far is settled. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private submit(
    tenantId: string,
    command: { readonly type: 'ConnectAgent' | 'DisconnectAgent'; readonly agentId: string },
  ): Promise<void> {
    const actor = this.registry.actor(tenantId);
    if (actor === undefined) return Promise.resolve();
    const done = actor.submit(command).then(
      (result) => {
        // Refused only for an agent removed meanwhile: nothing to track.
        if (!result.ok && result.error.code !== 'AGENT_NOT_FOUND') this.onError(result.error);
      },
      (error: unknown) => {
        this.onError(error);
      },
    );
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
    return done;
  }
}
