/**
 * The read-model projector: turns one stored event into the SQL statements that keep the read models
 * (src/store/read-model.ts) up to date. Both adapters run these statements in the transaction that
 * appends the event, so read models are never behind the log and never ahead of it.
 *
 * Events without a projection (timer bookkeeping, queue movements) change no read model; an event type
 * this code does not know is ignored, never an error — a newer writer's log stays readable.
 * Report read models are projected after each event's own statements: the busy conversation events'
 * in batches (report-batch.ts), the others' statement by statement (project-reports.ts).
 */
import type { DomainEvent, EventOf, EventType } from '../../domain/events.js';
import * as conversations from './project-conversations.js';
import * as directory from './project-directory.js';
import * as transfers from './project-transfers.js';
import type { Projection, ProjectionContext } from './projection.js';
import { projectReports } from './project-reports.js';
import { isBatchedReportEvent, ReportBatch, type ReportRowCache } from './report-batch.js';
import { statement, type SqlStatement } from './sql-statement.js';
import * as webhooks from './project-webhooks.js';

type Projections = { readonly [T in EventType]?: Projection<EventOf<T>> };

const projections: Projections = {
  AgentSaved: directory.agentSaved,
  AgentConnected: directory.agentConnected,
  AgentDisconnected: directory.agentDisconnected,
  AgentStatusChanged: directory.agentStatusChanged,
  CustomerSaved: directory.customerSaved,
  ConversationOpened: conversations.conversationOpened,
  ConversationAssigned: conversations.conversationAssigned,
  OfferAccepted: conversations.offerAccepted,
  ConversationRequeued: conversations.conversationRequeued,
  ConversationDormant: conversations.conversationDormant,
  ConversationRevived: conversations.conversationRevived,
  ConversationClosed: conversations.conversationClosed,
  ConversationRated: conversations.conversationRated,
  MessagePosted: conversations.messagePosted,
  ConversationTagged: conversations.conversationTagged,
  TransferRequested: transfers.transferRequested,
  TransferOffered: transfers.transferOffered,
  TransferAccepted: transfers.transferAccepted,
  TransferRejected: transfers.transferRejected,
  TransferTimedOut: transfers.transferTimedOut,
  TransferCancelled: transfers.transferCancelled,
  WebhookSaved: webhooks.webhookSaved,
  WebhookRemoved: webhooks.webhookRemoved,
};

type Subjects = { readonly [T in EventType]?: (event: EventOf<T>) => string | null };

/**
 * Configuration and admin events (DESIGN.md §6), copied into `audit_log` with the id of what they
 * changed. Customer profile saves are left out: most are saved implicitly when a customer first
 * writes, and their history is in the log. Admin events added later belong in this list.
 */
const audited: Subjects = {
  TenantConfigured: () => null,
  DepartmentSaved: (event) => event.department.id,
  SkillGroupSaved: (event) => event.group.id,
  DepartmentRemoved: (event) => event.departmentId,
  SkillGroupRemoved: (event) => event.groupId,
  AgentSaved: (event) => event.agent.id,
  RoutingRulesSaved: () => null,
  PasswordSet: (event) => event.agentId,
  ApiKeyIssued: (event) => event.keyId,
  ApiKeyRevoked: (event) => event.keyId,
  WidgetSecretSet: () => null,
  AgentSessionsEnded: (event) => event.agentId,
  AgentDisabled: (event) => event.agentId,
  AgentEnabled: (event) => event.agentId,
  AgentRemoved: (event) => event.agentId,
  AgentLoginLocked: (event) => event.agentId,
  WebhookSaved: (event) => event.webhook.id,
  WebhookSecretSet: (event) => event.webhookId,
  WebhookRemoved: (event) => event.webhookId,
};

/** The event types the audit log records. */
export const auditedEventTypes: readonly string[] = Object.keys(audited);

/** Secrets and their hashes stay in the event log, where the domain needs them; the audit log is read by people. */
const SECRET_FIELDS: ReadonlySet<string> = new Set(['passwordHash', 'hash', 'secret']);
const redacted = (event: DomainEvent): string =>
  JSON.stringify(event, (key, value: unknown) => (SECRET_FIELDS.has(key) ? '[redacted]' : value));

/**
 * What projecting an append runs, in order: statements, and report batches (report-batch.ts) whose
 * reads the adapter runs before asking for their writes.
 */
export type ProjectionStep = SqlStatement | ReportBatch;

export interface ProjectAppendOptions {
  /**
   * Whether the steps end with the webhook deliveries the append queues (default true). An adapter
   * that has just seen the tenant has no enabled subscribed endpoint (after the append's own
   * statements, so an endpoint saved in it counts) leaves them out: they would insert nothing, and
   * building them costs each message its webhook payload (`webhooks.queueDeliveries`).
   */
  readonly deliveries?: boolean;
  /** The writer's cache of report rows, for its report batches (report-batch.ts); none by default. */
  readonly reportRows?: ReportRowCache;
}

