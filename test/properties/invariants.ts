/**
 * The invariants of DESIGN.md §9, checked by brute force over the whole state — independent of
 * the indexes the engine routes with, so a broken index shows up as a violation here.
 */
import { isOpen, nextOpening } from '../../src/domain/business-hours.js';
import type { Conversation } from '../../src/domain/conversation.js';
import type { TenantState, TimerKind } from '../../src/domain/state.js';
import { targetRefusal } from '../../src/domain/transfer-checks.js';

const isRoutableNaive = (state: TenantState, agentId: string): boolean => {
  const agent = state.agents.get(agentId);
  return (
    agent !== undefined &&
    agent.online &&
    agent.status === 'available' &&
    agent.active + agent.incoming < agent.maxConcurrent
  );
};

/** Pending transfers agree with the conversations and the slots they hold. */
function transferViolations(state: TenantState): string[] {
  const found: string[] = [];
  const incoming = new Map<string, number>();
  for (const transfer of state.transfers.values()) {
    if (transfer.status !== 'pending') found.push(`${transfer.id} kept in state as ${transfer.status}`);
    const conversation = state.conversations.get(transfer.conversationId);
    if (conversation?.pendingTransferId !== transfer.id)
      found.push(`${transfer.id} is not its conversation's pending transfer`);
    if (conversation !== undefined && conversation.status !== 'active' && conversation.status !== 'dormant') {
      found.push(`${transfer.id} pending on a ${conversation.status} conversation`);
    }
    if (transfer.targetAgentId !== null)
      incoming.set(transfer.targetAgentId, (incoming.get(transfer.targetAgentId) ?? 0) + 1);
  }
  for (const conversation of state.conversations.values()) {
    if (conversation.pendingTransferId !== null && !state.transfers.has(conversation.pendingTransferId)) {
      found.push(`${conversation.id} points at missing transfer ${conversation.pendingTransferId}`);
    }
  }
  for (const agent of state.agents.values()) {
    if ((incoming.get(agent.id) ?? 0) !== agent.incoming) {
      found.push(`${agent.id}: incoming ${agent.incoming} but ${incoming.get(agent.id) ?? 0} transfers wait for them`);
    }
  }
  return found;
}

/** A group transfer waits while a free member who could take it idles. */
function idleForTransfer(state: TenantState, agentId: string): string | undefined {
  const agent = state.agents.get(agentId);
  if (agent === undefined) return undefined;
  for (const transfer of state.transfers.values()) {
    if (transfer.targetAgentId !== null || transfer.target.kind !== 'group') continue;
    if (
      !agent.memberships.some((membership) => membership.groupId === (transfer.target as { groupId: string }).groupId)
    )
      continue;
    const conversation = state.conversations.get(transfer.conversationId);
    if (conversation === undefined || conversation.ownerId === agentId || transfer.excluded.includes(agentId)) continue;
    if (conversation.excluded.includes(agentId)) continue;
    const rating = state.customers.get(conversation.customerId)?.ratings.get(agentId);
    if (rating !== undefined && rating <= state.settings.badRatingMax) continue;
    if (targetRefusal(state, state.agents.get(transfer.initiatorId) ?? null, agent) === null) return transfer.id;
  }
  return undefined;
}

/** Whether a deadline of this kind falls due exactly now and has not fired yet (timers due at one instant fire one by one). */
const dueNow = (state: TenantState, kind: TimerKind, targetId: string, now: number): boolean =>
  state.timers.find(kind, targetId)?.at === now;

/**
 * How many of its group's current overflow tiers a waiting conversation has passed by time alone
 * (thresholds count from when it started waiting in this group), whatever the state recorded.
 */
function tiersPassed(state: TenantState, conversation: Conversation, now: number): number {
  const tiers = state.groups.get(conversation.groupId)?.config.overflow ?? [];
  const pending = dueNow(state, 'overflow', conversation.id, now);
  let passed = 0;
  for (const tier of tiers) {
    const at = conversation.overflowFrom + tier.afterSeconds * 1000;
    if (at > now || (at === now && pending)) break;
    passed += 1;
  }
  return passed;
}

/** Whether a group's left messages may be served now: it is open, and not at an opening still to fire. */
const openForLeftMessages = (state: TenantState, groupId: string, now: number): boolean =>
  isOpen(state.groups.get(groupId)?.config.hours ?? null, now) && !dueNow(state, 'opens', groupId, now);

/** Groups whose members may serve this conversation now: its own and every overflow tier whose threshold passed. */
function servingGroups(state: TenantState, conversation: Conversation, now: number): string[] {
  const tiers = state.groups.get(conversation.groupId)?.config.overflow ?? [];
  return [conversation.groupId, ...tiers.slice(0, tiersPassed(state, conversation, now)).map((tier) => tier.groupId)];
}

