/**
 * Requests from customers (the widget): open a conversation — routed at once, and followed by
 * every socket of the customer from its first entry — and rate one. Writing and closing are shared
 * with agents (shared-requests.ts).
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../http/error-catalogue.js';
import { run } from '../http/context.js';
import { compile, OpenConversation, RateConversation } from './client-schemas.js';
import type { GatewayContext } from './context.js';
import { onRequest } from './requests.js';
import type { ClientSession } from './session.js';
import { liveConversation } from './shared-requests.js';
import { customerConversation } from './views.js';

const checks = { open: compile(OpenConversation), rate: compile(RateConversation) };

export function customerRequests(context: GatewayContext, session: ClientSession): void {
  onRequest(
    context,
    session,
    'conversation.open',
    { schema: checks.open, audience: 'customer' },
    async (input, caller) => {
      if (caller.kind !== 'customer') throw new ApiError('FORBIDDEN');
      const conversationId = input.conversationId ?? randomUUID();
      const existing = caller.actor.view.conversations.get(conversationId);
      // Opening the same conversation again (a retry) answers with it as it is now.
      if (existing?.customerId === caller.customer.customerId) {
        return { conversation: customerConversation(caller.actor.view, existing), existing: true };
      }
      const { tenantId } = caller.actor;
      await context.customerOpens.guard(tenantId, caller.customer.customerId, () =>
        run(caller.actor, {
          type: 'OpenConversation',
          conversationId,
          customerId: caller.customer.customerId,
          channel: input.channel ?? 'web',
          source: input.source,
          text: input.text ?? '',
          ...(input.messageId === undefined ? {} : { messageId: input.messageId }),
          language: input.language ?? null,
          businessType: input.businessType ?? null,
          attributes: input.attributes ?? {},
          priority: 0,
          agentId: null,
        }),
      );
      const conversation = liveConversation(caller, conversationId);
      return { conversation: customerConversation(caller.actor.view, conversation), existing: false };
    },
  );

  onRequest(
    context,
    session,
    'conversation.rate',
    { schema: checks.rate, audience: 'customer' },
    async (input, caller) => {
      const conversation = liveConversation(caller, input.conversationId);
      await run(caller.actor, {
        type: 'RateConversation',
        conversationId: conversation.id,
        score: input.score,
        comment: input.comment ?? null,
      });
      return { conversationId: conversation.id, score: input.score };
    },
  );
}
