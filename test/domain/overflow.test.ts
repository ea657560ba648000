/**
 * Overflow tiers (DESIGN.md §3.7): once a conversation has waited past a tier's threshold, that
 * tier's agents become eligible for it, ranked after the group's own agents and earlier tiers.
 */
import { describe, expect, it } from 'vitest';
import { T0, Harness, eventsOf } from '../support/harness.js';
import { assignmentOf, assignments, idleWhileWaiting } from '../support/routing-checks.js';

const SECOND = 1000;

/**
 * `sales` overflows to `general` after 60 s and to `supervisors` after 180 s. Conversations go to
 * `sales` unless their source names another group.
 */
function tiers(): Harness {
  const h = new Harness().group('general').group('supervisors');
  h.group('sales', {
    overflow: [
      { afterSeconds: 60, groupId: 'general' },
      { afterSeconds: 180, groupId: 'supervisors' },
    ],
  });
  h.settings({
    defaultGroupId: 'sales',
    defaultGroupBySource: { general: 'general', supervisors: 'supervisors' },
    dormantAfterSeconds: 24 * 3600,
  });
  return h;
}

/** Gives `agentId` a conversation they answer at once, so they stay full without any timer firing. */
function occupy(h: Harness, agentId: string, conversationId: string, source = 'website'): void {
  const events = h.open(conversationId, { source, agentId });
  expect(assignmentOf(events, conversationId).agentId).toBe(agentId);
  h.reply(conversationId);
}

