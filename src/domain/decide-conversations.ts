/** `decide` for conversations: intake and routing (DESIGN.md §3), messages, offers, closing, rating. */
import { isOpen, nextOpening } from './business-hours.js';
import type { CommandOf } from './commands.js';
import { noEntries, type Conversation, type Reservation } from './conversation.js';
import { newCustomer, profileOf, type Customer, type CustomerProfile } from './customer.js';
import { firstResponseDeadline, overflowDeadline, requeued, seconds, takeoverReminder } from './deadlines.js';
import { checkCustomerFacts, withCustomerFacts } from './enrichment-hook.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent, EventOf, LeftMessageReason } from './events.js';
import { classify } from './routing-rules.js';
import { Timeline } from './timeline.js';
import { customerWords, transcriptEntries, transcriptProblem } from './transcript.js';
import { cancelPending } from './transfer-plan.js';
import { mayHoldReservation } from './reservations.js';
import { anyoneOnline, isEligible, pickFromGroup } from './routing.js';
import { managesConversation } from './scope.js';
import type { GroupRuntime, TenantState } from './state.js';

type Result = Decision<DomainEvent>;
/** The entry point's attributes when it gave none (one frozen object, not a new one per arrival). */
const noAttributes: Readonly<Record<string, string>> = Object.freeze({});
/** An event under construction: its optional fields are filled in after the literal. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Runtime inputs may be anything their type says they are not: checked as plain strings. */
const resolutions: readonly string[] = ['resolved', 'unresolved'];
const testModes: readonly string[] = ['decision-only', 'routed'];
type Disposition = EventOf<'ConversationOpened'>['disposition'];

/**
 * The name an anonymous visitor typed in the pre-chat form (`customerName`), when it is new: it
 * becomes their profile's name so staff see it everywhere (issue 17). A verified customer's name
 * is the tenant's and is never replaced by what was typed.
 */
function visitorName(
  customer: CustomerProfile,
  attributes: Readonly<Record<string, string>> | undefined,
): string | null {
  const typed = attributes?.customerName?.trim() ?? '';
  return customer.verified || typed === '' || typed === customer.name ? null : typed;
}

/**
 * A customer of another channel as the API names them (`channelCustomer`): the channel's display
 * name and language fill the profile where it has none, never replacing what the tenant's back-end
 * wrote. The same object when nothing changes.
 */
function withChannelDetails<C extends CustomerProfile>(
  customer: C,
  details: CommandOf<'OpenConversation'>['channelCustomer'],
): C {
  const name = customer.name ?? details?.name ?? null;
  const language = customer.language ?? details?.language ?? null;
  return name === customer.name && language === customer.language ? customer : { ...customer, name, language };
}

const notFound = (conversationId: string): Result =>
  refuse('CONVERSATION_NOT_FOUND', `conversation "${conversationId}" does not exist`);

/**
 * The preferred agent of DESIGN.md §3.3: directed, then dedicated, then the sticky last agent.
 * Someone who may hold a reservation (online, available, not rated badly) reserves the
 * conversation for `stickyWaitSeconds`; if they have a free slot, the reaction assigns it at once.
 */
function reservationFor(
  state: TenantState,
  customer: CustomerProfile & Partial<Pick<Customer, 'lastAgent'>>,
  directedAgentId: string | null,
  now: number,
): Reservation | null {
  const { settings } = state;
  const lastAgent = customer.lastAgent ?? null;
  const sticky =
    lastAgent !== null && now - lastAgent.at <= seconds(settings.stickyWindowSeconds) ? lastAgent.agentId : null;
  const until = now + seconds(settings.stickyWaitSeconds);
  return (
    preferred(state, customer.id, directedAgentId, 'directed', until) ??
    preferred(state, customer.id, customer.dedicatedAgentId, 'dedicated', until) ??
    preferred(state, customer.id, sticky, 'sticky', until)
  );
}

/** A reservation for `agentId` if they may hold one for this customer (most arrivals have nobody). */
function preferred(
  state: TenantState,
  customerId: string,
  agentId: string | null,
  reason: Reservation['reason'],
  until: number,
): Reservation | null {
  if (agentId === null) return null;
  const agent = state.agents.get(agentId);
  if (agent === undefined || !mayHoldReservation(state, { customerId, excluded: [] }, agent)) return null;
  return { agentId, reason, until };
}

function leftMessage(reason: LeftMessageReason, opensAt: number | null): Disposition {
  return { kind: 'left-message', reason, opensAt };
}

/** Whether one of the group's routable agents would take this customer's new conversation at once. */
const takenAtOnce = (state: TenantState, group: GroupRuntime, customerId: string): boolean =>
  group.routable.size > 0 &&
  pickFromGroup(state, group, (agentId) => isEligible(state, { customerId, excluded: [] }, agentId)) !== undefined;

/**
 * Where a new conversation waits: reserved, queued, or as a left message (DESIGN.md §3.2, §3.10).
 * `maxQueueLength` applies whenever the queue is that long: only a conversation an agent takes at
 * once (it never joins the queue) gets past a full queue.
 */
