/**
 * The report projections of the busy conversation events — opened, assigned, offer accepted,
 * message, requeued, closed — run for a run of consecutive events at once instead of one SQL
 * statement per increment (issue 16: per-event `INSERT … SELECT … ON CONFLICT` rollups had cut the
 * durable append rate to a fifth of raw inserts).
 *
 * A batch reads what its events need in one round (`loads`: the `report_conversations` rows of the
 * conversations it did not open itself, each with its arrival group's service level; the departments
 * of the agents who take a conversation; the service level of each group opened into; the tenant's
 * zone offsets over the batch's span), replays the events in order in memory (report-batch-run.ts)
 * and writes each touched conversation row once and each rollup row once, with the sum of its
 * increments. The figures are the ones per-event statements would give: the rollups are sums (and
 * one maximum) of the same contributions under the same keys, and the per-conversation state moves
 * through the same steps. The projector ends a batch before any event whose statements read or
 * write what a batch reads (projector.ts), so nothing a batch read changes under it. Like every
 * projection it is a pure function of the events and the rows handed to it; both adapters run its
 * reads and writes in the append's transaction.
 */
import type { DomainEvent } from '../../domain/events.js';
import {
  DEFAULT_SERVICE_LEVEL_MS,
  opensRow,
  replayReports,
  takerOf,
  type BatchedEvent,
  type BatchReads,
  type ConversationRow,
} from './report-batch-run.js';
import { statement, type SqlStatement } from './sql-statement.js';

const BATCHED: ReadonlySet<string> = new Set([
  'ConversationOpened',
  'ConversationAssigned',
  'OfferAccepted',
  'MessagePosted',
  'ConversationRequeued',
  'ConversationClosed',
]);

/** Whether `event`'s report projection runs in a batch. */
export const isBatchedReportEvent = (event: DomainEvent): event is BatchedEvent => BATCHED.has(event.type);

const RC_LOAD = `SELECT rc.arrival_group AS arrival_group, rc.current_group AS current_group, rc.channel AS channel,
    rc.opened_at AS opened_at, rc.first_assigned_at AS first_assigned_at, rc.owner_id AS owner_id,
    rc.owner_department AS owner_department, rc.owned_since AS owned_since, rc.responded AS responded,
    rc.waiting_since AS waiting_since, g.service_level_ms AS service_level_ms
  FROM report_conversations rc
  LEFT JOIN report_groups g ON g.tenant_id = rc.tenant_id AND g.group_id = rc.arrival_group
  WHERE rc.tenant_id = ? AND rc.conversation_id = ?`;
const DEPARTMENT_LOAD = 'SELECT department_id AS department_id FROM agents WHERE tenant_id = ? AND agent_id = ?';
const GROUP_LOAD =
  'SELECT service_level_ms AS service_level_ms FROM report_groups WHERE tenant_id = ? AND group_id = ?';
/** The offsets in force from `min` to `max`: the last one starting at or before `min`, and any after. */
const ZONE_LOAD = `SELECT since AS since, offset_ms AS offset_ms FROM report_zone_offsets
  WHERE tenant_id = ? AND since <= ? AND since >= COALESCE((SELECT MAX(o.since) FROM report_zone_offsets o
    WHERE o.tenant_id = ? AND o.since <= ?), ?)
  ORDER BY since`;

type Row = Readonly<Record<string, unknown>>;
const num = (value: unknown): number => Number(value);
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;

const conversationRow = (row: Row): ConversationRow => ({
  arrivalGroup: textOrNull(row.arrival_group) ?? '',
  currentGroup: textOrNull(row.current_group) ?? '',
  channel: textOrNull(row.channel) ?? '',
  openedAt: num(row.opened_at),
  firstAssignedAt: numOrNull(row.first_assigned_at),
  ownerId: textOrNull(row.owner_id),
  ownerDepartment: textOrNull(row.owner_department) ?? '',
  ownedSince: numOrNull(row.owned_since),
  responded: num(row.responded),
  waitingSince: numOrNull(row.waiting_since),
  serviceLevelMs: numOrNull(row.service_level_ms) ?? DEFAULT_SERVICE_LEVEL_MS,
});

/**
 * The `report_conversations` rows (with their arrival group's service level) as the last committed
 * batches left them, kept by a writer that is the only one to write them (the SQLite store): a batch
 * then reads only the rows it does not hold (issue 16: the load was one `SELECT … JOIN` per message,
 * the append path's largest read). Rows are the batches' own objects, updated in place by the replay;
 * so the writer must `clear()` when a transaction fails (the rows may hold what it rolled back) and
 * when any other statement writes `report_conversations` or `report_groups` (`touchesCachedRows`).
 * Past `capacity` rows it starts again empty.
 */
