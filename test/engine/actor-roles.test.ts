/**
 * The tenant actor's cluster roles on the in-memory store and a simulated clock: a follower refuses
 * commands and applies the leader's events in seq order (ignoring held ones, reading the store on a
 * gap), telling its listeners once; promotion catches up and arms the deadlines; demotion drains
 * what is queued, refuses what comes after and fires no deadline; a store that cannot be reached
 * fails the batch as a store failure and leaves nothing half-applied.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands.js';
import type { DomainEvent } from '../../src/domain/events.js';
import { isStoreFailure, NotOwnerError } from '../../src/engine/actor-errors.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { TenantActor } from '../../src/engine/tenant-actor.js';
import type { EventStore, StoredEvent } from '../../src/store/event-store.js';
import { createMemoryEventStore } from '../../src/store/memory/memory-event-store.js';
import { T0 } from '../support/harness.js';
import { open, tenantSetup } from '../support/cluster-nodes.js';

const TENANT = 'acme';
const SECOND = 1000;

async function pair(store: EventStore = createMemoryEventStore()) {
  const clock = new SimulatedClock(T0);
  const leader = await TenantActor.start({ tenantId: TENANT, store, clock, scheduler: clock, clustered: true });
  const follower = await TenantActor.start({
    tenantId: TENANT,
    store,
    clock,
    scheduler: clock,
    role: 'follower',
    clustered: true,
  });
  return { clock, leader, follower, store };
}

async function run(actor: TenantActor, command: Command): Promise<readonly StoredEvent[]> {
  const result = await actor.submit(command);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
  return result.events;
}

describe('tenant actor roles', () => {
  it('follows the leader’s events in seq order, once each, filling gaps from the store', async () => {
    const { leader, follower } = await pair();
    const heard: number[] = [];
    follower.subscribe((events) => heard.push(...events.map((stored) => stored.seq)));
    await expect(follower.submit(open('x'))).rejects.toBeInstanceOf(NotOwnerError);
    expect(follower.leading).toBe(false);

    const batches: StoredEvent[][] = [];
    leader.subscribe((events) => batches.push([...events]));
    for (const command of tenantSetup) await run(leader, command);
    await run(leader, open('c1'));
    await run(leader, open('c2'));
    // In order, then again (held: ignored), then the last batch alone (a gap: read from the store).
    await follower.follow(batches[0]!);
    await follower.follow(batches[0]!);
    await follower.follow(batches.at(-1)!);
    expect(heard).toEqual(heard.map((_, index) => index + 1));
    expect(follower.lastSeq).toBe(leader.lastSeq);
    expect(follower.view).toEqual(leader.view);
    // A leader ignores followed events (it wrote its own).
    await leader.follow(batches[0]!);
    expect(leader.lastSeq).toBe(follower.lastSeq);
  });

  it('promotes a follower (catching up, arming deadlines) and demotes a leader after draining its queue', async () => {
    const { clock, leader, follower } = await pair();
    for (const command of tenantSetup) await run(leader, command);
    await run(leader, open('c1'));

    // The leader hands over: queued commands are answered, later ones refused; no deadline fires after.
    const queued = [leader.submit(open('q1')), leader.submit(open('q2'))];
    const demoting = leader.demote();
    await expect(leader.submit(open('late'))).rejects.toBeInstanceOf(NotOwnerError);
    await demoting;
    expect((await Promise.all(queued)).map((result) => result.ok)).toEqual([true, true]);
    expect(leader.currentRole).toBe('follower');

    await follower.promote();
    expect(follower.view.conversations.has('q2')).toBe(true);
    expect(follower.leading).toBe(true);
    await run(follower, open('c3'));
    // c1's first-response deadline fires once, on the new leader only.
    const requeues: StoredEvent[] = [];
    follower.subscribe((events) => requeues.push(...events.filter((e) => e.event.type === 'ConversationRequeued')));
    clock.advanceTo(T0 + 60 * SECOND);
    await Promise.all([leader.idle(), follower.idle()]);
    expect(requeues.length).toBeGreaterThan(0);
    expect(new Set(requeues.map((stored) => stored.seq)).size).toBe(requeues.length);
  });

  it('fails a batch the store cannot take as a store failure, half-applies nothing and recovers', async () => {
    const inner = createMemoryEventStore();
    let down = false;
    const store: EventStore = {
      append: (tenantId, expectedSeq, events: readonly DomainEvent[]) =>
        down ? Promise.reject(new Error('connect ECONNREFUSED')) : inner.append(tenantId, expectedSeq, events),
      read: (tenantId, afterSeq, limit) =>
        down ? Promise.reject(new Error('connect ECONNREFUSED')) : inner.read(tenantId, afterSeq, limit),
      lastSeq: (tenantId) => inner.lastSeq(tenantId),
      close: () => inner.close(),
    };
    const clock = new SimulatedClock(T0);
    const actor = await TenantActor.start({ tenantId: TENANT, store, clock, scheduler: clock, clustered: true });
    for (const command of tenantSetup) await run(actor, command);
    const seq = actor.lastSeq;

    down = true;
    const error: unknown = await actor.submit(open('lost')).catch((caught: unknown) => caught);
    expect(isStoreFailure(error)).toBe(true);
    // Still down: the state could not be rebuilt yet, so the next command is refused the same way.
    expect(isStoreFailure(await actor.submit(open('lost2')).catch((caught: unknown) => caught))).toBe(true);
    expect(actor.leading).toBe(true);

    down = false;
    await run(actor, open('c1'));
    expect(actor.view.conversations.has('lost')).toBe(false);
    expect(actor.view.conversations.has('lost2')).toBe(false);
    expect(actor.view.conversations.has('c1')).toBe(true);
    const stored = await inner.read(TENANT, 0, 1000);
    expect(stored.map((entry) => entry.seq)).toEqual(stored.map((_, index) => index + 1));
    const opened = stored.filter((entry) => entry.event.type === 'ConversationOpened');
    expect(opened.map((entry) => (entry.event as { conversationId: string }).conversationId)).toEqual(['c1']);
    expect(opened[0]!.seq).toBeGreaterThan(seq);
  });
});
