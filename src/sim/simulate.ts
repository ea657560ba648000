/**
 * The discrete-event simulator (DESIGN.md §9). It drives the real domain — the same `execute`
 * the server's TenantActor calls for every command — on simulated time:
 *
 * - the simulator's own future (arrivals, ends of handling, customers' patience) is a heap of
 *   occurrences (event-queue.ts);
 * - the domain's deadlines (overflow tiers, transfer timeouts, …) stay where the engine keeps
 *   them, in the state's TimerBook; before each occurrence, every deadline due by then fires as a
 *   `FireTimer` command at its own instant, exactly as the actor's single wake-up does;
 * - what happens is read back from the events `execute` returns (who was assigned what, which
 *   transfer was accepted, what went back to the queue), never from a second routing model.
 *
 * Customers arrive as `OpenConversation`, leave as a customer's `CloseConversation`; agents finish
 * with their own `CloseConversation` or hand over with a group `RequestTransfer`. Nothing here
 * reads real time or `Math.random()`: a seed replays a run exactly.
 */
import type { Command } from '../domain/commands.js';
import type { DomainEvent } from '../domain/events.js';
import { execute } from '../domain/execute.js';
import { createState, type TenantState } from '../domain/state.js';
import { AgentMeter } from './agent-meter.js';
import { agentIdsOf, customerIdOf, CUSTOMERS_PER_SEGMENT, tenantCommands } from './build-tenant.js';
import { EventQueue } from './event-queue.js';
import { Random, sample } from './random.js';
import { scenarioDefaults, type Scenario, type SimGroup } from './scenario.js';
import type { SimulationResult } from './simulation-result.js';
import { summarise, type RunTotals } from './summarise.js';
import { BATCHES, emptyTally, record, type Tally } from './statistics.js';

/** Simulated time starts on a Monday, 00:00 UTC, so hour-of-day rates line up with the clock. */
export const SIM_START = Date.UTC(2026, 0, 5);
const SECOND = 1000;
const HOUR = 3600 * SECOND;
const PROGRESS_EVERY = 1 << 15;

export interface SimulateOptions {
  /** Told the share of simulated time done (0–1), every few tens of thousands of steps. */
  readonly onProgress?: (fraction: number) => void;
}

/** A conversation the simulator is following, from arrival to close. */
interface Live {
  readonly id: string;
  readonly group: GroupRun;
  readonly counted: boolean;
  readonly batch: number;
  readonly arrivedAt: number;
  answered: boolean;
  owner: string | null;
  /** Bumped whenever the current handling segment ends early (requeue), so its end is ignored. */
  token: number;
  servingGroup: string;
  transferRequestedAt: number | null;
}

export interface GroupRun {
  readonly def: SimGroup;
  readonly tally: Tally;
  overflowAnswers: number;
  transfersOut: number;
}

type Occurrence =
  | { readonly kind: 'arrival' }
  | { readonly kind: 'end'; readonly live: Live; readonly token: number }
  | { readonly kind: 'patience'; readonly live: Live };

class Simulation {
  private readonly state: TenantState = createState();
  private readonly random: Random;
  private readonly future = new EventQueue<Occurrence>();
  private readonly lives = new Map<string, Live>();
  private readonly groups = new Map<string, GroupRun>();
  private readonly abilities = new Map<string, { readonly byGroup: Map<string, number>; readonly best: number }>();
  private readonly meter: AgentMeter;
  private readonly totals: RunTotals;
  private readonly window: { readonly from: number; readonly to: number };
  private readonly threshold: number;
  private readonly shares: number[];
  private readonly shareTotal: number;
  private now = SIM_START;
  private arrivalsDone = false;
  private unsettled = 0;
  private nextConversation = 0;
  private nextTransfer = 0;

  constructor(private readonly scenario: Scenario) {
    this.random = new Random(scenario.seed ?? scenarioDefaults.seed);
    const warmup = scenario.warmupSeconds ?? scenarioDefaults.warmupSeconds;
    this.window = { from: SIM_START + warmup * SECOND, to: SIM_START + scenario.durationSeconds * SECOND };
    this.threshold = scenario.serviceLevelSeconds ?? scenarioDefaults.serviceLevelSeconds;
    for (const def of scenario.groups)
      this.groups.set(def.id, { def, tally: emptyTally(), overflowAnswers: 0, transfersOut: 0 });
    const agents: { id: string; capacity: number }[] = [];
    for (const block of scenario.agents) {
      const byGroup = new Map(block.memberships.map((membership) => [membership.groupId, membership.ability]));
      const best = Math.max(...byGroup.values());
      for (const id of agentIdsOf(block)) {
        agents.push({ id, capacity: block.maxConcurrent });
        this.abilities.set(id, { byGroup, best });
      }
    }
    this.meter = new AgentMeter(agents, this.window);
    this.totals = {
      overall: emptyTally(),
      batches: Array.from({ length: BATCHES }, emptyTally),
      answeredAtBest: 0,
      abilitySum: 0,
      transfers: { requested: 0, accepted: 0, returnedToQueue: 0, refused: 0, waitSum: 0 },
      commands: 0,
      events: 0,
    };
    this.shares = scenario.customers.map((segment) => segment.share);
    this.shareTotal = this.shares.reduce((sum, share) => sum + share, 0);
  }

