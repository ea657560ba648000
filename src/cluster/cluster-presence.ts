/**
 * Agent presence over every node of a cluster (docs/cluster.md, "Presence across nodes"): an agent
 * connected to node 2 is online for the owner on node 1, and goes offline (with the domain's grace
 * period) when their last connection anywhere drops — including when the node holding it dies.
 *
 * - Each node counts its own connections. When an agent's count here goes 0→1 or 1→0, the node
 *   writes its row in `cluster_connections` (connection-store.ts), then asks the tenant's owner to
 *   check the agent. Those steps run one after another per agent on this node, and each writes the
 *   count as it is when it runs, so a quick connect–disconnect–connect ends with the right row.
 * - The owner's check, one at a time per agent, sums the rows of live nodes and submits
 *   `ConnectAgent` or `DisconnectAgent` when the tenant's state disagrees (both are idempotent in the
 *   domain). The check answers with the tenant's seq afterwards; the asking node waits until its
 *   replica has applied that seq, so `connected` resolves with the presence visible here.
 * - On promotion the new owner drops the tenant's rows of dead nodes and checks every agent that is
 *   online in the log or connected somewhere; when nodes die, each owner drops their rows for its
 *   tenants and checks those agents — the grace period starts then.
 */
import type { Command } from '../domain/commands.js';
import type { AgentPresence } from '../services/agent-presence.js';
import type { TenantHandle, TenantListener, Tenants } from '../services/tenants.js';
import { isPostgresStore } from '../store/postgres/create-postgres-store.js';
import { createConnectionStore, type AgentKey, type ConnectionStore } from './connection-store.js';

/** A bus request asking the owner to check one agent. */
export interface PresenceRequest {
  readonly kind: 'presence';
  readonly tenantId: string;
  readonly agentId: string;
}

/** What the cluster presence needs of the cluster registry (src/cluster/cluster-registry.ts). */
export interface PresenceHost {
  readonly nodeId: string;
  actor(tenantId: string): TenantHandle | undefined;
  subscribe(listener: TenantListener): () => void;
  owns(tenantId: string): boolean;
  ownedTenantIds(): string[];
  onPromoted(handler: (tenantId: string) => void | Promise<void>): () => void;
  onNodesLost(handler: (nodeIds: readonly string[]) => void | Promise<void>): () => void;
  on(
    kind: string,
    handler: (
      request: { readonly kind: string; readonly [key: string]: unknown },
      fromNodeId: string,
    ) => Promise<unknown>,
  ): void;
  askOwner(tenantId: string, body: PresenceRequest): Promise<unknown>;
}

export interface ClusterPresenceOptions {
  readonly host: PresenceHost;
  readonly connections: ConnectionStore;
  readonly onError: (error: unknown) => void;
  /** Longest wait for this node's replica to show the owner's presence change; default 5000 ms. */
  readonly replicaWaitMs?: number;
  /** Pause before a failed row write or check (store or bus down, no owner) is tried again; default 2000 ms. */
  readonly retryMs?: number;
}

const keyOf = ({ tenantId, agentId }: AgentKey): string => `${tenantId}\u0000${agentId}`;

/** A check's answer: the tenant's seq once the agent's presence agrees with the connections. */
interface CheckedAnswer {
  readonly kind: 'presence-checked';
  readonly seq: number;
}

const isChecked = (answer: unknown): answer is CheckedAnswer =>
  typeof answer === 'object' && answer !== null && (answer as { kind?: unknown }).kind === 'presence-checked';

