/**
 * Routing benchmarks: decisions per second and p99 latency of the real domain (`execute`, the
 * code path the engine runs) with 10,000 agents in 100 skill groups and 100,000 waiting
 * conversations, and the same workload through the naive linear-scan router as the baseline.
 */
import type { Command } from '../src/domain/commands.js';
import { execute } from '../src/domain/execute.js';
import { skillGroup } from '../src/domain/skill-group.js';
import { createState, type TenantState } from '../src/domain/state.js';
import { NaiveRouter } from './naive-router.js';
import { percentile, report, seeded } from './report.js';
import { agentSpecs, arrivals, groupId, standardShape, type WorkloadShape } from './routing-workload.js';

const START = Date.UTC(2026, 0, 5, 9);

function must(state: TenantState, command: Command, now: number): void {
  const decision = execute(state, command, now);
  if (!decision.ok) throw new Error(`${command.type}: ${decision.error.message}`);
}

function open(id: string, group: string, priority: number): Command {
  return {
    type: 'OpenConversation',
    conversationId: id,
    customerId: `cust-${id}`,
    channel: 'web',
    source: group,
    text: '',
    priority,
  };
}

/** Builds the standing state: groups, connected agents, every slot busy, the backlog waiting. */
function buildState(shape: WorkloadShape): { state: TenantState; active: string[] } {
  const state = createState();
  const defaults: Record<string, string> = {};
  for (let index = 0; index < shape.groups; index += 1) {
    must(state, { type: 'SaveSkillGroup', group: skillGroup({ id: groupId(index), name: groupId(index) }) }, START);
    defaults[groupId(index)] = groupId(index);
  }
  must(
    state,
    {
      type: 'ConfigureTenant',
      settings: { defaultGroupBySource: defaults, firstResponseTimeoutSeconds: 1e9, closedRetention: 1000 },
    },
    START,
  );
  for (const spec of agentSpecs(shape)) {
    const memberships = spec.memberships.map((m) => ({ ...m, tier: 'primary' as const }));
    const agent = {
      id: spec.id,
      name: spec.id,
      role: 'agent' as const,
      level: 1,
      departmentId: null,
      memberships,
      languages: [],
      maxConcurrent: shape.maxConcurrent,
    };
    must(state, { type: 'SaveAgent', agent }, START);
    must(state, { type: 'ConnectAgent', agentId: spec.id }, START);
  }
  const next = arrivals(shape);
  const total = shape.agents * shape.maxConcurrent + shape.waiting;
  for (let index = 0; index < total; index += 1) {
    const { groupId: group, priority } = next();
    must(state, open(`s${index}`, group, priority), START + index);
  }
  const active = [...state.conversations.values()].filter((c) => c.status === 'active').map((c) => c.id);
  return { state, active };
}

interface Run {
  readonly decisionsPerSec: number;
  /** Process CPU time per decision (µs): what a loaded machine inflates least. */
  readonly cpuUs: number;
  readonly p99Us: number;
  readonly p50Us: number;
}

/** Alternates close-a-random-active and a new arrival; every call is one routing decision. */
export function runIndexed(shape: WorkloadShape, decisions: number): Run {
  const { state, active } = buildState(shape);
  const random = seeded(7);
  const next = arrivals({ ...shape, seed: shape.seed + 99 });
  const samples: number[] = [];
  let now = START + 3_600_000;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let index = 0; index < decisions; index += 1) {
    now += 10;
    let command: Command;
    if (index % 2 === 0) {
      const at = Math.floor(random() * active.length);
      const id = active[at]!;
      active[at] = active[active.length - 1]!;
      active.pop();
      command = { type: 'CloseConversation', conversationId: id, agentId: null, by: 'customer' };
    } else {
      const { groupId: group, priority } = next();
      command = open(`n${index}`, group, priority);
    }
    const before = process.hrtime.bigint();
    const decision = execute(state, command, now);
    samples.push(Number(process.hrtime.bigint() - before) / 1000);
    if (!decision.ok) throw new Error(decision.error.message);
    for (const event of decision.events) if (event.type === 'ConversationAssigned') active.push(event.conversationId);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  return {
    decisionsPerSec: decisions / seconds,
    cpuUs: (used.user + used.system) / decisions,
    p99Us: percentile(samples, 99),
    p50Us: percentile(samples, 50),
  };
}

/** The naive router starts from the same standing state the indexed run built. */
function runNaive(shape: WorkloadShape, decisions: number): Run {
  const { state } = buildState(shape);
  const router = new NaiveRouter(agentSpecs(shape), shape.maxConcurrent, START);
  const owners = new Map<string, string>();
  const waiting: { id: string; groupId: string; orderKey: number }[] = [];
  for (const conversation of state.conversations.values()) {
    if (conversation.ownerId !== null && conversation.status === 'active')
      owners.set(conversation.id, conversation.ownerId);
    if (conversation.status === 'queued')
      waiting.push({ id: conversation.id, groupId: conversation.groupId, orderKey: conversation.orderKey });
  }
  waiting.sort((a, b) => a.orderKey - b.orderKey);
  router.load(owners, waiting, new Map([...state.agents.values()].map((agent) => [agent.id, agent.lastAssignedAt])));
  const active = [...router.owners.keys()];
  const random = seeded(7);
  const arriving = arrivals({ ...shape, seed: shape.seed + 99 });
  const samples: number[] = [];
  let now = START + 3_600_000;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let index = 0; index < decisions; index += 1) {
    now += 10;
    const before = process.hrtime.bigint();
    if (index % 2 === 0) {
      const at = Math.floor(random() * active.length);
      const id = active[at]!;
      active[at] = active[active.length - 1]!;
      active.pop();
      const taken = router.close(id, now);
      if (taken !== null) active.push(taken);
    } else {
      const { groupId: group, priority } = arriving();
      if (router.arrive(`n${index}`, group, priority, now)) active.push(`n${index}`);
    }
    samples.push(Number(process.hrtime.bigint() - before) / 1000);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  return {
    decisionsPerSec: decisions / seconds,
    cpuUs: (used.user + used.system) / decisions,
    p99Us: percentile(samples, 99),
    p50Us: percentile(samples, 50),
  };
}

/** The quick run (used by the test suite) is a hundred times smaller. */
const quickShape: WorkloadShape = { groups: 10, agents: 1_000, maxConcurrent: 3, waiting: 1_000, seed: 42 };

export function benchRouting(options: { quick: boolean }): void {
  const shape = options.quick ? quickShape : standardShape;
  const indexed = runIndexed(shape, options.quick ? 20_000 : 200_000);
  const naive = runNaive(shape, options.quick ? 200 : 2_000);
  const note =
    `${shape.agents} agents, ${shape.groups} groups, ${shape.waiting} waiting; ` +
    `process CPU ${indexed.cpuUs.toFixed(1)} us per decision`;
  report({ name: 'routing.decisions_per_sec', value: indexed.decisionsPerSec, unit: 'decisions/s', note });
  report({ name: 'routing.decision_p50_us', value: indexed.p50Us, unit: 'us' });
  report({ name: 'routing.decision_p99_us', value: indexed.p99Us, unit: 'us' });
  report({
    name: 'routing.vs_linear_scan',
    value: indexed.decisionsPerSec,
    unit: 'decisions/s',
    baseline: naive.decisionsPerSec,
    ratio: indexed.decisionsPerSec / naive.decisionsPerSec,
    note: `naive p99 ${Math.round(naive.p99Us)} us`,
  });
}
