/**
 * Real socket.io-client clients for the cluster tests, and the HTTP calls that set a tenant up
 * through the admin API of any node. A `ClusterClient` is one person (an agent or a widget
 * customer) whose connection may move between nodes: when its node dies it connects to another,
 * passing its cursors in `auth.resume`, as docs/realtime.md tells clients to. It records every
 * timeline entry it receives, on every connection, so a test can check afterwards that each
 * conversation's entries arrived once, in order, with no gap, and are the stored ones.
 */
import { io, type Socket } from 'socket.io-client';
import type { Ack, ServerEvents, TimelineEntry } from '../../src/transport/realtime/protocol.js';
import { ADMIN_TOKEN } from './cluster-harness.js';

export const PASSWORD = 'cluster harness password 2026';

export interface HttpAnswer<T = unknown> {
  readonly status: number;
  readonly body: T;
}

/**
 * One JSON call; a refused connection (a dead node) answers status 0. A pooled keep-alive connection
 * the node closed meanwhile (idle past its keep-alive timeout, or the process restarted on the same
 * port) fails with ECONNRESET before the request was read: that is tried once more on a new one.
 */
export async function http<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<HttpAnswer<T>> {
  try {
    const call = () =>
      fetch(`${base}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
    const response = await call().catch((error: unknown) => {
      if ((error as { cause?: { code?: unknown } }).cause?.code !== 'ECONNRESET') throw error;
      return call();
    });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as T };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return { status: 0, body: { error: `${String(error)}${cause}` } as T };
  }
}

async function must<T>(answer: Promise<HttpAnswer<T>>, what: string): Promise<T> {
  const { status, body } = await answer;
  if (status < 200 || status > 299) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

export interface TenantSpec {
  readonly agents: readonly string[];
  readonly maxConcurrent: number;
  /** Settings for PATCH /api/v1/tenant (deadlines short enough to fire during a test). */
  readonly settings?: Record<string, unknown>;
}

/** Creates a tenant through the admin API of the node at `base`: group g, its agents, their passwords. */
export async function createTenant(base: string, tenantId: string, spec: TenantSpec): Promise<string> {
  const created = await must(
    http<{ token: string }>(
      base,
      'POST',
      '/api/v1/tenants',
      { tenantId, admin: { id: 'admin', name: 'Admin', password: PASSWORD } },
      ADMIN_TOKEN,
    ),
    `create ${tenantId}`,
  );
  const admin = created.token;
  await must(http(base, 'PUT', '/api/v1/skill-groups/g', { name: 'General' }, admin), 'group');
  await must(http(base, 'PATCH', '/api/v1/tenant', { defaultGroupId: 'g', ...spec.settings }, admin), 'settings');
  for (const agentId of spec.agents) {
    const profile = {
      name: agentId.toUpperCase(),
      role: 'agent',
      maxConcurrent: spec.maxConcurrent,
      memberships: [{ groupId: 'g', ability: 5, tier: 'primary' }],
      languages: ['zh-CN', 'en-US'],
    };
    await must(http(base, 'PUT', `/api/v1/agents/${agentId}`, profile, admin), `agent ${agentId}`);
    await must(http(base, 'POST', `/api/v1/agents/${agentId}/password`, { password: PASSWORD }, admin), 'password');
  }
  return admin;
}

export async function agentToken(base: string, tenantId: string, agentId: string): Promise<string> {
  const body = await must(
    http<{ token: string }>(base, 'POST', '/api/v1/auth/login', { tenantId, agentId, password: PASSWORD }),
    `login ${agentId}`,
  );
  return body.token;
}

export async function customerToken(base: string, tenantId: string, visitorId: string): Promise<string> {
  const body = await must(
    http<{ token: string }>(base, 'POST', '/api/v1/widget/session', { tenantId, visitorId }),
    `widget ${visitorId}`,
  );
  return body.token;
}

/** A received timeline entry and the connection (1, 2, …) it came on. */
export interface ReceivedEntry extends TimelineEntry {
  readonly connection: number;
}

const NO_ANSWER = { ok: false, error: { code: 'NO_ANSWER', message: 'no acknowledgement' } } as const;

export class ClusterClient {
  /** Every timeline entry received, in arrival order. */
  readonly entries: ReceivedEntry[] = [];
  /** Every other event received, in order (name and payload). */
  readonly events: { readonly event: string; readonly payload: unknown; readonly connection: number }[] = [];
  /** conversationId → highest seq received. */
  readonly cursors = new Map<string, number>();
  connection = 0;
  url = '';
  /** Called with every timeline entry as it arrives (the bench times deliveries with it). */
  onEntry: ((entry: TimelineEntry) => void) | null = null;
  private socket: Socket | null = null;

  constructor(
    readonly tenantId: string,
    readonly who: string,
    readonly kind: 'agent' | 'customer',
    private readonly token: string,
  ) {}

  get connected(): boolean {
    return this.socket?.connected === true;
  }

  /**
   * Connects to `url` with the cursors held, and resolves with the `session`. Conversations the
   * session lists but this client has no cursor for (opened or assigned while it was away) are
   * resumed from the start.
   */
  async connect(url: string, timeoutMs = 20_000): Promise<ServerEvents['session']> {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.connection += 1;
    const connection = this.connection;
    this.url = url;
    const resume = [...this.cursors].map(([conversationId, lastSeq]) => ({ conversationId, lastSeq }));
    const socket = io(url, {
      auth: { token: this.token, resume },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: timeoutMs,
    });
    this.socket = socket;
    socket.onAny((event: string, payload: unknown) => {
      if (event === 'message') {
        const entry = payload as TimelineEntry;
        this.entries.push({ ...entry, connection });
        this.onEntry?.(entry);
        this.cursors.set(entry.conversationId, Math.max(this.cursors.get(entry.conversationId) ?? 0, entry.seq));
      } else {
        this.events.push({ event, payload, connection });
      }
    });
    const session = await new Promise<ServerEvents['session']>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`${this.who}: no session from ${url}`));
      }, timeoutMs);
      socket.once('connect_error', (error: Error & { data?: unknown }) => {
        clearTimeout(timer);
        reject(new Error(`${this.who}: refused by ${url}: ${error.message} ${JSON.stringify(error.data)}`));
      });
      socket.once('session', (payload: ServerEvents['session']) => {
        clearTimeout(timer);
        resolve(payload);
      });
    });
    const listed = session.conversations.map((conversation) => conversation.conversationId);
    for (const conversationId of listed) {
      if (!this.cursors.has(conversationId)) void this.request('resume', { conversationId, lastSeq: 0 });
    }
    return session;
  }

  onDisconnect(handler: () => void): void {
    this.socket?.once('disconnect', handler);
  }

  /** Sends a request; a connection lost before the answer (or no answer in `timeoutMs`) is `NO_ANSWER`. */
  async request<T extends object = Record<string, unknown>>(
    event: string,
    payload: unknown,
    timeoutMs = 20_000,
  ): Promise<Ack<T> | typeof NO_ANSWER> {
    const socket = this.socket;
    if (socket === null || !socket.connected) return NO_ANSWER;
    try {
      return (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
    } catch {
      return NO_ANSWER;
    }
  }

  /** The entries of one conversation received, in arrival order. */
  timeline(conversationId: string): ReceivedEntry[] {
    return this.entries.filter((entry) => entry.conversationId === conversationId);
  }

  close(): void {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
  }
}
