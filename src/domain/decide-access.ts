/** `decide` for access: passwords, API keys, the widget secret. */
import type { CommandOf } from './commands.js';
import { sessionsEnded } from './decide-agent-lifecycle.js';
import { accept, refuse, type Decision } from './errors.js';
import type { DomainEvent } from './events.js';
import type { TenantState } from './state.js';

type Result = Decision<DomainEvent>;

/**
 * A new password ends every session signed in with the old one; an agent's first password has
 * none to end (nobody could sign in without one).
 */
export function setPassword(state: TenantState, command: CommandOf<'SetPassword'>, now: number): Result {
  const agent = state.agents.get(command.agentId);
  if (agent === undefined) return refuse('AGENT_NOT_FOUND', `agent "${command.agentId}" does not exist`);
  if (agent.lifecycle === 'removed') return refuse('AGENT_REMOVED', `agent "${command.agentId}" was removed`);
  if (command.passwordHash.length === 0) return refuse('INVALID_COMMAND', 'a password hash is required');
  const set: DomainEvent = {
    type: 'PasswordSet',
    at: now,
    agentId: command.agentId,
    passwordHash: command.passwordHash,
  };
  return accept(state.access.passwords.has(agent.id) ? [set, sessionsEnded(agent, 'password-changed', now)] : [set]);
}

export function issueApiKey(state: TenantState, command: CommandOf<'IssueApiKey'>, now: number): Result {
  if (command.keyId.length === 0 || state.access.apiKeys.has(command.keyId)) {
    return refuse('INVALID_COMMAND', 'an API key needs a new id');
  }
  if (!/^[0-9a-f]{64}$/.test(command.hash)) return refuse('INVALID_COMMAND', 'the key hash must be hex SHA-256');
  return accept([{ type: 'ApiKeyIssued', at: now, keyId: command.keyId, name: command.name, hash: command.hash }]);
}

export function revokeApiKey(state: TenantState, command: CommandOf<'RevokeApiKey'>, now: number): Result {
  const key = state.access.apiKeys.get(command.keyId);
  if (key === undefined) return refuse('API_KEY_NOT_FOUND', `API key "${command.keyId}" does not exist`);
  return accept(key.revokedAt === null ? [{ type: 'ApiKeyRevoked', at: now, keyId: key.id }] : []);
}

export function setWidgetSecret(_state: TenantState, command: CommandOf<'SetWidgetSecret'>, now: number): Result {
  if (command.secret.length < 32) return refuse('INVALID_COMMAND', 'the widget secret needs at least 32 characters');
  return accept([{ type: 'WidgetSecretSet', at: now, secret: command.secret }]);
}
