/**
 * Busy tenants for the cluster tests and bench: agents and widget customers, each a real
 * socket.io-client connected to a node of its own (spread over all nodes), working in loops driven
 * by a seeded random — customers open conversations, write and close them; agents answer some
 * messages, leave others unanswered (first-response takeovers, reply reminders), close some and ask
 * colleagues to take others (who never answer: transfer timeouts). When a client's node goes away
 * it reconnects to another running node with its cursors. Every request answered `ok` is recorded
 * as acknowledged, to be found in the log afterwards; unanswered ones are retried with the same ids
 * (idempotency keys), as a real client would.
 */
import type { Random } from '../../src/sim/random.js';
import { agentToken, ClusterClient, createTenant, customerToken, type TenantSpec } from './cluster-client.js';
import type { ClusterNode } from './cluster-harness.js';

export interface Acknowledged {
  readonly tenantId: string;
  readonly kind: 'open' | 'message' | 'close' | 'transfer';
  readonly conversationId: string;
  /** The message id (open with text, message) or transfer id. */
  readonly id: string | null;
  /** The seq the answer gave (messages). */
  readonly seq: number | null;
  /** Date.now() when the answer arrived. */
  readonly at: number;
  /** The node the answer came through (its URL) and the client's connection number: for diagnostics. */
  readonly via: string;
}

export interface WorkloadOptions {
  readonly tenants: readonly string[];
  readonly agentsPerTenant: number;
  readonly customersPerTenant: number;
  readonly maxConcurrent: number;
  /** Mean pause between two actions of one person, ms. */
  readonly paceMs: number;
  readonly settings?: TenantSpec['settings'];
}

