/**
 * A cluster of real Switchboard processes for the cluster tests and the cluster bench: N times
 * `node bin/switchboard.mjs start --no-demo` on the test PostgreSQL (a fresh schema per cluster) and
 * the local Redis (a key prefix unique to the cluster), each with its own `NODE_ID`, on 127.0.0.1.
 * A node's port is picked by the system on its first start (PORT=0, read from the `ready` log line)
 * and kept across restarts, so a client's URL for a node stays valid. Faults are real signals:
 * SIGKILL (crash), SIGSTOP/SIGCONT (a paused process: GC pause, stalled VM), SIGTERM (graceful stop,
 * the node hands its tenants over). `close()` kills what is left and drops the schema.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { BIN, type LogLine } from './cli-process.js';
import { ensureTestDatabase, testDatabaseUrl, uniqueSchema } from './postgres.js';

export const TOKEN_SECRET = 'cluster-test-secret-cluster-test-secret';
export const ADMIN_TOKEN = 'cluster-admin-token-cluster-admin-token';
export const REDIS_URL = process.env.SWITCHBOARD_TEST_REDIS ?? 'redis://127.0.0.1:6379';

/** Settings every process must not inherit from the test's environment (empty means unset). */
const INHERITED = [
  'DATABASE_URL',
  'DATABASE_SCHEMA',
  'SWITCHBOARD_CONFIG',
  'SWITCHBOARD_DATA_DIR',
  'TOKEN_SECRET',
  'ADMIN_TOKEN',
  'PORT',
  'HOST',
  'REDIS_URL',
  'REDIS_KEY_PREFIX',
  'NODE_ID',
  'CLUSTER_LEASE_MS',
  'CLUSTER_HEARTBEAT_MS',
  'CLUSTER_FORWARD_WAIT_MS',
];

export interface ClusterOptions {
  /** Node ids, e.g. ['n1', 'n2', 'n3']. */
  readonly nodeIds: readonly string[];
  /** Schema prefix (a random suffix is added). */
  readonly name: string;
  /** Cluster mode (REDIS_URL set): true by default; false runs the nodes as single PostgreSQL servers. */
  readonly cluster?: boolean;
  readonly leaseMs?: number;
  readonly heartbeatMs?: number;
  readonly forwardWaitMs?: number;
  /** Extra environment for every node. */
  readonly env?: Readonly<Record<string, string>>;
  /** Use this schema instead of a fresh one (kept on close). */
  readonly schema?: string;
  /** Fixed ports, by node index, instead of PORT=0 on the first start. */
  readonly ports?: readonly number[];
}

export type NodeState = 'stopped' | 'running' | 'paused';

/** One server process, started and restarted under the same NODE_ID and port. */
export class ClusterNode {
  readonly logs: LogLine[] = [];
  stderr = '';
  port: number;
  state: NodeState = 'stopped';
  /** Logged `ready` (listening) and not exited since. */
  ready = false;
  /** How many times the process was started. */
  starts = 0;
  /** How the last process ended. */
  lastExit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private child: ChildProcess | null = null;
  private exit: Promise<void> = Promise.resolve();
  private waiters: (() => void)[] = [];

  constructor(
    readonly id: string,
    private readonly env: Record<string, string>,
    port = 0,
  ) {
    this.port = port;
  }

