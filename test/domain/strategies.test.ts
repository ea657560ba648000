/**
 * Agent order (DESIGN.md §3.5): the five strategies behind one interface, both as functions and
 * through each group's routable index (what assignments and their explanations show), and a
 * group's strategy changed live.
 */
import { describe, expect, it } from 'vitest';
import type { CandidateScore } from '../../src/domain/explanation.js';
import {
  defaultStrategyParams,
  skillGroup,
  type StrategyName,
  type StrategyParams,
} from '../../src/domain/skill-group.js';
import { byRank, type RankEntry } from '../../src/domain/state.js';
import { strategies, type StrategyContext, type StrategyInput } from '../../src/domain/strategies/index.js';
import { leastLoad } from '../../src/domain/strategies/least-load.js';
import { mostSkilled } from '../../src/domain/strategies/most-skilled.js';
import { draw, random } from '../../src/domain/strategies/random.js';
import { roundRobin } from '../../src/domain/strategies/round-robin.js';
import { weightedWait } from '../../src/domain/strategies/weighted-wait.js';
import { Harness, T0 } from '../support/harness.js';
import { HOUR, assignments, ms, onlyAssignment, patient } from '../support/routing-helpers.js';

const context: StrategyContext = { params: defaultStrategyParams, seed: 1 };

function input(extra: Partial<StrategyInput> = {}): StrategyInput {
  return {
    agentId: 'a',
    ability: 5,
    active: 0,
    dormant: 0,
    maxConcurrent: 1,
    lastAssignedAt: T0,
    assignments: 0,
    ...extra,
  };
}

/** The seeds' formula, written out independently of the code under test. */
function weightedWaitScore(args: {
  idleSeconds: number;
  k: number;
  m: number;
  max: number;
  active: number;
  dormant: number;
  ability: number;
}): number {
  return args.idleSeconds + (args.k * (args.max - args.active - args.m * args.dormant) * args.ability) / args.max;
}

/** Agent ids in the order a strategy's rank puts them (best first, ties by id). */
function rankOrder(name: StrategyName, inputs: readonly StrategyInput[], strategyContext = context): string[] {
  const entries: RankEntry[] = inputs.map((candidate) => {
    const [primary, secondary] = strategies[name].rank(candidate, strategyContext);
    return { agentId: candidate.agentId, primary, secondary };
  });
  return entries.sort(byRank).map((entry) => entry.agentId);
}

const saveGroup = (h: Harness, id: string, strategy: StrategyName, params: StrategyParams = defaultStrategyParams) =>
  h.run({ type: 'SaveSkillGroup', group: skillGroup({ id, name: id, strategy, params }) });

const scores = (candidates: readonly CandidateScore[]): [string, number][] =>
  candidates.map((candidate) => [candidate.agentId, candidate.score]);