function dispositionFor(
  state: TenantState,
  group: GroupRuntime,
  options: { readonly reservation: Reservation | null; readonly customerId: string; readonly now: number },
): Disposition {
  const { reservation, now } = options;
  if (reservation !== null) return { kind: 'queued', reservation, overflowDeadline: null };
  const limit = group.config.maxQueueLength;
  if (limit !== null && group.queue.size >= limit && !takenAtOnce(state, group, options.customerId)) {
    return leftMessage('queue-full', null);
  }
  if (group.routable.size === 0 && !anyoneOnline(state, group)) return leftMessage('no-agents-online', null);
  const deadline = overflowDeadline(state, { groupId: group.config.id, overflowFrom: now, overflowTier: 0 });
  return { kind: 'queued', reservation: null, overflowDeadline: deadline };
}

export function openConversation(state: TenantState, command: CommandOf<'OpenConversation'>, now: number): Result {
  if (command.conversationId.length === 0) return refuse('INVALID_COMMAND', 'a conversation needs an id');
  if (state.conversations.has(command.conversationId)) {
    // Says nothing about whose it is: the transport answers a customer's own id with their conversation.
    return refuse('CONVERSATION_EXISTS', 'A conversation with this id already exists.');
  }
  const basePriority = command.priority ?? 0;
  if (!Number.isFinite(basePriority)) return refuse('INVALID_COMMAND', 'priority must be a number');
  if (command.test !== undefined && !testModes.includes(command.test))
    return refuse('INVALID_COMMAND', 'test is decision-only or routed');
  const transcript = command.transcript ?? noEntries;
  const transcriptRefusal = transcriptProblem(transcript);
  if (transcriptRefusal !== null) return refuse('INVALID_COMMAND', transcriptRefusal);
  const directed = command.agentId ?? null;
  if (directed !== null && !state.agents.has(directed))
    return refuse('AGENT_NOT_FOUND', `agent "${directed}" does not exist`);

  let saved: EventOf<'CustomerSaved'> | null = null;
  const known = state.customers.get(command.customerId);
  const details = command.channelCustomer;
  const customer = withChannelDetails(known ?? newCustomer(command.customerId, details !== undefined), details);
  const named = visitorName(customer, command.attributes);
  if (known === undefined || named !== null || customer !== known) {
    const profile = profileOf(customer);
    saved = { type: 'CustomerSaved', at: now, customer: named === null ? profile : { ...profile, name: named } };
  }

  const customerFacts = command.customerFacts;
  const factsProblem = customerFacts === undefined ? null : checkCustomerFacts(customerFacts);
  if (factsProblem !== null) return refuse('INVALID_COMMAND', factsProblem);

  const intake = {
    // Keyword rules read everything the customer has said so far, on the bot's channel too.
    text: transcript.length === 0 ? command.text : [...customerWords(transcript), command.text].join('\n'),
    channel: command.channel,
    source: command.source,
    language: command.language ?? null,
    businessType: command.businessType ?? null,
    attributes: command.attributes ?? noAttributes,
    customer: withCustomerFacts(customer, customerFacts),
  };
  const classification = classify(state.rules, intake, state.settings, now);
  let group = classification.groupId === null ? undefined : state.groups.get(classification.groupId);
  if (group === undefined) return refuse('NO_ROUTE', 'no routing rule or default group applies to this conversation');

  let afterHoursFrom: string | null = null;
  let disposition: Disposition | null = null;
  if (!isOpen(group.config.hours, now)) {
    const afterHours = group.config.hours?.afterHours;
    const fallback = afterHours?.kind === 'group' ? state.groups.get(afterHours.groupId) : undefined;
    if (fallback !== undefined && isOpen(fallback.config.hours, now)) {
      afterHoursFrom = group.config.id;
      group = fallback;
    } else {
      disposition = leftMessage('after-hours', nextOpening(group.config.hours, now));
    }
  }
  const reservation =
    disposition === null ? reservationFor(state, customer, directed ?? classification.agentId, now) : null;
  disposition ??= dispositionFor(state, group, { reservation, customerId: customer.id, now });
  // Whatever made it a left message, the group's next opening wakes it: a group open now may close
  // before anyone frees up, and an agent already connected then gets it only from this deadline.
  if (disposition.kind === 'left-message' && disposition.opensAt === null) {
    disposition = leftMessage(disposition.reason, nextOpening(group.config.hours, now));
  }

  const priority = basePriority + classification.priority;
  const opened: Writable<EventOf<'ConversationOpened'>> = {
    type: 'ConversationOpened',
    at: now,
    conversationId: command.conversationId,
    customerId: customer.id,
    channel: command.channel,
    source: command.source,
    language: intake.language ?? customer.language,
    businessType: intake.businessType,
    labels: classification.labels,
    priority,
    routedBy: classification.rule,
    groupId: group.config.id,
    afterHoursFrom,
    orderKey: now - seconds(priority * state.settings.priorityStepSeconds),
    disposition,
  };
  // The optional fields only when given, after the others (assigned, not spread: a spread of a
  // conditional object literal costs a slow copy on every arrival).
  if (command.test !== undefined) opened.test = command.test;
  if (command.attributes !== undefined && Object.keys(command.attributes).length > 0)
    opened.attributes = command.attributes;
  if (customerFacts !== undefined) opened.customerFacts = customerFacts;
  // Built at its size (an arrival with no transcript or text, the commonest, never grows it).
  const events: DomainEvent[] = saved === null ? [opened] : [saved, opened];
  if (transcript.length > 0) events.push(...transcriptEntries(command.conversationId, transcript, now));
  if (command.text.length > 0) {
    const seq = transcript.length + 1;
    events.push({
      type: 'MessagePosted',
      at: now,
      conversationId: command.conversationId,
      messageId: command.messageId ?? `${command.conversationId}:${seq}`,
      seq,
      author: { kind: 'customer' },
      kind: 'text',
      visibility: 'public',
      text: command.text,
      replyReminderDeadline: null,
      dormantDeadline: null,
    });
  }
  return accept(events);
}

