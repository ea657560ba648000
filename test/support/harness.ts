/**
 * A domain-level test harness: drives `execute` with a hand-moved clock and fires deadlines in
 * order at their exact instants, as the engine would. No real time, no timers.
 */
import type { AgentProfile, Membership, Role } from '../../src/domain/agent.js';
import type { Command } from '../../src/domain/commands.js';
import type { Conversation } from '../../src/domain/conversation.js';
import { newCustomer, type CustomerProfile } from '../../src/domain/customer.js';
import type { DomainError } from '../../src/domain/errors.js';
import type { DomainEvent, EventOf, EventType } from '../../src/domain/events.js';
import { execute } from '../../src/domain/execute.js';
import type { TenantSettings } from '../../src/domain/settings.js';
import { skillGroup, type SkillGroupConfig } from '../../src/domain/skill-group.js';
import { createState, nextDeadline, type TenantState } from '../../src/domain/state.js';

/** 2026-03-02 09:00 UTC, a Monday. */
export const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

export interface AgentSpec {
  readonly groups?: readonly (string | [string, number] | Membership)[];
  readonly max?: number;
  readonly role?: Role;
  readonly level?: number;
  readonly departmentId?: string | null;
  readonly online?: boolean;
  /** For supervisors: the skill groups (and departments) they manage. */
  readonly manages?: { readonly groupIds?: readonly string[]; readonly departmentIds?: readonly string[] };
  readonly transfer?: AgentProfile['transfer'];
}

export class Harness {
  readonly state: TenantState = createState();
  now: number;
  readonly log: DomainEvent[] = [];

  constructor(start = T0) {
    this.now = start;
  }

  /** Executes a command; returns its events, or throws with the refusal. */
  run(command: Command): DomainEvent[] {
    const decision = execute(this.state, command, this.now);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.code} ${decision.error.message}`);
    this.log.push(...decision.events);
    return decision.events;
  }

  /** Executes a command expected to be refused; returns the error. */
  refused(command: Command): DomainError {
    const decision = execute(this.state, command, this.now);
    if (decision.ok)
      throw new Error(`${command.type} was accepted: ${JSON.stringify(decision.events.map((e) => e.type))}`);
    return decision.error;
  }

  /** Moves time forward, firing every deadline that falls due, each at its own instant. */
  advance(seconds: number): DomainEvent[] {
    const until = this.now + seconds * 1000;
    const fired: DomainEvent[] = [];
    for (;;) {
      const timer = nextDeadline(this.state);
      if (timer === undefined || timer.at > until) break;
      this.now = Math.max(this.now, timer.at);
      fired.push(...this.run({ type: 'FireTimer', key: timer.key }));
    }
    this.now = until;
    return fired;
  }

  settings(settings: Partial<TenantSettings>): this {
    this.run({ type: 'ConfigureTenant', settings });
    return this;
  }

  group(id: string, config: Partial<SkillGroupConfig> = {}): this {
    this.run({ type: 'SaveSkillGroup', group: skillGroup({ id, name: id, ...config }) });
    // The first group is the tenant's default, so conversations route without rules.
    if (this.state.settings.defaultGroupId === null) this.settings({ defaultGroupId: id });
    return this;
  }

  agent(id: string, spec: AgentSpec = {}): this {
    const memberships = (spec.groups ?? []).map((entry): Membership => {
      if (typeof entry === 'string') return { groupId: entry, ability: 5, tier: 'primary' };
      if (Array.isArray(entry)) return { groupId: entry[0], ability: entry[1], tier: 'primary' };
      return entry;
    });
    const profile: AgentProfile = {
      id,
      name: id,
      role: spec.role ?? 'agent',
      level: spec.level ?? 1,
      departmentId: spec.departmentId ?? null,
      memberships,
      languages: ['zh-CN', 'en-US'],
      maxConcurrent: spec.max ?? 1,
      ...(spec.manages === undefined
        ? {}
        : { manages: { groupIds: spec.manages.groupIds ?? [], departmentIds: spec.manages.departmentIds ?? [] } }),
      ...(spec.transfer === undefined ? {} : { transfer: spec.transfer }),
    };
    this.run({ type: 'SaveAgent', agent: profile });
    if (spec.online !== false) {
      this.run({ type: 'ConnectAgent', agentId: id });
      // Supervisors and admins sign in away; the ones here chose to take chats.
      if (profile.role !== 'agent') this.run({ type: 'SetAgentStatus', agentId: id, status: 'available' });
    }
    return this;
  }

  customer(id: string, profile: Partial<CustomerProfile> = {}): this {
    this.run({ type: 'SaveCustomer', customer: { ...newCustomer(id), ...profile } });
    return this;
  }

  /** Opens a conversation on the `web` channel; returns its events. */
  open(id: string, extra: Partial<Extract<Command, { type: 'OpenConversation' }>> = {}): DomainEvent[] {
    return this.run({
      type: 'OpenConversation',
      conversationId: id,
      customerId: extra.customerId ?? `cust-${id}`,
      channel: 'web',
      source: 'website',
      text: '',
      ...extra,
    });
  }

  close(id: string): DomainEvent[] {
    return this.run({ type: 'CloseConversation', conversationId: id, agentId: null, by: 'customer' });
  }

  reply(id: string, agentId?: string): DomainEvent[] {
    const conversation = this.conversation(id);
    const author = agentId ?? conversation.ownerId ?? 'nobody';
    return this.run({
      type: 'PostMessage',
      conversationId: id,
      messageId: `m-${this.log.length}`,
      author: { kind: 'agent', agentId: author },
      visibility: 'public',
      text: 'hello',
    });
  }

  write(id: string, text = 'hi'): DomainEvent[] {
    return this.run({
      type: 'PostMessage',
      conversationId: id,
      messageId: `m-${this.log.length}`,
      author: { kind: 'customer' },
      visibility: 'public',
      text,
    });
  }

  conversation(id: string): Conversation {
    const conversation = this.state.conversations.get(id);
    if (conversation === undefined) throw new Error(`no conversation ${id}`);
    return conversation;
  }

  owner(id: string): string | null {
    return this.conversation(id).ownerId;
  }

  status(id: string): Conversation['status'] {
    return this.conversation(id).status;
  }
}

export function eventsOf<T extends EventType>(events: readonly DomainEvent[], type: T): EventOf<T>[] {
  return events.filter((event): event is EventOf<T> => event.type === type);
}

export { skillGroup };