describe('strategy functions', () => {
  it('are registered by name', () => {
    expect(Object.keys(strategies).sort()).toEqual([
      'least-load',
      'most-skilled',
      'random',
      'round-robin',
      'weighted-wait',
    ]);
    for (const [name, strategy] of Object.entries(strategies)) expect(strategy.name).toBe(name);
  });

  it('weighted-wait: idle seconds + K × (max − active − m × dormant) / max × ability', () => {
    const agent = input({ maxConcurrent: 4, active: 1, dormant: 2, ability: 6 });
    const now = T0 + ms(120);
    expect(weightedWait.score(agent, context, now)).toBe(1020); // 120 + 300 × (4 − 1 − 1) / 4 × 6
    expect(weightedWait.score(agent, { params: { k: 300, m: 0 }, seed: 1 }, now)).toBe(1470);
    expect(weightedWait.score(agent, { params: { k: 50, m: 1 }, seed: 1 }, now)).toBeCloseTo(120 + 50 * 0.25 * 6);
    expect(weightedWait.score(agent, { params: { k: 0, m: 0.5 }, seed: 1 }, now)).toBe(120);
    for (const [k, m] of [
      [300, 0.5],
      [120, 2],
      [0, 0],
    ] as const) {
      expect(weightedWait.score(agent, { params: { k, m }, seed: 1 }, now)).toBeCloseTo(
        weightedWaitScore({ idleSeconds: 120, k, m, max: 4, active: 1, dormant: 2, ability: 6 }),
      );
    }
  });

  it('weighted-wait: the rank orders agents as the score does, at any instant', () => {
    const agents = [
      input({ agentId: 'a', ability: 2, lastAssignedAt: T0 - ms(900) }),
      input({ agentId: 'b', ability: 9, maxConcurrent: 3, active: 2, lastAssignedAt: T0 - ms(60) }),
      input({ agentId: 'c', ability: 5, maxConcurrent: 2, dormant: 1, lastAssignedAt: T0 - ms(400) }),
      input({ agentId: 'd', ability: 7, maxConcurrent: 2, active: 1, lastAssignedAt: T0 - ms(10) }),
    ];
    const byScore = (now: number): string[] =>
      [...agents]
        .sort((x, y) => weightedWait.score(y, context, now) - weightedWait.score(x, context, now))
        .map((agent) => agent.agentId);
    expect(byScore(T0)).toEqual(byScore(T0 + ms(5000)));
    expect(rankOrder('weighted-wait', agents)).toEqual(byScore(T0));
    expect(rankOrder('weighted-wait', agents)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('round-robin: the longest since the last assignment first, whatever the ability or load', () => {
    const agents = [
      input({ agentId: 'a', ability: 10, lastAssignedAt: T0 - ms(10) }),
      input({ agentId: 'b', ability: 1, maxConcurrent: 5, active: 4, lastAssignedAt: T0 - ms(300) }),
      input({ agentId: 'c', ability: 5, lastAssignedAt: T0 - ms(60) }),
    ];
    expect(rankOrder('round-robin', agents)).toEqual(['b', 'c', 'a']);
    expect(roundRobin.score(agents[1]!, context, T0)).toBe(300);
  });

  it('least-load: the lowest active / max first, then the longest idle', () => {
    const agents = [
      input({ agentId: 'a', maxConcurrent: 4, active: 2, lastAssignedAt: T0 - ms(500) }),
      input({ agentId: 'b', maxConcurrent: 3, active: 1, lastAssignedAt: T0 }),
      input({ agentId: 'c', maxConcurrent: 2, active: 1, lastAssignedAt: T0 - ms(900) }),
      input({ agentId: 'd', maxConcurrent: 5, active: 0, lastAssignedAt: T0, ability: 1 }),
    ];
    expect(rankOrder('least-load', agents)).toEqual(['d', 'b', 'c', 'a']);
    expect(leastLoad.score(agents[0]!, context, T0)).toBe(0.5);
    expect(leastLoad.score(agents[3]!, context, T0)).toBe(1);
  });

  it('most-skilled: the highest ability first, weighted-wait between equals', () => {
    const agents = [
      input({ agentId: 'a', ability: 3, lastAssignedAt: T0 - ms(10_000) }),
      input({ agentId: 'b', ability: 9, lastAssignedAt: T0 - ms(10) }),
      input({ agentId: 'c', ability: 9, lastAssignedAt: T0 - ms(100) }),
      input({ agentId: 'd', ability: 9, maxConcurrent: 2, active: 1, lastAssignedAt: T0 - ms(1000) }),
    ];
    expect(rankOrder('most-skilled', agents)).toEqual(['c', 'b', 'd', 'a']);
    expect(mostSkilled.score(agents[0]!, context, T0)).toBe(3e6 + weightedWait.score(agents[0]!, context, T0));
  });

  it('random: uniform selection from a reproducible draw in [0, 1) of seed and assignment count', () => {
    expect(random.selection).toBe('uniform');
    const value = draw(1, 17);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(1);
    expect(draw(1, 17)).toBe(value);
    expect(draw(2, 17)).not.toBe(value);
    expect(draw(1, 18)).not.toBe(value);
    // Every agent ranks alike: the draw, not the rank, picks among them.
    expect(random.rank(input({ agentId: 'x' }), context)).toEqual(
      random.rank(input({ agentId: 'y', ability: 9 }), context),
    );
  });
});

describe('weighted-wait through the index', () => {
  it('picks the highest score; the explanation shows each candidate scored by the formula', () => {
    const h = new Harness().group('g').agent('a', { groups: [['g', 2]] });
    h.advance(100);
    h.agent('b', { groups: [['g', 3]] });
    h.advance(200);
    const assigned = onlyAssignment(h.open('c1'));
    expect(assigned.agentId).toBe('b');
    expect(assigned.explanation.rankedBy).toEqual({ groupId: 'g', strategy: 'weighted-wait' });
    const k = 300;
    const m = 0.5;
    expect(scores(assigned.explanation.candidates)).toEqual([
      ['b', weightedWaitScore({ idleSeconds: 200, k, m, max: 1, active: 0, dormant: 0, ability: 3 })],
      ['a', weightedWaitScore({ idleSeconds: 300, k, m, max: 1, active: 0, dormant: 0, ability: 2 })],
    ]);
    expect(scores(assigned.explanation.candidates)).toEqual([
      ['b', 1100],
      ['a', 900],
    ]);
  });

  it('K is per group: a small K lets idle time outweigh ability', () => {
    const h = new Harness().group('g', { params: { k: 30, m: 0.5 } }).agent('a', { groups: [['g', 2]] });
    h.advance(100);
    h.agent('b', { groups: [['g', 3]] });
    h.advance(200);
    const assigned = onlyAssignment(h.open('c1'));
    expect(assigned.agentId).toBe('a');
    expect(scores(assigned.explanation.candidates)).toEqual([
      ['a', 300 + 30 * 2],
      ['b', 200 + 30 * 3],
    ]);
  });

  it('active and dormant conversations shrink the capacity term, dormant ones weighted by m', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: [['g', 4]], max: 2 })
      .agent('b', { groups: [['g', 4]], max: 2 });
    h.open('d1', { agentId: 'a' });
    h.reply('d1');
    h.advance(600); // d1 goes dormant: a has 0 active, 1 dormant, last assigned at T0
    expect(h.status('d1')).toBe('dormant');
    h.open('d2', { agentId: 'b' }); // b: 1 active, last assigned now
    const assigned = onlyAssignment(h.open('c1'));
    const expectA = weightedWaitScore({ idleSeconds: 600, k: 300, m: 0.5, max: 2, active: 0, dormant: 1, ability: 4 });
    const expectB = weightedWaitScore({ idleSeconds: 0, k: 300, m: 0.5, max: 2, active: 1, dormant: 0, ability: 4 });
    expect(scores(assigned.explanation.candidates)).toEqual([
      ['a', expectA],
      ['b', expectB],
    ]);
    expect([expectA, expectB]).toEqual([1500, 600]);
    expect(assigned.agentId).toBe('a');
    const [candidateA, candidateB] = assigned.explanation.candidates;
    expect(candidateA).toMatchObject({ active: 0, maxConcurrent: 2, ability: 4 });
    expect(candidateB).toMatchObject({ active: 1, maxConcurrent: 2, ability: 4 });
  });

  it('a larger m, changed live, penalises dormant conversations more', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: [['g', 4]], max: 2 })
      .agent('b', { groups: [['g', 4]], max: 2 });
    h.open('d1', { agentId: 'a' });
    h.reply('d1');
    h.advance(600);
    h.open('d2', { agentId: 'b' });
    saveGroup(h, 'g', 'weighted-wait', { k: 300, m: 3 });
    const assigned = onlyAssignment(h.open('c1'));
    // a: 600 + 300 × (2 − 0 − 3 × 1) / 2 × 4 = 0; b: 0 + 300 × (2 − 1) / 2 × 4 = 600.
    expect(assigned.agentId).toBe('b');
    expect(scores(assigned.explanation.candidates)).toEqual([
      ['b', 600],
      ['a', 0],
    ]);
  });

  it("a never-assigned agent's idle time counts from their first connection, not from when the profile was saved", () => {
    const h = patient(new Harness().group('g'));
    h.agent('a', { groups: ['g'], max: 5 }).agent('b', { groups: ['g'], max: 5, online: false });
    h.advance(HOUR);
    expect(onlyAssignment(h.open('c1')).agentId).toBe('a');
    h.advance(HOUR);
    h.run({ type: 'ConnectAgent', agentId: 'b' });
    const assigned = onlyAssignment(h.open('c2'));
    // a: 3600 s idle + 300 × 4/5 × 5 = 4800; b (connected just now): 0 + 300 × 5 = 1500.
    expect(scores(assigned.explanation.candidates)).toEqual([
      ['a', 4800],
      ['b', 1500],
    ]);
    expect(assigned.agentId).toBe('a');
  });
});

