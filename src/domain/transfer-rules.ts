/**
 * Rule-triggered transfers (DESIGN.md §5): rules on mid-conversation customer messages (keywords)
 * or a VIP upgrade suggest a transfer to the owner or perform one. Each rule fires at most once per
 * conversation; the first matching rule wins.
 */
import type { Conversation } from './conversation.js';
import type { DomainEvent } from './events.js';
import { keywordsMatch } from './routing-rules.js';
import type { TenantState } from './state.js';
import type { Timeline } from './timeline.js';
import type { TransferRule } from './transfer.js';
import { planTransfer } from './transfer-plan.js';

export interface RuleTrigger {
  /** The customer's message, when a message triggered the check. */
  readonly text: string | null;
  readonly vipLevel: number;
}

function matches(rule: TransferRule, trigger: RuleTrigger): boolean {
  const { keywords, vipLevelAtLeast } = rule.when;
  if (keywords === undefined && vipLevelAtLeast === undefined) return false;
  if (keywords !== undefined && (trigger.text === null || !keywordsMatch(trigger.text, keywords))) return false;
  return vipLevelAtLeast === undefined || trigger.vipLevel >= vipLevelAtLeast;
}

export function ruleTransfers(
  state: TenantState,
  conversation: Conversation,
  trigger: RuleTrigger,
  options: { readonly now: number; readonly timeline: Timeline },
): DomainEvent[] {
  const ownerId = conversation.ownerId;
  if (conversation.status !== 'active' || ownerId === null) return [];
  const rule = state.settings.transfer.rules.find(
    (candidate) =>
      candidate.enabled && !conversation.firedTransferRules.includes(candidate.id) && matches(candidate, trigger),
  );
  if (rule === undefined) return [];
  const { now, timeline } = options;
  const matched: DomainEvent = {
    type: 'TransferRuleMatched',
    at: now,
    conversationId: conversation.id,
    agentId: ownerId,
    ruleId: rule.id,
    action: rule.action,
    target: rule.target,
  };
  if (rule.action === 'suggest' || conversation.pendingTransferId !== null) return [matched];
  const plan = planTransfer(
    state,
    {
      transferId: `rule:${rule.id}:${conversation.id}`,
      conversation,
      initiator: null,
      target: rule.target,
      note: { text: rule.note, templateId: null, fields: {}, reason: `rule: ${rule.name}`, tags: [] },
      source: 'rule',
      requiresAccept: true,
      attempt: 0,
      excluded: [],
    },
    now,
    timeline,
  );
  return plan.ok ? [matched, ...plan.events] : [matched];
}