/**
 * The steps that project one append: each event's statements, in order, except that
 *
 * - in the append that opens a conversation, the later events of that conversation that only move
 *   its row (assigned, closed, the first agent reply…: `RowEvent` in project-conversations.ts) are
 *   folded into the opening's insert, up to the first event of the conversation that does more.
 *   The insert is written once, in the state those events leave it in; they keep their other
 *   statements (a message's own row). Only projections of events carrying the conversation's id as
 *   `conversationId` write its row, and nothing in an append reads `conversations`, so the row's
 *   intermediate states were never seen by anything;
 * - the report projections of consecutive busy conversation events (opened, assigned, message,
 *   requeued, closed) run as one batch. A batch reads conversation report rows, agents'
 *   departments, groups' service levels and zone offsets; none of the busy events' other statements
 *   write those, so a batch may run after them. Every other event with report statements ends the
 *   batch before its own statements run, since they may read the batch's rows or change what it read;
 * - the webhook deliveries the append queues come last, in one statement (project-webhooks.ts).
 */
export function projectAppend(
  tenantId: string,
  firstSeq: number,
  events: readonly DomainEvent[],
  options: ProjectAppendOptions = {},
): ProjectionStep[] {
  const steps: ProjectionStep[] = [];
  const reportRows = options.reportRows ?? null;
  const folded = new Set<number>();
  const byConversation = indexByConversation(events);
  let batch: ReportBatch | null = null;
  const endBatch = (): void => {
    if (batch !== null) steps.push(batch);
    batch = null;
  };
  events.forEach((event, index) => {
    const context = { tenantId, seq: firstSeq + index };
    const rowFolded = folded.has(index);
    if (event.type === 'ConversationOpened') {
      const later = rowEventsAfter(events, byConversation.get(event.conversationId) ?? [], index, firstSeq);
      for (const { index: at } of later) folded.add(at);
      (batch ??= new ReportBatch(tenantId, reportRows)).add(event);
      steps.push(...conversations.openedWith(context, event, later));
    } else if (isBatchedReportEvent(event)) {
      (batch ??= new ReportBatch(tenantId, reportRows)).add(event);
      steps.push(...baseStatements(context, event, [], rowFolded));
    } else {
      const reports = projectReports(context, event);
      if (reports.length > 0) endBatch();
      steps.push(...baseStatements(context, event, reports, rowFolded));
    }
  });
  endBatch();
  // Last: a delivery reads the conversation's row and the agent's name as the append leaves them.
  if (options.deliveries !== false) steps.push(...webhooks.queueDeliveries(tenantId, firstSeq, events));
  return steps;
}

/** The indexes of the events carrying each conversation id, in order. */
function indexByConversation(events: readonly DomainEvent[]): Map<string, number[]> {
  const byConversation = new Map<string, number[]>();
  events.forEach((event, index) => {
    const id = (event as { readonly conversationId?: unknown }).conversationId;
    if (typeof id !== 'string') return;
    const list = byConversation.get(id);
    if (list === undefined) byConversation.set(id, [index]);
    else list.push(index);
  });
  return byConversation;
}

/**
 * The row events of the conversation opened at `opened` that fold into its insert: those after it,
 * up to the first of its events that is not one (`indexes`: the conversation's events, in order).
 */
function rowEventsAfter(
  events: readonly DomainEvent[],
  indexes: readonly number[],
  opened: number,
  firstSeq: number,
): (conversations.FoldedEvent & { readonly index: number })[] {
  const later: (conversations.FoldedEvent & { readonly index: number })[] = [];
  for (const index of indexes) {
    if (index <= opened) continue;
    const event = events[index] as DomainEvent;
    if (!conversations.isRowEvent(event)) break;
    later.push({ index, seq: firstSeq + index, event });
  }
  return later;
}

/**
 * An event's own statements, then `reports`, then its audit row; `rowFolded`: its conversation's row
 * is already written by the opening's insert (a message then writes only its own row).
 */
function baseStatements(
  context: ProjectionContext,
  event: DomainEvent,
  reports: readonly SqlStatement[],
  rowFolded: boolean,
): SqlStatement[] {
  const projection = rowFolded
    ? event.type === 'MessagePosted'
      ? (conversations.messageRow as Projection<DomainEvent>)
      : undefined
    : (projections[event.type] as Projection<DomainEvent> | undefined);
  const statements = projection === undefined ? [...reports] : [...projection(context, event), ...reports];
  const subject = audited[event.type] as ((event: DomainEvent) => string | null) | undefined;
  if (subject !== undefined) {
    statements.push(
      statement('INSERT INTO audit_log (tenant_id, seq, at, type, subject_id, data) VALUES (?, ?, ?, ?, ?, ?)', [
        context.tenantId,
        context.seq,
        event.at,
        event.type,
        subject(event),
        redacted(event),
      ]),
    );
  }
  return statements;
}