export class ReportRowCache {
  private readonly rows = new Map<string, ConversationRow>();

  constructor(private readonly capacity = 20_000) {}

  get(tenantId: string, conversationId: string): ConversationRow | undefined {
    return this.rows.get(`${tenantId}\u0000${conversationId}`);
  }

  set(tenantId: string, conversationId: string, row: ConversationRow): void {
    if (this.rows.size >= this.capacity) this.rows.clear();
    this.rows.set(`${tenantId}\u0000${conversationId}`, row);
  }

  clear(): void {
    this.rows.clear();
  }
}

/** Whether a statement (outside a batch) writes what `ReportRowCache` holds. */
export const touchesCachedRows = (sql: string): boolean =>
  sql.includes('report_conversations') || sql.includes('report_groups');

/** A run of batched events of one tenant, in log order (see the file header). */
export class ReportBatch {
  private readonly events: BatchedEvent[] = [];
  /** Conversations whose row a non-test opening in the batch wrote before anything read it. */
  private readonly opened = new Set<string>();
  private readonly conversations = new Set<string>();
  private readonly agents = new Set<string>();
  private readonly groups = new Set<string>();
  private minAt = Number.POSITIVE_INFINITY;
  private maxAt = Number.NEGATIVE_INFINITY;

  /** Rows taken from the cache instead of loaded. */
  private readonly cached = new Map<string, ConversationRow>();

  /** With a `cache`, rows it holds are not loaded, and the batch's rows are put back into it by `writes`. */
  constructor(
    private readonly tenantId: string,
    private readonly cache: ReportRowCache | null = null,
  ) {}

  /** Adds the next event. */
  add(event: BatchedEvent): void {
    const id = event.conversationId;
    if (opensRow(event)) {
      if (!this.conversations.has(id)) this.opened.add(id);
      this.groups.add(event.groupId);
    } else if (!this.opened.has(id)) this.conversations.add(id);
    const taker = takerOf(event);
    if (taker !== null) this.agents.add(taker);
    this.minAt = Math.min(this.minAt, event.at);
    this.maxAt = Math.max(this.maxAt, event.at);
    this.events.push(event);
  }

  /** The reads the batch needs, to run in the append's transaction before `writes`. */
  loads(): SqlStatement[] {
    const { tenantId } = this;
    const loads: SqlStatement[] = [];
    this.cached.clear();
    for (const id of this.conversations) {
      const row = this.cache?.get(tenantId, id);
      if (row === undefined) loads.push(statement(RC_LOAD, [tenantId, id]));
      else this.cached.set(id, row);
    }
    for (const id of this.agents) loads.push(statement(DEPARTMENT_LOAD, [tenantId, id]));
    for (const id of this.groups) loads.push(statement(GROUP_LOAD, [tenantId, id]));
    loads.push(statement(ZONE_LOAD, [tenantId, this.maxAt, tenantId, this.minAt, this.minAt]));
    return loads;
  }

  /** The batch's writes, given the rows each of `loads()` returned, in the same order. */
  writes(results: readonly (readonly Row[])[]): SqlStatement[] {
    let index = 0;
    const next = (): Row | undefined => results[index++]?.[0];
    const conversations = new Map<string, ConversationRow>();
    for (const id of this.conversations) {
      const cached = this.cached.get(id);
      if (cached !== undefined) {
        conversations.set(id, cached);
        continue;
      }
      const row = next();
      if (row !== undefined) conversations.set(id, conversationRow(row));
    }
    const departments = new Map<string, string>();
    for (const id of this.agents) departments.set(id, textOrNull(next()?.department_id) ?? '');
    const serviceLevels = new Map<string, number>();
    for (const id of this.groups)
      serviceLevels.set(id, numOrNull(next()?.service_level_ms) ?? DEFAULT_SERVICE_LEVEL_MS);
    const offsets = (results[index] ?? []).map((row) => ({ since: num(row.since), offsetMs: num(row.offset_ms) }));
    const reads: BatchReads = { conversations, departments, serviceLevels, offsets };
    const writes = replayReports(this.tenantId, this.events, reads);
    // Every row the replay holds is now the one its writes leave (opened ones included).
    if (this.cache !== null) for (const [id, row] of conversations) this.cache.set(this.tenantId, id, row);
    return writes;
  }
}
