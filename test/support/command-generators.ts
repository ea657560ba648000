/**
 * Random command sequences over a small tenant (six agents, four skill groups with overflow, routing
 * rules, transfers and supervisor actions), shared by the tests that need realistic states: snapshot
 * equivalence and the store contract suites. The same generator approach as
 * test/properties/routing-invariants.test.ts, without assertions: `runScenario` executes the steps
 * with `execute`, firing deadlines at their instants, and returns the state and its event log.
 */
import fc from 'fast-check';
import type { Command } from '../../src/domain/commands.js';
import type { DomainEvent } from '../../src/domain/events.js';
import { execute } from '../../src/domain/execute.js';
import { strategyNames, skillGroup, type StrategyName } from '../../src/domain/skill-group.js';
import { defaultTransferPermissions, defaultTransferSettings } from '../../src/domain/transfer.js';
import { createState, nextDeadline, type TenantState } from '../../src/domain/state.js';
import {
  configCommand,
  configStepArb,
  departmentCommands,
  hoursPreset,
  plainWorld,
  worldArb,
  type ConfigStep,
  type World,
} from './config-generators.js';

export const AGENTS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'];
export const GROUPS = ['sales', 'tech', 'general', 'experts'];

export type Step =
  | { k: 'open'; customer: number; text: string; priority: number }
  | { k: 'close'; conv: number; byOwner: boolean }
  | { k: 'reply' | 'write' | 'accept' | 'decline'; conv: number }
  | { k: 'note'; conv: number; agent: number }
  | { k: 'rate'; conv: number; score: number }
  | { k: 'contact'; conv: number; customer: number; valid: boolean }
  | { k: 'connect' | 'disconnect'; agent: number }
  | { k: 'status'; agent: number; status: 'available' | 'busy' | 'away' }
  | { k: 'advance'; seconds: number }
  | { k: 'mode'; offer: boolean }
  | { k: 'strategy'; group: number; strategy: StrategyName }
  | { k: 'skills'; agent: number; groups: number[]; max: number }
  | { k: 'bad'; variant: number }
  | { k: 'transfer'; conv: number; agent: number; toGroup: boolean; group: number }
  | { k: 'answer'; conv: number; accept: boolean }
  | { k: 'cancelTransfer' | 'takeover' | 'returnToQueue'; conv: number }
  | { k: 'reassign'; conv: number; agent: number; requireAccept: boolean; toGroup: boolean; group: number }
  | { k: 'endShift'; agent: number }
  | ConfigStep;

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('transfer' as const),
      conv: fc.nat(),
      agent: fc.nat(5),
      toGroup: fc.boolean(),
      group: fc.nat(3),
    }),
  },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('answer' as const), conv: fc.nat(), accept: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constantFrom('cancelTransfer' as const, 'takeover' as const, 'returnToQueue' as const),
      conv: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('reassign' as const),
      conv: fc.nat(),
      agent: fc.nat(5),
      requireAccept: fc.boolean(),
      toGroup: fc.boolean(),
      group: fc.nat(3),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('endShift' as const), agent: fc.nat(5) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      k: fc.constant('open' as const),
      customer: fc.nat(7),
      text: fc.constantFrom('', 'refund please', 'vip 退款', 'boss here', 'hello'),
      priority: fc.integer({ min: -3, max: 5 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('close' as const), conv: fc.nat(), byOwner: fc.boolean() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      k: fc.constantFrom('reply' as const, 'write' as const, 'accept' as const, 'decline' as const),
      conv: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('note' as const), conv: fc.nat(), agent: fc.nat(5) }) },
  {
    weight: 1,
    arbitrary: fc.record({ k: fc.constant('rate' as const), conv: fc.nat(), score: fc.integer({ min: 1, max: 5 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('contact' as const),
      conv: fc.nat(),
      customer: fc.nat(7),
      valid: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constantFrom('connect' as const, 'disconnect' as const), agent: fc.nat(5) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('status' as const),
      agent: fc.nat(5),
      status: fc.constantFrom('available' as const, 'busy' as const, 'away' as const),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ k: fc.constant('advance' as const), seconds: fc.integer({ min: 0, max: 400 }) }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('mode' as const), offer: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('strategy' as const),
      group: fc.nat(3),
      strategy: fc.constantFrom(...strategyNames),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('skills' as const),
      agent: fc.nat(5),
      groups: fc.uniqueArray(fc.nat(3), { maxLength: 3 }),
      max: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('bad' as const), variant: fc.nat(5) }) },
  // Configuration changed under waiting conversations, and long jumps across openings and DST switches.
  { weight: 3, arbitrary: configStepArb },
  {
    weight: 1,
    arbitrary: fc.record({ k: fc.constant('advance' as const), seconds: fc.integer({ min: 3_600, max: 3 * 86_400 }) }),
  },
);