  get url(): string {
    return `http://127.0.0.1:${String(this.port)}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process and resolves once it logged `ready` (its port is then known). */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.state !== 'stopped') throw new Error(`${this.id} is already ${this.state}`);
    const env = {
      ...process.env,
      ...Object.fromEntries(INHERITED.map((name) => [name, ''])),
      ...this.env,
      NODE_ID: this.id,
      PORT: String(this.port),
    };
    const child = spawn(process.execPath, [BIN, 'start', '--no-demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.state = 'running';
    this.starts += 1;
    const mark = this.logs.length;
    createInterface({ input: child.stdout }).on('line', (line) => {
      let parsed: LogLine;
      try {
        parsed = JSON.parse(line) as LogLine;
      } catch {
        parsed = { text: line };
      }
      this.logs.push({ ...parsed, node: this.id, start: this.starts });
      this.wake();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.lastExit = { code, signal };
        this.ready = false;
        if (this.child === child) {
          this.child = null;
          this.state = 'stopped';
        }
        resolve();
        this.wake();
      });
    });
    const ready = await this.waitForLog('ready', timeoutMs, mark);
    this.port = Number(ready.port);
    this.ready = this.child === child;
  }

  /** The first log line with `msg` logged after line `from`; rejects if the process exits first. */
  async waitForLog(msg: string, timeoutMs = 30_000, from = 0): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.logs.slice(from).find((line) => line.msg === msg);
      if (found !== undefined) return found;
      if (this.state === 'stopped') throw new Error(`${this.id} exited before "${msg}": ${this.stderr.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`${this.id}: no "${msg}" within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** A crash: SIGKILL, resolved once the process is gone. */
  async kill(): Promise<void> {
    if (this.child === null) return;
    this.child.kill('SIGKILL');
    await this.exit;
  }

  /** A graceful stop: SIGTERM (the node hands its tenants over), resolved once it exited. */
  async stop(): Promise<void> {
    if (this.child === null) return;
    if (this.state === 'paused') this.resume();
    this.child.kill('SIGTERM');
    await this.exit;
  }

  /** Freezes the process (SIGSTOP): it keeps its sockets and leases but does nothing until resumed. */
  pause(): void {
    if (this.child === null || this.state !== 'running') throw new Error(`${this.id} is not running`);
    this.child.kill('SIGSTOP');
    this.state = 'paused';
  }

  resume(): void {
    if (this.child === null || this.state !== 'paused') throw new Error(`${this.id} is not paused`);
    this.child.kill('SIGCONT');
    this.state = 'running';
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

export interface Lease {
  readonly tenantId: string;
  readonly nodeId: string | null;
  readonly epoch: number;
  /** The lease is live at the database's clock. */
  readonly live: boolean;
}

export class Cluster {
  readonly nodes: ClusterNode[];
  private readonly pool: pg.Pool;

  private constructor(
    readonly schema: string,
    readonly redisPrefix: string,
    private readonly ownSchema: boolean,
    nodes: ClusterNode[],
  ) {
    this.nodes = nodes;
    this.pool = new pg.Pool({ connectionString: testDatabaseUrl, max: 2, options: `-c search_path=${schema}` });
  }

  /** Builds the nodes (not started: call `startAll`). */
  static async create(options: ClusterOptions): Promise<Cluster> {
    await ensureTestDatabase();
    const schema = options.schema ?? uniqueSchema(options.name);
    const redisPrefix = `sbtest:${randomUUID().slice(0, 8)}:`;
    const env: Record<string, string> = {
      DATABASE_URL: testDatabaseUrl,
      DATABASE_SCHEMA: schema,
      HOST: '127.0.0.1',
      TOKEN_SECRET,
      ADMIN_TOKEN,
      LOG_LEVEL: 'info',
      // Requests come from one address in tests: the per-address limits are not what is tested here.
      RATE_LIMIT: '1000000',
      SOCKETS_PER_ADDRESS: '100000',
      REALTIME_RATE_LIMIT: '100000',
      SHUTDOWN_TIMEOUT_MS: '30000',
      ...(options.cluster === false
        ? {}
        : {
            REDIS_URL,
            REDIS_KEY_PREFIX: redisPrefix,
            CLUSTER_LEASE_MS: String(options.leaseMs ?? 2000),
            CLUSTER_HEARTBEAT_MS: String(options.heartbeatMs ?? 400),
            CLUSTER_FORWARD_WAIT_MS: String(options.forwardWaitMs ?? 15_000),
          }),
      ...options.env,
    };
    const nodes = options.nodeIds.map((id, index) => new ClusterNode(id, env, options.ports?.[index] ?? 0));
    return new Cluster(schema, redisPrefix, options.schema === undefined, nodes);
  }

  /**
   * Starts every node. The first one alone (it runs the migrations on the empty schema), the rest
   * together.
   */
  async startAll(): Promise<void> {
    const [first, ...rest] = this.nodes;
    await first?.start();
    await Promise.all(rest.map((node) => node.start()));
  }

  node(id: string): ClusterNode {
    const found = this.nodes.find((node) => node.id === id);
    if (found === undefined) throw new Error(`no node ${id}`);
    return found;
  }

  /** Nodes alive and not paused (some may still be starting). */
  running(): ClusterNode[] {
    return this.nodes.filter((node) => node.state === 'running');
  }

  /** Nodes alive, not paused and listening: where clients can connect. */
  serving(): ClusterNode[] {
    return this.nodes.filter((node) => node.state === 'running' && node.ready);
  }

  async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.pool.query<R>(sql, params)).rows;
  }

  /** Every tenant's lease row (the cluster's ownership table), at the database's clock. */
  async leases(): Promise<Lease[]> {
    const rows = await this.query<{ tenant_id: string; node_id: string | null; epoch: string; live: boolean }>(
      'SELECT tenant_id, node_id, epoch, (node_id IS NOT NULL AND expires_at > now()) AS live FROM tenant_leases',
    );
    return rows.map((row) => ({
      tenantId: row.tenant_id,
      nodeId: row.node_id,
      epoch: Number(row.epoch),
      live: row.live,
    }));
  }

  /** The node holding a live lease on the tenant, or null. */
  async ownerOf(tenantId: string): Promise<{ nodeId: string; epoch: number } | null> {
    const lease = (await this.leases()).find((row) => row.tenantId === tenantId);
    return lease?.live === true && lease.nodeId !== null ? { nodeId: lease.nodeId, epoch: lease.epoch } : null;
  }

  /** Waits until every listed tenant has a live owner among the running nodes; returns them. */
  async settledOwners(tenantIds: readonly string[], timeoutMs = 60_000): Promise<Map<string, string>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const running = new Set(this.running().map((node) => node.id));
      const leases = await this.leases();
      const owners = new Map<string, string>();
      for (const lease of leases) {
        if (lease.live && lease.nodeId !== null && running.has(lease.nodeId)) owners.set(lease.tenantId, lease.nodeId);
      }
      if (tenantIds.every((id) => owners.has(id))) return owners;
      if (Date.now() > deadline) {
        throw new Error(`tenants without a live owner: ${tenantIds.filter((id) => !owners.has(id)).join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Kills every node still running and drops the schema (unless it was given). For a post-mortem,
   * CLUSTER_TEST_KEEP=<dir> keeps the schema and writes each node's log lines to `<dir>/<schema>-<node>.log`.
   */
  async close(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.kill()));
    const keep = process.env.CLUSTER_TEST_KEEP;
    if (keep !== undefined && keep !== '') {
      mkdirSync(keep, { recursive: true });
      for (const node of this.nodes) {
        const lines = node.logs.map((line) => JSON.stringify(line)).join('\n');
        writeFileSync(join(keep, `${this.schema}-${node.id}.log`), `${lines}\n${node.stderr}`);
      }
    }
    try {
      if (this.ownSchema && (keep === undefined || keep === '')) {
        await this.pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
      }
    } finally {
      await this.pool.end();
    }
  }
}
