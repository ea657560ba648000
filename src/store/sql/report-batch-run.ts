/**
 * One replay of a report batch (report-batch.ts): the batch's events applied in log order to the
 * `report_conversations` rows it loaded, the rollup increments summed per row key in memory, then
 * one upsert per touched conversation row and per rollup row.
 *
 * Each step mirrors the per-event statements it replaces (docs/reports.md defines the figures):
 * an opening counts an arrival in its hour and (re)starts the conversation's row; the first taking
 * by an agent counts it answered in its arrival hour (within the group's service level or not, and
 * the wait); every taking counts an assignment for the agent and makes them the owner; the
 * customer's public message starts a wait for a reply, the owner's public text reply counts their
 * first response and a response to a waiting customer; closing counts an abandonment when no agent
 * ever took it, else a handled conversation (resolved, unresolved) for the owner; a requeue drops
 * the owner. The agent rollups are kept per UTC hour and per tenant-local day.
 */
import type { EventOf } from '../../domain/events.js';
import { DAY } from './report-zone.js';
import { statement, type SqlStatement, type SqlValue } from './sql-statement.js';

const HOUR = 3_600_000;

/** The events a batch projects. */
export type BatchedEvent =
  | EventOf<'ConversationOpened'>
  | EventOf<'ConversationAssigned'>
  | EventOf<'OfferAccepted'>
  | EventOf<'MessagePosted'>
  | EventOf<'ConversationRequeued'>
  | EventOf<'ConversationClosed'>;

/** A `report_conversations` row in memory, with its arrival group's service level. */
export interface ConversationRow {
  arrivalGroup: string;
  currentGroup: string;
  channel: string;
  openedAt: number;
  firstAssignedAt: number | null;
  ownerId: string | null;
  ownerDepartment: string;
  ownedSince: number | null;
  responded: number;
  waitingSince: number | null;
  serviceLevelMs: number;
}

/** What a batch read before its replay. */
export interface BatchReads {
  /** Rows of the conversations the batch did not open itself (absent: no row, e.g. a test conversation). */
  readonly conversations: Map<string, ConversationRow>;
  /** Department of each agent who takes a conversation ('' for none). */
  readonly departments: ReadonlyMap<string, string>;
  /** Service level (ms) of each group a conversation is opened into. */
  readonly serviceLevels: ReadonlyMap<string, number>;
  /** The tenant's zone offsets over the batch's span, oldest first. */
  readonly offsets: readonly { readonly since: number; readonly offsetMs: number }[];
}

export const DEFAULT_SERVICE_LEVEL_MS = 20_000;

/** The agent who takes the conversation with this event (direct assignment, accepted offer), if any. */
export const takerOf = (event: BatchedEvent): string | null =>
  (event.type === 'ConversationAssigned' && event.mode !== 'offer') || event.type === 'OfferAccepted'
    ? event.agentId
    : null;

/** A non-test opening: it (re)writes the conversation's row. Test conversations never get one. */
export const opensRow = (event: BatchedEvent): event is EventOf<'ConversationOpened'> =>
  event.type === 'ConversationOpened' && event.test === undefined;

const QUEUE_SUMS = ['arrivals', 'answered', 'answered_in_sl', 'wait_ms', 'abandoned'] as const;
interface QueueSums {
  arrivals: number;
  answered: number;
  answeredInSl: number;
  waitMs: number;
  abandoned: number;
}
const queueValues = (sums: QueueSums): number[] => [
  sums.arrivals,
  sums.answered,
  sums.answeredInSl,
  sums.waitMs,
  sums.abandoned,
];
const AGENT_SUMS = [
  'assigned',
  'handled',
  'handle_ms',
  'first_responses',
  'first_response_ms',
  'responses',
  'response_ms',
  'resolved',
  'unresolved',
] as const;
interface AgentSums {
  assigned: number;
  handled: number;
  handleMs: number;
  firstResponses: number;
  firstResponseMs: number;
  responses: number;
  responseMs: number;
  resolved: number;
  unresolved: number;
}
const NO_AGENT_SUMS: AgentSums = {
  assigned: 0,
  handled: 0,
  handleMs: 0,
  firstResponses: 0,
  firstResponseMs: 0,
  responses: 0,
  responseMs: 0,
  resolved: 0,
  unresolved: 0,
};
const agentValues = (sums: AgentSums): number[] => [
  sums.assigned,
  sums.handled,
  sums.handleMs,
  sums.firstResponses,
  sums.firstResponseMs,
  sums.responses,
  sums.responseMs,
  sums.resolved,
  sums.unresolved,
];

/**
 * A queue rollup row's increments. `max_wait_ms` as the per-event upserts would leave it: a new row
 * takes the first increment's value (0 when that one had none) and then the larger of each; an
 * existing row the larger of its own and `conflictMax` (null: untouched).
 */
interface QueueDelta {
  readonly key: readonly SqlValue[];
  readonly sums: QueueSums;
  insertMax: number;
  conflictMax: number | null;
}