export interface AgentArb {
  groups: number[];
  abilities: number[];
  max: number;
}

export const agentArb: fc.Arbitrary<AgentArb> = fc.record({
  groups: fc.uniqueArray(fc.nat(3), { minLength: 1, maxLength: 3 }),
  abilities: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 4, maxLength: 4 }),
  max: fc.integer({ min: 1, max: 3 }),
});

export interface Run {
  readonly state: TenantState;
  now: number;
  readonly log: DomainEvent[];
  readonly opened: string[];
}

/** Executes one command; accepted events go to the log. Returns whether it was accepted. */
export function apply(run: Run, command: Command): boolean {
  const decision = execute(run.state, command, run.now);
  if (!decision.ok) return false;
  run.log.push(...decision.events);
  if (command.type === 'OpenConversation') run.opened.push(command.conversationId);
  return true;
}

const policies = ['notify', 'forward', 'return-to-queue'] as const;
const autoAccepts = [
  { kind: 'never' },
  { kind: 'always' },
  { kind: 'below-load', load: 2 },
  { kind: 'from-supervisors' },
] as const;

/**
 * The tenant: four groups with overflow, six agents (a5 a supervisor), two departments, rules;
 * `policy` picks what a failed transfer does; `world` the time zone, start instant and group hours.
 */
export function setup(agents: AgentArb[], strategies: StrategyName[], policy = 0, world: World = plainWorld): Run {
  const run: Run = { state: createState(), now: world.start, log: [], opened: [] };
  const hoursOf = (index: number, groupId: string) => hoursPreset(world.hours[index] ?? 0, world.timeZone, groupId);
  const configure = (command: Command): void => {
    const decision = execute(run.state, command, run.now);
    if (!decision.ok) throw new Error(decision.error.message);
    run.log.push(...decision.events);
  };
  for (const command of departmentCommands) configure(command);
  configure({
    type: 'SaveSkillGroup',
    group: skillGroup({ id: 'general', name: 'general', strategy: strategies[2], hours: hoursOf(2, 'general') }),
  });
  configure({
    type: 'SaveSkillGroup',
    group: skillGroup({ id: 'experts', name: 'experts', strategy: strategies[3], hours: hoursOf(3, 'experts') }),
  });
  configure({
    type: 'SaveSkillGroup',
    group: skillGroup({
      id: 'sales',
      name: 'sales',
      strategy: strategies[0],
      overflow: [{ afterSeconds: 60, groupId: 'general' }],
      maxQueueLength: 6,
      hours: hoursOf(0, 'sales'),
    }),
  });
  configure({
    type: 'SaveSkillGroup',
    group: skillGroup({
      id: 'tech',
      name: 'tech',
      strategy: strategies[1],
      overflow: [
        { afterSeconds: 30, groupId: 'general' },
        { afterSeconds: 90, groupId: 'experts' },
      ],
      hours: hoursOf(1, 'tech'),
    }),
  });
  configure({
    type: 'ConfigureTenant',
    settings: {
      defaultGroupId: 'sales',
      timeZone: world.timeZone,
      firstResponseTimeoutSeconds: 90,
      stickyWaitSeconds: 20,
      offerTimeoutSeconds: 15,
      maxMissedOffers: 2,
      dormantAfterSeconds: 120,
      reviveWindowSeconds: 300,
      presenceGraceSeconds: 30,
      replyReminderSeconds: 45,
      closedRetention: 1_000_000,
      transfer: {
        ...defaultTransferSettings,
        onFailure: policies[policy % policies.length]!,
        timeoutSeconds: 25,
        maxForwards: 2,
      },
    },
  });
  agents.forEach((spec, index) => {
    const id = AGENTS[index]!;
    const memberships = spec.groups.map((group) => ({
      groupId: GROUPS[group]!,
      ability: spec.abilities[group]!,
      tier: 'primary' as const,
    }));
    configure({
      type: 'SaveAgent',
      agent: {
        id,
        name: id,
        role: index === 5 ? 'supervisor' : 'agent',
        level: 1,
        departmentId: null,
        memberships,
        languages: [],
        maxConcurrent: spec.max,
        transfer: { ...defaultTransferPermissions, autoAccept: autoAccepts[index % autoAccepts.length]! },
        ...(index === 5 ? { manages: { groupIds: GROUPS, departmentIds: [] } } : {}),
      },
    });
    configure({ type: 'ConnectAgent', agentId: id });
  });
  configure({
    type: 'SaveRoutingRules',
    rules: [
      {
        id: 'r-refund',
        name: 'refund',
        enabled: true,
        conditions: { keywords: { any: ['refund', '退款'] } },
        actions: { groupId: 'tech' },
      },
      {
        id: 'r-vip',
        name: 'vip',
        enabled: true,
        conditions: { keywords: { all: ['vip'] } },
        actions: { priority: 5, groupId: 'sales' },
      },
      {
        id: 'r-boss',
        name: 'boss',
        enabled: true,
        conditions: { keywords: { any: ['boss'] } },
        actions: { agentId: 'a0' },
      },
    ],
  });
  return run;
}

