/**
 * Whether an agent's token still stands, checked on every HTTP request, at the realtime handshake
 * and on every realtime event: the agent must exist, be active (not disabled or removed), and the
 * token's session epoch must be the agent's current one (a password set, a role changed, a
 * disable, a removal or a "sign out everywhere" bumps it).
 */
import { isActive, sessionEpochOf, type Agent } from '../../domain/agent.js';
import type { TenantState } from '../../domain/state.js';
import type { Principal } from './principal.js';

export type AgentPrincipal = Extract<Principal, { kind: 'agent' }>;

export type SessionCheck =
  | { readonly ok: true; readonly agent: Agent }
  | { readonly ok: false; readonly code: 'UNAUTHENTICATED' | 'SESSION_REVOKED' };

export function checkAgentSession(state: TenantState | undefined, principal: AgentPrincipal): SessionCheck {
  const agent = state?.agents.get(principal.agentId);
  if (agent === undefined) return { ok: false, code: 'UNAUTHENTICATED' };
  if (!isActive(agent) || principal.sessionEpoch !== sessionEpochOf(agent)) {
    return { ok: false, code: 'SESSION_REVOKED' };
  }
  return { ok: true, agent };
}
