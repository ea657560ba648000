/**
 * Typing indicators and read marks (issue 17; docs/realtime.md, "Typing and read marks"): signals
 * relayed between the customer and the owner of a conversation, never stored as events.
 *
 * - `typing { conversationId, typing }`: a customer about their own open conversation, its owner or
 *   a supervisor barged into it about theirs. Relayed to the other side only (the owner's sockets,
 *   or the customer's) as `typing`, with how long to show it. A connection's `typing: true` for one
 *   conversation is relayed at most once per `TYPING_RELAY_MS`; every event counts against the
 *   connection's rate limit like any other.
 * - `read { conversationId, seq }`: the customer (their widget has shown the entries up to `seq`) or
 *   the owner (they viewed the conversation). The mark only moves forward and is kept in memory
 *   (read-marks.ts); a move is relayed as `read` to the owner's and the customer's sockets, and the
 *   marks kept are sent again after each `session` (`sendReadMarks`).
 *
 * In a cluster the parties may be connected to other nodes: each relay also goes to them over the
 * bus (src/services/signal-relay.ts), where `receiveSignal` checks it, keeps a read mark, and sends it
 * to that node's sockets of the same parties.
 */
import type { Conversation } from '../../domain/conversation.js';
import { ApiError } from '../http/error-catalogue.js';
import { compile, ReadUpTo, RelayedRead, RelayedTyping, Typing } from './client-schemas.js';
import type { GatewayContext } from './context.js';
import type { ServerEventName, ServerEvents } from './protocol.js';
import type { Reader } from './read-marks.js';
import { onRequest, type Caller } from './requests.js';
import { localSessions, rooms } from './rooms.js';
import type { ClientSession } from './session.js';
import { liveConversation } from './shared-requests.js';

/** How long a receiver shows "typing" after the last `typing: true` (the sender repeats it sooner). */
export const TYPING_TTL_MS = 6_000;
/** Least time between two relayed `typing: true` of one connection for one conversation. */
export const TYPING_RELAY_MS = 1_000;
/** Conversations whose last relay time a connection remembers (a bound on hostile clients). */
const RELAYS_REMEMBERED = 64;

const checks = {
  typing: compile(Typing),
  read: compile(ReadUpTo),
  relayedTyping: compile(RelayedTyping),
  relayedRead: compile(RelayedRead),
};

interface Parties {
  readonly agentId: string | null;
  readonly customerId: string | null;
}

/** Sends to the sockets of the conversation's owner and of its customer, here and on the other nodes. */
function toParties<E extends 'typing' | 'read'>(
  context: GatewayContext,
  tenantId: string,
  parties: Parties,
  event: E,
  payload: ServerEvents[E],
): void {
  toLocalParties(context, tenantId, parties, event, payload);
  context.signals.publish(tenantId, { event, parties, payload });
}

/** Sends to this process's sockets of the parties. */
function toLocalParties<E extends ServerEventName>(
  context: GatewayContext,
  tenantId: string,
  parties: Parties,
  event: E,
  payload: ServerEvents[E],
): void {
  const targets = [
    ...(parties.agentId === null ? [] : localSessions(context.io, rooms.agent(tenantId, parties.agentId))),
    ...(parties.customerId === null ? [] : localSessions(context.io, rooms.customer(tenantId, parties.customerId))),
  ];
  for (const session of targets) session.send(event, payload);
}

/** The caller's side of the conversation: the customer, or staff writing to them (owner, barged supervisor). */
function sideOf(caller: Caller, conversation: Conversation, purpose: 'typing' | 'read'): Reader {
  if (caller.kind === 'customer') return 'customer';
  if (conversation.ownerId === caller.agent.id) return 'agent';
  const barged = conversation.watchers.some(
    (watcher) => watcher.supervisorId === caller.agent.id && watcher.mode === 'barge',
  );
  if (purpose === 'typing' && barged) return 'agent';
  throw new ApiError(purpose === 'read' ? 'NOT_OWNER' : 'NOT_PARTICIPANT');
}

