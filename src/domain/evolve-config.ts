/** `evolve` for configuration events: settings, departments, skill groups, agents, rules, customers. */
import { membershipRecord, sortByAbility, type Agent } from './agent.js';
import { customerRecord, noRatings } from './customer.js';
import type { EventOf } from './events.js';
import { groupOpensAt, overflowProgress } from './deadlines.js';
import { dequeue, enqueue, putTimer, rebuildGroupIndex, reindexAgent, unindexAgent } from './indexes.js';
import { createGroupRuntime, type TenantState } from './state.js';

export function tenantConfigured(state: TenantState, event: EventOf<'TenantConfigured'>): void {
  state.settings = event.settings;
}

export function departmentSaved(state: TenantState, event: EventOf<'DepartmentSaved'>): void {
  state.departments.set(event.department.id, event.department);
}

/** Decided only when nothing uses it (decide-removal.ts), so nothing else refers to it. */
export function departmentRemoved(state: TenantState, event: EventOf<'DepartmentRemoved'>): void {
  state.departments.delete(event.departmentId);
}

/** Decided only when nothing uses it: no member, nothing waiting, no rule or tier naming it. */
export function skillGroupRemoved(state: TenantState, event: EventOf<'SkillGroupRemoved'>): void {
  state.groups.delete(event.groupId);
}

export function skillGroupSaved(state: TenantState, event: EventOf<'SkillGroupSaved'>): void {
  const existing = state.groups.get(event.group.id);
  if (existing === undefined) {
    state.groups.set(event.group.id, createGroupRuntime(event.group));
    return;
  }
  const before = existing.config;
  // Overflow tiers decide which overflow queues a waiting conversation sits in, and when it reaches
  // the next one: re-file each and recompute its deadline from the new tiers (the same function as
  // every requeue), so an added tier fires and a changed threshold moves its instant.
  const waiting = existing.queue.toArray();
  for (const conversation of waiting) dequeue(state, conversation);
  existing.config = event.group;
  for (const conversation of waiting) {
    const progress = overflowProgress(state, conversation, event.at);
    conversation.overflowTier = progress.overflowTier;
    putTimer(state, 'overflow', conversation.id, progress.overflowDeadline);
    enqueue(state, conversation);
  }
  // New hours move the opening that wakes the group's left messages.
  putTimer(state, 'opens', existing.config.id, groupOpensAt(existing, event.at));
  if (before.strategy !== event.group.strategy || before.params !== event.group.params) {
    rebuildGroupIndex(state, existing);
  }
}

export function agentSaved(state: TenantState, event: EventOf<'AgentSaved'>): void {
  const existing = state.agents.get(event.agent.id);
  for (const membership of existing?.memberships ?? []) {
    const group = state.groups.get(membership.groupId);
    group?.members.delete(event.agent.id);
    if (group !== undefined) unindexAgent(group, event.agent.id);
  }
  const memberships = event.agent.memberships.map(membershipRecord);
  const agent: Agent = {
    status: 'offline',
    online: false,
    active: 0,
    dormant: 0,
    lastAssignedAt: event.at,
    assignments: 0,
    missedOffers: 0,
    conversations: new Set(),
    incoming: 0,
    transfersToday: { date: '', count: 0 },
    stats: new Map(),
    ...existing,
    ...event.agent,
    memberships,
    byAbility: sortByAbility(memberships),
  };
  state.agents.set(agent.id, agent);
  for (const membership of agent.memberships) state.groups.get(membership.groupId)?.members.add(agent.id);
  reindexAgent(state, agent);
}

export function routingRulesSaved(state: TenantState, event: EventOf<'RoutingRulesSaved'>): void {
  state.rules = event.rules;
}

export function customerSaved(state: TenantState, event: EventOf<'CustomerSaved'>): void {
  const existing = state.customers.get(event.customer.id);
  state.customers.set(
    event.customer.id,
    customerRecord(event.customer, existing?.lastAgent ?? null, existing?.ratings ?? noRatings),
  );
}

export function passwordSet(state: TenantState, event: EventOf<'PasswordSet'>): void {
  state.access.passwords.set(event.agentId, event.passwordHash);
}

export function apiKeyIssued(state: TenantState, event: EventOf<'ApiKeyIssued'>): void {
  state.access.apiKeys.set(event.keyId, {
    id: event.keyId,
    name: event.name,
    hash: event.hash,
    createdAt: event.at,
    revokedAt: null,
  });
}

export function apiKeyRevoked(state: TenantState, event: EventOf<'ApiKeyRevoked'>): void {
  const key = state.access.apiKeys.get(event.keyId);
  if (key !== undefined) state.access.apiKeys.set(key.id, { ...key, revokedAt: event.at });
}

export function widgetSecretSet(state: TenantState, event: EventOf<'WidgetSecretSet'>): void {
  state.access.widgetSecret = event.secret;
}
