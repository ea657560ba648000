/**
 * `decide` for a fired deadline. Every branch emits at least one event that clears the timer, so a
 * timer fires exactly once; a timer whose reason passed meanwhile is dropped explicitly.
 */
import type { CommandOf } from './commands.js';
import type { Conversation } from './conversation.js';
import { groupOpensAt, overflowDeadline, overflowProgress, requeued, seconds } from './deadlines.js';
import { transferTimedOut } from './decide-transfers.js';
import { firstResponseMissed } from './first-response.js';
import { exclusionsLapse } from './exclusions.js';
import { Timeline } from './timeline.js';
import { cancelPending } from './transfer-plan.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import type { TenantState, Timer } from './state.js';

type Result = Decision<DomainEvent>;

/**
 * An offer ran out: the conversation is re-routed. It counts as a miss (and excludes the agent)
 * only if the agent was connected; one disconnected within the presence grace could not answer,
 * and `maxMissedOffers` is for agents ignoring offers, not for a dropped connection.
 */
function offerExpired(state: TenantState, conversation: Conversation, now: number): DomainEvent[] | null {
  const agentId = conversation.ownerId;
  if (conversation.status !== 'offered' || agentId === null) return null;
  const agent = state.agents.get(agentId);
  const reason = agent?.online === false ? 'offer-expired-offline' : 'offer-expired';
  const events: DomainEvent[] = [requeued(state, conversation, { fromAgentId: agentId, reason, now })];
  if (
    reason === 'offer-expired' &&
    agent !== undefined &&
    agent.status === 'available' &&
    agent.missedOffers + 1 >= state.settings.maxMissedOffers
  ) {
    events.unshift({ type: 'AgentStatusChanged', at: now, agentId, status: 'away', reason: 'missed-offers' });
  }
  return events;
}

function conversationTimer(state: TenantState, timer: Timer, now: number): DomainEvent[] | null {
  const conversation = state.conversations.get(timer.targetId);
  if (conversation === undefined) return null;
  const id = conversation.id;
  const owner = conversation.ownerId;
  switch (timer.kind) {
    case 'offer':
      return offerExpired(state, conversation, now);
    case 'sticky': {
      const reservation = conversation.reservation;
      if (conversation.status !== 'queued' || reservation === null) return null;
      const progress = overflowProgress(state, conversation, now);
      return [
        {
          type: 'ReservationEnded',
          at: now,
          conversationId: id,
          reason: reservation.reason,
          ended: 'expired',
          ...progress,
        },
      ];
    }
    case 'overflow': {
      const tiers = state.groups.get(conversation.groupId)?.config.overflow ?? [];
      const tier = tiers[conversation.overflowTier];
      if (conversation.status !== 'queued' || tier === undefined) return null;
      const reached = { ...conversation, overflowTier: conversation.overflowTier + 1 };
      const nextDeadline = overflowDeadline(state, reached);
      return [
        {
          type: 'OverflowReached',
          at: now,
          conversationId: id,
          tier: reached.overflowTier,
          groupId: tier.groupId,
          nextDeadline,
        },
      ];
    }
    case 'first-response':
      if (conversation.status !== 'active' || conversation.firstResponseAt !== null || owner === null) return null;
      return firstResponseMissed(state, conversation, owner, now);
    case 'reply-reminder': {
      const since = conversation.awaitingReplySince;
      if (conversation.status !== 'active' || since === null || owner === null) return null;
      return [{ type: 'ReplyReminderDue', at: now, conversationId: id, agentId: owner, waitingSince: since }];
    }
    case 'dormant':
      if (conversation.status !== 'active' || owner === null) return null;
      return [
        {
          type: 'ConversationDormant',
          at: now,
          conversationId: id,
          agentId: owner,
          reviveDeadline: now + seconds(state.settings.reviveWindowSeconds),
        },
      ];
    case 'exclusions':
      return exclusionsLapse(state, id, now);
    case 'revive':
      if (conversation.status !== 'dormant') return null;
      return [
        ...cancelPending(state, conversation, { by: 'system', now, timeline: new Timeline(conversation, now) }),
        {
          type: 'ConversationClosed',
          at: now,
          conversationId: id,
          reason: 'revive-window-expired',
          resolution: null,
          summary: null,
        },
      ];
    default:
      return null;
  }
}

/** The owner did not come back within the grace period: their conversations are re-routed. */
function agentLost(state: TenantState, agentId: string, now: number): DomainEvent[] | null {
  const agent = state.agents.get(agentId);
  if (agent === undefined || agent.online) return null;
  const events: DomainEvent[] = [
    { type: 'AgentLost', at: now, agentId },
    { type: 'AgentStatusChanged', at: now, agentId, status: 'offline', reason: 'lost' },
  ];
  for (const conversationId of agent.conversations) {
    const conversation = state.conversations.get(conversationId);
    if (conversation === undefined || conversation.status === 'dormant') continue;
    if (state.groups.get(conversation.groupId)?.config.onAgentLost === 'keep') continue;
    events.push(
      ...cancelPending(state, conversation, { by: 'system', now, timeline: new Timeline(conversation, now) }),
      requeued(state, conversation, { fromAgentId: agentId, reason: 'agent-lost', now }),
    );
  }
  return events;
}

function groupOpens(state: TenantState, groupId: string, now: number): DomainEvent[] | null {
  const group = state.groups.get(groupId);
  if (group === undefined) return null;
  return [{ type: 'GroupOpened', at: now, groupId, nextOpensAt: groupOpensAt(group, now) }];
}

export function fireTimer(state: TenantState, command: CommandOf<'FireTimer'>, now: number): Result {
  const timer = state.timers.get(command.key);
  if (timer === undefined) return accept([]);
  if (timer.at > now)
    return refuse('TIMER_NOT_DUE', `timer ${timer.key} is due at ${new Date(timer.at).toISOString()}`);
  const events =
    timer.kind === 'grace'
      ? agentLost(state, timer.targetId, now)
      : timer.kind === 'opens'
        ? groupOpens(state, timer.targetId, now)
        : timer.kind === 'transfer'
          ? transferTimedOut(state, timer.targetId, now)
          : conversationTimer(state, timer, now);
  return accept(events ?? [{ type: 'TimerDropped', at: now, key: timer.key }]);
}
