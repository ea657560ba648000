/**
 * Requests agents and customers both send: follow a conversation from a seq (`resume`), stop
 * following it, write in it (idempotent by message id) and close it. A customer reaches only their
 * own conversations; anyone else's, like another tenant's, is simply not found.
 */
import type { Conversation } from '../../domain/conversation.js';
import { postedSeq } from '../../services/message-ids.js';
import { ApiError } from '../http/error-catalogue.js';
import { run } from '../http/context.js';
import { CloseConversation, compile, ConversationRef, Resume, SendMessage } from './client-schemas.js';
import type { GatewayContext } from './context.js';
import { onRequest, type Caller } from './requests.js';
import type { ClientSession } from './session.js';
import { customerConversation, staffConversation } from './views.js';

const checks = {
  resume: compile(Resume),
  ref: compile(ConversationRef),
  send: compile(SendMessage),
  close: compile(CloseConversation),
};

/** The live conversation, if the caller may see it. */
export function liveConversation(caller: Caller, conversationId: string): Conversation {
  const conversation = caller.actor.view.conversations.get(conversationId);
  if (
    conversation === undefined ||
    (caller.kind === 'customer' && conversation.customerId !== caller.customer.customerId)
  ) {
    throw new ApiError('CONVERSATION_NOT_FOUND');
  }
  return conversation;
}

/** The last seq of a conversation the caller may see: live, or (long closed) from the read model. */
export async function visibleLastSeq(context: GatewayContext, caller: Caller, conversationId: string): Promise<number> {
  const live = caller.actor.view.conversations.get(conversationId);
  if (live !== undefined) return liveConversation(caller, conversationId).lastSeq;
  const stored = await context.registry.store.conversation(caller.actor.tenantId, conversationId);
  if (stored === null || (caller.kind === 'customer' && stored.customerId !== caller.customer.customerId)) {
    throw new ApiError('CONVERSATION_NOT_FOUND');
  }
  return stored.messageCount;
}

/**
 * Follows a conversation for the client from `lastSeq`, as asked in `resume` or the handshake.
 * For a live conversation the follow is in place when this returns (no await before it): the
 * handshake relies on that, so an assignment fanned out while the connection opens finds the
 * client's cursor already followed instead of following from seq 0 first (gateway.ts).
 */
export async function resume(
  context: GatewayContext,
  session: ClientSession,
  caller: Caller,
  cursor: { readonly conversationId: string; readonly lastSeq: number },
): Promise<number> {
  const lastSeq = caller.actor.view.conversations.has(cursor.conversationId)
    ? liveConversation(caller, cursor.conversationId).lastSeq
    : await visibleLastSeq(context, caller, cursor.conversationId);
  if (cursor.lastSeq > lastSeq) {
    throw new ApiError('VALIDATION_FAILED', `lastSeq is past the conversation's last entry (${lastSeq}).`);
  }
  try {
    return await context.timeline.follow(session, cursor.conversationId, cursor.lastSeq, {
      sticky: true,
      restart: true,
    });
  } catch (error) {
    context.report(error, 'resume failed');
    throw new ApiError('UNAVAILABLE', 'The history could not be read; resume again.');
  }
}

export function sharedRequests(context: GatewayContext, session: ClientSession): void {
  onRequest(context, session, 'resume', { schema: checks.resume, audience: 'anyone' }, async (input, caller) => {
    const lastSeq = await resume(context, session, caller, input);
    return { conversationId: input.conversationId, lastSeq };
  });

  onRequest(context, session, 'unfollow', { schema: checks.ref, audience: 'anyone' }, (input) => {
    context.timeline.unfollow(session, input.conversationId);
    return { conversationId: input.conversationId };
  });

  // Not async, and no closures over the events: a send is the hot path (issue 16).
  onRequest(context, session, 'message.send', { schema: checks.send, audience: 'anyone' }, (input, caller) => {
    const conversation = liveConversation(caller, input.conversationId);
    const { messageId } = input;
    const post = (): Promise<number | null> =>
      run(caller.actor, {
        type: 'PostMessage',
        conversationId: conversation.id,
        messageId,
        author: caller.kind === 'customer' ? { kind: 'customer' } : { kind: 'agent', agentId: caller.agent.id },
        visibility: input.visibility ?? 'public',
        text: input.text,
      }).then((events) => postedSeq(events, messageId));
    return context.messageIds.once(caller.actor.tenantId, conversation.id, messageId, post).then((outcome) => ({
      conversationId: conversation.id,
      messageId,
      seq: outcome.seq,
      duplicate: outcome.duplicate,
    }));
  });

  onRequest(
    context,
    session,
    'conversation.close',
    { schema: checks.close, audience: 'anyone' },
    async (input, caller) => {
      const conversation = liveConversation(caller, input.conversationId);
      await run(
        caller.actor,
        caller.kind === 'customer'
          ? { type: 'CloseConversation', conversationId: conversation.id, agentId: null, by: 'customer' }
          : {
              type: 'CloseConversation',
              conversationId: conversation.id,
              agentId: caller.agent.id,
              by: 'agent',
              resolution: input.resolution ?? null,
              summary: input.summary ?? null,
            },
      );
      const state = caller.actor.view;
      return {
        conversation:
          caller.kind === 'customer'
            ? customerConversation(state, conversation)
            : staffConversation(state, conversation.id),
      };
    },
  );
}
