/**
 * Explanations (DESIGN.md §3): every ConversationAssigned records why the conversation went where
 * it went — the rule that classified it, the group and strategy that ranked the agent, the overflow
 * tier, the preference that applied, the effective wait, and the best candidates with their scores.
 */
import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../src/domain/events.js';
import type { RoutingRule } from '../../src/domain/routing-rules.js';
import { Harness, eventsOf } from '../support/harness.js';
import { assignmentOf } from '../support/routing-checks.js';

const SECOND = 1000;
const K = 300;

const refundRule: RoutingRule = {
  id: 'r-refund',
  name: 'Refunds go to billing',
  enabled: true,
  conditions: { keywords: { any: ['refund'] } },
  actions: { groupId: 'billing', priority: 1 },
};

describe('assignment explanations', () => {
  it('name the rule that classified the conversation, its group and strategy', () => {
    const h = new Harness()
      .group('general')
      .group('billing')
      .agent('a', { groups: ['billing'] });
    h.agent('g', { groups: ['general'] });
    h.run({ type: 'SaveRoutingRules', rules: [refundRule] });

    const explanation = assignmentOf(h.open('c1', { text: 'I want a REFUND please' }), 'c1').explanation;
    expect(explanation).toMatchObject({
      trigger: 'conversation',
      rule: { id: 'r-refund', name: 'Refunds go to billing' },
      rankedBy: { groupId: 'billing', strategy: 'weighted-wait' },
      overflowTier: 0,
      preferred: null,
      // Priority 1 × 60 s of credit, assigned on arrival.
      effectiveWaitSeconds: 60,
    });

    const unmatched = assignmentOf(h.open('c2', { text: 'hello' }), 'c2');
    expect(unmatched.agentId).toBe('g');
    expect(unmatched.explanation.rule).toBeNull();
    expect(unmatched.explanation.rankedBy.groupId).toBe('general');
    expect(unmatched.explanation.effectiveWaitSeconds).toBe(0);
  });

  it('keep the rule and the accumulated wait when a freed agent takes the conversation later', () => {
    const h = new Harness()
      .group('general')
      .group('billing')
      .agent('a', { groups: ['billing'] });
    h.settings({ dormantAfterSeconds: 24 * 3600 });
    h.run({ type: 'SaveRoutingRules', rules: [refundRule] });
    h.open('c0', { text: 'refund' });
    h.reply('c0');
    h.open('c1', { text: 'refund again' });
    h.advance(30);

    const taken = assignmentOf(h.close('c0'), 'c1');
    expect(taken.explanation).toMatchObject({
      trigger: 'agent',
      rule: { id: 'r-refund', name: 'Refunds go to billing' },
      rankedBy: { groupId: 'billing', strategy: 'weighted-wait' },
      overflowTier: 0,
      preferred: null,
      effectiveWaitSeconds: 90,
    });
  });

  it('report a negative effective wait for a negative priority', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    const explanation = assignmentOf(h.open('c1', { priority: -2 }), 'c1').explanation;
    expect(explanation.effectiveWaitSeconds).toBe(-120);
  });

  it('list the three best candidates, best first, with their weighted-wait scores', () => {
    const h = new Harness().group('g');
    for (const [agentId, ability] of [
      ['a1', 2],
      ['a2', 9],
      ['a3', 5],
      ['a4', 7],
    ] as const) {
      h.agent(agentId, { groups: [['g', ability]], max: 2 });
    }
    h.advance(100);

    const taken = assignmentOf(h.open('c1'), 'c1');
    expect(taken.agentId).toBe('a2');
    // score = idle seconds + K × free share × ability; everyone idle for 100 s with no load.
    expect(taken.explanation.candidates).toEqual([
      { agentId: 'a2', score: 100 + K * 9, ability: 9, active: 0, maxConcurrent: 2 },
      { agentId: 'a4', score: 100 + K * 7, ability: 7, active: 0, maxConcurrent: 2 },
      { agentId: 'a3', score: 100 + K * 5, ability: 5, active: 0, maxConcurrent: 2 },
    ]);

    // a2 now holds one of two slots and has just been assigned: its score drops below a4's and a3's.
    const next = assignmentOf(h.open('c2'), 'c2');
    expect(next.agentId).toBe('a4');
    expect(next.explanation.candidates).toEqual([
      { agentId: 'a4', score: 100 + K * 7, ability: 7, active: 0, maxConcurrent: 2 },
      { agentId: 'a3', score: 100 + K * 5, ability: 5, active: 0, maxConcurrent: 2 },
      { agentId: 'a2', score: 0 + K * 0.5 * 9, ability: 9, active: 1, maxConcurrent: 2 },
    ]);
  });

  it('list fewer candidates when fewer are routable, leaving out excluded agents', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: ['g'] })
      .agent('b', { groups: ['g'] });
    const first = assignmentOf(h.open('c1'), 'c1').agentId;
    const other = first === 'a' ? 'b' : 'a';
    // The first owner never answers: c1 is re-routed and they are excluded from it.
    const rerouted = assignmentOf(h.advance(60), 'c1');
    expect(rerouted.agentId).toBe(other);
    expect(rerouted.explanation.candidates.map((candidate) => candidate.agentId)).toEqual([other]);
  });

  it('score candidates with the group’s own strategy', () => {
    const h = new Harness().group('g', { strategy: 'least-load' });
    h.agent('x', { groups: ['g'], max: 4 })
      .agent('y', { groups: ['g'], max: 4 })
      .agent('z', { groups: ['g'], max: 2 });
    h.open('x1', { agentId: 'x' });
    h.open('x2', { agentId: 'x' });
    h.open('y1', { agentId: 'y' });

    const taken = assignmentOf(h.open('c1'), 'c1');
    expect(taken.agentId).toBe('z');
    expect(taken.explanation.rankedBy).toEqual({ groupId: 'g', strategy: 'least-load' });
    expect(taken.explanation.candidates.map(({ agentId, score }) => [agentId, score])).toEqual([
      ['z', 1],
      ['y', 0.75],
      ['x', 0.5],
    ]);
  });

  it('score an agent who takes a waiting conversation with the ranking group’s strategy', () => {
    const h = new Harness()
      .group('g')
      .settings({ dormantAfterSeconds: 24 * 3600 })
      .agent('a', { groups: ['g'] });
    h.open('c0');
    h.reply('c0');
    h.open('c1');
    h.advance(100);

    const taken = assignmentOf(h.close('c0'), 'c1');
    expect(taken.explanation.trigger).toBe('agent');
    expect(taken.explanation.rankedBy).toEqual({ groupId: 'g', strategy: 'weighted-wait' });
    // Last assigned at 0 s, now free: 100 s idle + K × 1 × ability 5.
    expect(taken.explanation.candidates).toEqual([
      { agentId: 'a', score: 100 + K * 5, ability: 5, active: 0, maxConcurrent: 1 },
    ]);
  });

  it('name the overflow group and tier that ranked the agent', () => {
    const h = new Harness().group('general', { strategy: 'round-robin' });
    h.group('sales', { overflow: [{ afterSeconds: 60, groupId: 'general' }] });
    h.settings({ defaultGroupId: 'sales', dormantAfterSeconds: 24 * 3600 });
    h.agent('s', { groups: ['sales'] }).agent('gen', { groups: [['general', 3]] });
    h.open('c0');
    h.reply('c0');
    h.open('c1', { priority: 1 });

    const taken = assignmentOf(h.advance(60), 'c1');
    expect(taken.agentId).toBe('gen');
    expect(taken.explanation).toMatchObject({
      trigger: 'conversation',
      rankedBy: { groupId: 'general', strategy: 'round-robin' },
      overflowTier: 1,
      preferred: null,
      effectiveWaitSeconds: 120,
      candidates: [{ agentId: 'gen', score: 60, ability: 3, active: 0, maxConcurrent: 1 }],
    });
  });

  describe('name the preference that chose the agent', () => {
    it('directed', () => {
      const h = new Harness()
        .group('g')
        .agent('a', { groups: [['g', 1]] })
        .agent('b', { groups: [['g', 9]] });
      const taken = assignmentOf(h.open('c1', { agentId: 'a' }), 'c1');
      expect(taken.agentId).toBe('a');
      expect(taken.explanation.preferred).toBe('directed');
      expect(taken.explanation.candidates.map((candidate) => candidate.agentId)).toEqual(['a']);
    });

    it('dedicated', () => {
      const h = new Harness()
        .group('g')
        .agent('a', { groups: [['g', 1]] })
        .agent('b', { groups: [['g', 9]] });
      h.customer('vip', { dedicatedAgentId: 'a' });
      const taken = assignmentOf(h.open('c1', { customerId: 'vip' }), 'c1');
      expect(taken.agentId).toBe('a');
      expect(taken.explanation.preferred).toBe('dedicated');
    });

    it('sticky', () => {
      const h = new Harness()
        .group('g')
        .agent('a', { groups: [['g', 1]] })
        .agent('b', { groups: [['g', 9]] });
      h.open('first', { customerId: 'alice', agentId: 'a' });
      h.close('first');
      h.advance(3600);
      const taken = assignmentOf(h.open('second', { customerId: 'alice' }), 'second');
      expect(taken.agentId).toBe('a');
      expect(taken.explanation.preferred).toBe('sticky');
    });

    it('sticky, when the reserved agent frees a slot', () => {
      const h = new Harness().group('g').settings({ dormantAfterSeconds: 24 * 3600 });
      h.agent('a', { groups: ['g'] }).agent('b', { groups: ['g'] });
      h.open('first', { customerId: 'alice', agentId: 'a' });
      h.close('first');
      h.open('busy', { agentId: 'a' });
      h.reply('busy');
      h.open('second', { customerId: 'alice' });
      h.advance(10);

      const taken = assignmentOf(h.close('busy'), 'second');
      expect(taken.agentId).toBe('a');
      expect(taken.explanation).toMatchObject({ trigger: 'agent', preferred: 'sticky', effectiveWaitSeconds: 10 });
    });

    it('favoured by a good rating', () => {
      const h = new Harness().group('g').settings({ stickyWindowSeconds: 0 });
      h.agent('a', { groups: [['g', 1]] }).agent('b', { groups: [['g', 9]] });
      h.open('first', { customerId: 'alice', agentId: 'a' });
      h.close('first');
      h.run({ type: 'RateConversation', conversationId: 'first', score: 5 });
      h.advance(1);
      const taken = assignmentOf(h.open('second', { customerId: 'alice' }), 'second');
      expect(taken.agentId).toBe('a');
      expect(taken.explanation.preferred).toBe('favoured');
    });

    it('none for ordinary routing', () => {
      const h = new Harness()
        .group('g')
        .agent('a', { groups: [['g', 1]] })
        .agent('b', { groups: [['g', 9]] });
      const taken = assignmentOf(h.open('c1'), 'c1');
      expect(taken.agentId).toBe('b');
      expect(taken.explanation.preferred).toBeNull();
    });
  });

  it('are complete and consistent on every assignment of a busy session', () => {
    const h = new Harness().group('general', { strategy: 'least-load' });
    h.group('sales', { overflow: [{ afterSeconds: 30, groupId: 'general' }] });
    h.settings({ defaultGroupId: 'sales', firstResponseTimeoutSeconds: 40 });
    h.agent('s1', { groups: ['sales'], max: 2 })
      .agent('s2', { groups: [['sales', 8], 'general'] })
      .agent('g1', { groups: ['general'], max: 3 });
    for (let index = 0; index < 40; index += 1) {
      h.open(`c${index}`, { priority: index % 3, customerId: `cust-${index % 7}` });
      if (index % 2 === 0 && h.status(`c${index}`) === 'active') h.reply(`c${index}`);
      h.advance(9);
      if (index % 3 === 0) {
        const active = [...h.state.conversations.values()].find((conversation) => conversation.status === 'active');
        if (active !== undefined) h.close(active.id);
      }
    }

    const all: EventOf<'ConversationAssigned'>[] = eventsOf(h.log, 'ConversationAssigned');
    expect(all.length).toBeGreaterThan(30);
    for (const { agentId, at, conversationId, explanation } of all) {
      const conversation = h.conversation(conversationId);
      expect(['conversation', 'agent']).toContain(explanation.trigger);
      expect(explanation.rule).toBeNull();
      const group = h.state.groups.get(explanation.rankedBy.groupId)!;
      expect(explanation.rankedBy.strategy).toBe(group.config.strategy);
      expect(explanation.overflowTier).toBe(explanation.rankedBy.groupId === conversation.groupId ? 0 : 1);
      expect(explanation.effectiveWaitSeconds).toBe((at - conversation.orderKey) / SECOND);
      expect(explanation.candidates.length).toBeGreaterThanOrEqual(1);
      expect(explanation.candidates.length).toBeLessThanOrEqual(3);
      expect(explanation.candidates[0]!.agentId).toBe(agentId);
      const scores = explanation.candidates.map((candidate) => candidate.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      // A sticky agent may come from outside the group; everyone else is ranked within it.
      expect([null, 'sticky']).toContain(explanation.preferred);
      if (explanation.preferred !== null) continue;
      for (const candidate of explanation.candidates) {
        const memberships = h.state.agents.get(candidate.agentId)!.memberships;
        expect(memberships.find((m) => m.groupId === explanation.rankedBy.groupId)?.ability).toBe(candidate.ability);
      }
    }
    expect(all.some((event) => event.explanation.overflowTier === 1)).toBe(true);
    expect(all.some((event) => event.explanation.trigger === 'agent')).toBe(true);
  });
});
