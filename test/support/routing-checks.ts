/**
 * Small helpers shared by the domain tests: reading assignments out of event lists, re-saving an
 * agent with changed fields, business-hours fixtures and the work-conservation invariant.
 */
import { isRoutable, type AgentProfile } from '../../src/domain/agent.js';
import { isOpen } from '../../src/domain/business-hours.js';
import type { DomainEvent, EventOf } from '../../src/domain/events.js';
import { isEligible } from '../../src/domain/routing.js';
import type { BusinessHours } from '../../src/domain/skill-group.js';
import type { TenantState } from '../../src/domain/state.js';
import { eventsOf, type Harness } from './harness.js';

/** The single assignment of `conversationId` among `events`; fails the test if there is not exactly one. */
export function assignmentOf(events: readonly DomainEvent[], conversationId: string): EventOf<'ConversationAssigned'> {
  const found = eventsOf(events, 'ConversationAssigned').filter((event) => event.conversationId === conversationId);
  if (found.length !== 1) {
    throw new Error(`expected one assignment of ${conversationId}, found ${found.length}`);
  }
  return found[0]!;
}

/** `conversationId → agentId` for every assignment among `events`. */
export function assignments(events: readonly DomainEvent[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const event of eventsOf(events, 'ConversationAssigned')) result[event.conversationId] = event.agentId;
  return result;
}

/** The agent's profile as stored, ready to be re-saved with changes. */
export function profileOf(h: Harness, agentId: string): AgentProfile {
  const agent = h.state.agents.get(agentId);
  if (agent === undefined) throw new Error(`no agent ${agentId}`);
  return {
    id: agent.id,
    name: agent.name,
    role: agent.role,
    level: agent.level,
    departmentId: agent.departmentId,
    memberships: agent.memberships,
    languages: agent.languages,
    maxConcurrent: agent.maxConcurrent,
  };
}

/** Open Monday–Friday 10:00–18:00 UTC; outside hours customers leave a message. */
export const officeHours: BusinessHours = {
  timeZone: 'UTC',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, from: '10:00', to: '18:00' })),
  exceptions: [],
  afterHours: { kind: 'leave-message' },
};

/**
 * Work conservation (DESIGN.md §3.8) as a check: every routable agent paired with a conversation
 * they could take right now — a live or overflowed conversation in one of their groups, or a left
 * message of an open group. Conversations reserved for a preferred agent are allowed to wait.
 */
export function idleWhileWaiting(state: TenantState, now: number): string[] {
  const problems: string[] = [];
  for (const agent of state.agents.values()) {
    if (!isRoutable(agent)) continue;
    for (const membership of agent.memberships) {
      const group = state.groups.get(membership.groupId);
      if (group === undefined) continue;
      const queues = [group.queue, group.overflowQueue];
      if (isOpen(group.config.hours, now)) queues.push(group.leftMessages);
      for (const queue of queues) {
        const waiting = queue.find((conversation) => isEligible(state, conversation, agent.id));
        if (waiting !== undefined) problems.push(`${agent.id} is idle while ${waiting.id} waits in ${group.config.id}`);
      }
    }
  }
  return problems;
}
