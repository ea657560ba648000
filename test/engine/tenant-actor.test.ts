/**
 * TenantActor (DESIGN.md §2): single writer per tenant — commands acknowledged only once their
 * events are durable, group commit, publication to subscribers, deadlines through the scheduler,
 * restart from the log, and a failing append that must not acknowledge anything.
 */
import { describe, expect, it } from 'vitest';
import type { AgentProfile } from '../../src/domain/agent.js';
import type { Command } from '../../src/domain/commands.js';
import type { DomainEvent } from '../../src/domain/events.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { TenantActor, type CommandResult } from '../../src/engine/tenant-actor.js';
import type { EventStore, StoredEvent } from '../../src/store/event-store.js';
import { createMemoryEventStore } from '../../src/store/memory/memory-event-store.js';
import { T0 } from '../support/harness.js';

const TENANT = 'tenant-1';
const SECOND = 1000;

/** Wraps a store: records every append, can fail the next one, or hold one until released. */
class InstrumentedStore implements EventStore {
  readonly appends: (readonly DomainEvent[])[] = [];
  private failures = 0;
  private gate: Promise<void> | null = null;
  private appendStarted: (() => void) | null = null;

  constructor(readonly inner: EventStore = createMemoryEventStore()) {}

  /** The next append call (not one already in flight) rejects and stores nothing. */
  failNextAppend(): void {
    this.failures += 1;
  }

  /** The next append call waits until the returned function is called. */
  holdNextAppend(): () => void {
    let release: () => void = () => undefined;
    this.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    return release;
  }

  /** Resolves when the next append call starts. */
  nextAppend(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.appendStarted = resolve;
    });
  }

  async append(tenantId: string, expectedSeq: number, events: readonly DomainEvent[]): Promise<StoredEvent[]> {
    this.appends.push(events);
    const fail = this.failures > 0;
    if (fail) this.failures -= 1;
    const gate = this.gate;
    this.gate = null;
    this.appendStarted?.();
    this.appendStarted = null;
    if (gate !== null) await gate;
    if (fail) throw new Error('disk full');
    return this.inner.append(tenantId, expectedSeq, events);
  }

  read(tenantId: string, afterSeq: number, limit: number): Promise<StoredEvent[]> {
    return this.inner.read(tenantId, afterSeq, limit);
  }

  lastSeq(tenantId: string): Promise<number> {
    return this.inner.lastSeq(tenantId);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

const agentProfile = (id: string): AgentProfile => ({
  id,
  name: id,
  role: 'agent',
  level: 1,
  departmentId: null,
  memberships: [{ groupId: 'g', ability: 5, tier: 'primary' }],
  languages: ['en-US'],
  maxConcurrent: 1,
});

/** Group `g` (the default) with agent `a` online: 5 events. */
const setup: readonly Command[] = [
  { type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'g' }) },
  { type: 'ConfigureTenant', settings: { defaultGroupId: 'g' } },
  { type: 'SaveAgent', agent: agentProfile('a') },
  { type: 'ConnectAgent', agentId: 'a' },
];

const open = (conversationId: string): Command => ({
  type: 'OpenConversation',
  conversationId,
  customerId: `cust-${conversationId}`,
  channel: 'web',
  source: 'website',
  text: '',
});

async function startActor(store: EventStore, clock = new SimulatedClock(T0)): Promise<TenantActor> {
  return TenantActor.start({ tenantId: TENANT, store, clock, scheduler: clock });
}

async function accepted(actor: TenantActor, command: Command): Promise<readonly StoredEvent[]> {
  const result = await actor.submit(command);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
  return result.events;
}

async function runSetup(actor: TenantActor): Promise<void> {
  for (const command of setup) await accepted(actor, command);
}

/**
 * Moves the clock to `until`, stopping at every scheduled wake-up on the way and letting the actor
 * finish before the next one, so each deadline is processed at its own instant.
 */
async function advanceTo(clock: SimulatedClock, actor: TenantActor, until: number): Promise<void> {
  for (;;) {
    const next = clock.nextDeadline();
    if (next === undefined || next > until) break;
    clock.advanceTo(next);
    await actor.idle();
  }
  clock.advanceTo(until);
  await actor.idle();
}

