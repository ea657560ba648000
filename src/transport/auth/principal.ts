/** Who is calling: an agent (with a role), a customer of the widget, or a tenant's server (API key). */
import type { Role } from '../../domain/agent.js';

export type Principal =
  | {
      readonly kind: 'agent';
      readonly tenantId: string;
      readonly agentId: string;
      readonly role: Role;
      /** The agent's session epoch the token was issued under (see agent-sessions.ts); set by `verify`. */
      readonly sessionEpoch?: number;
    }
  | { readonly kind: 'customer'; readonly tenantId: string; readonly customerId: string; readonly verified: boolean }
  | { readonly kind: 'service'; readonly tenantId: string; readonly keyId: string };

/** Staff roles in increasing power; a service key acts as an admin of its tenant. */
const rank: Readonly<Record<Role, number>> = { agent: 1, supervisor: 2, admin: 3 };

export function hasRole(principal: Principal, role: Role): boolean {
  if (principal.kind === 'service') return true;
  return principal.kind === 'agent' && rank[principal.role] >= rank[role];
}
