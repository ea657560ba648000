/**
 * The tenant's live state: the fold of its event log, plus the indexes routing reads.
 *
 * One tenant actor owns one state object. `evolve` updates it in place — copying indexes over a
 * hundred thousand waiting conversations per event would cost more than the decision itself —
 * and `decide` only reads it. Replaying the same events into `createState()` gives an equal
 * state, indexes included (checked by the property tests through `describeState`).
 */
import { createAccess, type Access } from './access.js';
import type { Agent } from './agent.js';
import type { Conversation } from './conversation.js';
import type { Customer } from './customer.js';
import type { Department } from './department.js';
import { OrderedSet } from './ordered-set.js';
import type { RoutingRule } from './routing-rules.js';
import { defaultSettings, type TenantSettings } from './settings.js';
import { TimerBook, type Timer } from './timer-book.js';
import type { Transfer } from './transfer.js';
import type { SkillGroupConfig } from './skill-group.js';

/** A routable agent's place in one group's index. */
export interface RankEntry {
  readonly agentId: string;
  readonly primary: number;
  readonly secondary: number;
}

/**
 * A member's entry as the group keeps it: one object per agent and group, re-ranked in place
 * while it is out of `routable` (indexes.ts `reindexAgent`). An agent leaves and rejoins the index
 * on every assignment and close; reusing the entry (and its map slot) keeps a routing decision
 * from allocating either.
 */
export interface MemberRank extends RankEntry {
  primary: number;
  secondary: number;
  /** Whether the entry is in `routable` now (the agent is routable). */
  indexed: boolean;
}

export interface GroupRuntime {
  config: SkillGroupConfig;
  readonly members: Set<string>;
  /** Live waiting conversations, by effective waiting time (order key), then arrival. */
  readonly queue: OrderedSet<Conversation>;
  /**
   * The same conversations by when they started waiting (enqueue time, then arrival): the head is
   * the longest real wait people are shown, whatever the priority credit that orders `queue`.
   */
  readonly byWaitStart: OrderedSet<Conversation>;
  /** Other groups' conversations that reached an overflow tier naming this group. */
  readonly overflowQueue: OrderedSet<Conversation>;
  /**
   * Left messages waiting for open hours and a free agent, by the same order key as the live
   * queue (when left − priority × step), so both merge into one effective-wait order.
   */
  readonly leftMessages: OrderedSet<Conversation>;
  /** Routable members, best first by the group's strategy. */
  routable: OrderedSet<RankEntry>;
  /** Entries of the members ranked so far, routable or not; `routable` holds the indexed ones. */
  readonly entries: Map<string, MemberRank>;
  /** Recent handling times in ms, oldest first (for estimated waits). */
  readonly serviceTimes: number[];
  /** Transfers to this group waiting for a free member, by request time. */
  readonly transferQueue: OrderedSet<Transfer>;
}

export interface TenantState {
  settings: TenantSettings;
  readonly departments: Map<string, Department>;
  readonly groups: Map<string, GroupRuntime>;
  readonly agents: Map<string, Agent>;
  readonly customers: Map<string, Customer>;
  /**
   * Ids of the customers who have rated an agent (their `ratings` is not empty). Every routing
   * decision asks whether the customer rated the agent badly; most customers never rate, so the
   * answer comes from this small set instead of a lookup among every customer the tenant has seen.
   */
  readonly raters: Set<string>;
  readonly conversations: Map<string, Conversation>;
  rules: readonly RoutingRule[];
  readonly timers: TimerBook;
  /** Transfers of open conversations, pending or finished (pruned with their conversation). */
  readonly transfers: Map<string, Transfer>;
  /** Every transfer id in use (pending or finished) → its conversation, so ids are never reused. */
  readonly transferIds: Map<string, string>;
  /** Conversations waiting for one preferred agent (sticky / directed / dedicated), per agent. */
  readonly reserved: Map<string, OrderedSet<Conversation>>;
  readonly access: Access;
  arrivals: number;
  /** Assignments so far: the counter the `random` strategy draws from. */
  assignments: number;
  /** Closed conversation ids, oldest first, for the retention limit. */
  readonly closedOrder: string[];
}

export const byQueueOrder = (a: Conversation, b: Conversation): number =>
  a.orderKey - b.orderKey || a.arrival - b.arrival;
/** `byQueueOrder`'s leading term, kept in the ordered set's nodes (ordered-set.ts `KeyOf`). */
export const queueKey = (conversation: Conversation): number => conversation.orderKey;

const byRequestTime = (a: Transfer, b: Transfer): number =>
  a.requestedAt - b.requestedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const requestKey = (transfer: Transfer): number => transfer.requestedAt;

export const byWaitStart = (a: Conversation, b: Conversation): number =>
  a.enqueuedAt - b.enqueuedAt || a.arrival - b.arrival;
const waitStartKey = (conversation: Conversation): number => conversation.enqueuedAt;

export const byArrival = (a: Conversation, b: Conversation): number => a.arrival - b.arrival;

export const byRank = (a: RankEntry, b: RankEntry): number =>
  b.primary - a.primary || b.secondary - a.secondary || (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0);
/** `byRank`'s leading term: (−a) − (−b) is exactly b − a, so the order is unchanged. */
export const rankKey = (entry: RankEntry): number => -entry.primary;

export function createState(settings: TenantSettings = defaultSettings): TenantState {
  return {
    settings,
    departments: new Map(),
    groups: new Map(),
    agents: new Map(),
    customers: new Map(),
    raters: new Set(),
    conversations: new Map(),
    rules: [],
    timers: new TimerBook(),
    transfers: new Map(),
    transferIds: new Map(),
    reserved: new Map(),
    access: createAccess(),
    arrivals: 0,
    assignments: 0,
    closedOrder: [],
  };
}

export function createGroupRuntime(config: SkillGroupConfig): GroupRuntime {
  return {
    config,
    members: new Set(),
    queue: new OrderedSet(byQueueOrder, queueKey),
    byWaitStart: new OrderedSet(byWaitStart, waitStartKey),
    overflowQueue: new OrderedSet(byQueueOrder, queueKey),
    leftMessages: new OrderedSet(byQueueOrder, queueKey),
    routable: new OrderedSet(byRank, rankKey),
    entries: new Map(),
    serviceTimes: [],
    transferQueue: new OrderedSet(byRequestTime, requestKey),
  };
}

/** The earliest pending deadline, for the engine's single wake-up. */
export const nextDeadline = (state: TenantState): Timer | undefined => state.timers.queue.first();

export { timerKey, type Timer, type TimerKind } from './timer-book.js';
