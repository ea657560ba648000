/**
 * The demo tenant as commands. `demoSeed` is pure: given the tenant's current state and the
 * secrets it needs (hashed passwords, a widget secret), it returns the commands
 * that create whatever is missing, in an order each command's references allow. On a complete demo
 * tenant it returns nothing, so seeding twice changes nothing; an admin's later edits are kept,
 * because what exists is skipped rather than overwritten.
 */
import type { Role } from '../../domain/agent.js';
import type { Command } from '../../domain/commands.js';
import type { TenantState } from '../../domain/state.js';
import { demoAgents, demoDepartments, demoSkillGroups } from './demo-org.js';
import { demoRoutingRules, demoSettings } from './demo-rules.js';

export const DEMO_TENANT_ID = 'demo';

/** One password per role; documented in the README. Change them before exposing a demo server. */
export const demoPasswords: Readonly<Record<Role, string>> = {
  admin: 'demo-admin',
  supervisor: 'demo-supervisor',
  agent: 'demo-agent',
};

export interface DemoLogin {
  readonly agentId: string;
  readonly name: string;
  readonly role: Role;
  readonly password: string;
}

/** Every demo person's login, admin first, then supervisors, then agents. */
export const demoLogins: readonly DemoLogin[] = demoAgents.map((agent) => ({
  agentId: agent.id,
  name: agent.name,
  role: agent.role,
  password: demoPasswords[agent.role],
}));

/** What the seed needs from outside a pure function, for the parts still missing. */
export interface DemoNeeds {
  /** Demo people without a password yet: hash theirs. */
  readonly passwords: readonly DemoLogin[];
  readonly widgetSecret: boolean;
}

export interface DemoSecrets {
  /** scrypt hashes by agent id, for every login in `DemoNeeds.passwords`. */
  readonly passwordHashes: ReadonlyMap<string, string>;
  /** Required when `DemoNeeds.widgetSecret`. */
  readonly widgetSecret: string | null;
}

/** The secrets `demoSeed` will ask for, given the tenant's state. */
export function demoNeeds(state: TenantState): DemoNeeds {
  return {
    passwords: demoLogins.filter((login) => !state.access.passwords.has(login.agentId)),
    widgetSecret: state.access.widgetSecret === null,
  };
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`the demo seed needs ${what}`);
  return value;
}

/** The commands that complete the demo tenant from `state`; none when it is complete. */
export function demoSeed(state: TenantState, secrets: DemoSecrets): Command[] {
  const needs = demoNeeds(state);
  const commands: Command[] = [
    ...demoDepartments
      .filter((department) => !state.departments.has(department.id))
      .map((department): Command => ({ type: 'SaveDepartment', department })),
    ...demoSkillGroups
      .filter((group) => !state.groups.has(group.id))
      .map((group): Command => ({ type: 'SaveSkillGroup', group })),
    ...demoAgents
      .filter((agent) => !state.agents.has(agent.id))
      .map((agent): Command => ({ type: 'SaveAgent', agent })),
    ...needs.passwords.map((login): Command => ({
      type: 'SetPassword',
      agentId: login.agentId,
      passwordHash: required(secrets.passwordHashes.get(login.agentId), `a password hash for ${login.agentId}`),
    })),
  ];
  if (state.rules.length === 0) commands.push({ type: 'SaveRoutingRules', rules: demoRoutingRules });
  // A tenant never configured has no default group; once the seed (or an admin) set one, keep it.
  if (state.settings.defaultGroupId === null) commands.push({ type: 'ConfigureTenant', settings: demoSettings });
  if (needs.widgetSecret) {
    commands.push({ type: 'SetWidgetSecret', secret: required(secrets.widgetSecret, 'a widget secret') });
  }
  return commands;
}
