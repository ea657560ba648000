/**
 * Test conversations (the conversation-test page, docs/routing.md). A `decision-only` one is routed
 * exactly as a customer's would be — same rules, hours, preferred agent, strategy and candidates —
 * but the answer is recorded (`TestConversationRouted`) instead of carried out, and the
 * conversation closes in the same decision: no agent's workload, queue or report ever holds it.
 * A `routed` one is routed for real (the admin asked for it); reports still leave it out.
 */
import { chooseAgent, explainChoice } from './routing.js';
import type { DomainEvent } from './events.js';
import type { TenantState } from './state.js';

/** The decision and the closing of a `decision-only` test conversation, or null for any other. */
export function testDecision(state: TenantState, conversationId: string, now: number): DomainEvent[] | null {
  const conversation = state.conversations.get(conversationId);
  if (conversation?.test !== 'decision-only' || conversation.status === 'closed') return null;
  // A left message or a reservation for a busy agent would wait: recorded as "nobody now".
  const choice = conversation.status === 'queued' ? chooseAgent(state, conversation, now) : null;
  return [
    {
      type: 'TestConversationRouted',
      at: now,
      conversationId,
      agentId: choice?.agent.id ?? null,
      explanation: choice === null ? null : explainChoice(conversation, choice, 'conversation', now),
    },
    {
      type: 'ConversationClosed',
      at: now,
      conversationId,
      reason: 'system',
      resolution: null,
      summary: 'test conversation: routing decision only',
    },
  ];
}