/**
 * Deadlines agree with the configuration as it is now: a waiting conversation's overflow tier and
 * next tier deadline follow its group's current tiers, and a group holding left messages wakes no
 * later than its next opening.
 */
function deadlineViolations(state: TenantState, now: number): string[] {
  const found: string[] = [];
  for (const conversation of state.conversations.values()) {
    if (conversation.status !== 'queued' || conversation.reservation !== null) continue;
    const tiers = state.groups.get(conversation.groupId)?.config.overflow ?? [];
    const passed = tiersPassed(state, conversation, now);
    if (conversation.overflowTier !== passed) {
      found.push(`${conversation.id}: overflow tier ${conversation.overflowTier}, but ${passed} tiers passed`);
    }
    const next = tiers[passed];
    const expected = next === undefined ? undefined : conversation.overflowFrom + next.afterSeconds * 1000;
    const timer = state.timers.find('overflow', conversation.id)?.at;
    if (timer !== expected) found.push(`${conversation.id}: overflow deadline ${timer} instead of ${expected}`);
  }
  for (const [groupId, group] of state.groups) {
    if (group.leftMessages.size === 0) continue;
    const opening = nextOpening(group.config.hours, now);
    const timer = state.timers.find('opens', groupId)?.at;
    if (opening !== null && (timer === undefined || timer > opening)) {
      found.push(`${groupId}: left messages wait, next opening ${opening}, wake-up at ${timer}`);
    }
  }
  return found;
}

function mayServe(state: TenantState, conversation: Conversation, agentId: string, now: number): boolean {
  const agent = state.agents.get(agentId);
  if (agent === undefined) return false;
  if (conversation.excluded.includes(agentId)) return false;
  const rating = state.customers.get(conversation.customerId)?.ratings.get(agentId);
  if (rating !== undefined && rating <= state.settings.badRatingMax) return false;
  if (conversation.status === 'queued' && conversation.reservation !== null) {
    return conversation.reservation.agentId === agentId;
  }
  if (conversation.status === 'left-message') {
    if (!state.groups.has(conversation.groupId) || !openForLeftMessages(state, conversation.groupId, now)) return false;
    return agent.memberships.some((membership) => membership.groupId === conversation.groupId);
  }
  const groups = servingGroups(state, conversation, now);
  return agent.memberships.some((membership) => groups.includes(membership.groupId));
}

/** Returns a description of every violated invariant (empty when all hold). */
export function violations(state: TenantState, now: number): string[] {
  const found: string[] = [];
  const owners = new Map<string, string>();
  for (const agent of state.agents.values()) {
    let active = 0;
    let dormant = 0;
    for (const conversationId of agent.conversations) {
      const conversation = state.conversations.get(conversationId);
      if (conversation?.ownerId !== agent.id) found.push(`${agent.id} lists ${conversationId} it does not own`);
      if (owners.has(conversationId)) found.push(`${conversationId} has two owners`);
      owners.set(conversationId, agent.id);
      if (conversation?.status === 'dormant') dormant += 1;
      else if (conversation?.status === 'active' || conversation?.status === 'offered') active += 1;
      else found.push(`${agent.id} owns ${conversationId} in status ${conversation?.status ?? 'missing'}`);
    }
    if (active !== agent.active) found.push(`${agent.id}: active ${agent.active} but owns ${active}`);
    if (dormant !== agent.dormant) found.push(`${agent.id}: dormant ${agent.dormant} but owns ${dormant}`);
  }
  const waiting: Conversation[] = [];
  for (const conversation of state.conversations.values()) {
    const owned = ['offered', 'active', 'dormant'].includes(conversation.status);
    if (owned && owners.get(conversation.id) !== conversation.ownerId) {
      found.push(`${conversation.id} (${conversation.status}) is not in its owner's list`);
    }
    if (conversation.status === 'queued' || conversation.status === 'left-message') waiting.push(conversation);
  }
  for (const agentId of state.agents.keys()) {
    if (!isRoutableNaive(state, agentId)) continue;
    const idleFor = waiting.find((conversation) => mayServe(state, conversation, agentId, now));
    if (idleFor !== undefined) found.push(`work conservation: ${agentId} is free while ${idleFor.id} waits`);
    const transfer = idleForTransfer(state, agentId);
    if (transfer !== undefined) found.push(`work conservation: ${agentId} is free while transfer ${transfer} waits`);
  }
  return [...found, ...transferViolations(state), ...deadlineViolations(state, now)];
}
