/**
 * A rolling restart, as a deploy does it: with busy tenants working through all three nodes, each
 * node in turn gets SIGTERM, and is started again once it has exited. SIGTERM hands the node's
 * tenants over before it exits (docs/cluster.md): it exits 0, it leaves no lease of its own
 * behind (every one was released, not left to expire) and no heartbeat row, every tenant has a live
 * owner among the others, and the stored log passes every check of the chaos test — no
 * acknowledged command lost, no double owner, no agent over capacity, every timeline gap-free.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Random } from '../../src/sim/random.js';
import { Cluster } from '../support/cluster-harness.js';
import { verifyCluster } from '../support/cluster-verify.js';
import { Workload } from '../support/cluster-workload.js';

const SEED = Number(process.env.CLUSTER_SEED ?? 20_261_204);
const tenants = ['r1', 'r2', 'r3', 'r4', 'r5'];
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let cluster: Cluster | undefined;
let workload: Workload | undefined;

afterAll(async () => {
  workload?.closeAll();
  await cluster?.close();
});

describe('rolling restart', () => {
  it('hands every tenant over on SIGTERM, node after node, losing nothing', async () => {
    cluster = await Cluster.create({ nodeIds: ['n1', 'n2', 'n3'], name: 'rolling', leaseMs: 3000, heartbeatMs: 500 });
    const nodes = cluster;
    await nodes.startAll();
    workload = new Workload(
      { tenants, agentsPerTenant: 3, customersPerTenant: 3, maxConcurrent: 2, paceMs: 400 },
      new Random(SEED),
      () => nodes.serving(),
    );
    const work = workload;
    await work.setup();
    await nodes.settledOwners(tenants);
    work.start();

    for (const node of nodes.nodes) {
      await sleep(2000);
      const owned = [...(await nodes.settledOwners(tenants))].filter(([, owner]) => owner === node.id);
      const epochs = new Map((await nodes.leases()).map((lease) => [lease.tenantId, lease.epoch]));
      await node.stop();
      expect(node.lastExit).toEqual({ code: 0, signal: null });
      expect(node.logs.some((line) => line.msg === 'stopped')).toBe(true);
      // Released, not left to expire: no row names the stopped node as a live owner any more.
      const leftBehind = (await nodes.leases()).filter((lease) => lease.nodeId === node.id && lease.live);
      expect(leftBehind, `${node.id} kept leases after SIGTERM`).toEqual([]);
      const heartbeat = await nodes.query(
        'SELECT node_id FROM cluster_nodes WHERE node_id = $1 AND expires_at > now()',
        [node.id],
      );
      expect(heartbeat).toEqual([]);
      const owners = await nodes.settledOwners(tenants);
      for (const [tenantId] of owned) {
        expect(owners.get(tenantId)).not.toBe(node.id);
        expect((await nodes.ownerOf(tenantId))!.epoch).toBeGreaterThan(epochs.get(tenantId)!);
      }
      const verification = await verifyCluster(nodes, tenants, work.clients, work.acknowledged);
      expect(verification.problems, `after SIGTERM of ${node.id} (seed ${SEED})`).toEqual([]);
      await node.start();
      await nodes.settledOwners(tenants);
    }

    await work.stop();
    await sleep(2000);
    await expect
      .poll(
        async () => (await verifyCluster(nodes, tenants, work.clients, work.acknowledged, { final: true })).problems,
        { timeout: 30_000, interval: 1000 },
      )
      .toEqual([]);
    expect(work.acknowledged.length).toBeGreaterThan(100);
    expect(work.reconnections).toBeGreaterThan(0);
  }, 600_000);
});