/** Deadlines short enough to fire many times in a few minutes. */
export const busySettings = {
  firstResponseTimeoutSeconds: 2,
  replyReminderSeconds: 2,
  presenceGraceSeconds: 8,
  transfer: { timeoutSeconds: 2, onFailure: 'notify' },
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Errors after which the same request is worth sending again. */
const RETRYABLE = new Set(['NO_ANSWER', 'TENANT_UNAVAILABLE', 'STORE_UNAVAILABLE', 'OVERLOADED', 'RATE_LIMITED']);

export class Workload {
  readonly clients: ClusterClient[] = [];
  readonly acknowledged: Acknowledged[] = [];
  /** Error code → how many requests got it. */
  readonly refusals = new Map<string, number>();
  /** Every ok answer: tenant and instant (for failover measurements). */
  readonly answers: { readonly tenantId: string; readonly at: number }[] = [];
  reconnections = 0;
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly options: WorkloadOptions,
    private readonly random: Random,
    /** The nodes clients may connect to right now. */
    private readonly nodes: () => readonly ClusterNode[],
  ) {}

  private pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random.next() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  }

  /** Creates the tenants (through node 1), signs everyone in and connects them round-robin. */
  async setup(): Promise<void> {
    const nodes = this.nodes();
    const first = nodes[0]!.url;
    const agents = Array.from({ length: this.options.agentsPerTenant }, (_, index) => `a${index + 1}`);
    let next = 0;
    for (const tenantId of this.options.tenants) {
      await createTenant(first, tenantId, {
        agents,
        maxConcurrent: this.options.maxConcurrent,
        settings: this.options.settings ?? busySettings,
      });
      for (const agentId of agents) {
        this.clients.push(new ClusterClient(tenantId, agentId, 'agent', await agentToken(first, tenantId, agentId)));
      }
      for (let index = 1; index <= this.options.customersPerTenant; index += 1) {
        const visitor = `visitor-${tenantId}-${index}`;
        this.clients.push(
          new ClusterClient(tenantId, visitor, 'customer', await customerToken(first, tenantId, visitor)),
        );
      }
    }
    for (const client of this.clients) {
      await this.connect(client, nodes[next % nodes.length]!);
      next += 1;
    }
  }

  private async connect(client: ClusterClient, node: ClusterNode): Promise<void> {
    await client.connect(node.url);
    client.onDisconnect(() => {
      if (this.running) void this.reconnect(client);
    });
  }

  /** Connects again to a running node (another one when possible) until it works. */
  private async reconnect(client: ClusterClient): Promise<void> {
    this.reconnections += 1;
    while (this.running) {
      await sleep(100 + this.random.next() * 400);
      const nodes = this.nodes();
      const others = nodes.filter((node) => node.url !== client.url);
      const candidates = others.length > 0 ? others : nodes;
      if (candidates.length === 0) continue;
      try {
        await this.connect(client, this.pick(candidates));
        return;
      } catch {
        // The node died or is starting: try another.
      }
    }
  }

  private answered(tenantId: string, code: string | null): void {
    if (code === null) this.answers.push({ tenantId, at: Date.now() });
    else this.refusals.set(code, (this.refusals.get(code) ?? 0) + 1);
  }

  start(): void {
    this.running = true;
    for (const client of this.clients) {
      this.loops.push(client.kind === 'customer' ? this.customer(client) : this.agent(client));
    }
  }

  /** Stops the loops (each finishes its request in flight) and closes every client. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
  }

  closeAll(): void {
    for (const client of this.clients) client.close();
  }

  private async customer(client: ClusterClient): Promise<void> {
    let conversations = 0;
    let current: string | null = null;
    let opened = false;
    let messages = 0;
    let limit = 3;
    while (this.running) {
      await sleep(this.options.paceMs * (0.5 + this.random.next()));
      if (!client.connected) continue;
      if (current === null) {
        conversations += 1;
        current = `${client.who}-c${conversations}`;
        opened = false;
        messages = 0;
        limit = 5 + Math.floor(this.random.next() * 10);
      }
      const conversationId = current;
      if (!opened) {
        const messageId = `${conversationId}-m0`;
        const answer = await client.request('conversation.open', {
          conversationId,
          source: 'website',
          text: `hello from ${client.who}`,
          messageId,
        });
        this.answered(client.tenantId, answer.ok ? null : answer.error.code);
        if (answer.ok) {
          opened = true;
          this.ack(client, 'open', conversationId, messageId, null);
        } else if (!RETRYABLE.has(answer.error.code)) current = null;
      } else if (messages >= limit) {
        const answer = await client.request('conversation.close', { conversationId });
        this.answered(client.tenantId, answer.ok ? null : answer.error.code);
        if (answer.ok) this.ack(client, 'close', conversationId, null, null);
        if (answer.ok || !RETRYABLE.has(answer.error.code)) current = null;
      } else {
        const messageId = `${conversationId}-m${messages + 1}`;
        const answer = await client.request<{ seq: number }>('message.send', {
          conversationId,
          messageId,
          text: `question ${messages + 1}`,
        });
        this.answered(client.tenantId, answer.ok ? null : answer.error.code);
        if (answer.ok) {
          messages += 1;
          this.ack(client, 'message', conversationId, messageId, answer.seq);
        } else if (!RETRYABLE.has(answer.error.code)) current = null;
      }
    }
  }

  /** The conversations the agent holds, as its own events tell (assigned, removed, closed). */
  private owned(client: ClusterClient): string[] {
    const owned = new Set<string>();
    for (const { event, payload } of client.events) {
      const conversationId = (payload as { conversationId?: string } | null)?.conversationId;
      if (conversationId === undefined) continue;
      if (event === 'conversation.assigned') owned.add(conversationId);
      else if (event === 'conversation.removed') owned.delete(conversationId);
      else if (event === 'conversation.updated' && (payload as { status?: string }).status === 'closed') {
        owned.delete(conversationId);
      }
    }
    return [...owned];
  }

  private async agent(client: ClusterClient): Promise<void> {
    const colleagues = Array.from({ length: this.options.agentsPerTenant }, (_, index) => `a${index + 1}`).filter(
      (id) => id !== client.who,
    );
    let replies = 0;
    let transfers = 0;
    let pending: { event: string; payload: Record<string, unknown>; kind: Acknowledged['kind'] } | null = null;
    while (this.running) {
      await sleep(this.options.paceMs * (0.5 + this.random.next()));
      if (!client.connected) continue;
      const owned = this.owned(client);
      if (pending === null) {
        if (owned.length === 0) continue;
        const conversationId = this.pick(owned);
        // The first agent of each tenant never answers: its conversations are taken over when their
        // first response is due, and their customers get reply reminders.
        const roll = client.who === 'a1' ? 0.3 + 0.7 * this.random.next() : this.random.next();
        if (roll < 0.5) {
          replies += 1;
          pending = {
            event: 'message.send',
            payload: { conversationId, messageId: `${client.tenantId}-${client.who}-r${replies}`, text: 'an answer' },
            kind: 'message',
          };
        } else if (roll < 0.56) {
          pending = { event: 'conversation.close', payload: { conversationId }, kind: 'close' };
        } else if (roll < 0.62 && colleagues.length > 0) {
          transfers += 1;
          pending = {
            event: 'transfer.request',
            payload: {
              transferId: `${client.tenantId}-${client.who}-t${transfers}`,
              conversationId,
              target: { kind: 'agent', agentId: this.pick(colleagues) },
              note: { text: 'please take this one' },
            },
            kind: 'transfer',
          };
        } else continue;
      }
      const answer = await client.request<{ seq?: number }>(pending.event, pending.payload);
      this.answered(client.tenantId, answer.ok ? null : answer.error.code);
      const { payload, kind } = pending;
      if (answer.ok) {
        const id = (payload.messageId ?? payload.transferId ?? null) as string | null;
        this.ack(client, kind, payload.conversationId as string, id, answer.seq ?? null);
      }
      if (answer.ok || !RETRYABLE.has(answer.error.code)) pending = null;
    }
  }

  private ack(
    client: ClusterClient,
    kind: Acknowledged['kind'],
    conversationId: string,
    id: string | null,
    seq: number | null,
  ): void {
    const via = `${client.url}#${client.connection}`;
    this.acknowledged.push({ tenantId: client.tenantId, kind, conversationId, id, seq, at: Date.now(), via });
  }
}
