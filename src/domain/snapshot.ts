/**
 * Snapshots of a tenant state: `toSnapshot(state)` → a JSON-compatible object, `fromSnapshot(data)`
 * → an equal state (`describeState` equal, indexes included). Start-up loads the latest snapshot and
 * replays only the events after it, so restart time no longer grows with the length of the log.
 *
 * What is stored and what is rebuilt
 * - Stored: the facts — settings, departments, skill-group configs with their members and service
 *   times, agents, customers, conversations, pending transfers, rules, pending timers, counters,
 *   closed order. Transfer ids in use are read back from their conversations. Each
 *   part has its own entry below; a new part of `TenantState` gets a new entry in both directions.
 * - Rebuilt: every index (queues, overflow queues, left messages, reservations, routable agents,
 *   group transfers waiting for a free member),
 *   through the same helpers `evolve` maintains them with (src/domain/indexes.ts), so a snapshot can
 *   never hold an index that disagrees with the facts.
 * - Entity records (agents, customers, conversations) go through a small codec that keeps `Map` and
 *   `Set` fields, so a field added to an entity is carried without touching this file; map and set
 *   iteration orders are preserved, since routing may visit them in that order.
 *
 * `SNAPSHOT_FORMAT` names the shape. Bump it whenever the shape of `TenantState` or of an entity
 * changes: a stored snapshot of another format is ignored and the tenant is rebuilt from its log,
 * which is always the source of truth.
 */
import type { Access } from './access.js';
import type { Agent } from './agent.js';
import type { Conversation } from './conversation.js';
import { customerRecord, noRatings, type Customer } from './customer.js';
import type { Department } from './department.js';
import { enqueue, reindexAgent } from './indexes.js';
import type { RoutingRule } from './routing-rules.js';
import type { TenantSettings } from './settings.js';
import type { SkillGroupConfig } from './skill-group.js';
import { createGroupRuntime, createState, type TenantState } from './state.js';
import type { TimerKind } from './timer-book.js';
import type { Transfer } from './transfer.js';

export const SNAPSHOT_FORMAT = 5;

/** A value `JSON.stringify` and `JSON.parse` carry unchanged. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A skill group's stored facts; its indexes are rebuilt. */
export interface GroupSnapshot {
  readonly config: SkillGroupConfig;
  readonly members: readonly string[];
  readonly serviceTimes: readonly number[];
}

/** A pending deadline. */
export interface TimerSnapshot {
  readonly kind: TimerKind;
  readonly targetId: string;
  readonly at: number;
}

/** The stored form of a tenant state; every part is JSON-compatible. */
export interface TenantSnapshot {
  readonly format: number;
  readonly settings: TenantSettings;
  readonly departments: readonly Department[];
  readonly groups: readonly GroupSnapshot[];
  /** Entity records in the codec's form (see `encode`). */
  readonly agents: readonly JsonValue[];
  readonly customers: readonly JsonValue[];
  readonly conversations: readonly JsonValue[];
  /** Pending transfers (finished ones leave the state). */
  readonly transfers: readonly JsonValue[];
  readonly rules: readonly RoutingRule[];
  /** Password hashes, API keys (hashed) and the widget secret, in the codec's form. */
  readonly access: JsonValue;
  readonly timers: readonly TimerSnapshot[];
  readonly arrivals: number;
  readonly assignments: number;
  readonly closedOrder: readonly string[];
}

/** Thrown by `fromSnapshot` for data of another format or shape; the caller replays the log instead. */
export class SnapshotFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotFormatError';
  }
}

const MAP = '$map';
const SET = '$set';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Encodes an entity record as JSON: `Map` → `{ $map: [[key, value], …] }`, `Set` → `{ $set: […] }`,
 * in iteration order; `undefined` fields are dropped, as JSON would. Returns fresh objects, so the
 * result stays valid while the state goes on changing.
 */
export function encode(value: unknown): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new SnapshotFormatError(`cannot store the number ${value}`);
    return value;
  }
  if (value instanceof Map) return { [MAP]: [...value.entries()].map(([key, item]) => [encode(key), encode(item)]) };
  if (value instanceof Set) return { [SET]: [...value].map(encode) };
  if (Array.isArray(value)) return value.map(encode);
  if (isRecord(value)) {
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === MAP || key === SET) throw new SnapshotFormatError(`field name ${key} is reserved`);
      if (item !== undefined) out[key] = encode(item);
    }
    return out;
  }
  throw new SnapshotFormatError(`cannot store a ${typeof value}`);
}

