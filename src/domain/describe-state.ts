/**
 * A canonical, JSON-comparable description of a tenant state — indexes included, maps sorted by
 * key — so two states can be compared for equality (replay equivalence, refused commands leave
 * state unchanged) and diffed when they are not.
 */
import type { Conversation } from './conversation.js';
import type { OrderedSet } from './ordered-set.js';
import type { TenantState } from './state.js';

const ids = (set: OrderedSet<Conversation>): string[] => set.toArray().map((conversation) => conversation.id);

const sortedEntries = <V, R>(map: Map<string, V>, describe: (value: V) => R): [string, R][] =>
  [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, value]) => [key, describe(value)]);

export function describeState(state: TenantState): unknown {
  return {
    settings: state.settings,
    departments: sortedEntries(state.departments, (department) => department),
    groups: sortedEntries(state.groups, (group) => ({
      config: group.config,
      members: [...group.members].sort(),
      queue: ids(group.queue),
      overflowQueue: ids(group.overflowQueue),
      leftMessages: ids(group.leftMessages),
      routable: group.routable.toArray().map(({ agentId, primary, secondary }) => ({ agentId, primary, secondary })),
      serviceTimes: group.serviceTimes,
      transferQueue: group.transferQueue.toArray().map((transfer) => transfer.id),
    })),
    agents: sortedEntries(state.agents, (agent) => ({
      ...agent,
      conversations: [...agent.conversations].sort(),
      stats: sortedEntries(agent.stats, (stats) => stats),
    })),
    customers: sortedEntries(state.customers, (customer) => ({
      ...customer,
      ratings: [...customer.ratings.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
    })),
    raters: [...state.raters].sort(),
    conversations: sortedEntries(state.conversations, (conversation) => ({
      ...conversation,
      excluded: [...conversation.excluded],
    })),
    rules: state.rules,
    transfers: sortedEntries(state.transfers, (transfer) => transfer),
    transferIds: sortedEntries(state.transferIds, (conversationId) => conversationId),
    timers: state.timers.queue.toArray(),
    reserved: sortedEntries(state.reserved, ids),
    access: {
      passwords: sortedEntries(state.access.passwords, (hash) => hash),
      apiKeys: sortedEntries(state.access.apiKeys, (key) => key),
      widgetSecret: state.access.widgetSecret,
      webhooks: sortedEntries(state.access.webhooks, (webhook) => webhook),
    },
    arrivals: state.arrivals,
    assignments: state.assignments,
    closedOrder: state.closedOrder,
  };
}
