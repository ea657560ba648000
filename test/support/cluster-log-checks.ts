/**
 * Checks on what a cluster stored, read back from PostgreSQL: each tenant's event log replayed
 * through the real domain (`evolve`), event by event, asserting after every one that no
 * conversation has two owners and no agent holds more than its capacity; that every event a
 * deadline produces was preceded by that deadline pending and due (so each fired once, never
 * early); and, at the end, that no deadline long past is still pending (each fired at all).
 * Pure reading: it never writes to the schema.
 */
import type { DomainEvent } from '../../src/domain/events.js';
import { evolve } from '../../src/domain/evolve.js';
import { createState, type TenantState } from '../../src/domain/state.js';

export interface StoredEvent {
  readonly seq: number;
  readonly event: DomainEvent;
}

export interface ReplayReport {
  readonly problems: string[];
  readonly state: TenantState;
  readonly events: number;
  /** Deadline-driven events seen, by timer kind. */
  readonly fired: Map<string, number>;
  /** How late each deadline fired (event instant − deadline), in ms. */
  readonly lateness: number[];
  /** Conversations ever assigned, by id → how many assignments (routing, offer, transfer). */
  readonly assignments: number;
}

/** The timer a deadline-driven event consumes, or null for an event no timer produces. */
function timerKeyOf(event: DomainEvent): string | null {
  switch (event.type) {
    case 'ReplyReminderDue':
      return `reply-reminder:${event.conversationId}`;
    case 'ConversationDormant':
      return `dormant:${event.conversationId}`;
    case 'OverflowReached':
      return `overflow:${event.conversationId}`;
    case 'TransferTimedOut':
      return `transfer:${event.transferId}`;
    case 'AgentLost':
      return `grace:${event.agentId}`;
    case 'GroupOpened':
      return `opens:${event.groupId}`;
    case 'FirstResponseEscalated':
      return `first-response:${event.conversationId}`;
    case 'ConversationRequeued':
      if (event.reason === 'first-response-timeout') return `first-response:${event.conversationId}`;
      if (event.reason === 'offer-expired' || event.reason === 'offer-expired-offline') {
        return `offer:${event.conversationId}`;
      }
      return null;
    case 'ReservationEnded':
      return event.ended === 'agent-unavailable' ? null : `sticky:${event.conversationId}`;
    case 'ConversationClosed':
      return event.reason === 'revive-window-expired' ? `revive:${event.conversationId}` : null;
    case 'TimerDropped':
      return event.key;
    default:
      return null;
  }
}

/** Ownership and capacity as the state says after an event; each problem names the seq. */
function stateProblems(state: TenantState, seq: number): string[] {
  const problems: string[] = [];
  const ownerOf = new Map<string, string>();
  for (const agent of state.agents.values()) {
    if (agent.role === 'agent' && agent.active + agent.incoming > agent.maxConcurrent) {
      problems.push(
        `seq ${seq}: ${agent.id} over capacity (${agent.active} active + ${agent.incoming} incoming > ${agent.maxConcurrent})`,
      );
    }
    for (const conversationId of agent.conversations) {
      const other = ownerOf.get(conversationId);
      if (other !== undefined) problems.push(`seq ${seq}: ${conversationId} owned by ${other} and ${agent.id}`);
      ownerOf.set(conversationId, agent.id);
      const owner = state.conversations.get(conversationId)?.ownerId;
      if (owner !== undefined && owner !== agent.id) {
        problems.push(`seq ${seq}: ${conversationId} in ${agent.id}'s list but owned by ${String(owner)}`);
      }
    }
  }
  return problems;
}

/** Replays one tenant's log (seqs must run 1, 2, 3, … with no gap) and reports every problem found. */
export function replayLog(tenantId: string, log: readonly StoredEvent[]): ReplayReport {
  const problems: string[] = [];
  const fired = new Map<string, number>();
  const lateness: number[] = [];
  let state = createState();
  let assignments = 0;
  let expected = 1;
  for (const { seq, event } of log) {
    if (seq !== expected) problems.push(`${tenantId}: seq ${seq} follows ${expected - 1}`);
    expected = seq + 1;
    const key = timerKeyOf(event);
    if (key !== null) {
      const timer = state.timers.get(key);
      if (timer === undefined) problems.push(`${tenantId} seq ${seq}: ${event.type} without a pending ${key}`);
      else if (timer.at > event.at) problems.push(`${tenantId} seq ${seq}: ${key} fired before its instant`);
      else lateness.push(event.at - timer.at);
      const kind = key.slice(0, key.indexOf(':'));
      fired.set(kind, (fired.get(kind) ?? 0) + 1);
    }
    if (event.type === 'ConversationAssigned') {
      assignments += 1;
      const before = state.conversations.get(event.conversationId);
      if (before !== undefined && before.ownerId !== null && before.ownerId !== event.agentId) {
        problems.push(
          `${tenantId} seq ${seq}: ${event.conversationId} assigned to ${event.agentId} while ${before.ownerId} owns it`,
        );
      }
    }
    if (event.type === 'MessagePosted') {
      const lastSeq = state.conversations.get(event.conversationId)?.lastSeq ?? 0;
      if (event.seq !== lastSeq + 1) {
        problems.push(`${tenantId} seq ${seq}: ${event.conversationId} entry #${event.seq} follows #${lastSeq}`);
      }
    }
    state = evolve(state, event);
    for (const problem of stateProblems(state, seq)) problems.push(`${tenantId} ${problem}`);
  }
  return { problems, state, events: log.length, fired, lateness, assignments };
}

/** Deadlines still pending although due more than `slackMs` before `now`: deadlines that never fired. */
export function overdueTimers(state: TenantState, now: number, slackMs: number): string[] {
  return state.timers.queue
    .toArray()
    .filter((timer) => timer.at < now - slackMs)
    .map((timer) => `${timer.key} due at ${new Date(timer.at).toISOString()} never fired`);
}