export function chatSignals(context: GatewayContext, session: ClientSession): void {
  const relayedAt = new Map<string, number>();

  onRequest(context, session, 'typing', { schema: checks.typing, audience: 'anyone' }, (input, caller) => {
    const conversation = liveConversation(caller, input.conversationId);
    if (conversation.status === 'closed') throw new ApiError('CONVERSATION_CLOSED');
    const side = sideOf(caller, conversation, 'typing');
    const now = performance.now();
    if (input.typing) {
      const last = relayedAt.get(conversation.id);
      if (last !== undefined && now - last < TYPING_RELAY_MS)
        return { conversationId: conversation.id, relayed: false };
      if (relayedAt.size >= RELAYS_REMEMBERED) relayedAt.clear();
      relayedAt.set(conversation.id, now);
    } else {
      relayedAt.delete(conversation.id);
    }
    const payload = {
      conversationId: conversation.id,
      from: side,
      agentId: caller.kind === 'agent' ? caller.agent.id : null,
      typing: input.typing,
      expiresInMs: TYPING_TTL_MS,
    };
    // To the other side only: the customer's typing to the owner, staff typing to the customer.
    const parties =
      side === 'customer'
        ? { agentId: conversation.ownerId, customerId: null }
        : { agentId: null, customerId: conversation.customerId };
    toParties(context, caller.actor.tenantId, parties, 'typing', payload);
    return { conversationId: conversation.id, relayed: true };
  });

  onRequest(context, session, 'read', { schema: checks.read, audience: 'anyone' }, (input, caller) => {
    const conversation = liveConversation(caller, input.conversationId);
    const reader = sideOf(caller, conversation, 'read');
    if (input.seq > conversation.lastSeq) {
      throw new ApiError('VALIDATION_FAILED', `seq is past the conversation's last entry (${conversation.lastSeq}).`);
    }
    const { tenantId } = caller.actor;
    const kept = context.readMarks.mark(tenantId, conversation.id, reader, input.seq);
    if (kept.moved) {
      toParties(context, tenantId, { agentId: conversation.ownerId, customerId: conversation.customerId }, 'read', {
        conversationId: conversation.id,
        reader,
        seq: kept.seq,
      });
    }
    return { conversationId: conversation.id, reader, seq: kept.seq };
  });
}

const isName = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && value.length > 0 && value.length <= 200);

/**
 * Another node's relay (see the file header): checked (it crossed the bus), a read mark kept here
 * too, then sent to this node's sockets of the parties.
 */
export function receiveSignal(
  context: GatewayContext,
  tenantId: string,
  signal: Readonly<Record<string, unknown>>,
): void {
  const { event, parties, payload } = signal;
  if (typeof parties !== 'object' || parties === null) return;
  const { agentId, customerId } = parties as Record<string, unknown>;
  if (!isName(agentId) || !isName(customerId)) return;
  const to = { agentId, customerId };
  if (event === 'typing' && checks.relayedTyping.Check(payload)) {
    toLocalParties(context, tenantId, to, 'typing', payload);
  } else if (event === 'read' && checks.relayedRead.Check(payload)) {
    const kept = context.readMarks.mark(tenantId, payload.conversationId, payload.reader, payload.seq);
    if (kept.moved) toLocalParties(context, tenantId, to, 'read', payload);
  }
}

/** After `session`: the read marks kept for the client's conversations, both sides, where any. */
export function sendReadMarks(
  context: GatewayContext,
  session: ClientSession,
  conversationIds: readonly string[],
): void {
  for (const conversationId of conversationIds) {
    const marks = context.readMarks.get(session.tenantId, conversationId);
    for (const reader of ['customer', 'agent'] as const) {
      if (marks[reader] > 0) session.send('read', { conversationId, reader, seq: marks[reader] });
    }
  }
}
