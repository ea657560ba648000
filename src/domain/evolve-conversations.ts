/** `evolve` for conversation events: queueing, assignment, messages, dormancy, closing, rating. */
import type { AgentGroupStats } from './agent.js';
import { noEntries, type Conversation } from './conversation.js';
import { overflowFromAfter } from './deadlines.js';
import type { EventOf } from './events.js';
import { agentOf } from './evolve-agents.js';
import { excludeAgent, requeueExcludes } from './exclusions.js';
import { clearTimer, dequeue, enqueue, putTimer, setTimer } from './indexes.js';
import { claimFor, conversationOf, moveTo, recordAssignment, releaseOwner } from './ownership.js';
import type { TenantState } from './state.js';
import { conversationTimerKinds } from './timer-book.js';

export function conversationOpened(state: TenantState, event: EventOf<'ConversationOpened'>): void {
  const queued = event.disposition.kind === 'queued';
  state.arrivals += 1;
  // One literal, no spread: every conversation then has one shape with its fields inside the object
  // (a spread in the middle put the fields after it in a separate, reallocated property array, one
  // more cache miss on each of the hundred thousand waiting conversations routing reads). Absent
  // attributes are an undefined field, as in `customerRecord`: serialised and compared the same.
  const conversation: Conversation = {
    id: event.conversationId,
    customerId: event.customerId,
    channel: event.channel,
    source: event.source,
    language: event.language,
    businessType: event.businessType,
    attributes: event.attributes,
    labels: event.labels,
    priority: event.priority,
    openedAt: event.at,
    routedBy: event.routedBy,
    status: queued ? 'queued' : 'left-message',
    groupId: event.groupId,
    orderKey: event.orderKey,
    enqueuedAt: event.at,
    arrival: state.arrivals,
    overflowTier: 0,
    overflowFrom: event.at,
    reservation: event.disposition.kind === 'queued' ? event.disposition.reservation : null,
    ownerId: null,
    assignedAt: null,
    firstResponseAt: null,
    autoTakeovers: 0,
    test: event.test ?? null,
    excluded: noEntries,
    lastSeq: 0,
    awaitingReplySince: null,
    closedAt: null,
    pendingTransferId: null,
    watchers: noEntries,
    firedTransferRules: noEntries,
    transferIds: noEntries,
  };
  state.conversations.set(conversation.id, conversation);
  enqueue(state, conversation);
  if (event.disposition.kind === 'queued') {
    // A new conversation has no timers to clear (a forgotten one with the same id lost its own when it
    // closed): look the timer book up only to set one.
    if (conversation.reservation !== null) setTimer(state, 'sticky', conversation.id, conversation.reservation.until);
    const overflowAt = event.disposition.overflowDeadline;
    if (overflowAt !== null) setTimer(state, 'overflow', conversation.id, overflowAt);
    return;
  }
  const opensAt = event.disposition.opensAt;
  const pending = state.timers.find('opens', event.groupId);
  if (opensAt !== null && (pending === undefined || pending.at > opensAt))
    setTimer(state, 'opens', event.groupId, opensAt);
}

export function conversationAssigned(state: TenantState, event: EventOf<'ConversationAssigned'>): void {
  const conversation = conversationOf(state, event.conversationId);
  dequeue(state, conversation);
  moveTo(conversation, event.mode === 'offer' ? 'offered' : 'active');
  conversation.reservation = null;
  conversation.assignedAt = event.at;
  conversation.firstResponseAt = null;
  clearTimer(state, 'sticky', conversation.id);
  clearTimer(state, 'overflow', conversation.id);
  putTimer(state, 'offer', conversation.id, event.offerDeadline);
  putTimer(state, 'first-response', conversation.id, event.firstResponseDeadline);
  putTimer(state, 'reply-reminder', conversation.id, event.replyReminderDeadline);
  const agent = agentOf(state, event.agentId);
  recordAssignment(state, agent, event.at);
  claimFor(state, conversation, agent);
}

export function offerAccepted(state: TenantState, event: EventOf<'OfferAccepted'>): void {
  const conversation = conversationOf(state, event.conversationId);
  moveTo(conversation, 'active');
  clearTimer(state, 'offer', conversation.id);
  setTimer(state, 'first-response', conversation.id, event.firstResponseDeadline);
  putTimer(state, 'reply-reminder', conversation.id, event.replyReminderDeadline);
  agentOf(state, event.agentId).missedOffers = 0;
}

