/**
 * Routing queries (DESIGN.md §3.3–§3.10): which agent a waiting conversation goes to, and which
 * conversation a freed agent takes. Read-only over the state's indexes; `react` turns the answers
 * into assignment events.
 */
import { isRoutable, type Agent } from './agent.js';
import type { Conversation, PreferenceReason } from './conversation.js';
import type { AssignmentTrigger, CandidateScore, Explanation } from './explanation.js';
import { isOpen } from './business-hours.js';
import { strategyInput } from './indexes.js';
import type { OrderedSet } from './ordered-set.js';
import type { OverflowTier } from './skill-group.js';
import { strategies } from './strategies/index.js';
import { draw } from './strategies/random.js';
import { estimatedWaitSeconds } from './wait-estimate.js';
import { byQueueOrder, byRank, type GroupRuntime, type RankEntry, type TenantState } from './state.js';

const CANDIDATES_SHOWN = 3;

/** Seconds a conversation has effectively waited: actual wait plus its priority credit. */
export const effectiveWaitSeconds = (conversation: Conversation, now: number): number =>
  (now - conversation.orderKey) / 1000;

export function ratedBadly(state: TenantState, customerId: string, agentId: string): boolean {
  if (!state.raters.has(customerId)) return false;
  const rating = state.customers.get(customerId)?.ratings.get(agentId);
  return rating !== undefined && rating <= state.settings.badRatingMax;
}

/**
 * Whether this agent may be given this conversation (exclusions and bad ratings): the one
 * eligibility predicate of every path — normal routing, reservations, transfers.
 */
export const isEligible = (
  state: TenantState,
  conversation: Pick<Conversation, 'customerId' | 'excluded'>,
  agentId: string,
): boolean => !conversation.excluded.includes(agentId) && !ratedBadly(state, conversation.customerId, agentId);

export interface AgentChoice {
  readonly agent: Agent;
  readonly group: GroupRuntime;
  readonly tier: number;
  readonly preferred: PreferenceReason | 'favoured' | null;
  readonly candidates: readonly CandidateScore[];
}

/** Why `choice` was made for `conversation` now, as recorded on the assignment (explanation.ts). */
export function explainChoice(
  conversation: Conversation,
  choice: Pick<AgentChoice, 'group' | 'tier' | 'preferred' | 'candidates'>,
  trigger: AssignmentTrigger,
  now: number,
): Explanation {
  return {
    trigger,
    rule: conversation.routedBy,
    rankedBy: { groupId: choice.group.config.id, strategy: choice.group.config.strategy },
    overflowTier: choice.tier,
    preferred: choice.preferred,
    effectiveWaitSeconds: effectiveWaitSeconds(conversation, now),
    candidates: choice.candidates,
  };
}

export function candidateScore(state: TenantState, group: GroupRuntime, agentId: string, now: number): CandidateScore {
  const agent = state.agents.get(agentId) as Agent;
  const ability = agent.memberships.find((m) => m.groupId === group.config.id)?.ability ?? 0;
  const strategy = strategies[group.config.strategy];
  const context = { params: group.config.params, seed: state.settings.randomSeed };
  return {
    agentId,
    score: strategy.score(strategyInput(agent, ability), context, now),
    ability,
    active: agent.active,
    maxConcurrent: agent.maxConcurrent,
  };
}

/** The chosen agent first, then the next best eligible candidates in the group's order. */
function shownCandidates(
  state: TenantState,
  group: GroupRuntime,
  conversation: Conversation,
  chosen: RankEntry,
  now: number,
): CandidateScore[] {
  const shown = [candidateScore(state, group, chosen.agentId, now)];
  group.routable.find((entry) => {
    if (entry !== chosen && isEligible(state, conversation, entry.agentId)) {
      shown.push(candidateScore(state, group, entry.agentId, now));
    }
    return shown.length >= CANDIDATES_SHOWN;
  });
  return shown;
}