/** The inverse of `encode`. */
export function decode(value: JsonValue): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: JsonValue) => decode(item));
  const record = value as { readonly [key: string]: JsonValue };
  const map = record[MAP];
  if (Array.isArray(map)) {
    return new Map(
      map.map((entry: JsonValue) => {
        if (!Array.isArray(entry) || entry.length !== 2) throw new SnapshotFormatError('bad map entry');
        return [decode(entry[0] as JsonValue), decode(entry[1] as JsonValue)];
      }),
    );
  }
  const set = record[SET];
  if (Array.isArray(set)) return new Set(set.map((item: JsonValue) => decode(item)));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) out[key] = decode(item);
  return out;
}

/**
 * Decodes one entity record, checking the one field every entity has; the caller names its type
 * (the record was written by `encode` from that type, under the same `SNAPSHOT_FORMAT`).
 */
function entity(value: JsonValue, what: string): { readonly id: string } {
  const decoded = decode(value);
  if (!isRecord(decoded) || typeof decoded.id !== 'string') throw new SnapshotFormatError(`bad ${what} record`);
  return decoded as { readonly id: string };
}

/** A fresh copy of plain configuration data (settings, configs, rules), detached from the state. */
const copy = <T>(value: T): T => structuredClone(value);

/** The snapshot of a state: fresh JSON-compatible data, valid while the state goes on changing. */
export function toSnapshot(state: TenantState): TenantSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    settings: copy(state.settings),
    departments: [...state.departments.values()].map(copy),
    groups: [...state.groups.values()].map((group) => ({
      config: copy(group.config),
      members: [...group.members],
      serviceTimes: [...group.serviceTimes],
    })),
    agents: [...state.agents.values()].map(encode),
    customers: [...state.customers.values()].map(encode),
    conversations: [...state.conversations.values()].map(encode),
    transfers: [...state.transfers.values()].map(encode),
    rules: copy(state.rules),
    access: encode(state.access),
    timers: state.timers.queue.toArray().map(({ kind, targetId, at }) => ({ kind, targetId, at })),
    arrivals: state.arrivals,
    assignments: state.assignments,
    closedOrder: [...state.closedOrder],
  };
}

/** The state a snapshot describes, indexes rebuilt; throws `SnapshotFormatError` for another format. */
export function fromSnapshot(snapshot: TenantSnapshot): TenantState {
  if (snapshot.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotFormatError(`snapshot format ${snapshot.format}, this code reads ${SNAPSHOT_FORMAT}`);
  }
  const state = createState(snapshot.settings);
  for (const department of snapshot.departments) state.departments.set(department.id, department);
  for (const part of snapshot.groups) {
    const group = createGroupRuntime(part.config);
    for (const agentId of part.members) group.members.add(agentId);
    group.serviceTimes.push(...part.serviceTimes);
    state.groups.set(part.config.id, group);
  }
  for (const record of snapshot.customers) {
    const customer = entity(record, 'customer') as Customer;
    const ratings = customer.ratings.size === 0 ? noRatings : customer.ratings;
    state.customers.set(customer.id, customerRecord(customer, customer.lastAgent, ratings));
    if (ratings.size > 0) state.raters.add(customer.id);
  }
  for (const record of snapshot.agents) {
    const agent = entity(record, 'agent') as Agent;
    state.agents.set(agent.id, agent);
  }
  for (const record of snapshot.conversations) {
    const conversation = entity(record, 'conversation') as Conversation;
    state.conversations.set(conversation.id, conversation);
    for (const transferId of conversation.transferIds) state.transferIds.set(transferId, conversation.id);
  }
  for (const record of snapshot.transfers) {
    const transfer = entity(record, 'transfer') as Transfer;
    state.transfers.set(transfer.id, transfer);
  }
  state.rules = snapshot.rules;
  const access = decode(snapshot.access) as Access;
  for (const [agentId, hash] of access.passwords) state.access.passwords.set(agentId, hash);
  for (const [keyId, key] of access.apiKeys) state.access.apiKeys.set(keyId, key);
  state.access.widgetSecret = access.widgetSecret;
  for (const [webhookId, webhook] of access.webhooks) state.access.webhooks.set(webhookId, webhook);
  for (const timer of snapshot.timers) state.timers.set(timer.kind, timer.targetId, timer.at);
  state.arrivals = snapshot.arrivals;
  state.assignments = snapshot.assignments;
  state.closedOrder.push(...snapshot.closedOrder);
  rebuildIndexes(state);
  return state;
}

/** Puts every routable agent and every waiting conversation back into the indexes `evolve` keeps. */
function rebuildIndexes(state: TenantState): void {
  for (const agent of state.agents.values()) reindexAgent(state, agent);
  for (const conversation of state.conversations.values()) {
    if (conversation.status === 'queued' || conversation.status === 'left-message') enqueue(state, conversation);
  }
  for (const transfer of state.transfers.values()) {
    if (transfer.targetAgentId === null && transfer.target.kind === 'group') {
      state.groups.get(transfer.target.groupId)?.transferQueue.add(transfer);
    }
  }
}