export function conversationRequeued(state: TenantState, event: EventOf<'ConversationRequeued'>): void {
  const conversation = conversationOf(state, event.conversationId);
  releaseOwner(state, conversation);
  if (requeueExcludes(event.reason)) excludeAgent(state, conversation, event.fromAgentId, event.exclusionDeadline);
  if (event.reason === 'offer-expired') agentOf(state, event.fromAgentId).missedOffers += 1;
  if (event.reason === 'first-response-timeout') conversation.autoTakeovers += 1;
  moveTo(conversation, 'queued');
  conversation.ownerId = null;
  conversation.overflowFrom = overflowFromAfter(conversation, event.groupId, event.at);
  conversation.groupId = event.groupId;
  conversation.overflowTier = event.overflowTier;
  for (const kind of ['offer', 'first-response', 'reply-reminder', 'dormant'] as const)
    clearTimer(state, kind, conversation.id);
  putTimer(state, 'overflow', conversation.id, event.overflowDeadline);
  enqueue(state, conversation);
}

export function reservationEnded(state: TenantState, event: EventOf<'ReservationEnded'>): void {
  const conversation = conversationOf(state, event.conversationId);
  dequeue(state, conversation);
  conversation.reservation = null;
  conversation.overflowTier = event.overflowTier;
  clearTimer(state, 'sticky', conversation.id);
  putTimer(state, 'overflow', conversation.id, event.overflowDeadline);
  enqueue(state, conversation);
}

export function overflowReached(state: TenantState, event: EventOf<'OverflowReached'>): void {
  const conversation = conversationOf(state, event.conversationId);
  dequeue(state, conversation);
  conversation.overflowTier = event.tier;
  enqueue(state, conversation);
  putTimer(state, 'overflow', conversation.id, event.nextDeadline);
}

export function messagePosted(state: TenantState, event: EventOf<'MessagePosted'>): void {
  const conversation = conversationOf(state, event.conversationId);
  conversation.lastSeq = event.seq;
  // A transcript is what was said before the conversation opened: nobody waits for a reply to it.
  if (event.kind === 'transcript') return;
  if (event.author.kind === 'customer') {
    conversation.awaitingReplySince ??= event.at;
    if (event.replyReminderDeadline !== null)
      setTimer(state, 'reply-reminder', conversation.id, event.replyReminderDeadline);
    clearTimer(state, 'dormant', conversation.id);
    return;
  }
  // Only what an agent writes counts as a reply; an automatic greeting does not.
  if (event.author.kind === 'agent' && event.visibility === 'public' && event.kind === 'text') {
    conversation.firstResponseAt ??= event.at;
    conversation.awaitingReplySince = null;
    clearTimer(state, 'first-response', conversation.id);
    clearTimer(state, 'reply-reminder', conversation.id);
    putTimer(state, 'dormant', conversation.id, event.dormantDeadline);
  }
}

/** The missed first response is now the supervisors' to handle: no takeover timer is left. */
export function firstResponseEscalated(state: TenantState, event: EventOf<'FirstResponseEscalated'>): void {
  clearTimer(state, 'first-response', event.conversationId);
}

export function replyReminderDue(state: TenantState, event: EventOf<'ReplyReminderDue'>): void {
  clearTimer(state, 'reply-reminder', event.conversationId);
}

export function conversationDormant(state: TenantState, event: EventOf<'ConversationDormant'>): void {
  const conversation = conversationOf(state, event.conversationId);
  releaseOwner(state, conversation);
  moveTo(conversation, 'dormant');
  claimFor(state, conversation, agentOf(state, event.agentId));
  clearTimer(state, 'dormant', conversation.id);
  clearTimer(state, 'reply-reminder', conversation.id);
  setTimer(state, 'revive', conversation.id, event.reviveDeadline);
}

/** Back to the same agent even past their limit (DESIGN.md §4). */
export function conversationRevived(state: TenantState, event: EventOf<'ConversationRevived'>): void {
  const conversation = conversationOf(state, event.conversationId);
  releaseOwner(state, conversation);
  moveTo(conversation, 'active');
  claimFor(state, conversation, agentOf(state, event.agentId));
  clearTimer(state, 'revive', conversation.id);
}