describe('overflow tiers', () => {
  it('keep a conversation for its own group before the first threshold', () => {
    const h = tiers()
      .agent('s1', { groups: ['sales'] })
      .agent('g1', { groups: ['general'] });
    occupy(h, 's1', 'c0');
    h.open('c1');
    expect(h.status('c1')).toBe('queued');

    const early = h.advance(59);
    expect(eventsOf(early, 'OverflowReached')).toEqual([]);
    expect(eventsOf(early, 'ConversationAssigned')).toEqual([]);
    expect(h.state.agents.get('g1')!.active).toBe(0);

    // Its own agent frees a slot at 59 s: they take it, as an own-group assignment.
    const taken = assignmentOf(h.close('c0'), 'c1');
    expect(taken.agentId).toBe('s1');
    expect(taken.explanation.overflowTier).toBe(0);
    expect(taken.explanation.rankedBy.groupId).toBe('sales');
    h.reply('c1');
    expect(eventsOf(h.advance(600), 'OverflowReached')).toEqual([]);
  });

  it('at 60 s give the conversation to an idle tier-1 agent at once', () => {
    const h = tiers()
      .agent('s1', { groups: ['sales'] })
      .agent('g1', { groups: ['general'] });
    occupy(h, 's1', 'c0');
    const opened = eventsOf(h.open('c1'), 'ConversationOpened')[0]!;
    expect(opened.disposition).toMatchObject({ kind: 'queued', overflowDeadline: T0 + 60 * SECOND });
    h.advance(59);

    const events = h.advance(1);
    expect(events.map((event) => event.type)).toEqual(['OverflowReached', 'ConversationAssigned']);
    expect(events[0]).toEqual({
      type: 'OverflowReached',
      at: T0 + 60 * SECOND,
      conversationId: 'c1',
      tier: 1,
      groupId: 'general',
      nextDeadline: T0 + 180 * SECOND,
    });
    const taken = assignmentOf(events, 'c1');
    expect(taken.at).toBe(T0 + 60 * SECOND);
    expect(taken.agentId).toBe('g1');
    expect(taken.explanation.overflowTier).toBe(1);
    expect(taken.explanation.rankedBy).toEqual({ groupId: 'general', strategy: 'weighted-wait' });
    expect(taken.explanation.effectiveWaitSeconds).toBe(60);
    expect(h.status('c1')).toBe('active');
    // Assigned: the tier-2 deadline is gone with it.
    h.reply('c1');
    expect(eventsOf(h.advance(600), 'OverflowReached')).toEqual([]);
  });

  it('let a busy tier-1 agent who frees a slot take the overflowed conversation', () => {
    const h = tiers()
      .agent('s1', { groups: ['sales'] })
      .agent('g1', { groups: ['general'] });
    occupy(h, 's1', 'c0');
    occupy(h, 'g1', 'g0', 'general');
    h.open('c1');
    const reached = h.advance(60);
    expect(eventsOf(reached, 'OverflowReached')).toHaveLength(1);
    expect(eventsOf(reached, 'ConversationAssigned')).toEqual([]);
    h.advance(10);

    const taken = assignmentOf(h.close('g0'), 'c1');
    expect(taken.agentId).toBe('g1');
    expect(taken.explanation.trigger).toBe('agent');
    expect(taken.explanation.overflowTier).toBe(1);
    expect(taken.explanation.rankedBy.groupId).toBe('general');
    expect(taken.explanation.effectiveWaitSeconds).toBe(70);
  });

  it('make a freed tier agent take their own group’s work before overflowed work', () => {
    const h = tiers()
      .agent('s1', { groups: ['sales'] })
      .agent('g1', { groups: ['general'] });
    occupy(h, 's1', 'c0');
    occupy(h, 'g1', 'g0', 'general');
    h.open('c1');
    h.advance(60);
    expect(h.conversation('c1').overflowTier).toBe(1);
    h.advance(30);
    // A general conversation arrives after c1 has been waiting 90 s.
    h.open('g1-own', { source: 'general' });
    h.advance(10);

    const first = assignmentOf(h.close('g0'), 'g1-own');
    expect(first.agentId).toBe('g1');
    expect(first.explanation.overflowTier).toBe(0);
    expect(h.status('c1')).toBe('queued');

    h.reply('g1-own');
    const second = assignmentOf(h.close('g1-own'), 'c1');
    expect(second.agentId).toBe('g1');
    expect(second.explanation.overflowTier).toBe(1);
  });

  it('rank the group’s own agents before tier agents', () => {
    const h = tiers()
      .settings({ firstResponseTimeoutSeconds: 30 })
      .agent('s1', { groups: ['sales'] })
      .agent('g1', { groups: ['general'] })
      .agent('g2', { groups: ['general'] });
    occupy(h, 's1', 'c0');
    h.open('c1');
    const overflowed = assignmentOf(h.advance(60), 'c1');
    expect(overflowed.explanation.overflowTier).toBe(1);
    const tierAgent = overflowed.agentId;
    const otherTierAgent = tierAgent === 'g1' ? 'g2' : 'g1';
    h.advance(10);
    h.close('c0');
    expect(h.state.agents.get('s1')!.active).toBe(0);

    // The tier agent never answers: at 90 s c1 is re-routed while both s1 (own) and the other
    // general agent (tier 1) are idle. s1 wins.
    const rerouted = h.advance(20);
    expect(eventsOf(rerouted, 'ConversationRequeued')[0]).toMatchObject({
      conversationId: 'c1',
      fromAgentId: tierAgent,
      reason: 'first-response-timeout',
    });
    const taken = assignmentOf(rerouted, 'c1');
    expect(taken.agentId).toBe('s1');
    expect(taken.explanation.overflowTier).toBe(0);
    expect(taken.explanation.rankedBy.groupId).toBe('sales');
    expect(h.state.agents.get(otherTierAgent)!.active).toBe(0);
  });

  it('hand a re-routed conversation to a tier agent when no own agent is free', () => {
    const h = tiers()
      .settings({ firstResponseTimeoutSeconds: 30 })
      .agent('s1', { groups: ['sales'] })
      .agent('g1', { groups: ['general'] })
      .agent('g2', { groups: ['general'] });
    occupy(h, 's1', 'c0');
    h.open('c1');
    const tierAgent = assignmentOf(h.advance(60), 'c1').agentId;

    const taken = assignmentOf(h.advance(30), 'c1');
    expect(taken.agentId).toBe(tierAgent === 'g1' ? 'g2' : 'g1');
    expect(taken.explanation.overflowTier).toBe(1);
  });

  it('open tier 2 at 180 s when tier 1 has nobody free', () => {
    const h = tiers()
      .agent('s1', { groups: ['sales'] })
      .agent('g1', { groups: ['general'] })
      .agent('sup1', { groups: ['supervisors'], role: 'supervisor' });
    occupy(h, 's1', 'c0');
    occupy(h, 'g1', 'g0', 'general');
    h.open('c1');

    const tier1 = h.advance(60);
    expect(eventsOf(tier1, 'OverflowReached')).toMatchObject([{ tier: 1, groupId: 'general' }]);
    expect(eventsOf(tier1, 'ConversationAssigned')).toEqual([]);
    expect(h.state.agents.get('sup1')!.active).toBe(0);
    expect(eventsOf(h.advance(119), 'ConversationAssigned')).toEqual([]);
    expect(h.status('c1')).toBe('queued');

    const tier2 = h.advance(1);
    expect(tier2.map((event) => event.type)).toEqual(['OverflowReached', 'ConversationAssigned']);
    expect(tier2[0]).toMatchObject({
      at: T0 + 180 * SECOND,
      tier: 2,
      groupId: 'supervisors',
      nextDeadline: null,
    });
    const taken = assignmentOf(tier2, 'c1');
    expect(taken.agentId).toBe('sup1');
    expect(taken.at).toBe(T0 + 180 * SECOND);
    expect(taken.explanation.overflowTier).toBe(2);
    expect(taken.explanation.rankedBy.groupId).toBe('supervisors');
    expect(taken.explanation.effectiveWaitSeconds).toBe(180);
  });

  it('rank tier-1 agents before tier-2 agents once both tiers are reached', () => {
    const h = tiers()
      .settings({ firstResponseTimeoutSeconds: 30 })
      .agent('s1', { groups: ['sales'] })
      .agent('g1', { groups: ['general'] })
      .agent('sup1', { groups: ['supervisors'], role: 'supervisor' })
      .agent('sup2', { groups: ['supervisors'], role: 'supervisor' });
    occupy(h, 's1', 'c0');
    occupy(h, 'g1', 'g0', 'general');
    h.open('c1');
    const supervisor = assignmentOf(h.advance(180), 'c1').agentId;
    expect(['sup1', 'sup2']).toContain(supervisor);
    h.advance(10);
    h.close('g0');

    // The supervisor does not answer; at 210 s both g1 (tier 1) and the other supervisor (tier 2) are idle.
    const taken = assignmentOf(h.advance(20), 'c1');
    expect(taken.agentId).toBe('g1');
    expect(taken.explanation.overflowTier).toBe(1);
  });

  it('keep tier-1 agents eligible after tier 2 is reached', () => {
    const h = tiers()
      .agent('s1', { groups: ['sales'] })
      .agent('g1', { groups: ['general'] })
      .agent('sup1', { groups: ['supervisors'], role: 'supervisor' });
    occupy(h, 's1', 'c0');
    occupy(h, 'g1', 'g0', 'general');
    h.run({ type: 'SetAgentStatus', agentId: 'sup1', status: 'away' });
    h.open('c1');
    h.advance(200);
    expect(h.conversation('c1').overflowTier).toBe(2);
    expect(h.status('c1')).toBe('queued');

    const taken = assignmentOf(h.close('g0'), 'c1');
    expect(taken.agentId).toBe('g1');
    expect(taken.explanation.overflowTier).toBe(1);
    expect(taken.explanation.effectiveWaitSeconds).toBe(200);
  });

  it('never leave a tier agent idle while an overflowed conversation waits', () => {
    const h = tiers()
      .settings({ firstResponseTimeoutSeconds: 3600 })
      .agent('s1', { groups: ['sales'], max: 2 })
      .agent('g1', { groups: ['general'], max: 2 })
      .agent('sup1', { groups: ['supervisors'], role: 'supervisor' });
    occupy(h, 's1', 'c0');
    occupy(h, 's1', 'c0b');
    for (let index = 1; index <= 6; index += 1) {
      h.open(`c${index}`);
      expect(idleWhileWaiting(h.state, h.now)).toEqual([]);
      h.advance(40);
      expect(idleWhileWaiting(h.state, h.now)).toEqual([]);
    }
    for (let step = 0; step < 12; step += 1) {
      h.advance(10);
      expect(idleWhileWaiting(h.state, h.now)).toEqual([]);
    }
    // c1 and c2 reached general at 60 s and 100 s; c3 reached the supervisors at 260 s.
    const owners = assignments(h.log);
    expect(Object.values(owners).filter((agentId) => agentId === 'g1')).toHaveLength(2);
    expect(Object.values(owners).filter((agentId) => agentId === 'sup1')).toHaveLength(1);
  });
});
