/**
 * Incremental maintenance of the routing indexes and timers, called by `evolve` only.
 * Every helper is O(log n) per structure touched.
 */
import { isRoutable, load, type Agent } from './agent.js';
import type { Conversation } from './conversation.js';
import { OrderedSet } from './ordered-set.js';
import type { OverflowTier } from './skill-group.js';
import { strategies, type RankKey, type StrategyInput } from './strategies/index.js';
import {
  byQueueOrder,
  byRank,
  queueKey,
  rankKey,
  type GroupRuntime,
  type TenantState,
  type TimerKind,
} from './state.js';

export const strategyInput = (agent: Agent, ability: number): StrategyInput => ({
  agentId: agent.id,
  ability,
  active: load(agent),
  dormant: agent.dormant,
  maxConcurrent: agent.maxConcurrent,
  lastAssignedAt: agent.lastAssignedAt,
  assignments: agent.assignments,
});

function rank(state: TenantState, group: GroupRuntime, agent: Agent, ability: number): RankKey {
  return strategies[group.config.strategy].rank(strategyInput(agent, ability), {
    params: group.config.params,
    seed: state.settings.randomSeed,
  });
}

/** Takes the agent out of the group's index and forgets their entry (they left the group). */
export function unindexAgent(group: GroupRuntime, agentId: string): void {
  const entry = group.entries.get(agentId);
  if (entry === undefined) return;
  if (entry.indexed) group.routable.delete(entry);
  group.entries.delete(agentId);
}

/**
 * Puts the agent in (or out of) each of their groups' routable index at their current rank. The
 * group's entry for them is kept while they are not routable and re-ranked when they are again.
 */
export function reindexAgent(state: TenantState, agent: Agent): void {
  const routable = isRoutable(agent);
  for (const membership of agent.memberships) {
    const group = state.groups.get(membership.groupId);
    if (group === undefined) continue;
    let entry = group.entries.get(agent.id);
    if (entry !== undefined && entry.indexed) {
      group.routable.delete(entry);
      entry.indexed = false;
    }
    if (!routable) continue;
    const key = rank(state, group, agent, membership.ability);
    if (entry === undefined) {
      entry = { agentId: agent.id, primary: key[0], secondary: key[1], indexed: true };
      group.entries.set(agent.id, entry);
    } else {
      // Out of the set while its sort key changes (ordered-set.ts).
      entry.primary = key[0];
      entry.secondary = key[1];
      entry.indexed = true;
    }
    group.routable.add(entry);
  }
}

/** Rebuilds one group's index, e.g. after its strategy changed. */
export function rebuildGroupIndex(state: TenantState, group: GroupRuntime): void {
  group.routable = new OrderedSet(byRank, rankKey);
  group.entries.clear();
  for (const agentId of group.members) {
    const agent = state.agents.get(agentId);
    if (agent !== undefined) reindexAgent(state, agent);
  }
}

function reservedQueue(state: TenantState, agentId: string): OrderedSet<Conversation> {
  let queue = state.reserved.get(agentId);
  if (queue === undefined) {
    queue = new OrderedSet(byQueueOrder, queueKey);
    state.reserved.set(agentId, queue);
  }
  return queue;
}

/** Adds a waiting conversation to the structure its status and reservation call for. */
export function enqueue(state: TenantState, conversation: Conversation): void {
  const group = state.groups.get(conversation.groupId);
  if (group === undefined) return;
  if (conversation.status === 'left-message') {
    group.leftMessages.add(conversation);
    return;
  }
  if (conversation.reservation !== null) {
    reservedQueue(state, conversation.reservation.agentId).add(conversation);
    return;
  }
  group.queue.add(conversation);
  group.byWaitStart.add(conversation);
  const tiers = group.config.overflow;
  for (let tier = 0; tier < conversation.overflowTier && tier < tiers.length; tier += 1) {
    state.groups.get((tiers[tier] as OverflowTier).groupId)?.overflowQueue.add(conversation);
  }
}

/**
 * Removes a waiting conversation from the structures `enqueue` put it in. Only a queued or
 * left-message conversation is in any (`enqueue` files by status and reservation, and every
 * change of those goes through here first), so anything else costs nothing: closing an active
 * conversation no longer walks three queues looking for it.
 */
export function dequeue(state: TenantState, conversation: Conversation): void {
  if (conversation.status !== 'queued' && conversation.status !== 'left-message') return;
  const group = state.groups.get(conversation.groupId);
  if (conversation.status === 'left-message') {
    group?.leftMessages.delete(conversation);
    return;
  }
  if (conversation.reservation !== null) {
    const queue = state.reserved.get(conversation.reservation.agentId);
    queue?.delete(conversation);
    if (queue?.size === 0) state.reserved.delete(conversation.reservation.agentId);
    return;
  }
  if (group === undefined) return;
  group.queue.delete(conversation);
  group.byWaitStart.delete(conversation);
  const tiers = group.config.overflow;
  for (let tier = 0; tier < conversation.overflowTier && tier < tiers.length; tier += 1) {
    state.groups.get((tiers[tier] as OverflowTier).groupId)?.overflowQueue.delete(conversation);
  }
}

export function setTimer(state: TenantState, kind: TimerKind, targetId: string, at: number): void {
  state.timers.set(kind, targetId, at);
}

export function clearTimer(state: TenantState, kind: TimerKind, targetId: string): void {
  state.timers.clear(kind, targetId);
}

/** Sets or clears, depending on whether a deadline is given. */
export function putTimer(state: TenantState, kind: TimerKind, targetId: string, at: number | null): void {
  if (at === null) state.timers.clear(kind, targetId);
  else state.timers.set(kind, targetId, at);
}