interface AgentDelta {
  readonly key: readonly SqlValue[];
  readonly sums: AgentSums;
}

const marks = (count: number): string => Array.from({ length: count }, () => '?').join(', ');
const adding = (table: string, sums: readonly string[]): string =>
  sums.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(', ');
const agentUpsert = (table: string, time: string): string => {
  const key = ['tenant_id', time, 'agent_id', 'department_id', 'group_id', 'channel'];
  return `INSERT INTO ${table} (${[...key, ...AGENT_SUMS].join(', ')}) VALUES (${marks(key.length + AGENT_SUMS.length)})
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${adding(table, AGENT_SUMS)}`;
};
const AGENT_HOUR_UPSERT = agentUpsert('report_agent_hours', 'hour');
const AGENT_DAY_UPSERT = agentUpsert('report_agent_days', 'local_day');
/** The sums, then `max_wait_ms`: inserted as given, or raised to the next parameter when that is larger. */
const QUEUE_UPSERT = `INSERT INTO report_queue_hours (tenant_id, hour, group_id, channel, ${QUEUE_SUMS.join(', ')},
    max_wait_ms) VALUES (${marks(5 + QUEUE_SUMS.length)})
  ON CONFLICT (tenant_id, hour, group_id, channel) DO UPDATE SET ${adding('report_queue_hours', QUEUE_SUMS)},
    max_wait_ms = CASE WHEN CAST(? AS BIGINT) > report_queue_hours.max_wait_ms THEN CAST(? AS BIGINT)
      ELSE report_queue_hours.max_wait_ms END`;
const RC_COLUMNS = [
  'arrival_group',
  'current_group',
  'channel',
  'opened_at',
  'first_assigned_at',
  'owner_id',
  'owner_department',
  'owned_since',
  'responded',
  'waiting_since',
];
const RC_UPSERT = `INSERT INTO report_conversations (tenant_id, conversation_id, ${RC_COLUMNS.join(', ')})
  VALUES (${marks(RC_COLUMNS.length + 2)})
  ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET
    ${RC_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')}`;

/** The instant floored to its UTC hour (SQL's integer division gives the same for instants after 1970). */
const hourOf = (at: number): number => Math.floor(at / HOUR) * HOUR;

/** Replays `events` over `reads` (which it updates) and returns the batch's writes. */
export function replayReports(tenantId: string, events: readonly BatchedEvent[], reads: BatchReads): SqlStatement[] {
  const run = new BatchRun(tenantId, reads);
  for (const event of events) run.apply(event);
  return run.statements();
}

class BatchRun {
  private readonly dirty = new Set<string>();
  private readonly queue = new Map<string, QueueDelta>();
  private readonly agentHours = new Map<string, AgentDelta>();
  private readonly agentDays = new Map<string, AgentDelta>();

  constructor(
    private readonly tenantId: string,
    private readonly reads: BatchReads,
  ) {}

  apply(event: BatchedEvent): void {
    const row = this.reads.conversations.get(event.conversationId);
    if (event.type === 'ConversationOpened') {
      if (opensRow(event)) this.opened(event);
      return;
    }
    if (row === undefined) return;
    switch (event.type) {
      case 'ConversationAssigned':
      case 'OfferAccepted':
        if (takerOf(event) === null) return;
        this.taken(row, event.agentId, event.at);
        break;
      case 'MessagePosted':
        if (!this.message(row, event)) return;
        break;
      case 'ConversationRequeued':
        row.ownerId = null;
        row.ownedSince = null;
        row.waitingSince = null;
        row.currentGroup = event.groupId;
        break;
      case 'ConversationClosed':
        this.closed(row, event);
        break;
    }
    this.dirty.add(event.conversationId);
  }

  statements(): SqlStatement[] {
    const { tenantId } = this;
    const statements: SqlStatement[] = [];
    for (const id of this.dirty) {
      const row = this.reads.conversations.get(id);
      if (row === undefined) continue;
      statements.push(
        statement(RC_UPSERT, [
          tenantId,
          id,
          row.arrivalGroup,
          row.currentGroup,
          row.channel,
          row.openedAt,
          row.firstAssignedAt,
          row.ownerId,
          row.ownerDepartment,
          row.ownedSince,
          row.responded,
          row.waitingSince,
        ]),
      );
    }
    for (const { key, sums, insertMax, conflictMax } of this.queue.values())
      statements.push(statement(QUEUE_UPSERT, [...key, ...queueValues(sums), insertMax, conflictMax, conflictMax]));
    for (const { key, sums } of this.agentHours.values())
      statements.push(statement(AGENT_HOUR_UPSERT, [...key, ...agentValues(sums)]));
    for (const { key, sums } of this.agentDays.values())
      statements.push(statement(AGENT_DAY_UPSERT, [...key, ...agentValues(sums)]));
    return statements;
  }

