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
import { isBatchedReportEvent, ReportBatch } from './report-batch.js';
import { statement, type SqlStatement } from './sql-statement.js';

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

/**
 * The steps that project one append: each event's statements, in order, except that
 *
 * - a conversation assigned by the same command that opened it (the usual case when an agent is
 *   free) is inserted already assigned, one statement instead of two. Only events that leave the
 *   conversation's row alone (the customer's opening message, the customer's profile) may stand
 *   between the two;
 * - the report projections of consecutive busy conversation events (opened, assigned, message,
 *   requeued, closed) run as one batch. A batch reads conversation report rows, agents'
 *   departments, groups' service levels and zone offsets; none of the busy events' other statements
 *   write those, so a batch may run after them. Every other event with report statements ends the
 *   batch before its own statements run, since they may read the batch's rows or change what it read.
 */
export function projectAppend(tenantId: string, firstSeq: number, events: readonly DomainEvent[]): ProjectionStep[] {
  const steps: ProjectionStep[] = [];
  const folded = new Set<number>();
  let batch: ReportBatch | null = null;
  const endBatch = (): void => {
    if (batch !== null) steps.push(batch);
    batch = null;
  };
  events.forEach((event, index) => {
    const context = { tenantId, seq: firstSeq + index };
    if (isBatchedReportEvent(event)) {
      (batch ??= new ReportBatch(tenantId)).add(event);
      if (folded.has(index)) return;
      if (event.type !== 'ConversationOpened') {
        steps.push(...baseStatements(context, event));
        return;
      }
      const at = initialAssignment(events, index);
      if (at !== null) folded.add(at);
      const assigned =
        at === null ? null : { seq: firstSeq + at, event: events[at] as EventOf<'ConversationAssigned'> };
      steps.push(...conversations.openedWith(context, event, assigned));
      return;
    }
    const reports = projectReports(context, event);
    if (reports.length > 0) endBatch();
    steps.push(...baseStatements(context, event, reports));
  });
  endBatch();
  return steps;
}

/** Where the assignment of the conversation opened at `index` follows it directly, if it does. */
function initialAssignment(events: readonly DomainEvent[], index: number): number | null {
  const opened = events[index];
  if (opened?.type !== 'ConversationOpened') return null;
  for (let next = index + 1; next < events.length; next += 1) {
    const event = events[next] as DomainEvent;
    if (event.type === 'ConversationAssigned' && event.conversationId === opened.conversationId) return next;
    if (event.type === 'CustomerSaved') continue;
    if (
      event.type === 'MessagePosted' &&
      event.conversationId === opened.conversationId &&
      event.author.kind === 'customer'
    )
      continue;
    return null;
  }
  return null;
}

/** An event's own statements, then `reports`, then its audit row. */
function baseStatements(
  context: ProjectionContext,
  event: DomainEvent,
  reports: readonly SqlStatement[] = [],
): SqlStatement[] {
  const projection = projections[event.type] as Projection<DomainEvent> | undefined;
  const statements = [...(projection?.(context, event) ?? []), ...reports];
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
