/**
 * Supervisors and admins are not routed chats merely for signing in (issue 18): connecting while
 * offline leaves them away, in the same decision as the connection, so nothing is assigned to them
 * until they set themselves available; agents still become available on connecting, and a status
 * someone already had (available, busy) is kept across a reconnection.
 */
import { describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';

function floor(): Harness {
  return new Harness()
    .group('desk')
    .agent('sup', { groups: ['desk'], role: 'supervisor', online: false })
    .agent('boss', { groups: ['desk'], role: 'admin', online: false });
}

describe('staff signing in', () => {
  it('leaves a supervisor or an admin away, and nothing is assigned to them', () => {
    const h = floor();
    for (const agentId of ['sup', 'boss']) {
      const events = h.run({ type: 'ConnectAgent', agentId });
      expect(events.map((event) => event.type)).toEqual(['AgentConnected', 'AgentStatusChanged']);
      expect(events[1]).toMatchObject({ status: 'away', reason: 'staff-sign-in' });
      expect(h.state.agents.get(agentId)).toMatchObject({ online: true, status: 'away' });
    }
    h.open('c1');
    expect(h.status('c1')).toBe('queued');
    expect(h.owner('c1')).toBeNull();
  });

  it('routes to them once they choose to be available, and keeps that status when they reconnect', () => {
    const h = floor();
    h.run({ type: 'ConnectAgent', agentId: 'sup' });
    h.open('c1');
    expect(h.status('c1')).toBe('queued');
    h.run({ type: 'SetAgentStatus', agentId: 'sup', status: 'available' });
    expect(h.owner('c1')).toBe('sup');
    h.run({ type: 'DisconnectAgent', agentId: 'sup' });
    const back = h.run({ type: 'ConnectAgent', agentId: 'sup' });
    expect(back.map((event) => event.type)).toEqual(['AgentConnected']);
    expect(h.state.agents.get('sup')?.status).toBe('available');
  });

  it('still makes an agent available on connecting', () => {
    const h = new Harness().group('desk').agent('a1', { groups: ['desk'], online: false });
    h.open('c1');
    h.run({ type: 'ConnectAgent', agentId: 'a1' });
    expect(h.state.agents.get('a1')?.status).toBe('available');
    expect(h.owner('c1')).toBe('a1');
  });
});
