/**
 * Model-based test of the transfer state machine through the engine (fast-check commands): a
 * simple reference model of each transfer's status runs beside a TenantActor on a simulated clock,
 * with restarts from the log in between. Checked: no transfer leaves a terminal state; every
 * conversation that was owned keeps exactly one owner; every timeout fires exactly once, at its
 * deadline, even across restarts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands.js';
import { describeState } from '../../src/domain/describe-state.js';
import type { DomainEvent } from '../../src/domain/events.js';
import { skillGroup } from '../../src/domain/skill-group.js';
import type { TransferStatus } from '../../src/domain/transfer.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { TenantActor, type CommandResult } from '../../src/engine/tenant-actor.js';
import type { EventStore } from '../../src/store/event-store.js';
import { createMemoryEventStore } from '../../src/store/memory/memory-event-store.js';
import { T0 } from '../support/harness.js';

const TENANT = 'model';
const AGENTS = ['a0', 'a1', 'a2', 'a3'];
const CONVERSATIONS = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'];
const TIMEOUT_MS = 30_000;

interface Model {
  /** Reference status of every transfer ever requested. */
  readonly transfers: Map<string, { status: TransferStatus; conversationId: string; deadline: number; target: string }>;
  readonly timedOut: Map<string, number>;
}

interface Real {
  store: EventStore;
  clock: SimulatedClock;
  actor: TenantActor;
  readonly log: DomainEvent[];
  counter: number;
}

const terminal = (status: TransferStatus): boolean => status !== 'pending';

/** Applies the transfer events the engine emitted to the model, checking each transition is legal. */
function follow(model: Model, events: readonly DomainEvent[], now: number): void {
  for (const event of events) {
    switch (event.type) {
      case 'TransferRequested':
        expect(model.transfers.has(event.transfer.id)).toBe(false);
        model.transfers.set(event.transfer.id, {
          status: 'pending',
          conversationId: event.transfer.conversationId,
          deadline: event.transfer.deadline,
          target: event.transfer.targetAgentId ?? '',
        });
        break;
      case 'TransferOffered': {
        // A waiting group transfer offered to a freed member: a new answer window from now (also
        // when the member is freed by another deadline due at the very instant this one's wait ends).
        const known = model.transfers.get(event.transferId);
        expect(known?.status, `${event.transferId} offered while not pending`).toBe('pending');
        expect(now, `${event.transferId} offered past its deadline`).toBeLessThanOrEqual(known!.deadline);
        if (event.deadline !== undefined) known!.deadline = event.deadline;
        break;
      }
      case 'TransferAccepted':
      case 'TransferRejected':
      case 'TransferTimedOut':
      case 'TransferCancelled': {
        const known = model.transfers.get(event.transferId);
        expect(known, `${event.type} of unknown ${event.transferId}`).toBeDefined();
        expect(terminal(known!.status), `${event.transferId} left terminal ${known!.status}`).toBe(false);
        const status: Record<typeof event.type, TransferStatus> = {
          TransferAccepted: 'accepted',
          TransferRejected: 'rejected',
          TransferTimedOut: 'timed-out',
          TransferCancelled: 'cancelled',
        };
        known!.status = status[event.type];
        if (event.type === 'TransferTimedOut') {
          expect(model.timedOut.has(event.transferId), `${event.transferId} timed out twice`).toBe(false);
          expect(now).toBe(known!.deadline);
          model.timedOut.set(event.transferId, now);
        }
        break;
      }
      default:
        break;
    }
  }
}

async function submit(real: Real, model: Model, command: Command): Promise<CommandResult> {
  const result = await real.actor.submit(command);
  if (result.ok) {
    const events = result.events.map((stored) => stored.event);
    real.log.push(...events);
    follow(model, events, real.clock.now());
  }
  return result;
}

/** Moves the clock to each pending deadline in turn, letting the actor fire it at that instant. */
async function advance(real: Real, model: Model, ms: number): Promise<void> {
  const until = real.clock.now() + ms;
  for (let next = real.clock.nextDeadline(); next !== undefined && next <= until; next = real.clock.nextDeadline()) {
    const seen = real.actor.lastSeq;
    real.clock.advanceTo(next);
    await real.actor.idle();
    const stored = await real.store.read(TENANT, seen, 100_000);
    const events = stored.map((entry) => entry.event);
    real.log.push(...events);
    follow(model, events, next);
  }
  real.clock.advanceTo(until);
}

function checkOwnership(real: Real): void {
  const state = real.actor.view;
  for (const conversation of state.conversations.values()) {
    const owners = [...state.agents.values()].filter((agent) => agent.conversations.has(conversation.id));
    expect(owners.length, `${conversation.id} owners`).toBe(1);
    expect(owners[0]?.id).toBe(conversation.ownerId);
  }
}

type ModelCommand = fc.AsyncCommand<Model, Real>;