/** The best routable agent this customer rated well, in this group, if any. */
function favouredEntry(state: TenantState, group: GroupRuntime, conversation: Conversation): RankEntry | undefined {
  if (!state.raters.has(conversation.customerId)) return undefined;
  const customer = state.customers.get(conversation.customerId);
  if (customer === undefined || customer.ratings.size === 0) return undefined;
  let best: RankEntry | undefined;
  for (const [agentId, rating] of customer.ratings) {
    if (rating < state.settings.goodRatingMin) continue;
    const entry = group.entries.get(agentId);
    if (entry === undefined || !entry.indexed || !isEligible(state, conversation, agentId)) continue;
    if (best === undefined || byRank(entry, best) < 0) best = entry;
  }
  return best;
}

/** The group strategy's pick among its routable agents that pass `eligible`. */
export function pickFromGroup(
  state: TenantState,
  group: GroupRuntime,
  eligible: (agentId: string) => boolean,
): RankEntry | undefined {
  if (strategies[group.config.strategy].selection === 'ranked')
    return group.routable.find((entry) => eligible(entry.agentId));
  const size = group.routable.size;
  const start = Math.floor(draw(state.settings.randomSeed, state.assignments) * size);
  for (let offset = 0; offset < size; offset += 1) {
    const entry = group.routable.at((start + offset) % size);
    if (entry !== undefined && eligible(entry.agentId)) return entry;
  }
  return undefined;
}

/**
 * The agent a waiting conversation should go to now, or null if it must wait. A reserved
 * conversation waits for its one agent, who must be routable and eligible like anyone else (one
 * who no longer is ends the reservation: reservations.ts); otherwise its own group's agents come first, then each
 * overflow tier it has reached, in order. Within a group, an agent the customer rated well wins.
 */
export function chooseAgent(state: TenantState, conversation: Conversation, now: number): AgentChoice | null {
  const ownGroup = state.groups.get(conversation.groupId);
  if (ownGroup === undefined) return null;
  const reservation = conversation.reservation;
  if (reservation !== null) {
    const agent = state.agents.get(reservation.agentId);
    if (agent === undefined || !isRoutable(agent) || !isEligible(state, conversation, agent.id)) return null;
    const candidates = [candidateScore(state, ownGroup, agent.id, now)];
    return { agent, group: ownGroup, tier: 0, preferred: reservation.reason, candidates };
  }
  // Its own group (tier 0), then each overflow tier it has reached, in order.
  const overflow = ownGroup.config.overflow;
  const reached = Math.min(conversation.overflowTier, overflow.length);
  for (let tier = 0; tier <= reached; tier += 1) {
    const group = tier === 0 ? ownGroup : state.groups.get((overflow[tier - 1] as OverflowTier).groupId);
    if (group === undefined || group.routable.size === 0) continue;
    const favoured = favouredEntry(state, group, conversation);
    const entry = favoured ?? pickFromGroup(state, group, (agentId) => isEligible(state, conversation, agentId));
    if (entry === undefined) continue;
    const candidates = shownCandidates(state, group, conversation, entry, now);
    const agent = state.agents.get(entry.agentId) as Agent;
    return { agent, group, tier, preferred: favoured === undefined ? null : 'favoured', candidates };
  }
  return null;
}

export interface ConversationChoice {
  readonly conversation: Conversation;
  /** Where it came from: reserved for this agent, one of their groups, an overflow queue, or a left message. */
  readonly source: 'reserved' | 'group' | 'overflow' | 'left-message';
  readonly group: GroupRuntime;
}

const firstEligible = (
  state: TenantState,
  queue: OrderedSet<Conversation> | null,
  agentId: string,
): Conversation | undefined =>
  queue === null || queue.size === 0
    ? undefined
    : queue.find((conversation) => isEligible(state, conversation, agentId));

type QueueOf = (group: GroupRuntime, now: number) => OrderedSet<Conversation> | null;

const liveQueue: QueueOf = (group) => group.queue;
const overflowQueue: QueueOf = (group) => group.overflowQueue;

/**
 * Best head across the agent's groups, visiting groups by ability (highest first). Among groups of
 * equal ability the longest effective wait wins; a lower-ability group is looked at only if all
 * higher ones have nothing for this agent (DESIGN.md §3.6). A group may offer a second queue
 * (its left messages): both heads compete by the same effective-wait order.
 */