export function toCommand(run: Run, step: Step): Command | null {
  const conversationId = (index: number): string | null =>
    run.opened.length === 0 ? null : run.opened[index % run.opened.length]!;
  const agentId = (index: number): string => AGENTS[index % AGENTS.length]!;
  switch (step.k) {
    case 'open': {
      const id = `c${run.opened.length}`;
      return {
        type: 'OpenConversation',
        conversationId: id,
        customerId: `cust${step.customer}`,
        channel: 'web',
        source: 'site',
        text: step.text,
        priority: step.priority,
      };
    }
    case 'close': {
      const id = conversationId(step.conv);
      if (id === null) return null;
      const owner = run.state.conversations.get(id)?.ownerId ?? null;
      return step.byOwner && owner !== null
        ? { type: 'CloseConversation', conversationId: id, agentId: owner, by: 'agent', resolution: 'resolved' }
        : { type: 'CloseConversation', conversationId: id, agentId: null, by: 'customer' };
    }
    case 'reply':
    case 'write':
    case 'accept':
    case 'decline': {
      const id = conversationId(step.conv);
      if (id === null) return null;
      const owner = run.state.conversations.get(id)?.ownerId ?? 'a0';
      const messageId = `m${run.log.length}`;
      if (step.k === 'reply')
        return {
          type: 'PostMessage',
          conversationId: id,
          messageId,
          author: { kind: 'agent', agentId: owner },
          visibility: 'public',
          text: 'ok',
        };
      if (step.k === 'write')
        return {
          type: 'PostMessage',
          conversationId: id,
          messageId,
          author: { kind: 'customer' },
          visibility: 'public',
          text: 'hi',
        };
      return { type: step.k === 'accept' ? 'AcceptOffer' : 'DeclineOffer', conversationId: id, agentId: owner };
    }
    case 'note': {
      const id = conversationId(step.conv);
      if (id === null) return null;
      return {
        type: 'PostMessage',
        conversationId: id,
        messageId: `m${run.log.length}`,
        author: { kind: 'agent', agentId: agentId(step.agent) },
        visibility: 'internal',
        text: 'note',
      };
    }
    case 'rate': {
      const id = conversationId(step.conv);
      return id === null ? null : { type: 'RateConversation', conversationId: id, score: step.score };
    }
    case 'contact': {
      // Often someone else's conversation, or details without a phone or an e-mail: refused.
      const id = conversationId(step.conv);
      if (id === null) return null;
      const contact = step.valid ? { name: '李雷', phone: '+86 138 0000 0000' } : { name: 'nobody' };
      return { type: 'LeaveContact', conversationId: id, customerId: `cust${step.customer}`, contact };
    }
    case 'connect':
      return { type: 'ConnectAgent', agentId: agentId(step.agent) };
    case 'disconnect':
      return { type: 'DisconnectAgent', agentId: agentId(step.agent) };
    case 'status':
      return { type: 'SetAgentStatus', agentId: agentId(step.agent), status: step.status };
    case 'mode':
      return { type: 'ConfigureTenant', settings: { assignmentMode: step.offer ? 'offer' : 'direct' } };
    case 'strategy': {
      const group = run.state.groups.get(GROUPS[step.group]!)!;
      return { type: 'SaveSkillGroup', group: { ...group.config, strategy: step.strategy } };
    }
    case 'skills': {
      const agent = run.state.agents.get(agentId(step.agent))!;
      const memberships = step.groups.map((group) => ({
        groupId: GROUPS[group]!,
        ability: 1 + ((group * 3 + step.agent) % 10),
        tier: 'secondary' as const,
      }));
      return {
        type: 'SaveAgent',
        agent: {
          id: agent.id,
          name: agent.name,
          role: agent.role,
          level: agent.level,
          departmentId: agent.departmentId,
          memberships,
          languages: [],
          maxConcurrent: step.max,
        },
      };
    }
    case 'bad': {
      const bad: Command[] = [
        { type: 'CloseConversation', conversationId: 'nope', agentId: null, by: 'customer' },
        { type: 'ConnectAgent', agentId: 'ghost' },
        { type: 'RateConversation', conversationId: conversationId(0) ?? 'nope', score: 9 },
        {
          type: 'SaveSkillGroup',
          group: skillGroup({ id: 'x', name: 'x', overflow: [{ afterSeconds: 10, groupId: 'missing' }] }),
        },
        {
          type: 'OpenConversation',
          conversationId: conversationId(0) ?? 'c-dup',
          customerId: 'cust0',
          channel: 'web',
          source: 'site',
          text: '',
          priority: Number.NaN,
        },
        {
          type: 'PostMessage',
          conversationId: conversationId(1) ?? 'nope',
          messageId: 'x',
          author: { kind: 'agent', agentId: 'ghost' },
          visibility: 'public',
          text: 'x',
        },
      ];
      return bad[step.variant % bad.length]!;
    }
    case 'transfer':
    case 'reassign': {
      const id = conversationId(step.conv);
      if (id === null) return null;
      const target = step.toGroup
        ? { kind: 'group' as const, groupId: GROUPS[step.group]! }
        : { kind: 'agent' as const, agentId: agentId(step.agent) };
      const transferId = `t${run.log.length}`;
      if (step.k === 'reassign') {
        return {
          type: 'Reassign',
          transferId,
          supervisorId: 'a5',
          conversationId: id,
          target,
          requireAccept: step.requireAccept,
        };
      }
      const initiatorId = run.state.conversations.get(id)?.ownerId ?? 'a0';
      return {
        type: 'RequestTransfer',
        transferId,
        conversationId: id,
        initiatorId,
        target,
        note: { text: 'please help', templateId: null, fields: {}, reason: null, tags: [] },
      };
    }
    case 'answer': {
      const id = conversationId(step.conv);
      const pending = id === null ? null : (run.state.conversations.get(id)?.pendingTransferId ?? null);
      const transfer = pending === null ? undefined : run.state.transfers.get(pending);
      if (transfer?.targetAgentId == null) return null;
      return step.accept
        ? { type: 'AcceptTransfer', transferId: transfer.id, agentId: transfer.targetAgentId }
        : { type: 'RejectTransfer', transferId: transfer.id, agentId: transfer.targetAgentId, reason: 'busy' };
    }
    case 'cancelTransfer':
    case 'takeover':
    case 'returnToQueue': {
      const id = conversationId(step.conv);
      if (id === null) return null;
      const conversation = run.state.conversations.get(id);
      if (step.k === 'takeover')
        return { type: 'TakeOver', transferId: `t${run.log.length}`, supervisorId: 'a5', conversationId: id };
      if (step.k === 'returnToQueue')
        return { type: 'ReturnToQueue', conversationId: id, agentId: conversation?.ownerId ?? 'a0' };
      const pending = conversation?.pendingTransferId ?? null;
      return pending === null
        ? null
        : { type: 'CancelTransfer', transferId: pending, agentId: conversation?.ownerId ?? 'a0' };
    }
    case 'endShift':
      return { type: 'EndShift', agentId: agentId(step.agent) };
    case 'advance':
      return null;
    default:
      return configCommand(run.state, step, AGENTS);
  }
}

