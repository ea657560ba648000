/**
 * Small builders and readers shared by the domain routing tests (test/domain/). They only read the
 * state or build plain values; every change still goes through the harness and `execute`.
 */
import type { DomainEvent, EventOf } from '../../src/domain/events.js';
import { queueStatus } from '../../src/domain/routing.js';
import type { RoutingRule, RuleActions, RuleConditions } from '../../src/domain/routing-rules.js';
import type { BusinessHours, TimeWindow, WeeklyWindow } from '../../src/domain/skill-group.js';
import { eventsOf, type Harness } from './harness.js';

/** One minute / hour / day in seconds, the unit of `h.advance` and of every setting. */
export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Seconds to epoch-ms offsets, for instants such as `T0 + ms(5 * MINUTE)`. */
export const ms = (seconds: number): number => seconds * 1000;

/** A routing rule, enabled unless told otherwise. */
export function rule(
  id: string,
  conditions: RuleConditions,
  actions: RuleActions,
  options: { readonly enabled?: boolean; readonly name?: string } = {},
): RoutingRule {
  return { id, name: options.name ?? id, enabled: options.enabled ?? true, conditions, actions };
}

/** Saves the tenant's ordered routing rules. */
export function saveRules(h: Harness, rules: readonly RoutingRule[]): void {
  h.run({ type: 'SaveRoutingRules', rules });
}

/** The same window on each of the given ISO weekdays (1 = Monday … 7 = Sunday). */
export function weekly(days: readonly number[], from: string, to: string): WeeklyWindow[] {
  return days.map((day) => ({ day, from, to }));
}

export const WEEKDAYS = [1, 2, 3, 4, 5] as const;
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;

/** Business hours in a zone; leave-message after hours unless told otherwise. */
export function hours(
  timeZone: string,
  windows: readonly WeeklyWindow[],
  extra: Partial<Pick<BusinessHours, 'exceptions' | 'afterHours'>> = {},
): BusinessHours {
  return {
    timeZone,
    weekly: windows,
    exceptions: extra.exceptions ?? [],
    afterHours: extra.afterHours ?? { kind: 'leave-message' },
  };
}

/** A dated exception: the given windows replace the weekly ones (none = closed all day). */
export const exception = (date: string, windows: readonly TimeWindow[] = []): BusinessHours['exceptions'][number] => ({
  date,
  windows,
});

/** `[conversationId, agentId]` for every assignment among the events, in order. */
export function assignments(events: readonly DomainEvent[]): [string, string][] {
  return eventsOf(events, 'ConversationAssigned').map((event) => [event.conversationId, event.agentId]);
}

/** The only assignment among the events (fails the test if there is not exactly one). */
export function onlyAssignment(events: readonly DomainEvent[]): EventOf<'ConversationAssigned'> {
  const found = eventsOf(events, 'ConversationAssigned');
  if (found.length !== 1) throw new Error(`expected one assignment, got ${found.length}`);
  return found[0]!;
}

/** The `ConversationOpened` event among the events. */
export function opened(events: readonly DomainEvent[]): EventOf<'ConversationOpened'> {
  const found = eventsOf(events, 'ConversationOpened');
  if (found.length !== 1) throw new Error(`expected one ConversationOpened, got ${found.length}`);
  return found[0]!;
}

/** Ids of the conversations waiting in a group's live queue, head first. */
export function queueIds(h: Harness, groupId: string): string[] {
  const group = h.state.groups.get(groupId);
  if (group === undefined) throw new Error(`no group ${groupId}`);
  return group.queue.toArray().map((conversation) => conversation.id);
}

/** 1-based queue position of a waiting conversation, or null when it is not waiting. */
export const positionOf = (h: Harness, conversationId: string): number | null =>
  queueStatus(h.state, conversationId)?.position ?? null;

/** Settings that keep assigned conversations quiet while a test moves time a long way. */
export function patient(h: Harness): Harness {
  return h.settings({ firstResponseTimeoutSeconds: 30 * 86_400, dormantAfterSeconds: 30 * 86_400 });
}

/** Sets an agent's status. */
export function setStatus(h: Harness, agentId: string, status: 'available' | 'busy' | 'away'): DomainEvent[] {
  return h.run({ type: 'SetAgentStatus', agentId, status });
}

/** Rates a conversation (1–5). */
export function rate(h: Harness, conversationId: string, score: number): DomainEvent[] {
  return h.run({ type: 'RateConversation', conversationId, score });
}