export function conversationClosed(state: TenantState, event: EventOf<'ConversationClosed'>): void {
  const conversation = conversationOf(state, event.conversationId);
  releaseOwner(state, conversation);
  dequeue(state, conversation);
  const group = state.groups.get(conversation.groupId);
  if (conversation.ownerId !== null && conversation.assignedAt !== null && group !== undefined) {
    group.serviceTimes.push(event.at - conversation.assignedAt);
    if (group.serviceTimes.length > state.settings.serviceTimeSampleSize) group.serviceTimes.shift();
  }
  const customer = state.customers.get(conversation.customerId);
  if (customer !== undefined && conversation.ownerId !== null) {
    customer.lastAgent = { agentId: conversation.ownerId, at: event.at };
  }
  if (conversation.ownerId !== null && event.resolution !== null) {
    const resolved = event.resolution === 'resolved' ? 1 : 0;
    recordOutcome(state, conversation.ownerId, conversation.groupId, (stats) => stats.resolutions.push(resolved));
  }
  moveTo(conversation, 'closed');
  conversation.closedAt = event.at;
  conversation.reservation = null;
  state.timers.clearTarget(conversation.id, conversationTimerKinds);
  state.closedOrder.push(conversation.id);
  // Forget the oldest in batches (amortised O(1)): between closedRetention and twice that are kept.
  if (state.closedOrder.length >= 2 * state.settings.closedRetention) {
    const forgotten = state.closedOrder.splice(0, state.closedOrder.length - state.settings.closedRetention);
    // Reading each forgotten conversation only for its transfer ids: not when no transfer id is kept.
    const transfersKept = state.transferIds.size > 0;
    for (const id of forgotten) {
      if (transfersKept)
        for (const transferId of state.conversations.get(id)?.transferIds ?? noEntries)
          state.transferIds.delete(transferId);
      state.conversations.delete(id);
    }
  }
}

export function conversationRated(state: TenantState, event: EventOf<'ConversationRated'>): void {
  const customer = state.customers.get(event.customerId);
  if (customer !== undefined) {
    customer.ratings = new Map(customer.ratings).set(event.agentId, event.score);
    state.raters.add(customer.id);
  }
  const groupId = state.conversations.get(event.conversationId)?.groupId;
  if (groupId !== undefined) recordOutcome(state, event.agentId, groupId, (stats) => stats.ratings.push(event.score));
}

/** Adds one outcome to the agent's recent record in a group, keeping `experienceWindow` of each kind. */
function recordOutcome(
  state: TenantState,
  agentId: string,
  groupId: string,
  add: (stats: AgentGroupStats) => void,
): void {
  const agent = state.agents.get(agentId);
  if (agent === undefined) return;
  let stats = agent.stats.get(groupId);
  if (stats === undefined) {
    stats = { ratings: [], resolutions: [] };
    agent.stats.set(groupId, stats);
  }
  add(stats);
  const window = state.settings.transfer.experienceWindow;
  if (stats.ratings.length > window) stats.ratings.splice(0, stats.ratings.length - window);
  if (stats.resolutions.length > window) stats.resolutions.splice(0, stats.resolutions.length - window);
}

export function groupOpened(state: TenantState, event: EventOf<'GroupOpened'>): void {
  putTimer(state, 'opens', event.groupId, event.nextOpensAt);
}

/** Everyone the conversation excluded may serve it again (the reaction routes it if it waits). */
export function exclusionsLapsed(state: TenantState, event: EventOf<'ExclusionsLapsed'>): void {
  conversationOf(state, event.conversationId).excluded = noEntries;
  clearTimer(state, 'exclusions', event.conversationId);
}

export function timerDropped(state: TenantState, event: EventOf<'TimerDropped'>): void {
  const timer = state.timers.get(event.key);
  if (timer !== undefined) clearTimer(state, timer.kind, timer.targetId);
}

export function conversationTagged(state: TenantState, event: EventOf<'ConversationTagged'>): void {
  conversationOf(state, event.conversationId).labels = event.labels;
}
