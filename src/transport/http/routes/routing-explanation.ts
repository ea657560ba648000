/**
 * Why a conversation went where it went (DESIGN.md §3), for supervisors and admins: the opening
 * decision (the rule that matched, the group, priority and labels it gave, what business hours
 * decided, a reservation for a preferred agent) and every assignment with the domain's explanation
 * (strategy, overflow tier, preferred-agent reason, the best candidates and their scores).
 *
 * The decisions live in the event log (`ConversationOpened`, `ConversationAssigned`), not in a read
 * model. Decisions made while this server runs are kept in memory as they are stored (the latest
 * 10,000 conversations per tenant); an older conversation's are read back from the log, scanning at
 * most the 5,000 events before the last one that changed its row — a decision older than that is
 * reported as missing (`opening: null`, fewer assignments) rather than searched for at any cost.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { EventOf } from '../../../domain/events.js';
import { queueStatus } from '../../../domain/routing.js';
import type { StoredEvent } from '../../../store/event-store.js';
import { actorOf, requireStaff, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id, iso, isoOrNull } from '../schemas.js';
import { QueueView } from '../views.js';
import type { App } from './app-type.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const When = Type.String({ format: 'date-time' });
const RuleRef = Nullable(Type.Object({ id: Type.String(), name: Type.String() }));

const Opening = Type.Object({
  at: When,
  channel: Type.String(),
  source: Type.String(),
  language: Nullable(Type.String()),
  businessType: Nullable(Type.String()),
  rule: RuleRef,
  groupId: Type.String(),
  priority: Type.Number(),
  labels: Type.Array(Type.String()),
  afterHoursFrom: Nullable(Type.String({ description: 'The group whose hours sent it to its after-hours fallback.' })),
  disposition: Type.String({ description: '`queued` or `left-message`.' }),
  leftMessageReason: Nullable(Type.String({ description: '`after-hours`, `queue-full` or `no-agents-online`.' })),
  opensAt: Nullable(When),
  reservation: Nullable(
    Type.Object({
      agentId: Type.String(),
      reason: Type.String({ description: '`directed`, `dedicated` or `sticky`.' }),
      until: When,
    }),
  ),
});

const Assignment = Type.Object({
  at: When,
  agentId: Type.String(),
  mode: Type.String(),
  trigger: Type.String({ description: '`conversation` (it looked for an agent) or `agent` (a freed agent took it).' }),
  rule: RuleRef,
  rankedBy: Type.Object({ groupId: Type.String(), strategy: Type.String() }),
  overflowTier: Type.Integer(),
  preferred: Nullable(Type.String({ description: '`directed`, `dedicated`, `sticky` or `favoured`.' })),
  effectiveWaitSeconds: Type.Number(),
  candidates: Type.Array(
    Type.Object({
      agentId: Type.String(),
      score: Type.Number(),
      ability: Type.Number(),
      active: Type.Integer(),
      maxConcurrent: Type.Integer(),
    }),
  ),
});

export const RoutingExplanationView = Type.Object(
  {
    conversationId: Type.String(),
    status: Type.String(),
    groupId: Type.String(),
    ownerId: Nullable(Type.String()),
    priority: Type.Number(),
    labels: Type.Array(Type.String()),
    queue: Nullable(QueueView),
    opening: Nullable(Opening),
    /** Oldest first. */
    assignments: Type.Array(Assignment),
    test: Nullable(Type.String({ description: '`decision-only` or `routed` for a test conversation.' })),
    testDecision: Nullable(
      Type.Object(
        {
          at: When,
          agentId: Nullable(Type.String({ description: 'Null: it would have waited (nobody free, after hours).' })),
          assignment: Nullable(Assignment),
        },
        { description: 'Where a `decision-only` test conversation would have gone; nothing was assigned.' },
      ),
    ),
  },
  { $id: 'RoutingExplanation' },
);
type RoutingExplanationBody = Static<typeof RoutingExplanationView>;

interface Decisions {
  opened: EventOf<'ConversationOpened'> | null;
  assigned: EventOf<'ConversationAssigned'>[];
  tested?: EventOf<'TestConversationRouted'>;
}

const KEPT_PER_TENANT = 10_000;
const SCAN_WINDOW = 5_000;
const SCAN_PAGE = 1_000;

/** The routing decisions of recent conversations, per tenant, in insertion order (oldest dropped first). */
class DecisionLog {
  private readonly tenants = new Map<string, Map<string, Decisions>>();

  record(tenantId: string, events: readonly StoredEvent[]): void {
    for (const { event } of events) {
      if (
        event.type !== 'ConversationOpened' &&
        event.type !== 'ConversationAssigned' &&
        event.type !== 'TestConversationRouted'
      )
        continue;
      let conversations = this.tenants.get(tenantId);
      if (conversations === undefined) {
        conversations = new Map();
        this.tenants.set(tenantId, conversations);
      }
      if (event.type === 'ConversationOpened') {
        conversations.set(event.conversationId, { opened: event, assigned: [] });
        if (conversations.size > KEPT_PER_TENANT) {
          const oldest = conversations.keys().next();
          if (oldest.done !== true) conversations.delete(oldest.value);
        }
      } else if (event.type === 'TestConversationRouted') {
        const found = conversations.get(event.conversationId);
        if (found !== undefined) found.tested = event;
      } else {
        conversations.get(event.conversationId)?.assigned.push(event);
      }
    }
  }

