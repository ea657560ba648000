/**
 * Issue 15's chaos run: three real nodes on the real PostgreSQL and Redis, six busy tenants whose
 * agents and customers are connected to all three nodes, and, chosen by a seeded random, faults:
 * ten SIGKILLs of the owner of a busy tenant (the node is started again after each), one SIGSTOP
 * held past the lease then SIGCONT, one graceful restart. After every fault (cluster-verify.ts):
 * no acknowledged command lost; the log replays with no conversation owned twice and no agent over
 * capacity at any seq; every deadline-driven event consumed a pending, due deadline (fired once);
 * every entry any client was shown is the stored one, and each client's timelines have no gap and
 * no duplicate. The paused node's clients keep their connection through the pause, and whatever
 * that node tried to write with its lost lease is refused: nothing it showed or acknowledged is
 * missing from, or different in, the log. At the end, with the load stopped: customers hold their
 * whole timelines and no deadline long due is pending.
 *
 * Seed: CLUSTER_SEED (default below); the failure message names it. Assertions are on outcomes,
 * never on how long anything took (failover times are printed, and measured by `npm run bench`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Random } from '../../src/sim/random.js';
import { Cluster, type ClusterNode } from '../support/cluster-harness.js';
import { verifyCluster, type Verification } from '../support/cluster-verify.js';
import { Workload } from '../support/cluster-workload.js';

const SEED = Number(process.env.CLUSTER_SEED ?? 20_261_203);
const KILLS = 10;
const LEASE_MS = 2000;
const tenants = ['t1', 't2', 't3', 't4', 't5', 't6'];

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let cluster: Cluster | undefined;
let workload: Workload | undefined;

afterAll(async () => {
  workload?.closeAll();
  await cluster?.close();
});

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      const leases = (await cluster?.leases()) ?? [];
      const table = leases.map(
        (lease) => `${lease.tenantId}:${String(lease.nodeId)}@${lease.epoch}${lease.live ? '' : ' expired'}`,
      );
      throw new Error(`timed out waiting for ${what} (seed ${SEED}); leases ${table.join(', ')}`);
    }
    await sleep(100);
  }
}

describe('cluster chaos', () => {
  it(`survives ${KILLS} owner kills, a pause past the lease and a restart (seed ${SEED})`, async () => {
    const random = new Random(SEED);
    cluster = await Cluster.create({ nodeIds: ['n1', 'n2', 'n3'], name: 'chaos', leaseMs: LEASE_MS, heartbeatMs: 400 });
    const nodes = cluster;
    await nodes.startAll();
    workload = new Workload(
      { tenants, agentsPerTenant: 3, customersPerTenant: 4, maxConcurrent: 2, paceMs: 400 },
      new Random(SEED + 1),
      () => nodes.serving(),
    );
    const work = workload;
    await work.setup();
    await nodes.settledOwners(tenants);
    work.start();

    const faults: string[] = [];
    const failoverMs: number[] = [];
    let last: Verification | undefined;
    const check = async (after: string): Promise<void> => {
      faults.push(after);
      last = await verifyCluster(nodes, tenants, work.clients, work.acknowledged);
      expect(last.problems, `after ${faults.join(', ')} (seed ${SEED})`).toEqual([]);
    };
    const victimOf = async (): Promise<{ tenantId: string; node: ClusterNode }> => {
      const owners = await nodes.settledOwners(tenants);
      const tenantId = tenants[Math.floor(random.next() * tenants.length)]!;
      return { tenantId, node: nodes.node(owners.get(tenantId)!) };
    };

    // A killed node is started again in the background while the load and the next faults go on
    // (at least two nodes run at every kill); restarts are awaited before the pause.
    const restarts: Promise<void>[] = [];
    for (let round = 1; round <= KILLS; round += 1) {
      await sleep(1000 + random.next() * 2000);
      await waitFor(() => nodes.serving().length >= 2, 'two serving nodes');
      const { tenantId, node } = await victimOf();
      const killedAt = Date.now();
      await node.kill();
      await nodes.settledOwners(tenants);
      // Failover: the first command of the victim's tenant acknowledged after the kill.
      await waitFor(
        () => work.answers.some((answer) => answer.tenantId === tenantId && answer.at > killedAt),
        `a command of ${tenantId} after killing ${node.id}`,
      );
      failoverMs.push(
        work.answers.find((answer) => answer.tenantId === tenantId && answer.at > killedAt)!.at - killedAt,
      );
      await check(`SIGKILL ${round} (${node.id}, owner of ${tenantId})`);
      // A start cut short by a later kill is made again below.
      restarts.push(node.start().catch(() => undefined));
    }
    await Promise.all(restarts);
    for (const node of nodes.nodes) if (node.state === 'stopped') await node.start();
    await nodes.settledOwners(tenants);

    // A pause past the lease: the node keeps its sockets, its leases are taken over meanwhile.
    await sleep(1500);
    const paused = await victimOf();
    const before = await nodes.ownerOf(paused.tenantId);
    paused.node.pause();
    await waitFor(async () => {
      const owner = await nodes.ownerOf(paused.tenantId);
      return owner !== null && owner.nodeId !== paused.node.id && owner.epoch > (before?.epoch ?? 0);
    }, `${paused.tenantId} taken over from the paused ${paused.node.id}`);
    await sleep(LEASE_MS);
    const answersBefore = work.answers.length;
    paused.node.resume();
    // Its clients' requests, queued through the pause, are answered (forwarded to the new owners).
    await waitFor(() => work.answers.length > answersBefore + 20, 'answers after the pause');
    await nodes.settledOwners(tenants);
    await sleep(2000);
    await check(`SIGSTOP past the lease of ${paused.node.id} (owner of ${paused.tenantId}), SIGCONT`);
    expect(paused.node.state).toBe('running');

    // A graceful restart.
    const restarted = (await victimOf()).node;
    await restarted.restart();
    await nodes.settledOwners(tenants);
    await sleep(2000);
    await check(`restart of ${restarted.id}`);

    // Quiet: stop the load, let the last deadlines fire and the clients catch up.
    await work.stop();
    await sleep(3000);
    let final: Verification | undefined;
    await expect
      .poll(
        async () => {
          final = await verifyCluster(nodes, tenants, work.clients, work.acknowledged, { final: true });
          return final.problems;
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toEqual([]);

    const kills = faults.filter((fault) => fault.startsWith('SIGKILL')).length;
    expect(kills).toBe(KILLS);
    // The run did real work through every fault, deadlines included.
    expect(final!.acknowledged).toBeGreaterThan(500);
    expect(final!.fired.get('first-response') ?? 0).toBeGreaterThan(0);
    expect(final!.fired.get('reply-reminder') ?? 0).toBeGreaterThan(0);
    expect(work.reconnections).toBeGreaterThan(0);
    console.log(
      JSON.stringify({
        seed: SEED,
        faults: faults.length,
        events: final!.events,
        acknowledged: final!.acknowledged,
        entriesChecked: final!.entriesChecked,
        assignments: final!.assignments,
        deadlinesFired: Object.fromEntries(final!.fired),
        deadlineLatenessMaxMs: Math.max(0, ...final!.lateness),
        failoverMs,
        reconnections: work.reconnections,
        refusals: Object.fromEntries(work.refusals),
        lastRoundEvents: last?.events,
      }),
    );
  }, 600_000);
});
