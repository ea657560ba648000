/**
 * The routing benchmark's workload, shared by the indexed engine and the naive baseline so both
 * run the same thing: agents in skill groups (each in a primary and a weaker secondary group),
 * a long backlog of waiting conversations, then alternating "an owner closes a conversation"
 * (the freed agent takes the best waiting conversation) and "a new conversation arrives".
 */
import { seeded } from './report.js';

export interface WorkloadShape {
  readonly groups: number;
  readonly agents: number;
  readonly maxConcurrent: number;
  readonly waiting: number;
  readonly seed: number;
}

export const standardShape: WorkloadShape = {
  groups: 100,
  agents: 10_000,
  maxConcurrent: 3,
  waiting: 100_000,
  seed: 42,
};

export interface AgentSpec {
  readonly id: string;
  readonly memberships: readonly { readonly groupId: string; readonly ability: number }[];
}

export const groupId = (index: number): string => `g${index}`;

export function agentSpecs(shape: WorkloadShape): AgentSpec[] {
  const random = seeded(shape.seed);
  return Array.from({ length: shape.agents }, (_, index) => {
    const primary = 1 + Math.floor(random() * 10);
    const secondary = 1 + Math.floor(random() * primary);
    const other = (index * 7 + 3) % shape.groups;
    const memberships = [{ groupId: groupId(index % shape.groups), ability: primary }];
    if (other !== index % shape.groups) memberships.push({ groupId: groupId(other), ability: secondary });
    return { id: `a${index}`, memberships };
  });
}

/** The arrival stream: group and priority of each new conversation, reproducible from the seed. */
export function arrivals(shape: WorkloadShape): () => { groupId: string; priority: number } {
  const random = seeded(shape.seed + 1);
  return () => ({ groupId: groupId(Math.floor(random() * shape.groups)), priority: Math.floor(random() * 4) });
}
