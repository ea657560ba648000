/**
 * Cluster mode (docs/cluster.md), on real processes, the local PostgreSQL and Redis (the cluster
 * test harness, test/support/cluster-harness.ts), with the production lease timings (3 s lease,
 * 1 s heartbeat):
 *
 * - `store.postgres_durable_commands_per_sec`: bench/store.ts's durable run on the PostgreSQL store;
 *   baseline: the same run on SQLite in this process, `ratio` = PostgreSQL / SQLite.
 * - `cluster.commands_per_sec_3_vs_1` and `cluster.e2e_p99_ms_3_vs_1`: customers sending messages
 *   in a closed loop (each waits for its acknowledgement) over sockets, agents receiving them; value:
 *   three cluster nodes (customer and agent on different nodes), baseline: one PostgreSQL server
 *   (single mode). THIS MACHINE HAS 2 CORES shared by the nodes, PostgreSQL, Redis and the load
 *   generator itself: three nodes cannot be faster here; the ratio shows what the cluster costs.
 * - `cluster.failover_seconds`: the owner of a busy tenant is SIGKILLed → the first command of that
 *   tenant acknowledged afterwards (by the new owner); the worst of the rounds.
 * - `cluster.handover_ms`: the owner gets SIGTERM → the longest stretch without an acknowledged
 *   command of its busy tenant while the tenant moves.
 * - `cluster.lost_acknowledged` and `cluster.double_assignments`: the cluster test's checks
 *   (cluster-verify.ts) over the busy tenants after the kills; both must be 0.
 * - `cluster.node_rss_mb_per_1000_sockets`: a node's resident memory growth per thousand connected
 *   customer sockets (capacity planning).
 */
import { readFileSync } from 'node:fs';
import { Random } from '../src/sim/random.js';
import { createPostgresStore } from '../src/store/postgres/create-postgres-store.js';
import { createSqliteStore } from '../src/store/sqlite/create-sqlite-store.js';
import { agentToken, ClusterClient, createTenant, customerToken } from '../test/support/cluster-client.js';
import { Cluster, type ClusterNode } from '../test/support/cluster-harness.js';
import { verifyCluster } from '../test/support/cluster-verify.js';
import { Workload } from '../test/support/cluster-workload.js';
import { onTestDatabase, testDatabaseUrl, uniqueSchema, ensureTestDatabase } from '../test/support/postgres.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, report } from './report.js';
import { runDurable } from './store.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const LEASE = { leaseMs: 3000, heartbeatMs: 1000 };