/** Moves time forward, firing every deadline that falls due at its own instant. */
export function advance(run: Run, seconds: number): void {
  const until = run.now + seconds * 1000;
  for (let timer = nextDeadline(run.state); timer !== undefined && timer.at <= until; timer = nextDeadline(run.state)) {
    run.now = Math.max(run.now, timer.at);
    apply(run, { type: 'FireTimer', key: timer.key });
  }
  run.now = until;
}

/** Plays one step: advances time or executes the command it stands for. */
export function play(run: Run, step: Step): void {
  if (step.k === 'advance') {
    advance(run, step.seconds);
    return;
  }
  const command = toCommand(run, step);
  if (command !== null) apply(run, command);
}

/** A whole random scenario: the tenant's agents, its groups' strategies and the steps. */
export const scenarioArb = fc.record({
  agents: fc.array(agentArb, { minLength: 6, maxLength: 6 }),
  strategies: fc.array(fc.constantFrom(...strategyNames), { minLength: 4, maxLength: 4 }),
  steps: fc.array(stepArb, { minLength: 30, maxLength: 120, size: 'max' }),
  policy: fc.nat(2),
  world: worldArb,
});

export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

/** Runs a scenario to its end. */
export function runScenario(scenario: Scenario): Run {
  const run = setup(scenario.agents, scenario.strategies, scenario.policy, scenario.world);
  for (const step of scenario.steps) play(run, step);
  return run;
}
