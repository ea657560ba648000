/**
 * The baseline for `routing.vs_linear_scan`: the same routing rules (weighted-wait agent order,
 * highest-ability group first for a freed agent, queue by effective wait) implemented the naive
 * way — every decision scans every agent or every waiting conversation.
 */
import type { AgentSpec } from './routing-workload.js';

interface NaiveAgent {
  readonly id: string;
  readonly memberships: readonly { readonly groupId: string; readonly ability: number }[];
  readonly max: number;
  active: number;
  lastAssignedAt: number;
}

interface NaiveConversation {
  readonly id: string;
  readonly groupId: string;
  readonly orderKey: number;
  readonly arrival: number;
}

const K = 300;
const STEP_MS = 60_000;

export class NaiveRouter {
  private readonly agents: NaiveAgent[];
  private readonly byId = new Map<string, NaiveAgent>();
  private waiting: NaiveConversation[] = [];
  private arrivalCount = 0;
  readonly owners = new Map<string, string>();

  constructor(specs: readonly AgentSpec[], max: number, now: number) {
    this.agents = specs.map((spec) => ({ ...spec, max, active: 0, lastAssignedAt: now }));
    for (const agent of this.agents) this.byId.set(agent.id, agent);
  }

  /** Loads a standing state (owners and backlog) without routing it, so setup costs no scans. */
  load(
    owners: ReadonlyMap<string, string>,
    waiting: readonly Omit<NaiveConversation, 'arrival'>[],
    lastAssignedAt: ReadonlyMap<string, number>,
  ): void {
    for (const [conversationId, agentId] of owners) {
      const agent = this.byId.get(agentId);
      if (agent === undefined) continue;
      agent.active += 1;
      this.owners.set(conversationId, agentId);
    }
    for (const agent of this.agents) agent.lastAssignedAt = lastAssignedAt.get(agent.id) ?? agent.lastAssignedAt;
    this.waiting = waiting.map((conversation) => ({ ...conversation, arrival: (this.arrivalCount += 1) }));
  }

  /** A new conversation: scan all agents for the best routable member, else wait. Returns whether it was assigned. */
  arrive(id: string, groupId: string, priority: number, now: number): boolean {
    this.arrivalCount += 1;
    let best: NaiveAgent | null = null;
    let bestScore = -Infinity;
    for (const agent of this.agents) {
      if (agent.active >= agent.max) continue;
      const membership = agent.memberships.find((m) => m.groupId === groupId);
      if (membership === undefined) continue;
      const score =
        (now - agent.lastAssignedAt) / 1000 + (K * (agent.max - agent.active) * membership.ability) / agent.max;
      if (score > bestScore) {
        bestScore = score;
        best = agent;
      }
    }
    if (best === null) {
      this.waiting.push({ id, groupId, orderKey: now - priority * STEP_MS, arrival: this.arrivalCount });
      return false;
    }
    this.assign(best, id, now);
    return true;
  }

  /** The owner closes: scan every waiting conversation for the best one this agent can take. Returns the one taken. */
  close(id: string, now: number): string | null {
    const agent = this.byId.get(this.owners.get(id) ?? '');
    this.owners.delete(id);
    if (agent === undefined) return null;
    agent.active -= 1;
    let bestIndex = -1;
    let bestAbility = 0;
    for (const [index, conversation] of this.waiting.entries()) {
      const ability = agent.memberships.find((m) => m.groupId === conversation.groupId)?.ability ?? 0;
      if (ability === 0 || ability < bestAbility) continue;
      const current = this.waiting[bestIndex];
      const better =
        current === undefined ||
        ability > bestAbility ||
        conversation.orderKey < current.orderKey ||
        (conversation.orderKey === current.orderKey && conversation.arrival < current.arrival);
      if (better) {
        bestIndex = index;
        bestAbility = ability;
      }
    }
    const chosen = this.waiting[bestIndex];
    if (chosen === undefined) return null;
    this.waiting.splice(bestIndex, 1);
    this.assign(agent, chosen.id, now);
    return chosen.id;
  }

  private assign(agent: NaiveAgent, id: string, now: number): void {
    agent.active += 1;
    agent.lastAssignedAt = now;
    this.owners.set(id, agent.id);
  }
}