async function benchPostgresStore(quick: boolean): Promise<void> {
  await ensureTestDatabase();
  const tenants = quick ? 2 : 8;
  const perTenant = quick ? 200 : 5000;
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-pg-'));
  const schema = uniqueSchema('bench_store');
  try {
    const sqlite = await runDurable(() => createSqliteStore({ file: join(dir, 'durable.db') }), tenants, perTenant);
    const postgres = await runDurable(
      () => createPostgresStore({ connectionString: testDatabaseUrl, schema }),
      tenants,
      perTenant,
    );
    report({
      name: 'store.postgres_durable_commands_per_sec',
      value: postgres.commandsPerSec,
      unit: 'commands/s',
      baseline: sqlite.commandsPerSec,
      ratio: postgres.commandsPerSec / sqlite.commandsPerSec,
      note: `${tenants} tenants, ${postgres.commands} commands, 512 in flight per tenant, synchronous_commit=on; baseline: the same run on SQLite (WAL, synchronous=FULL) in this process`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

interface LoadFigures {
  readonly commandsPerSec: number;
  readonly e2eP99Ms: number;
  readonly sockets: number;
}

/** Customers in a closed loop of sends; agents on another node receive them. */
async function runLoad(cluster: Cluster, prefix: string, quick: boolean): Promise<LoadFigures> {
  const nodes = cluster.running();
  const tenants = quick ? 2 : 6;
  const customers = quick ? 3 : 8;
  const seconds = quick ? 3 : 15;
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  const clients: ClusterClient[] = [];
  for (let t = 0; t < tenants; t += 1) {
    const tenantId = `${prefix}${t}`;
    const base = nodes[t % nodes.length]!.url;
    await createTenant(base, tenantId, { agents: ['a1'], maxConcurrent: 100 });
    const agent = new ClusterClient(tenantId, 'a1', 'agent', await agentToken(base, tenantId, 'a1'));
    await agent.connect(nodes[(t + 1) % nodes.length]!.url);
    agent.onEntry = (entry) => {
      const at = sent.get(entry.messageId);
      if (at !== undefined) latencies.push(performance.now() - at);
    };
    clients.push(agent);
    for (let c = 0; c < customers; c += 1) {
      const visitor = `visitor-${tenantId}-${c}`;
      const client = new ClusterClient(tenantId, visitor, 'customer', await customerToken(base, tenantId, visitor));
      await client.connect(nodes[(t + c) % nodes.length]!.url);
      const opened = await client.request('conversation.open', { conversationId: `c${c}`, source: 'web', text: 'hi' });
      if (!opened.ok) throw new Error(`open: ${opened.error.code}`);
      clients.push(client);
    }
  }
  let acknowledged = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    clients
      .filter((client) => client.kind === 'customer')
      .map(async (client) => {
        for (let n = 0; performance.now() < until; n += 1) {
          const messageId = `${client.who}-${n}`;
          sent.set(messageId, performance.now());
          const conversationId = `c${client.who.slice(client.who.lastIndexOf('-') + 1)}`;
          const answer = await client.request('message.send', {
            conversationId,
            messageId,
            text: 'where is my order?',
          });
          if (answer.ok) acknowledged += 1;
        }
      }),
  );
  await sleep(500);
  for (const client of clients) client.close();
  return { commandsPerSec: acknowledged / seconds, e2eP99Ms: percentile(latencies, 99), sockets: clients.length };
}

function rssMb(node: ClusterNode): number {
  const status = readFileSync(`/proc/${String(node.pid)}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** RSS growth of one node per thousand idle customer sockets. */
async function socketMemory(cluster: Cluster, quick: boolean): Promise<void> {
  const node = cluster.running()[0]!;
  const count = quick ? 100 : 1000;
  await createTenant(node.url, 'mem', { agents: ['a1'], maxConcurrent: 10 });
  const tokens: string[] = [];
  for (let index = 0; index < count; index += 1)
    tokens.push(await customerToken(node.url, 'mem', `visitor-mem-${index}`));
  await sleep(1000);
  const before = rssMb(node);
  const clients: ClusterClient[] = [];
  for (let index = 0; index < count; index += 1) {
    const client = new ClusterClient('mem', `m${index}`, 'customer', tokens[index]!);
    await client.connect(node.url);
    clients.push(client);
  }
  await sleep(2000);
  const after = rssMb(node);
  report({
    name: 'cluster.node_rss_mb_per_1000_sockets',
    value: ((after - before) * 1000) / count,
    unit: 'MB',
    note: `${count} idle customer sockets on one node: RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB (noisy: a garbage collection in between can make it negative)`,
  });
  for (const client of clients) client.close();
}

/** Acknowledgement times of a prober: one customer sending in a closed loop through `node`. */
async function prober(node: ClusterNode, tenantId: string): Promise<{ acks: number[]; stop: () => Promise<void> }> {
  const client = new ClusterClient(
    tenantId,
    'prober',
    'customer',
    await customerToken(node.url, tenantId, 'visitor-prober'),
  );
  await client.connect(node.url);
  const opened = await client.request('conversation.open', { conversationId: 'probe', source: 'web', text: 'hi' });
  if (!opened.ok) throw new Error(`prober: ${opened.error.code}`);
  const acks: number[] = [];
  const state = { running: true };
  const loop = (async () => {
    for (let n = 0; state.running; n += 1) {
      const answer = await client.request(
        'message.send',
        { conversationId: 'probe', messageId: `p${n}`, text: 'ping' },
        30_000,
      );
      if (answer.ok) acks.push(Date.now());
      else await sleep(20);
    }
  })();
  return {
    acks,
    async stop() {
      state.running = false;
      await loop;
      client.close();
    },
  };
}

async function benchFaults(cluster: Cluster, quick: boolean): Promise<void> {
  const busy = ['w1', 'w2', 'w3'];
  const workload = new Workload(
    { tenants: busy, agentsPerTenant: 3, customersPerTenant: 3, maxConcurrent: 2, paceMs: 400 },
    new Random(7),
    () => cluster.serving(),
  );
  await workload.setup();
  await createTenant(cluster.nodes[0]!.url, 'probe', { agents: ['a1'], maxConcurrent: 100 });
  await cluster.settledOwners([...busy, 'probe']);
  workload.start();
  const failovers: number[] = [];
  const handovers: number[] = [];
  const rounds = quick ? 1 : 3;
  for (let round = 0; round < rounds * 2; round += 1) {
    const graceful = round % 2 === 1;
    const owner = cluster.node((await cluster.settledOwners(['probe'])).get('probe')!);
    const via = cluster.running().find((node) => node !== owner)!;
    const probe = await prober(via, 'probe');
    await sleep(1500);
    const faultAt = Date.now();
    if (graceful) await owner.stop();
    else await owner.kill();
    await cluster.settledOwners(['probe']);
    const deadline = Date.now() + 60_000;
    while (!probe.acks.some((at) => at > faultAt) && Date.now() < deadline) await sleep(50);
    await sleep(1000);
    await probe.stop();
    const after = probe.acks.find((at) => at > faultAt);
    if (after === undefined) throw new Error('no command acknowledged after the fault');
    if (graceful) {
      // The longest stretch without an acknowledgement around the move: what a user sending then waits.
      const from = probe.acks.findLastIndex((at) => at <= faultAt);
      const around = probe.acks.slice(Math.max(0, from));
      handovers.push(Math.max(...around.slice(1).map((at, index) => at - around[index]!)));
    } else failovers.push((after - faultAt) / 1000);
    await owner.start();
    await cluster.settledOwners([...busy, 'probe']);
  }
  await workload.stop();
  await sleep(2000);
  const verification = await verifyCluster(cluster, busy, workload.clients, workload.acknowledged, { final: false });
  workload.closeAll();
  const lost = verification.problems.filter((problem) => problem.includes('acknowledged')).length;
  const doubles = verification.problems.filter((problem) =>
    /owned by|over capacity|while .* owns/.test(problem),
  ).length;
  report({
    name: 'cluster.failover_seconds',
    value: Math.max(...failovers),
    unit: 's',
    note: `owner SIGKILLed → first command acknowledged by the new owner; worst of ${failovers.length}: ${failovers.map((s) => s.toFixed(2)).join(', ')} s (lease 3 s, heartbeat 1 s)`,
  });
  report({
    name: 'cluster.handover_ms',
    value: Math.max(...handovers),
    unit: 'ms',
    note: `SIGTERM of a busy tenant's owner: the longest wait for an acknowledgement while it moves; worst of ${handovers.length}: ${handovers.join(', ')} ms`,
  });
  report({
    name: 'cluster.lost_acknowledged',
    value: lost,
    unit: 'commands',
    note: `of ${workload.acknowledged.length} acknowledged while ${failovers.length} owners were killed and ${handovers.length} stopped (must be 0)`,
  });
  report({
    name: 'cluster.double_assignments',
    value: doubles,
    unit: 'problems',
    note: `conversations owned twice or agents over capacity at any of ${verification.events} replayed events, ${verification.assignments} assignments (must be 0)`,
  });
}

export async function benchCluster(options: { readonly quick: boolean }): Promise<void> {
  const quick = options.quick;
  await benchPostgresStore(quick);

  const single = await Cluster.create({ nodeIds: ['solo'], name: 'bench_single', cluster: false });
  let one: LoadFigures;
  try {
    await single.startAll();
    one = await runLoad(single, 's', quick);
  } finally {
    await single.close();
  }

  const cluster = await Cluster.create({ nodeIds: ['b1', 'b2', 'b3'], name: 'bench_cluster', ...LEASE });
  try {
    await cluster.startAll();
    const three = await runLoad(cluster, 'l', quick);
    const label = '2 CORES shared by the nodes, PostgreSQL, Redis and this load generator';
    report({
      name: 'cluster.commands_per_sec_3_vs_1',
      value: three.commandsPerSec,
      unit: 'commands/s',
      baseline: one.commandsPerSec,
      ratio: three.commandsPerSec / one.commandsPerSec,
      note: `${three.sockets} sockets sending in a closed loop; value: 3 cluster nodes, baseline: 1 PostgreSQL server; ${label}`,
    });
    report({
      name: 'cluster.e2e_p99_ms_3_vs_1',
      value: three.e2eP99Ms,
      unit: 'ms',
      baseline: one.e2eP99Ms,
      ratio: three.e2eP99Ms / one.e2eP99Ms,
      note: `customer send → the agent's socket (on another node in the cluster) receives it; ${label}`,
    });
    await socketMemory(cluster, quick);
    await benchFaults(cluster, quick);
  } finally {
    await cluster.close();
  }
}
