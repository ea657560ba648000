/**
 * Requests from customers (the widget): open a conversation — routed at once, and followed by
 * every socket of the customer from its first entry — and rate one. Writing and closing are shared
 * with agents (shared-requests.ts).
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../http/error-catalogue.js';
import { run } from '../http/context.js';
import { enrichOpen } from '../../services/enrichment/enrich-open.js';
import { compile, LeaveContact, OpenConversation, RateConversation } from './client-schemas.js';
import type { GatewayContext } from './context.js';
import { onRequest } from './requests.js';
import type { ClientSession } from './session.js';
import { liveConversation } from './shared-requests.js';
import { customerConversation } from './views.js';
import { conversationIdUse } from '../http/conversation-ids.js';
import type { ConversationView } from '../../store/read-model.js';
import type { CustomerConversation } from './protocol.js';
import { iso, isoOrNull } from '../http/schemas.js';

/** A customer's view of their conversation the live state has forgotten (it is long closed). */
const storedCustomerConversation = (view: ConversationView): CustomerConversation => ({
  conversationId: view.conversationId,
  status: view.status,
  agent: null,
  openedAt: iso(view.openedAt),
  closedAt: isoOrNull(view.closedAt),
  lastSeq: view.messageCount,
  queue: null,
});

const checks = { open: compile(OpenConversation), rate: compile(RateConversation), contact: compile(LeaveContact) };

export function customerRequests(context: GatewayContext, session: ClientSession): void {
  onRequest(
    context,
    session,
    'conversation.open',
    { schema: checks.open, audience: 'customer' },
    async (input, caller) => {
      if (caller.kind !== 'customer') throw new ApiError('FORBIDDEN');
      const conversationId = input.conversationId ?? randomUUID();
      if (input.conversationId !== undefined) {
        // Opening the same conversation again (a retry) answers with it as it is now; an id anyone
        // else ever used is refused, saying nothing about theirs (src/transport/http/conversation-ids.ts).
        const { actor } = caller;
        const where = { store: context.registry.store, tenantId: actor.tenantId, state: () => actor.view };
        const use = await conversationIdUse(where, conversationId, caller.customer.customerId);
        if (use.kind === 'live')
          return { conversation: customerConversation(actor.view, use.conversation), existing: true };
        if (use.kind === 'stored') return { conversation: storedCustomerConversation(use.view), existing: true };
      }
      const { tenantId } = caller.actor;
      await context.customerOpens.guard(tenantId, caller.customer.customerId, async () =>
        run(
          caller.actor,
          await enrichOpen(context.enrichment, caller.actor, {
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
        ),
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

  onRequest(
    context,
    session,
    'conversation.contact',
    { schema: checks.contact, audience: 'customer' },
    async (input, caller) => {
      if (caller.kind !== 'customer') throw new ApiError('FORBIDDEN');
      const { conversationId, ...contact } = input;
      await run(caller.actor, {
        type: 'LeaveContact',
        conversationId,
        customerId: caller.customer.customerId,
        contact,
      });
      return { conversationId };
    },
  );
}