/** Presence counted on every node, decided by each tenant's owner (see the file header). */
export class ClusterPresence implements AgentPresence {
  private readonly counts = new Map<string, number>();
  private readonly connecting = new Map<string, Promise<void>>();
  /** This node's row writes and check requests, chained per agent. */
  private readonly local = new Map<string, Promise<void>>();
  /** The owner's checks, chained per agent. */
  private readonly checks = new Map<string, Promise<number>>();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly stops: (() => void)[] = [];
  /** Agents whose last write or check failed, tried again after `retryMs`. */
  private readonly retries = new Map<string, AgentKey>();
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: ClusterPresenceOptions) {
    const { host } = options;
    host.on('presence', (request) => this.answer(request));
    this.stops.push(
      host.onPromoted((tenantId) => this.track(this.reconcileTenant(tenantId))),
      host.onNodesLost((nodeIds) => this.track(this.nodesLost(nodeIds))),
    );
  }

  connected(tenantId: string, agentId: string): Promise<void> {
    const key = keyOf({ tenantId, agentId });
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count > 1) return this.connecting.get(key) ?? Promise.resolve();
    const done = this.sync({ tenantId, agentId });
    this.connecting.set(key, done);
    return done;
  }

  disconnected(tenantId: string, agentId: string): void {
    const key = keyOf({ tenantId, agentId });
    const count = (this.counts.get(key) ?? 1) - 1;
    if (count > 0) {
      this.counts.set(key, count);
      return;
    }
    this.counts.delete(key);
    this.connecting.delete(key);
    void this.sync({ tenantId, agentId });
  }

  connections(tenantId: string, agentId: string): number {
    return this.counts.get(keyOf({ tenantId, agentId })) ?? 0;
  }

  /**
   * At start: rows this node left before a restart (same NODE_ID) are deleted and their agents
   * checked by their owners; the tenants this node already owns are reconciled.
   */
  async reconcile(): Promise<void> {
    const { host, connections } = this.options;
    const stale = await connections.deleteNode(host.nodeId).catch((error: unknown) => {
      this.options.onError(error);
      return [];
    });
    // Other owners' checks are not waited for (an owner may be moving): `settled` covers them.
    for (const agent of stale) {
      const checked = this.requestCheck(agent).catch((error: unknown) => {
        this.options.onError(error);
        this.retryLater(agent);
      });
      void this.track(checked);
    }
    await Promise.all(host.ownedTenantIds().map((tenantId) => this.reconcileTenant(tenantId)));
  }

  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retries.clear();
    for (const stop of this.stops.splice(0)) stop();
  }

  /** Writes this node's row as the count is now, then has the owner check the agent; in order per agent. */
  private sync(agent: AgentKey): Promise<void> {
    const key = keyOf(agent);
    const step = async (): Promise<void> => {
      const count = this.counts.get(key) ?? 0;
      await this.options.connections.set(agent, this.options.host.nodeId, count);
      await this.requestCheck(agent);
    };
    const next = (this.local.get(key) ?? Promise.resolve()).then(step).catch((error: unknown) => {
      this.options.onError(error);
      this.retryLater(agent);
    });
    this.local.set(key, next);
    void next.finally(() => {
      if (this.local.get(key) === next) this.local.delete(key);
    });
    return this.track(next);
  }

  /**
   * Tries an agent's write and check again later: while Redis or the owner is unreachable the check
   * cannot be made, and nothing else would make it once they are back.
   */
  private retryLater(agent: AgentKey): void {
    if (this.closed) return;
    this.retries.set(keyOf(agent), agent);
    if (this.retryTimer !== null) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      const agents = [...this.retries.values()];
      this.retries.clear();
      for (const each of agents) void this.sync(each);
    }, this.options.retryMs ?? 2000);
    this.retryTimer.unref();
  }

  /** Asks the owner (this node or another) to check the agent, then waits for the replica here. */
  private async requestCheck(agent: AgentKey): Promise<void> {
    const { host } = this.options;
    const answer = host.owns(agent.tenantId)
      ? { kind: 'presence-checked', seq: await this.check(agent) }
      : await host.askOwner(agent.tenantId, { kind: 'presence', ...agent });
    if (!isChecked(answer)) {
      throw new Error(`presence check of ${agent.agentId} failed: ${JSON.stringify(answer)}`);
    }
    await this.replicaAt(agent.tenantId, answer.seq);
  }

  /** The owner's handler of `presence` requests. */
  private async answer(request: { readonly [key: string]: unknown }): Promise<unknown> {
    const { tenantId, agentId } = request;
    if (typeof tenantId !== 'string' || typeof agentId !== 'string') {
      return { kind: 'failed', code: 'INVALID_REQUEST', message: 'a presence check needs a tenantId and an agentId' };
    }
    if (!this.options.host.owns(tenantId)) return { kind: 'not-owner' };
    const seq = await this.track(this.check({ tenantId, agentId }));
    return { kind: 'presence-checked', seq } satisfies CheckedAnswer;
  }

  /** On the owner, one at a time per agent: makes the log agree with the live connection rows. */
  private check(agent: AgentKey): Promise<number> {
    const key = keyOf(agent);
    const run = async (): Promise<number> => {
      const count = await this.options.connections.liveCount(agent);
      const actor = this.options.host.actor(agent.tenantId);
      const state = actor?.view.agents.get(agent.agentId);
      if (actor === undefined || state === undefined) return actor?.lastSeq ?? 0;
      if (state.online === count > 0) return actor.lastSeq;
      const command: Command = { type: count > 0 ? 'ConnectAgent' : 'DisconnectAgent', agentId: agent.agentId };
      const result = await actor.submit(command);
      // Refused only for an agent removed meanwhile: nothing to track.
      if (!result.ok && result.error.code !== 'AGENT_NOT_FOUND') this.options.onError(result.error);
      return actor.lastSeq;
    };
    const next = (this.checks.get(key) ?? Promise.resolve(0)).catch(() => 0).then(run);
    this.checks.set(key, next);
    void next
      .finally(() => {
        if (this.checks.get(key) === next) this.checks.delete(key);
      })
      .catch(() => undefined);
    return next;
  }

  /** A new owner: rows of dead nodes go, and every agent online in the log or connected somewhere is checked. */
  private async reconcileTenant(tenantId: string): Promise<void> {
    const { host, connections } = this.options;
    try {
      await connections.deleteDead(tenantId);
      const connected = await connections.connectedAgents(tenantId);
      const agents = host.actor(tenantId)?.view.agents.values() ?? [];
      const candidates = [...agents].filter((agent) => agent.online || connected.has(agent.id));
      await Promise.all(candidates.map((agent) => this.check({ tenantId, agentId: agent.id })));
    } catch (error) {
      this.options.onError(error);
    }
  }

  /** Nodes died: each owner drops their rows for its own tenants and checks those agents. */
  private async nodesLost(nodeIds: readonly string[]): Promise<void> {
    const { host, connections } = this.options;
    try {
      const removed = await connections.deleteNodes(nodeIds, host.ownedTenantIds());
      const unique = new Map(removed.map((agent) => [keyOf(agent), agent]));
      await Promise.all([...unique.values()].map((agent) => this.check(agent)));
    } catch (error) {
      this.options.onError(error);
    }
  }

  /** Resolves when this node's replica holds `seq` (or after the wait: the fan-out will follow). */
  private replicaAt(tenantId: string, seq: number): Promise<void> {
    const actor = this.options.host.actor(tenantId);
    if (actor === undefined || actor.lastSeq >= seq) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        stop();
        resolve();
      };
      const timer = setTimeout(done, this.options.replicaWaitMs ?? 5000);
      const stop = this.options.host.subscribe((id) => {
        if (id === tenantId && (this.options.host.actor(tenantId)?.lastSeq ?? 0) >= seq) done();
      });
    });
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise)).catch(() => undefined);
    return promise;
  }
}

const isPresenceHost = (tenants: Tenants): tenants is Tenants & PresenceHost => {
  const host = tenants as Partial<Record<keyof PresenceHost, unknown>>;
  return (
    typeof host.nodeId === 'string' &&
    typeof host.askOwner === 'function' &&
    typeof host.on === 'function' &&
    typeof host.onPromoted === 'function' &&
    typeof host.onNodesLost === 'function' &&
    typeof host.owns === 'function' &&
    typeof host.ownedTenantIds === 'function'
  );
};

/**
 * The presence a gateway uses over these tenants: the cluster's when they are served by a cluster
 * registry (on PostgreSQL, where the connection rows live), else null (one process counts alone).
 */
export function clusterPresenceFor(tenants: Tenants, onError: (error: unknown) => void): ClusterPresence | null {
  if (!isPresenceHost(tenants) || !isPostgresStore(tenants.store)) return null;
  return new ClusterPresence({ host: tenants, connections: createConnectionStore(tenants.store.pool), onError });
}