  get(tenantId: string, conversationId: string): Decisions | undefined {
    return this.tenants.get(tenantId)?.get(conversationId);
  }
}

/** Reads a conversation's decisions back from the log, within the window before its last change. */
async function scan(context: HttpContext, tenantId: string, conversationId: string): Promise<Decisions> {
  const found: Decisions = { opened: null, assigned: [] };
  const row = await context.registry.store.conversation(tenantId, conversationId);
  if (row === null) return found;
  let after = Math.max(0, row.updatedSeq - SCAN_WINDOW);
  while (after < row.updatedSeq) {
    const page = await context.registry.store.read(tenantId, after, Math.min(SCAN_PAGE, row.updatedSeq - after));
    if (page.length === 0) break;
    for (const { event } of page) {
      if (event.type === 'ConversationOpened' && event.conversationId === conversationId) found.opened = event;
      if (event.type === 'ConversationAssigned' && event.conversationId === conversationId) found.assigned.push(event);
      if (event.type === 'TestConversationRouted' && event.conversationId === conversationId) found.tested = event;
    }
    after = (page.at(-1) as StoredEvent).seq;
  }
  return found;
}

function openingBody(event: EventOf<'ConversationOpened'>): RoutingExplanationBody['opening'] {
  const { disposition } = event;
  const reservation = disposition.kind === 'queued' ? disposition.reservation : null;
  return {
    at: iso(event.at),
    channel: event.channel,
    source: event.source,
    language: event.language,
    businessType: event.businessType,
    rule: event.routedBy,
    groupId: event.groupId,
    priority: event.priority,
    labels: [...event.labels],
    afterHoursFrom: event.afterHoursFrom,
    disposition: disposition.kind,
    leftMessageReason: disposition.kind === 'left-message' ? disposition.reason : null,
    opensAt: disposition.kind === 'left-message' ? isoOrNull(disposition.opensAt) : null,
    reservation:
      reservation === null
        ? null
        : { agentId: reservation.agentId, reason: reservation.reason, until: iso(reservation.until) },
  };
}

/** An assignment as recorded; a test decision passes mode `test`. */
type Recorded = Pick<EventOf<'ConversationAssigned'>, 'at' | 'agentId' | 'explanation'> & { readonly mode: string };

function assignmentBody(event: Recorded): RoutingExplanationBody['assignments'][number] {
  const { explanation } = event;
  return {
    at: iso(event.at),
    agentId: event.agentId,
    mode: event.mode,
    trigger: explanation.trigger,
    rule: explanation.rule,
    rankedBy: explanation.rankedBy,
    overflowTier: explanation.overflowTier,
    preferred: explanation.preferred,
    effectiveWaitSeconds: explanation.effectiveWaitSeconds,
    candidates: explanation.candidates.map((candidate) => ({ ...candidate })),
  };
}

function testDecisionBody(event: EventOf<'TestConversationRouted'>): RoutingExplanationBody['testDecision'] {
  const { agentId, explanation } = event;
  return {
    at: iso(event.at),
    agentId,
    assignment:
      agentId === null || explanation === null
        ? null
        : assignmentBody({ at: event.at, agentId, mode: 'test', explanation }),
  };
}

export function routingExplanationRoutes(app: App, context: HttpContext): void {
  const decisions = new DecisionLog();
  const stop = context.registry.subscribe((tenantId, events) => {
    decisions.record(tenantId, events);
  });
  app.addHook('onClose', (_instance, done) => {
    stop();
    done();
  });

  app.get(
    '/api/v1/conversations/:conversationId/routing',
    {
      schema: {
        tags: ['conversations'],
        description:
          'Why the conversation went where it went: the opening decision and every assignment with its explanation.',
        params: Type.Object({ conversationId: Id }),
        response: { 200: RoutingExplanationView, ...commonErrors },
      },
    },
    async (request): Promise<RoutingExplanationBody> => {
      const principal = requireStaff(request, 'supervisor');
      const actor = actorOf(context, principal);
      const conversation = actor.view.conversations.get(request.params.conversationId);
      if (conversation === undefined) throw new ApiError('CONVERSATION_NOT_FOUND');
      const found =
        decisions.get(principal.tenantId, conversation.id) ??
        (await scan(context, principal.tenantId, conversation.id));
      return {
        conversationId: conversation.id,
        status: conversation.status,
        groupId: conversation.groupId,
        ownerId: conversation.ownerId,
        priority: conversation.priority,
        labels: [...conversation.labels],
        queue: queueStatus(actor.view, conversation.id),
        opening: found.opened === null ? null : openingBody(found.opened),
        assignments: found.assigned.map(assignmentBody),
        test: conversation.test,
        testDecision: found.tested === undefined ? null : testDecisionBody(found.tested),
      };
    },
  );
}