async function storedEvents(store: EventStore): Promise<StoredEvent[]> {
  return store.read(TENANT, 0, 1_000_000);
}

const types = (events: readonly StoredEvent[]): string[] => events.map((stored) => stored.event.type);

describe('TenantActor', () => {
  it('acknowledges each command with its stored events, numbered from 1 without gaps', async () => {
    const store = createMemoryEventStore();
    const actor = await startActor(store);
    expect(actor.lastSeq).toBe(0);

    const acknowledged: StoredEvent[] = [];
    for (const command of [...setup, open('c1')]) acknowledged.push(...(await accepted(actor, command)));

    expect(acknowledged.map((stored) => stored.seq)).toEqual(acknowledged.map((_, index) => index + 1));
    expect(acknowledged.every((stored) => stored.tenantId === TENANT)).toBe(true);
    expect(types(acknowledged).slice(-3)).toEqual(['CustomerSaved', 'ConversationOpened', 'ConversationAssigned']);
    expect(await storedEvents(store)).toEqual(acknowledged);
    expect(await store.lastSeq(TENANT)).toBe(acknowledged.length);
    expect(actor.lastSeq).toBe(acknowledged.length);
    expect(actor.view.conversations.get('c1')?.ownerId).toBe('a');
  });

  it('stores nothing for a refused command and answers with the refusal', async () => {
    const store = createMemoryEventStore();
    const actor = await startActor(store);
    await runSetup(actor);
    const before = await store.lastSeq(TENANT);
    const published: StoredEvent[] = [];
    actor.subscribe((events) => published.push(...events));

    const refused = await actor.submit({ type: 'ConnectAgent', agentId: 'ghost' });
    expect(refused).toEqual({ ok: false, error: { code: 'AGENT_NOT_FOUND', message: 'agent "ghost" does not exist' } });
    const closed = await actor.submit({
      type: 'CloseConversation',
      conversationId: 'nope',
      agentId: null,
      by: 'customer',
    });
    expect(closed.ok).toBe(false);

    expect(await store.lastSeq(TENANT)).toBe(before);
    expect(actor.lastSeq).toBe(before);
    expect(published).toEqual([]);
    // The next accepted command continues the sequence.
    const next = await accepted(actor, open('c1'));
    expect(next[0]!.seq).toBe(before + 1);
  });

  it('publishes stored events to subscribers until they unsubscribe', async () => {
    const store = createMemoryEventStore();
    const actor = await startActor(store);
    const published: StoredEvent[][] = [];
    const unsubscribe = actor.subscribe((events) => published.push([...events]));

    await runSetup(actor);
    const opened = await accepted(actor, open('c1'));
    expect(published.flat()).toEqual(await storedEvents(store));
    expect(published.at(-1)).toEqual(opened);

    unsubscribe();
    await accepted(actor, open('c2'));
    expect(published.flat()).toHaveLength(opened.at(-1)!.seq);
  });

  it('appends commands submitted together in one store call', async () => {
    const store = new InstrumentedStore();
    const actor = await startActor(store);
    await runSetup(actor);
    const appendsBefore = store.appends.length;

    const results = await Promise.all([open('c1'), open('c2'), open('c3')].map((command) => actor.submit(command)));
    expect(store.appends.length - appendsBefore).toBe(1);
    expect(store.appends.at(-1)!.filter((event) => event.type === 'ConversationOpened')).toHaveLength(3);

    // Each command still gets exactly its own events, in order and gap-free.
    const seqs = results.flatMap((result) => (result.ok ? result.events.map((stored) => stored.seq) : []));
    const first = seqs[0]!;
    expect(seqs).toEqual(seqs.map((_, index) => first + index));
    expect(results.map((result) => result.ok && types(result.events).includes('ConversationOpened'))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('answers each command of a batch separately, refusals included', async () => {
    const store = createMemoryEventStore();
    const actor = await startActor(store);
    await runSetup(actor);
    const before = actor.lastSeq;

    const [first, refused, second] = await Promise.all([
      actor.submit(open('c1')),
      actor.submit(open('c1')),
      actor.submit(open('c2')),
    ]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONVERSATION_EXISTS' } });
    const firstEvents = (first as Extract<CommandResult, { ok: true }>).events;
    const secondEvents = (second as Extract<CommandResult, { ok: true }>).events;
    const openedIn = (events: readonly StoredEvent[]): string[] =>
      events.flatMap(({ event }) => (event.type === 'ConversationOpened' ? [event.conversationId] : []));
    expect(openedIn(firstEvents)).toEqual(['c1']);
    expect(openedIn(secondEvents)).toEqual(['c2']);
    expect(types(firstEvents)).toEqual(['CustomerSaved', 'ConversationOpened', 'ConversationAssigned']);
    expect(types(secondEvents)).toEqual(['CustomerSaved', 'ConversationOpened']);
    expect([...firstEvents, ...secondEvents].map((stored) => stored.seq)).toEqual(
      [...firstEvents, ...secondEvents].map((_, index) => before + 1 + index),
    );
    expect(actor.lastSeq).toBe(before + firstEvents.length + secondEvents.length);
  });

  it('fires a deadline through the scheduler at its exact instant', async () => {
    const store = createMemoryEventStore();
    const clock = new SimulatedClock(T0);
    const actor = await startActor(store, clock);
    await runSetup(actor);
    const published: StoredEvent[] = [];
    actor.subscribe((events) => published.push(...events));
    await accepted(actor, open('c1'));
    clock.advanceTo(T0 + 10 * SECOND);
    await accepted(actor, open('c2'));
    // c1 was assigned at 0 s with a 60 s first-response deadline: that is the next wake-up.
    expect(clock.nextDeadline()).toBe(T0 + 60 * SECOND);

    await advanceTo(clock, actor, T0 + 59 * SECOND);
    expect(types(published).filter((type) => type === 'ConversationRequeued')).toEqual([]);

    await advanceTo(clock, actor, T0 + 200 * SECOND);
    const requeues = published.filter((stored) => stored.event.type === 'ConversationRequeued');
    // c1 at 60 s; a takes c2 at once and misses its deadline too, at 120 s.
    expect(
      requeues.map((stored) => [stored.event.at, (stored.event as { conversationId: string }).conversationId]),
    ).toEqual([
      [T0 + 60 * SECOND, 'c1'],
      [T0 + 120 * SECOND, 'c2'],
    ]);
    const assigned = published.find(
      ({ event }) => event.type === 'ConversationAssigned' && event.conversationId === 'c2',
    );
    expect(assigned?.event).toMatchObject({ agentId: 'a', at: T0 + 60 * SECOND });
    expect(published.map((stored) => stored.seq)).toEqual(published.map((_, index) => published[0]!.seq + index));
    expect(await storedEvents(store)).toEqual(expect.arrayContaining(published));
  });

  it('keeps one wake-up armed at the earliest deadline, moving it as deadlines change', async () => {
    const clock = new SimulatedClock(T0);
    const actor = await startActor(createMemoryEventStore(), clock);
    await runSetup(actor);
    expect(clock.nextDeadline()).toBeUndefined();

    await accepted(actor, open('c1'));
    expect(clock.nextDeadline()).toBe(T0 + 60 * SECOND);
    await advanceTo(clock, actor, T0 + 20 * SECOND);
    // The owner answers: the first-response deadline goes, the dormant one (600 s later) comes.
    await accepted(actor, {
      type: 'PostMessage',
      conversationId: 'c1',
      messageId: 'm1',
      author: { kind: 'agent', agentId: 'a' },
      visibility: 'public',
      text: 'hello',
    });
    expect(clock.nextDeadline()).toBe(T0 + 620 * SECOND);

    await advanceTo(clock, actor, T0 + 619 * SECOND);
    expect(actor.view.conversations.get('c1')?.status).toBe('active');
    await advanceTo(clock, actor, T0 + 620 * SECOND);
    expect(actor.view.conversations.get('c1')?.status).toBe('dormant');
    // Next: the revive window, 1800 s after dormancy.
    expect(clock.nextDeadline()).toBe(T0 + 2420 * SECOND);
  });

  it('rebuilds the same state on restart and fires pending deadlines at their original instant, once', async () => {
    const store = createMemoryEventStore();
    const before = new SimulatedClock(T0);
    const first = await startActor(store, before);
    await runSetup(first);
    await accepted(first, open('c1'));
    await advanceTo(before, first, T0 + 30 * SECOND);
    await accepted(first, {
      type: 'PostMessage',
      conversationId: 'c1',
      messageId: 'm1',
      author: { kind: 'customer' },
      visibility: 'public',
      text: 'hello?',
    });
    await first.close();
    await expect(first.submit(open('late'))).rejects.toThrow(/closed/);

    // A new process: a fresh clock at the same instant, the same log.
    const after = new SimulatedClock(T0 + 30 * SECOND);
    const second = await startActor(store, after);
    expect(second.lastSeq).toBe(first.lastSeq);
    expect(second.view).toEqual(first.view);
    expect(after.nextDeadline()).toBe(T0 + 60 * SECOND);

    // Up to just before a's exclusion lapses (300 s after the takeover), when a would get it back.
    await advanceTo(after, second, T0 + 359 * SECOND);
    // The old actor's clock moving changes nothing: it was closed.
    before.advanceTo(T0 + 359 * SECOND);
    await first.idle();

    const requeues = (await storedEvents(store)).filter((stored) => stored.event.type === 'ConversationRequeued');
    expect(requeues.map((stored) => stored.event)).toEqual([
      {
        type: 'ConversationRequeued',
        at: T0 + 60 * SECOND,
        conversationId: 'c1',
        fromAgentId: 'a',
        reason: 'first-response-timeout',
        groupId: 'g',
        overflowTier: 0,
        overflowDeadline: null,
        exclusionDeadline: T0 + 360 * SECOND,
      },
    ]);
    expect(second.view.conversations.get('c1')).toMatchObject({ status: 'queued', excluded: ['a'] });
    expect(after.nextDeadline()).toBe(T0 + 360 * SECOND);
    const all = await storedEvents(store);
    expect(all.map((stored) => stored.seq)).toEqual(all.map((_, index) => index + 1));
  });

  it('refuses a whole batch whose append fails, acknowledges nothing of it, and keeps working', async () => {
    const store = new InstrumentedStore();
    const actor = await startActor(store);
    await runSetup(actor);
    const durable = await store.lastSeq(TENANT);
    const published: StoredEvent[] = [];
    actor.subscribe((events) => published.push(...events));

    // Hold one append so the next two commands queue up behind it and form one batch.
    const release = store.holdNextAppend();
    const started = store.nextAppend();
    const warmUp = actor.submit(open('warm-up'));
    await started;
    const batch = Promise.allSettled([actor.submit(open('c1')), actor.submit(open('c2'))]);
    store.failNextAppend();
    release();

    const warmUpEvents = (await warmUp) as Extract<CommandResult, { ok: true }>;
    expect(warmUpEvents.ok).toBe(true);
    const outcomes = await batch;
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : ''))).toEqual([
      'Error: disk full',
      'Error: disk full',
    ]);

    const afterFailure = durable + warmUpEvents.events.length;
    expect(await store.lastSeq(TENANT)).toBe(afterFailure);
    expect(actor.lastSeq).toBe(afterFailure);
    expect(actor.view.conversations.has('c1')).toBe(false);
    expect(actor.view.conversations.has('c2')).toBe(false);
    expect(published.map((stored) => stored.seq)).toEqual(warmUpEvents.events.map((stored) => stored.seq));

    // The actor goes on: the same commands succeed now, continuing the sequence.
    const retried = await accepted(actor, open('c1'));
    expect(retried[0]!.seq).toBe(afterFailure + 1);
    expect(actor.view.conversations.get('c1')?.status).toBe('queued');
    const all = await storedEvents(store);
    expect(all.map((stored) => stored.seq)).toEqual(all.map((_, index) => index + 1));
  });

  it('rejects a single command whose append fails and accepts it on retry', async () => {
    const store = new InstrumentedStore();
    const actor = await startActor(store);
    await runSetup(actor);
    const durable = actor.lastSeq;

    store.failNextAppend();
    await expect(actor.submit(open('c1'))).rejects.toThrow('disk full');
    expect(actor.lastSeq).toBe(durable);
    expect(actor.view.conversations.has('c1')).toBe(false);
    expect(actor.view.agents.get('a')?.active).toBe(0);

    const events = await accepted(actor, open('c1'));
    expect(events.map((stored) => stored.seq)).toEqual(events.map((_, index) => durable + 1 + index));
    expect(actor.view.conversations.get('c1')?.ownerId).toBe('a');
  });
});