function pendingOffer(state: TenantState, conversationId: string, agentId: string): Conversation | null {
  const conversation = state.conversations.get(conversationId);
  return conversation?.status === 'offered' && conversation.ownerId === agentId ? conversation : null;
}

export function acceptOffer(state: TenantState, command: CommandOf<'AcceptOffer'>, now: number): Result {
  const conversation = pendingOffer(state, command.conversationId, command.agentId);
  if (conversation === null) return refuse('OFFER_NOT_FOUND', 'no pending offer of this conversation to this agent');
  return accept([
    {
      type: 'OfferAccepted',
      at: now,
      conversationId: conversation.id,
      agentId: command.agentId,
      firstResponseDeadline: firstResponseDeadline(state, now),
      replyReminderDeadline: takeoverReminder(state, conversation, now),
    },
  ]);
}

export function declineOffer(state: TenantState, command: CommandOf<'DeclineOffer'>, now: number): Result {
  const conversation = pendingOffer(state, command.conversationId, command.agentId);
  if (conversation === null) return refuse('OFFER_NOT_FOUND', 'no pending offer of this conversation to this agent');
  return accept([requeued(state, conversation, { fromAgentId: command.agentId, reason: 'offer-declined', now })]);
}

export function closeConversation(state: TenantState, command: CommandOf<'CloseConversation'>, now: number): Result {
  const conversation = state.conversations.get(command.conversationId);
  if (conversation === undefined) return notFound(command.conversationId);
  if (conversation.status === 'closed') return refuse('CONVERSATION_CLOSED', 'the conversation is already closed');
  if (command.by === 'agent') {
    const agent = command.agentId === null ? undefined : state.agents.get(command.agentId);
    if (agent === undefined) return refuse('AGENT_NOT_FOUND', 'the closing agent does not exist');
    if (agent.role === 'agent' && conversation.ownerId !== agent.id) {
      return refuse('NOT_OWNER', 'only the owner or a supervisor closes a conversation');
    }
    // A supervisor closes only what they manage (an admin manages everything), like every other intervention.
    if (conversation.ownerId !== agent.id && !managesConversation(state, agent, conversation)) {
      return refuse('OUT_OF_SCOPE', 'this conversation is outside your departments and groups');
    }
  }
  const resolution = command.resolution ?? null;
  if (resolution !== null && !resolutions.includes(resolution)) {
    return refuse('INVALID_COMMAND', 'resolution must be resolved or unresolved');
  }
  const by = command.agentId ?? command.by;
  const closed: DomainEvent = {
    type: 'ConversationClosed',
    at: now,
    conversationId: conversation.id,
    reason: command.by,
    resolution,
    summary: command.summary ?? null,
  };
  // Most closes have no transfer pending: no timeline to number, nothing to cancel.
  if (conversation.pendingTransferId === null) return accept([closed]);
  return accept([
    ...cancelPending(state, conversation, { by, now, timeline: new Timeline(conversation, now) }),
    closed,
  ]);
}

export function rateConversation(state: TenantState, command: CommandOf<'RateConversation'>, now: number): Result {
  const conversation = state.conversations.get(command.conversationId);
  if (conversation === undefined) return notFound(command.conversationId);
  if (conversation.ownerId === null) return refuse('NOT_RATEABLE', 'nobody has served this conversation yet');
  if (!Number.isInteger(command.score) || command.score < 1 || command.score > 5) {
    return refuse('INVALID_COMMAND', 'score must be an integer 1–5');
  }
  return accept([
    {
      type: 'ConversationRated',
      at: now,
      conversationId: conversation.id,
      customerId: conversation.customerId,
      agentId: conversation.ownerId,
      score: command.score,
      comment: command.comment ?? null,
    },
  ]);
}