class RequestTransfer implements ModelCommand {
  constructor(
    readonly conversation: number,
    readonly target: number,
    readonly toGroup: boolean,
  ) {}
  check = (): boolean => true;
  async run(model: Model, real: Real): Promise<void> {
    const conversationId = CONVERSATIONS[this.conversation]!;
    const conversation = real.actor.view.conversations.get(conversationId)!;
    const pendingBefore = [...model.transfers.values()].some(
      (t) => t.conversationId === conversationId && t.status === 'pending',
    );
    real.counter += 1;
    const result = await submit(real, model, {
      type: 'RequestTransfer',
      transferId: `t${real.counter}`,
      conversationId,
      initiatorId: conversation.ownerId!,
      target: this.toGroup ? { kind: 'group', groupId: 'g' } : { kind: 'agent', agentId: AGENTS[this.target]! },
      note: { text: 'over to you', templateId: null, fields: {}, reason: null, tags: [] },
    });
    if (pendingBefore) expect(result.ok ? 'ok' : result.error.code).toBe('TRANSFER_ALREADY_PENDING');
  }
  toString = (): string => `request(${this.conversation} → ${this.toGroup ? 'group' : this.target})`;
}

class Answer implements ModelCommand {
  constructor(
    readonly pick: number,
    readonly verb: 'AcceptTransfer' | 'RejectTransfer' | 'CancelTransfer',
  ) {}
  check = (model: Model): boolean => model.transfers.size > 0;
  async run(model: Model, real: Real): Promise<void> {
    const ids = [...model.transfers.keys()];
    const id = ids[this.pick % ids.length]!;
    const known = model.transfers.get(id)!;
    const transfer = real.actor.view.transfers.get(id);
    const agentId =
      this.verb === 'CancelTransfer'
        ? (real.actor.view.conversations.get(known.conversationId)?.ownerId ?? 'a0')
        : (transfer?.targetAgentId ?? known.target);
    const wasTerminal = terminal(known.status);
    const result = await submit(real, model, { type: this.verb, transferId: id, agentId });
    if (wasTerminal) expect(result.ok ? 'ok' : result.error.code).toBe('TRANSFER_NOT_FOUND');
  }
  toString = (): string => `${this.verb}(${this.pick})`;
}

class Advance implements ModelCommand {
  constructor(readonly seconds: number) {}
  check = (): boolean => true;
  async run(model: Model, real: Real): Promise<void> {
    await advance(real, model, this.seconds * 1000);
    // Every pending transfer whose deadline has passed has timed out, exactly once.
    for (const [id, known] of model.transfers) {
      if (known.status === 'pending') expect(known.deadline, `${id} overdue`).toBeGreaterThan(real.clock.now());
    }
  }
  toString = (): string => `advance(${this.seconds}s)`;
}

class Restart implements ModelCommand {
  check = (): boolean => true;
  async run(_model: Model, real: Real): Promise<void> {
    const before = JSON.stringify(describeState(real.actor.view));
    await real.actor.close();
    real.clock = new SimulatedClock(real.clock.now());
    real.actor = await TenantActor.start({
      tenantId: TENANT,
      store: real.store,
      clock: real.clock,
      scheduler: real.clock,
    });
    expect(JSON.stringify(describeState(real.actor.view))).toBe(before);
  }
  toString = (): string => 'restart';
}

async function setup(): Promise<Real> {
  const store = createMemoryEventStore();
  const clock = new SimulatedClock(T0);
  const actor = await TenantActor.start({ tenantId: TENANT, store, clock, scheduler: clock });
  const real: Real = { store, clock, actor, log: [], counter: 0 };
  const must = async (command: Command): Promise<void> => {
    const result = await actor.submit(command);
    if (!result.ok) throw new Error(result.error.message);
  };
  await must({ type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'g' }) });
  await must({
    type: 'ConfigureTenant',
    settings: {
      defaultGroupId: 'g',
      firstResponseTimeoutSeconds: 1e7,
      dormantAfterSeconds: 1e7,
      replyReminderSeconds: 1e7,
    },
  });
  for (const id of AGENTS) {
    await must({
      type: 'SaveAgent',
      agent: {
        id,
        name: id,
        role: 'agent',
        level: 1,
        departmentId: null,
        memberships: [{ groupId: 'g', ability: 5, tier: 'primary' }],
        languages: [],
        maxConcurrent: 4,
      },
    });
    await must({ type: 'ConnectAgent', agentId: id });
  }
  for (const id of CONVERSATIONS) {
    await must({
      type: 'OpenConversation',
      conversationId: id,
      customerId: `cust-${id}`,
      channel: 'web',
      source: 'site',
      text: 'hi',
    });
  }
  return real;
}

describe('transfer state machine against a reference model', () => {
  it('never leaves a terminal state, keeps one owner, fires each timeout once across restarts', async () => {
    const commands = fc.commands(
      [
        fc
          .tuple(fc.nat(CONVERSATIONS.length - 1), fc.nat(AGENTS.length - 1), fc.boolean())
          .map(([c, t, g]) => new RequestTransfer(c, t, g)),
        fc
          .tuple(
            fc.nat(),
            fc.constantFrom('AcceptTransfer' as const, 'RejectTransfer' as const, 'CancelTransfer' as const),
          )
          .map(([pick, verb]) => new Answer(pick, verb)),
        fc.integer({ min: 0, max: 45 }).map((seconds) => new Advance(seconds)),
        fc.constant(new Restart()),
      ],
      { maxCommands: 60, size: 'max' },
    );
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const real = await setup();
        const model: Model = { transfers: new Map(), timedOut: new Map() };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        await advance(real, model, 2 * TIMEOUT_MS);
        for (const [id, known] of model.transfers) expect(known.status, `${id} still pending`).not.toBe('pending');
        checkOwnership(real);
        await real.actor.close();
      }),
      { numRuns: 150 },
    );
  });
});