  private opened(event: EventOf<'ConversationOpened'>): void {
    this.reads.conversations.set(event.conversationId, {
      arrivalGroup: event.groupId,
      currentGroup: event.groupId,
      channel: event.channel,
      openedAt: event.at,
      firstAssignedAt: null,
      ownerId: null,
      ownerDepartment: '',
      ownedSince: null,
      responded: 0,
      waitingSince: null,
      serviceLevelMs: this.reads.serviceLevels.get(event.groupId) ?? DEFAULT_SERVICE_LEVEL_MS,
    });
    this.dirty.add(event.conversationId);
    this.queueRow(hourOf(event.at), event.groupId, event.channel, null).arrivals += 1;
  }

  private taken(row: ConversationRow, agentId: string, at: number): void {
    if (row.firstAssignedAt === null) {
      const wait = at - row.openedAt;
      const sums = this.queueRow(hourOf(row.openedAt), row.arrivalGroup, row.channel, wait);
      sums.answered += 1;
      if (wait <= row.serviceLevelMs) sums.answeredInSl += 1;
      sums.waitMs += wait;
      row.firstAssignedAt = at;
    }
    const department = this.reads.departments.get(agentId) ?? '';
    for (const sums of this.agentRows(at, agentId, department, row)) sums.assigned += 1;
    row.ownerId = agentId;
    row.ownerDepartment = department;
    row.ownedSince = at;
    row.responded = 0;
    row.waitingSince = null;
  }

  /** Whether the message changed the row. */
  private message(row: ConversationRow, event: EventOf<'MessagePosted'>): boolean {
    if (event.visibility !== 'public') return false;
    if (event.author.kind === 'customer') {
      if (row.ownerId === null || row.waitingSince !== null) return false;
      row.waitingSince = event.at;
      return true;
    }
    if (event.author.kind !== 'agent' || event.kind !== 'text') return false;
    const owner = row.ownerId === event.author.agentId ? row.ownerId : null;
    const first = row.responded === 0;
    const waiting = row.waitingSince;
    if (owner !== null && (first || waiting !== null)) {
      for (const sums of this.agentRows(event.at, owner, row.ownerDepartment, row)) {
        if (first) {
          sums.firstResponses += 1;
          sums.firstResponseMs += event.at - (row.ownedSince ?? 0);
        }
        if (waiting !== null) {
          sums.responses += 1;
          sums.responseMs += event.at - waiting;
        }
      }
    }
    if (owner !== null) row.responded = 1;
    row.waitingSince = null;
    return true;
  }

  private closed(row: ConversationRow, event: EventOf<'ConversationClosed'>): void {
    if (row.firstAssignedAt === null)
      this.queueRow(hourOf(row.openedAt), row.arrivalGroup, row.channel, event.at - row.openedAt).abandoned += 1;
    if (row.ownerId !== null) {
      for (const sums of this.agentRows(event.at, row.ownerId, row.ownerDepartment, row)) {
        sums.handled += 1;
        sums.handleMs += event.at - (row.ownedSince ?? 0);
        if (event.resolution === 'resolved') sums.resolved += 1;
        if (event.resolution === 'unresolved') sums.unresolved += 1;
      }
    }
    row.ownerId = null;
    row.ownedSince = null;
    row.waitingSince = null;
  }

  /** The queue row's sums, with `max` (a wait, or null) folded into its maximum. */
  private queueRow(hour: number, group: string, channel: string, max: number | null): QueueSums {
    const id = `${hour}\u0001${group}\u0001${channel}`;
    let delta = this.queue.get(id);
    if (delta === undefined) {
      delta = {
        key: [this.tenantId, hour, group, channel],
        sums: { arrivals: 0, answered: 0, answeredInSl: 0, waitMs: 0, abandoned: 0 },
        insertMax: max ?? 0,
        conflictMax: max,
      };
      this.queue.set(id, delta);
    } else if (max !== null) {
      delta.insertMax = Math.max(delta.insertMax, max);
      delta.conflictMax = delta.conflictMax === null ? max : Math.max(delta.conflictMax, max);
    }
    return delta.sums;
  }

  /** The agent's rollup rows at `at`, hourly and per local day, in the row's group and channel. */
  private agentRows(at: number, agentId: string, department: string, row: ConversationRow): [AgentSums, AgentSums] {
    const rest = `${agentId}\u0001${department}\u0001${row.currentGroup}\u0001${row.channel}`;
    const sums = (deltas: Map<string, AgentDelta>, time: number): AgentSums => {
      const id = `${time}\u0001${rest}`;
      let delta = deltas.get(id);
      if (delta === undefined) {
        delta = {
          key: [this.tenantId, time, agentId, department, row.currentGroup, row.channel],
          sums: { ...NO_AGENT_SUMS },
        };
        deltas.set(id, delta);
      }
      return delta.sums;
    };
    return [sums(this.agentHours, hourOf(at)), sums(this.agentDays, this.localDay(at))];
  }

  /** As `localDaySql`: the offset of the last zone offset starting at or before `at` (none: 0). */
  private localDay(at: number): number {
    let offset = 0;
    for (const { since, offsetMs } of this.reads.offsets) {
      if (since > at) break;
      offset = offsetMs;
    }
    return Math.trunc((at + offset) / DAY);
  }
}
