/**
 * The read-model projector: turns one stored event into the SQL statements that keep the read models
 * (src/store/read-model.ts) up to date. Both adapters run these statements in the transaction that
 * appends the event, so read models are never behind the log and never ahead of it.
 *
 * Events without a projection (timer bookkeeping, queue movements) change no read model; an event type
 * this code does not know is ignored, never an error — a newer writer's log stays readable.
 */
import type { DomainEvent, EventOf, EventType } from '../../domain/events.js';
import * as conversations from './project-conversations.js';
import * as directory from './project-directory.js';
import { transferProjections } from './project-transfers.js';
import type { Projection, ProjectionContext } from './projection.js';
import { json, statement, type SqlStatement } from './sql-statement.js';

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
};

/**
 * Configuration and admin events (DESIGN.md §6), copied whole into `audit_log` with the id of what
 * they changed. Customer profiles are left out: most are saved implicitly when a customer first
 * writes, and their history is in the log. Admin events added later belong in this list.
 */
export const auditedEvents: ReadonlyMap<string, (event: DomainEvent) => string | null> = new Map<
  string,
  (event: DomainEvent) => string | null
>([
  ['TenantConfigured', () => null],
  ['DepartmentSaved', (event) => (event.type === 'DepartmentSaved' ? event.department.id : null)],
  ['SkillGroupSaved', (event) => (event.type === 'SkillGroupSaved' ? event.group.id : null)],
  ['AgentSaved', (event) => (event.type === 'AgentSaved' ? event.agent.id : null)],
  ['RoutingRulesSaved', () => null],
]);

/**
 * The statements that project one append: each event's, in order, except that a conversation
 * assigned by the same command that opened it (the usual case when an agent is free) is inserted
 * already assigned, one statement instead of two. Only events that leave the conversation's row
 * alone (the customer's opening message, the customer's profile) may stand between the two.
 */
export function projectAppend(tenantId: string, firstSeq: number, events: readonly DomainEvent[]): SqlStatement[] {
  const statements: SqlStatement[] = [];
  const folded = new Set<number>();
  events.forEach((event, index) => {
    if (folded.has(index)) return;
    const context = { tenantId, seq: firstSeq + index };
    if (event.type !== 'ConversationOpened') {
      statements.push(...project(context, event));
      return;
    }
    const at = initialAssignment(events, index);
    if (at !== null) folded.add(at);
    const assigned = at === null ? null : { seq: firstSeq + at, event: events[at] as EventOf<'ConversationAssigned'> };
    statements.push(...conversations.openedWith(context, event, assigned));
  });
  return statements;
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

/** The statements that project one event (empty when it changes no read model). */
export function project(context: ProjectionContext, event: DomainEvent): SqlStatement[] {
  const projection = projections[event.type] as Projection<DomainEvent> | undefined;
  const statements =
    projection !== undefined
      ? projection(context, event)
      : (transferProjections.get(event.type)?.(context, event) ?? []);
  const subject = auditedEvents.get(event.type);
  if (subject !== undefined) {
    statements.push(
      statement('INSERT INTO audit_log (tenant_id, seq, at, type, subject_id, data) VALUES (?, ?, ?, ?, ?, ?)', [
        context.tenantId,
        context.seq,
        event.at,
        event.type,
        subject(event),
        json(event),
      ]),
    );
  }
  return statements;
}
