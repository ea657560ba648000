/**
 * The estimated wait (DESIGN.md §3.10): a position in a group's queue × the group's mean recent
 * handling time ÷ the capacity of its online, available agents. Used for a waiting conversation
 * (routing.ts `queueStatus`) and for a visitor who has not opened one yet (the widget's first
 * screen: the position a new conversation would take).
 */
import { isOpen } from './business-hours.js';
import type { GroupRuntime, TenantState } from './state.js';

/** Seconds, or null until the group has served someone recently. */
export function estimatedWaitSeconds(state: TenantState, group: GroupRuntime, position: number): number | null {
  const samples = group.serviceTimes;
  if (samples.length === 0) return null;
  const meanMs = samples.reduce((sum, sample) => sum + sample, 0) / samples.length;
  return Math.round((position * meanMs) / Math.max(availableCapacity(state, group), 1) / 1000);
}

function availableCapacity(state: TenantState, group: GroupRuntime): number {
  let capacity = 0;
  for (const agentId of group.members) {
    const agent = state.agents.get(agentId);
    if (agent !== undefined && agent.online && agent.status === 'available') capacity += agent.maxConcurrent;
  }
  return capacity;
}

/** What a visitor is told before opening a conversation from `source`. */
export interface WaitOutlook {
  /** Someone of the group is online and the group is within its business hours. */
  readonly available: boolean;
  /** For a conversation opened now, behind everyone waiting; null when unknown or unavailable. */
  readonly estimatedWaitSeconds: number | null;
}

/**
 * The outlook of the group a new conversation from `source` goes to by default (the entry
 * point's default group, else the tenant's); routing rules may send it elsewhere, so it is an
 * estimate. Work is bounded by the group's members and service-time samples.
 */
export function waitOutlook(state: TenantState, source: string, now: number): WaitOutlook | null {
  const bySource: Readonly<Record<string, string | undefined>> = state.settings.defaultGroupBySource;
  const groupId = bySource[source] ?? state.settings.defaultGroupId;
  const group = groupId === null ? undefined : state.groups.get(groupId);
  if (group === undefined) return null;
  let online = false;
  for (const agentId of group.members) if (state.agents.get(agentId)?.online === true) online = true;
  const available = online && isOpen(group.config.hours, now);
  const position = group.queue.size + group.leftMessages.size + 1;
  return { available, estimatedWaitSeconds: available ? estimatedWaitSeconds(state, group, position) : null };
}
