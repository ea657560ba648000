/**
 * The actor's snapshots (src/engine/snapshotter.ts, src/engine/load-state.ts): taken after durable
 * batches on the size-or-time policy, one write at a time, never delaying or failing a command; and
 * start-up from the latest snapshot plus the events after it, falling back to the whole log when the
 * snapshot cannot be used.
 */
import { describe, expect, it } from 'vitest';
import type { AgentProfile } from '../../src/domain/agent.js';
import type { Command } from '../../src/domain/commands.js';
import { describeState } from '../../src/domain/describe-state.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import { SNAPSHOT_FORMAT, toSnapshot } from '../../src/domain/snapshot.js';
import { loadState } from '../../src/engine/load-state.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { TenantActor } from '../../src/engine/tenant-actor.js';
import type { SnapshotStore, StoredSnapshot } from '../../src/store/snapshot-store.js';
import { createMemoryEventStore } from '../../src/store/memory/memory-event-store.js';
import { createMemorySnapshotStore } from '../../src/store/memory/memory-snapshot-store.js';
import { T0 } from '../support/harness.js';

const TENANT = 'tenant-1';

const agent: AgentProfile = {
  id: 'a',
  name: 'a',
  role: 'agent',
  level: 1,
  departmentId: null,
  memberships: [{ groupId: 'g', ability: 5, tier: 'primary' }],
  languages: [],
  maxConcurrent: 50,
};

const setup: Command[] = [
  { type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'g' }) },
  { type: 'ConfigureTenant', settings: { defaultGroupId: 'g', firstResponseTimeoutSeconds: 30 } },
  { type: 'SaveAgent', agent },
  { type: 'ConnectAgent', agentId: 'a' },
];

const open = (id: string): Command => ({
  type: 'OpenConversation',
  conversationId: id,
  customerId: `cust-${id}`,
  channel: 'web',
  source: 'site',
  text: 'hello',
});

async function submitAll(actor: TenantActor, commands: readonly Command[]): Promise<void> {
  for (const command of commands) {
    const result = await actor.submit(command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
  }
}

describe('snapshots in the tenant actor', () => {
  it('are taken once enough events are durable, and start-up replays only the events after them', async () => {
    const store = createMemoryEventStore();
    const snapshots = createMemorySnapshotStore(store);
    const clock = new SimulatedClock(T0);
    const options = { tenantId: TENANT, store, snapshots, clock, scheduler: clock };
    const actor = await TenantActor.start({ ...options, snapshotPolicy: { everyEvents: 10, everyMs: 1e9 } });
    await submitAll(actor, setup);
    expect(snapshots.saved()).toBe(0);
    await submitAll(actor, ['c1', 'c2', 'c3', 'c4'].map(open));
    await actor.close();
    const latest = await snapshots.latestSnapshot(TENANT);
    expect(latest?.seq).toBeGreaterThanOrEqual(10);
    expect(latest?.data.format).toBe(SNAPSHOT_FORMAT);

    const loaded = await loadState({ tenantId: TENANT, store, snapshots });
    expect(loaded.snapshotSeq).toBe(latest?.seq);
    expect(loaded.seq).toBe(await store.lastSeq(TENANT));
    const restarted = await TenantActor.start(options);
    expect(describeState(restarted.view)).toEqual(describeState(actor.view));
    expect(restarted.lastSeq).toBe(actor.lastSeq);
    await restarted.close();
  });

  it('are also taken on time, once an event came since the last one', async () => {
    const store = createMemoryEventStore();
    const snapshots = createMemorySnapshotStore(store);
    const clock = new SimulatedClock(T0);
    const actor = await TenantActor.start({
      tenantId: TENANT,
      store,
      snapshots,
      clock,
      scheduler: clock,
      snapshotPolicy: { everyEvents: 1e9, everyMs: 60_000 },
    });
    await submitAll(actor, setup);
    expect(snapshots.saved()).toBe(0);
    clock.advanceBy(61_000);
    await actor.idle();
    expect(snapshots.saved()).toBe(0);
    await submitAll(actor, [open('c1')]);
    await actor.close();
    expect(snapshots.saved()).toBe(1);
    expect((await snapshots.latestSnapshot(TENANT))?.seq).toBe(await store.lastSeq(TENANT));
  });

  it('never fail or delay a command when the snapshot store fails', async () => {
    const store = createMemoryEventStore();
    const errors: unknown[] = [];
    const failing: SnapshotStore = {
      saveSnapshot: () => Promise.reject(new Error('disk full')),
      latestSnapshot: () => Promise.resolve(null),
    };
    const clock = new SimulatedClock(T0);
    const actor = await TenantActor.start({
      tenantId: TENANT,
      store,
      snapshots: failing,
      clock,
      scheduler: clock,
      snapshotPolicy: { everyEvents: 1, everyMs: 1e9 },
      onSnapshotError: (error) => errors.push(error),
    });
    await submitAll(actor, [...setup, open('c1')]);
    await actor.close();
    expect(errors.length).toBeGreaterThan(0);
    expect(await store.lastSeq(TENANT)).toBeGreaterThan(5);
  });

  it('are skipped at start-up when unusable: another format, or ahead of the log', async () => {
    const store = createMemoryEventStore();
    const clock = new SimulatedClock(T0);
    const actor = await TenantActor.start({ tenantId: TENANT, store, clock, scheduler: clock });
    await submitAll(actor, [...setup, open('c1')]);
    await actor.close();
    const good = await loadState({ tenantId: TENANT, store });
    const unusable = (snapshot: StoredSnapshot): SnapshotStore => ({
      saveSnapshot: () => Promise.resolve(),
      latestSnapshot: () => Promise.resolve(snapshot),
    });
    const data = toSnapshot(good.state);
    const stale: StoredSnapshot = {
      tenantId: TENANT,
      seq: 2,
      takenAt: T0,
      data: { ...data, format: SNAPSHOT_FORMAT + 1 },
    };
    const ahead: StoredSnapshot = { tenantId: TENANT, seq: good.seq + 5, takenAt: T0, data };
    for (const snapshot of [stale, ahead]) {
      const loaded = await loadState({ tenantId: TENANT, store, snapshots: unusable(snapshot) });
      expect(loaded.snapshotSeq).toBeNull();
      expect(describeState(loaded.state)).toEqual(describeState(good.state));
    }
  });
});