  run(options: SimulateOptions): SimulationResult {
    for (const command of tenantCommands(this.scenario)) {
      const decision = execute(this.state, command, this.now);
      if (!decision.ok) throw new Error(`scenario rejected by the domain (${command.type}): ${decision.error.message}`);
    }
    this.scheduleArrival();
    let steps = 0;
    while (!(this.arrivalsDone && this.unsettled === 0)) {
      steps += 1;
      if (steps % PROGRESS_EVERY === 0) options.onProgress?.(this.progress());
      const next = this.future.peek();
      const timer = this.state.timers.queue.first();
      if (timer !== undefined && (next === undefined || timer.at <= next.at)) {
        this.now = Math.max(this.now, timer.at);
        this.exec({ type: 'FireTimer', key: timer.key });
        continue;
      }
      const occurrence = this.future.pop();
      if (occurrence === undefined) break;
      this.now = occurrence.at;
      this.handle(occurrence.item);
    }
    options.onProgress?.(1);
    return summarise(this.scenario, {
      totals: this.totals,
      groups: [...this.groups.values()],
      usage: this.meter.usage(),
      threshold: this.threshold,
      simulatedSeconds: (this.now - SIM_START) / SECOND,
    });
  }

  private progress(): number {
    return Math.min(1, (this.now - SIM_START) / (this.window.to - SIM_START));
  }

  private exec(command: Command): boolean {
    this.totals.commands += 1;
    const decision = execute(this.state, command, this.now);
    if (!decision.ok) return false;
    this.totals.events += decision.events.length;
    for (const event of decision.events) this.observe(event);
    return true;
  }

  private handle(occurrence: Occurrence): void {
    switch (occurrence.kind) {
      case 'arrival':
        this.arrive();
        return;
      case 'end':
        if (occurrence.live.token === occurrence.token && occurrence.live.owner !== null) this.finish(occurrence.live);
        return;
      case 'patience':
        this.abandon(occurrence.live);
        return;
    }
  }

  /** The next arrival after now: exponential gaps at the current hour's rate (memoryless across hours). */
  private scheduleArrival(): void {
    const { arrivals } = this.scenario;
    let at = this.now;
    if ('ratePerSecond' in arrivals) {
      at += this.random.exponential(1 / arrivals.ratePerSecond) * SECOND;
    } else {
      for (;;) {
        const hour = Math.floor((at - SIM_START) / HOUR);
        const rate = (arrivals.perHour[hour % 24] ?? 0) / 3600;
        const hourEnds = SIM_START + (hour + 1) * HOUR;
        const gap = rate > 0 ? this.random.exponential(1 / rate) * SECOND : Infinity;
        if (at + gap < hourEnds) {
          at += gap;
          break;
        }
        at = hourEnds;
      }
    }
    if (at >= this.window.to) {
      this.arrivalsDone = true;
      return;
    }
    this.future.push(at, { kind: 'arrival' });
  }

  private arrive(): void {
    const segment = this.scenario.customers[this.random.pick(this.shares, this.shareTotal)];
    const group = segment === undefined ? undefined : this.groups.get(segment.groupId);
    if (segment === undefined || group === undefined) return;
    const counted = this.now >= this.window.from;
    const span = this.window.to - this.window.from;
    const batch = Math.min(BATCHES - 1, Math.floor(((this.now - this.window.from) / span) * BATCHES));
    this.nextConversation += 1;
    const id = `c${this.nextConversation}`;
    const live: Live = {
      id,
      group,
      counted,
      batch,
      arrivedAt: this.now,
      answered: false,
      owner: null,
      token: 0,
      servingGroup: segment.groupId,
      transferRequestedAt: null,
    };
    this.lives.set(id, live);
    if (counted) this.unsettled += 1;
    const patience = segment.patienceSeconds ?? null;
    if (patience !== null)
      this.future.push(this.now + sample(this.random, patience) * SECOND, { kind: 'patience', live });
    const customer = Math.floor(this.random.next() * CUSTOMERS_PER_SEGMENT);
    this.exec({
      type: 'OpenConversation',
      conversationId: id,
      customerId: customerIdOf(segment.id, customer),
      channel: 'web',
      source: segment.id,
      text: '',
      priority: segment.priority ?? 0,
      language: segment.language ?? null,
    });
    this.scheduleArrival();
  }

  private settle(live: Live, answered: boolean): void {
    if (!live.counted) return;
    const outcome = { waitSeconds: (this.now - live.arrivedAt) / SECOND, answered, threshold: this.threshold };
    for (const tally of [this.totals.overall, this.totals.batches[live.batch], live.group.tally]) {
      if (tally === undefined) continue;
      tally.arrivals += 1;
      record(tally, outcome);
    }
    this.unsettled -= 1;
  }