describe('the other strategies through the index', () => {
  it('round-robin: the agent whose last assignment is longest ago, ignoring ability and load', () => {
    const h = new Harness().group('g', { strategy: 'round-robin' }).agent('a', { groups: [['g', 1]], max: 3 });
    h.advance(10);
    h.agent('b', { groups: [['g', 10]], max: 3 });
    h.advance(10);
    h.agent('c', { groups: [['g', 5]], max: 3 });
    h.advance(10);
    const first = onlyAssignment(h.open('c1'));
    expect(first.agentId).toBe('a');
    expect(first.explanation.rankedBy.strategy).toBe('round-robin');
    expect(scores(first.explanation.candidates)).toEqual([
      ['a', 30],
      ['b', 20],
      ['c', 10],
    ]);
    const picked: string[] = ['a'];
    for (const id of ['c2', 'c3', 'c4', 'c5', 'c6']) {
      h.advance(1);
      picked.push(onlyAssignment(h.open(id)).agentId);
    }
    expect(picked).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('least-load: the lowest active / max, then the longest idle', () => {
    const h = new Harness()
      .group('g', { strategy: 'least-load' })
      .agent('a', { groups: ['g'], max: 4 })
      .agent('b', { groups: ['g'], max: 2 })
      .agent('c', { groups: ['g'], max: 3 });
    h.open('p1', { agentId: 'a' }); // a 1/4 at T0
    h.advance(1);
    h.open('p2', { agentId: 'b' }); // b 1/2 at T0 + 1 s
    h.advance(1);
    const first = onlyAssignment(h.open('c1'));
    expect(first.agentId).toBe('c');
    expect(scores(first.explanation.candidates)).toEqual([
      ['c', 1],
      ['a', 0.75],
      ['b', 0.5],
    ]);
    const picked = ['c2', 'c3', 'c4', 'c5'].map((id) => onlyAssignment(h.open(id)).agentId);
    // a 1/4 < c 1/3; then c 1/3 < a 2/4 = b 1/2; then a and b tie on load and b has waited longer.
    expect(picked).toEqual(['a', 'c', 'b', 'a']);
  });

  it('most-skilled: the highest ability first, weighted-wait between equals', () => {
    const h = new Harness().group('g', { strategy: 'most-skilled' }).agent('a', { groups: [['g', 3]], max: 2 });
    h.advance(10);
    h.agent('b', { groups: [['g', 9]], max: 2 });
    h.advance(10);
    h.agent('c', { groups: [['g', 9]], max: 2 });
    h.advance(10);
    const picked: string[] = [];
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5']) {
      const assigned = onlyAssignment(h.open(id));
      expect(assigned.explanation.rankedBy.strategy).toBe('most-skilled');
      picked.push(assigned.agentId);
      h.advance(1);
    }
    // b and c (ability 9) before a (ability 3, though idle longest); between them, weighted-wait.
    expect(picked).toEqual(['b', 'c', 'b', 'c', 'a']);
  });

  describe('random (seeded)', () => {
    function sequence(seed: number, count: number, reseed?: { after: number; seed: number }): string[] {
      const h = new Harness().settings({ randomSeed: seed }).group('g', { strategy: 'random' });
      for (const id of ['a', 'b', 'c', 'd']) h.agent(id, { groups: ['g'], max: 1000 });
      const picked: string[] = [];
      for (let index = 0; index < count; index += 1) {
        if (reseed !== undefined && index === reseed.after) h.settings({ randomSeed: reseed.seed });
        const assigned = onlyAssignment(h.open(`c${index}`));
        expect(assigned.explanation.rankedBy.strategy).toBe('random');
        picked.push(assigned.agentId);
      }
      return picked;
    }

    it('is deterministic for a seed, and another seed gives another sequence', () => {
      expect(sequence(7, 60)).toEqual(sequence(7, 60));
      expect(sequence(7, 60)).not.toEqual(sequence(8, 60));
    });

    it('a new seed, configured live, changes the following choices', () => {
      const stay = sequence(7, 60);
      const reseeded = sequence(7, 60, { after: 20, seed: 99 });
      expect(reseeded.slice(0, 20)).toEqual(stay.slice(0, 20));
      expect(reseeded.slice(20)).not.toEqual(stay.slice(20));
    });

    it('the explanation shows the chosen agent first among equally likely candidates', () => {
      const h = new Harness().group('g', { strategy: 'random' });
      for (const id of ['a', 'b', 'c', 'd']) h.agent(id, { groups: ['g'] });
      const assigned = onlyAssignment(h.open('c1'));
      const shown = assigned.explanation.candidates;
      expect(shown).toHaveLength(3);
      expect(shown[0]?.agentId).toBe(assigned.agentId);
      expect(new Set(shown.map((candidate) => candidate.agentId)).size).toBe(3);
      for (const candidate of shown) expect(candidate.score).toBe(1);
    });

    it('spreads assignments evenly over the agents', () => {
      // 400 choices among 4 equally eligible agents: ~100 each (σ ≈ 8.7); ±50 is a > 5σ margin.
      for (const seed of [1, 7, 8, 42]) {
        const counts = new Map<string, number>();
        for (const agentId of sequence(seed, 400)) counts.set(agentId, (counts.get(agentId) ?? 0) + 1);
        expect([...counts.keys()].sort(), `seed ${seed}`).toEqual(['a', 'b', 'c', 'd']);
        for (const [agentId, count] of counts) {
          expect(count, `seed ${seed}, agent ${agentId}`).toBeGreaterThanOrEqual(50);
          expect(count, `seed ${seed}, agent ${agentId}`).toBeLessThanOrEqual(150);
        }
      }
    });

    it('does not hand one agent long streaks', () => {
      // With a fair choice among 4, a run of 12 equal picks in 400 has probability ≈ 1e-4.
      for (const seed of [1, 7, 8, 42]) {
        const picked = sequence(seed, 400);
        let longest = 1;
        let run = 1;
        for (let index = 1; index < picked.length; index += 1) {
          run = picked[index] === picked[index - 1] ? run + 1 : 1;
          longest = Math.max(longest, run);
        }
        expect(longest, `seed ${seed}`).toBeLessThan(12);
      }
    });
  });
});

describe("changing a group's strategy live", () => {
  it('SaveSkillGroup with another strategy changes the next choice', () => {
    const h = new Harness()
      .group('g')
      .agent('a', { groups: [['g', 10]], max: 3 })
      .agent('b', { groups: [['g', 1]], max: 2 });
    h.open('p1', { agentId: 'a' });
    h.advance(1);
    // weighted-wait: a = 1 + 300 × 2/3 × 10 = 2001 beats b = 1 + 300 × 1 = 301.
    const ww = onlyAssignment(h.open('c0'));
    expect([ww.agentId, ww.explanation.rankedBy.strategy]).toEqual(['a', 'weighted-wait']);
    h.advance(1);

    saveGroup(h, 'g', 'least-load'); // a is 2/3 loaded, b 0/2
    const ll = onlyAssignment(h.open('c1'));
    expect([ll.agentId, ll.explanation.rankedBy.strategy]).toEqual(['b', 'least-load']);
    h.advance(1);

    saveGroup(h, 'g', 'round-robin'); // a last assigned at T0 + 1 s, b at T0 + 2 s
    const rr = onlyAssignment(h.open('c2'));
    expect([rr.agentId, rr.explanation.rankedBy.strategy]).toEqual(['a', 'round-robin']);

    saveGroup(h, 'g', 'most-skilled'); // a is full now: only b is routable
    expect(onlyAssignment(h.open('c3')).agentId).toBe('b');
    expect(h.state.groups.get('g')?.members).toEqual(new Set(['a', 'b']));
  });

  it('changing K live changes the next choice', () => {
    const h = new Harness().group('g').agent('a', { groups: [['g', 1]], max: 5 });
    h.advance(600);
    h.agent('b', { groups: [['g', 5]], max: 5 });
    // K = 300: a = 600 + 300 = 900 < b = 0 + 1500.
    expect(assignments(h.open('c1'))).toEqual([['c1', 'b']]);
    saveGroup(h, 'g', 'weighted-wait', { k: 10, m: 0.5 });
    // K = 10: a = 600 + 10 = 610 > b = 0 + 10 × 4/5 × 5 = 40.
    expect(assignments(h.open('c2'))).toEqual([['c2', 'a']]);
  });
});