function bestHead(
  state: TenantState,
  agent: Agent,
  now: number,
  queueOf: QueueOf,
  secondQueueOf: QueueOf | null = null,
): { conversation: Conversation; group: GroupRuntime } | null {
  let best: { conversation: Conversation; group: GroupRuntime } | null = null;
  let bestAbility = 0;
  for (const membership of agent.byAbility) {
    if (best !== null && membership.ability < bestAbility) break;
    const group = state.groups.get(membership.groupId);
    if (group === undefined) continue;
    const first = firstEligible(state, queueOf(group, now), agent.id);
    const second = secondQueueOf === null ? undefined : firstEligible(state, secondQueueOf(group, now), agent.id);
    const head = second !== undefined && (first === undefined || byQueueOrder(second, first) < 0) ? second : first;
    if (head !== undefined && (best === null || byQueueOrder(head, best.conversation) < 0)) {
      best = { conversation: head, group };
      bestAbility = membership.ability;
    }
  }
  return best;
}

/**
 * A group's left messages while it is open: they compete with its live queue in one order by
 * effective wait, so a left message's priority counts and its wait runs from when it was left.
 */
const openLeftMessages: QueueOf = (group, now) =>
  group.leftMessages.size > 0 && isOpen(group.config.hours, now) ? group.leftMessages : null;

/**
 * The conversation a routable agent should take now, or null. Order: conversations reserved for
 * them (and eligible); their groups' waiting customers — live and left messages of open groups in
 * one effective-wait order — by ability; then other groups' conversations overflowing to theirs.
 */
export function chooseConversation(state: TenantState, agent: Agent, now: number): ConversationChoice | null {
  const reservedQueue = state.reserved.get(agent.id);
  const reserved = firstEligible(state, reservedQueue ?? null, agent.id);
  if (reserved !== undefined) {
    const group = state.groups.get(reserved.groupId) as GroupRuntime;
    return { conversation: reserved, source: 'reserved', group };
  }
  const own = bestHead(state, agent, now, liveQueue, openLeftMessages);
  if (own !== null) {
    const source = own.conversation.status === 'left-message' ? 'left-message' : 'group';
    return { conversation: own.conversation, group: own.group, source };
  }
  const overflow = bestHead(state, agent, now, overflowQueue);
  return overflow === null ? null : { conversation: overflow.conversation, group: overflow.group, source: 'overflow' };
}

/** Whether any member of the group, or of its overflow groups, has a live connection. */
export function anyoneOnline(state: TenantState, group: GroupRuntime): boolean {
  if (memberOnline(state, group)) return true;
  for (const tier of group.config.overflow) {
    const candidate = state.groups.get(tier.groupId);
    if (candidate !== undefined && memberOnline(state, candidate)) return true;
  }
  return false;
}

function memberOnline(state: TenantState, group: GroupRuntime): boolean {
  for (const agentId of group.members) if (state.agents.get(agentId)?.online === true) return true;
  return false;
}

export interface QueueStatus {
  /** 1-based position among the conversations waiting in the same queue. */
  readonly position: number;
  /** Null until the group has served someone recently. */
  readonly estimatedWaitSeconds: number | null;
}

/**
 * Position and estimated wait (DESIGN.md §3.10): position × mean recent handling time / the
 * capacity of the group's online, available agents.
 */
export function queueStatus(state: TenantState, conversationId: string): QueueStatus | null {
  const conversation = state.conversations.get(conversationId);
  const group = conversation === undefined ? undefined : state.groups.get(conversation.groupId);
  if (conversation === undefined || group === undefined) return null;
  if (conversation.status !== 'queued' && conversation.status !== 'left-message') return null;
  // Live customers and left messages of a group are served in one order: count both ahead of it.
  const reserved = conversation.reservation === null ? null : state.reserved.get(conversation.reservation.agentId);
  if (reserved === undefined) return null;
  const position =
    (reserved === null
      ? group.queue.rankOf(conversation) + group.leftMessages.rankOf(conversation)
      : reserved.rankOf(conversation)) + 1;
  return { position, estimatedWaitSeconds: estimatedWaitSeconds(state, group, position) };
}