  private abandon(live: Live): void {
    if (live.answered || !this.lives.has(live.id)) return;
    if (this.exec({ type: 'CloseConversation', conversationId: live.id, agentId: null, by: 'customer' }))
      this.settle(live, false);
  }

  private inWindow(): boolean {
    return this.now >= this.window.from && this.now < this.window.to;
  }

  /** End of a handling segment: a transfer to another group with the group's probability, else close. */
  private finish(live: Live): void {
    const owner = live.owner as string;
    const group = this.groups.get(live.servingGroup);
    const target = group === undefined ? null : this.transferTarget(group.def);
    if (target !== null) {
      this.nextTransfer += 1;
      const requested = this.exec({
        type: 'RequestTransfer',
        transferId: `t${this.nextTransfer}`,
        conversationId: live.id,
        initiatorId: owner,
        target: { kind: 'group', groupId: target },
        note: { text: 'simulated transfer', templateId: null, fields: {}, reason: null, tags: [] },
      });
      if (requested) {
        if (this.inWindow() && group !== undefined) {
          this.totals.transfers.requested += 1;
          group.transfersOut += 1;
        }
        return;
      }
      if (this.inWindow()) this.totals.transfers.refused += 1;
    }
    this.exec({
      type: 'CloseConversation',
      conversationId: live.id,
      agentId: owner,
      by: 'agent',
      resolution: 'resolved',
    });
  }

  private transferTarget(group: SimGroup): string | null {
    const transfers = group.transfers ?? [];
    if (transfers.length === 0) return null;
    let draw = this.random.next();
    for (const transfer of transfers) {
      draw -= transfer.probability;
      if (draw < 0) return transfer.groupId;
    }
    return null;
  }

  private startSegment(live: Live, groupId: string, agentId: string): void {
    const group = this.groups.get(groupId) ?? live.group;
    const ability = this.abilities.get(agentId)?.byGroup.get(groupId) ?? 5.5;
    const factor = 1 + ((group.def.abilityEffect ?? 0) * (5.5 - ability)) / 4.5;
    live.token += 1;
    live.servingGroup = group.def.id;
    this.meter.started(agentId, this.now);
    this.future.push(this.now + sample(this.random, group.def.handleSeconds) * factor * SECOND, {
      kind: 'end',
      live,
      token: live.token,
    });
  }

  private observe(event: DomainEvent): void {
    switch (event.type) {
      case 'ConversationAssigned': {
        const live = this.lives.get(event.conversationId);
        if (live === undefined) return;
        this.meter.change(event.agentId, 1, this.now);
        live.owner = event.agentId;
        if (!live.answered) {
          live.answered = true;
          this.answered(live, event.agentId, event.explanation.rankedBy.groupId, event.explanation.overflowTier);
        }
        const groupId = this.state.conversations.get(live.id)?.groupId ?? live.group.def.id;
        this.startSegment(live, groupId, event.agentId);
        return;
      }
      case 'TransferRequested': {
        const live = this.lives.get(event.transfer.conversationId);
        if (live !== undefined) live.transferRequestedAt = this.now;
        return;
      }
      case 'TransferAccepted': {
        const live = this.lives.get(event.conversationId);
        if (live === undefined) return;
        this.meter.change(event.fromAgentId, -1, this.now);
        this.meter.change(event.toAgentId, 1, this.now);
        live.owner = event.toAgentId;
        if (this.inWindow()) {
          this.totals.transfers.accepted += 1;
          this.totals.transfers.waitSum += (this.now - (live.transferRequestedAt ?? this.now)) / SECOND;
        }
        this.startSegment(live, event.groupId, event.toAgentId);
        return;
      }
      case 'ConversationRequeued': {
        const live = this.lives.get(event.conversationId);
        if (live === undefined) return;
        this.meter.change(event.fromAgentId, -1, this.now);
        live.owner = null;
        live.token += 1;
        if (event.reason === 'transfer-failed' && this.inWindow()) this.totals.transfers.returnedToQueue += 1;
        return;
      }
      case 'ConversationClosed': {
        const live = this.lives.get(event.conversationId);
        if (live === undefined) return;
        if (live.owner !== null) this.meter.change(live.owner, -1, this.now);
        this.lives.delete(event.conversationId);
        return;
      }
      default:
        return;
    }
  }

  private answered(live: Live, agentId: string, fromGroupId: string, tier: number): void {
    if (!live.counted) return;
    this.settle(live, true);
    if (tier > 0) live.group.overflowAnswers += 1;
    const abilities = this.abilities.get(agentId);
    const ability = abilities?.byGroup.get(fromGroupId) ?? 0;
    this.totals.abilitySum += ability;
    if (abilities !== undefined && ability >= abilities.best) this.totals.answeredAtBest += 1;
  }
}

/** Runs a validated scenario (see validate-scenario.ts) to the end and reports its figures. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  return new Simulation(scenario).run(options);
}
