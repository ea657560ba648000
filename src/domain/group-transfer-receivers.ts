/**
 * Whether a group transfer may wait for a free member (DESIGN.md §5 "Target unavailable"). It
 * waits in the group's transfer queue only while someone could still receive it: a member who is
 * not the owner, not excluded, eligible for this customer and permitted for this initiator, and is
 * present now (online, `available` or `busy` — a full one may free a slot). Otherwise nobody
 * would ever be offered it, so the initiator is told at once and nothing is left pending.
 */
import type { Agent } from './agent.js';
import type { Conversation } from './conversation.js';
import type { DomainError } from './errors.js';
import { isEligible } from './routing.js';
import type { TenantState } from './state.js';
import { isPresentForTransfers, permissionRefusal } from './transfer-checks.js';

/**
 * Why a transfer to this group cannot wait for a free member, or null if it can:
 * `NO_PERMITTED_TRANSFER_TARGET` when no member may ever receive it (with the first member's
 * reason), `NO_TRANSFER_TARGET` when those who may are all offline or away.
 */
export function groupTransferRefusal(
  state: TenantState,
  groupId: string,
  conversation: Conversation,
  options: { readonly initiator: Agent | null; readonly excluded: readonly string[] },
): DomainError | null {
  let permitted = false;
  let firstReason: DomainError | null = null;
  for (const agentId of state.groups.get(groupId)?.members ?? []) {
    const agent = state.agents.get(agentId);
    if (agent === undefined || agentId === conversation.ownerId || options.excluded.includes(agentId)) continue;
    if (!isEligible(state, conversation, agentId)) continue;
    const refusal = permissionRefusal(state, options.initiator, agent);
    if (refusal !== null) {
      firstReason ??= refusal;
      continue;
    }
    if (isPresentForTransfers(agent)) return null;
    permitted = true;
  }
  if (!permitted) {
    const why = firstReason === null ? '' : ` (${firstReason.message})`;
    return {
      code: 'NO_PERMITTED_TRANSFER_TARGET',
      message: `nobody in group ${groupId} may receive this transfer${why}`,
    };
  }
  return {
    code: 'NO_TRANSFER_TARGET',
    message: 'nobody in that group who may receive it is online and available: retry later or return it to the queue',
  };
}
