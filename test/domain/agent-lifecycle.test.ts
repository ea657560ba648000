/**
 * An agent's working life (decide-agent-lifecycle.ts): disabling and removing hand every
 * conversation back to routing with its queue time and cancel transfers waiting for the agent; a
 * disabled or removed agent neither connects nor sets a status; sessions end with an epoch bump on
 * a password change, a role change, a disable, a removal and on request.
 */
import { describe, expect, it } from 'vitest';
import { profileOf } from '../../src/transport/http/routes/agents.js';
import { eventsOf, Harness } from '../support/harness.js';
import { assignmentOf } from '../support/routing-checks.js';

function served(): Harness {
  const h = new Harness()
    .group('g')
    .agent('a', { groups: ['g'], max: 3 })
    .agent('b', { groups: ['g'], max: 3 });
  expect(assignmentOf(h.open('c1', { agentId: 'a' }), 'c1').agentId).toBe('a');
  return h;
}

const epochOf = (h: Harness, agentId: string): number => h.state.agents.get(agentId)?.sessionEpoch ?? 0;

describe('disabling an agent', () => {
  it('ends their sessions and hands their conversations to a colleague with the original queue time', () => {
    const h = served();
    const enqueuedAt = h.conversation('c1').enqueuedAt;
    h.advance(30);
    const events = h.run({ type: 'DisableAgent', agentId: 'a', byAgentId: 'admin' });
    expect(events.map((event) => event.type).slice(0, 3)).toEqual([
      'AgentSessionsEnded',
      'AgentDisabled',
      'ConversationRequeued',
    ]);
    expect(eventsOf(events, 'ConversationRequeued')[0]).toMatchObject({ reason: 'agent-disabled', fromAgentId: 'a' });
    expect(h.owner('c1')).toBe('b');
    expect(h.conversation('c1').enqueuedAt).toBe(enqueuedAt);
    expect(h.state.agents.get('a')).toMatchObject({ lifecycle: 'disabled', online: false, status: 'offline' });
    expect(epochOf(h, 'a')).toBe(1);
  });

  it('cancels a transfer waiting for them, and refuses their connection and status until enabled', () => {
    const h = served();
    h.run({
      type: 'RequestTransfer',
      transferId: 't1',
      conversationId: 'c1',
      initiatorId: 'a',
      target: { kind: 'agent', agentId: 'b' },
      note: { text: 'over to you', templateId: null, fields: {}, reason: null, tags: [] },
    });
    const events = h.run({ type: 'DisableAgent', agentId: 'b', byAgentId: null });
    expect(eventsOf(events, 'TransferCancelled')[0]).toMatchObject({ transferId: 't1', agentId: 'b' });
    expect(h.owner('c1')).toBe('a');
    expect(h.refused({ type: 'ConnectAgent', agentId: 'b' }).code).toBe('AGENT_DISABLED');
    expect(h.refused({ type: 'SetAgentStatus', agentId: 'b', status: 'available' }).code).toBe('AGENT_DISABLED');
    h.run({ type: 'EnableAgent', agentId: 'b', byAgentId: null });
    expect(h.state.agents.get('b')?.lifecycle).toBeUndefined();
    h.run({ type: 'ConnectAgent', agentId: 'b' });
    expect(h.state.agents.get('b')?.online).toBe(true);
  });

  it('refuses to disable or remove oneself', () => {
    const h = served();
    expect(h.refused({ type: 'DisableAgent', agentId: 'a', byAgentId: 'a' }).code).toBe('INVALID_COMMAND');
    expect(h.refused({ type: 'RemoveAgent', agentId: 'a', byAgentId: 'a' }).code).toBe('INVALID_COMMAND');
  });
});

describe('removing an agent', () => {
  it('hands their work back, takes them out of their groups and keeps their id from reuse', () => {
    const h = served();
    h.run({ type: 'SetPassword', agentId: 'a', passwordHash: 'scrypt$hash' });
    h.run({ type: 'RemoveAgent', agentId: 'a', byAgentId: null });
    expect(h.owner('c1')).toBe('b');
    expect(h.state.agents.get('a')).toMatchObject({ lifecycle: 'removed', memberships: [] });
    expect(h.state.groups.get('g')?.members.has('a')).toBe(false);
    expect(h.state.access.passwords.has('a')).toBe(false);
    const profile = profileOf(h.state.agents.get('b')!);
    expect(h.refused({ type: 'SaveAgent', agent: { ...profile, id: 'a' } }).code).toBe('AGENT_REMOVED');
    expect(h.refused({ type: 'EnableAgent', agentId: 'a', byAgentId: null }).code).toBe('AGENT_REMOVED');
    expect(h.refused({ type: 'SetPassword', agentId: 'a', passwordHash: 'x' }).code).toBe('AGENT_REMOVED');
  });
});

describe('session epochs', () => {
  it('are bumped by a changed password, a changed role and a sign-out, not by a first password', () => {
    const h = served();
    h.run({ type: 'SetPassword', agentId: 'a', passwordHash: 'scrypt$one' });
    expect(epochOf(h, 'a')).toBe(0);
    h.run({ type: 'SetPassword', agentId: 'a', passwordHash: 'scrypt$two' });
    expect(epochOf(h, 'a')).toBe(1);
    const profile = profileOf(h.state.agents.get('a')!);
    h.run({ type: 'SaveAgent', agent: { ...profile, maxConcurrent: 5 } });
    expect(epochOf(h, 'a')).toBe(1);
    h.run({ type: 'SaveAgent', agent: { ...profile, role: 'supervisor' } });
    expect(epochOf(h, 'a')).toBe(2);
    const ended = h.run({ type: 'EndAgentSessions', agentId: 'a' });
    expect(ended).toEqual([expect.objectContaining({ type: 'AgentSessionsEnded', epoch: 3, reason: 'signed-out' })]);
  });

  it('records a sign-in lockout for the audit log without changing the routing state', () => {
    const h = served();
    const until = h.state.agents.get('a')!.lastAssignedAt + 60_000;
    const events = h.run({ type: 'RecordLoginLockout', agentId: 'a', until: until + 1e9, failures: 5 });
    expect(events).toEqual([expect.objectContaining({ type: 'AgentLoginLocked', agentId: 'a', failures: 5 })]);
    expect(h.refused({ type: 'RecordLoginLockout', agentId: 'nobody', until, failures: 5 }).code).toBe(
      'AGENT_NOT_FOUND',
    );
  });
});
