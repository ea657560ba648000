/**
 * Scenario files: validation reports each problem with its path, the example scenario runs through
 * the engine with overflow, priorities, abandonment and transfers, and a seed replays a run exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/sim/scenario.js';
import { simulate } from '../../src/sim/simulate.js';
import { validateScenario } from '../../src/sim/validate-scenario.js';

const example = JSON.parse(
  readFileSync(new URL('../../examples/scenarios/multi-skill.json', import.meta.url), 'utf8'),
) as Scenario;

const paths = (value: unknown): string[] => {
  const checked = validateScenario(value);
  return checked.ok ? [] : checked.problems.map((problem) => problem.path);
};

describe('scenario validation', () => {
  it('accepts the example scenario', () => {
    expect(validateScenario(example).ok).toBe(true);
  });

  it('rejects wrong shapes with the path of the offending value', () => {
    expect(paths(null)).toContain('/');
    expect(paths({ ...example, durationSeconds: -1 })).toContain('/durationSeconds');
    expect(paths({ ...example, groups: [{ ...example.groups[0], strategy: 'fastest' }] })).toContain(
      '/groups/0/strategy',
    );
    expect(paths({ ...example, extra: true }).length).toBeGreaterThan(0);
    expect(paths({ ...example, arrivals: { perHour: [1, 2, 3] } })).toContain('/arrivals');
  });

  it('rejects references to unknown groups, self-overflow, bad tiers and over-full transfer probabilities', () => {
    const groups = example.groups.map((group) => ({ ...group }));
    groups[0] = {
      ...groups[0]!,
      overflow: [
        { afterSeconds: 60, groupId: 'hotels-zh' },
        { afterSeconds: 30, groupId: 'nowhere' },
      ],
      transfers: [
        { groupId: 'refunds', probability: 0.7 },
        { groupId: 'general', probability: 0.7 },
      ],
    };
    const problems = paths({ ...example, groups });
    expect(problems).toEqual(
      expect.arrayContaining([
        '/groups/0/overflow/0/groupId',
        '/groups/0/overflow/1/groupId',
        '/groups/0/overflow/1/afterSeconds',
        '/groups/0/transfers',
      ]),
    );
    const customers = [{ ...example.customers[0]!, groupId: 'nowhere' }];
    expect(paths({ ...example, customers })).toContain('/customers/0/groupId');
  });

  it('rejects a warm-up as long as the run, unstaffed groups and runs too large to finish', () => {
    expect(paths({ ...example, warmupSeconds: example.durationSeconds })).toContain('/warmupSeconds');
    const agents = example.agents.filter((block) => block.idPrefix !== 'refunds' && block.idPrefix !== 'generalist');
    const unstaffed = {
      ...example,
      agents: agents.map((block) => ({
        ...block,
        memberships: block.memberships.filter((m) => m.groupId !== 'refunds'),
      })),
    };
    expect(paths(unstaffed)).toContain('/customers/3/groupId');
    expect(paths({ ...example, arrivals: { ratePerSecond: 100 }, durationSeconds: 1e6 })).toContain('/durationSeconds');
  });
});

describe('a multi-skill scenario', () => {
  const short: Scenario = { ...example, durationSeconds: 86_400 };

  it('runs through the engine: every counted arrival is served or abandoned, transfers and overflow happen', () => {
    const result = simulate(short);
    expect(result.arrivals).toBeGreaterThan(5_000);
    expect(result.served + result.abandoned).toBe(result.arrivals);
    expect(result.abandoned).toBeGreaterThan(0);
    expect(result.groups.map((group) => group.id)).toEqual(['hotels-zh', 'hotels-en', 'refunds', 'general']);
    const total = result.groups.reduce((sum, group) => sum + group.arrivals, 0);
    expect(total).toBe(result.arrivals);
    expect(result.transfers.requested).toBeGreaterThan(0);
    expect(result.transfers.accepted + result.transfers.returnedToQueue).toBeLessThanOrEqual(
      result.transfers.requested,
    );
    expect(result.groups.find((group) => group.id === 'hotels-zh')?.overflowShare).toBeGreaterThan(0);
    expect(result.occupancy).toBeGreaterThan(0.2);
    expect(result.occupancy).toBeLessThan(1);
    for (const agent of result.agents.usage) expect(agent.utilisation).toBeLessThanOrEqual(1 + 1e-9);
    expect(result.agents.count).toBe(27);
  });

  it('replays exactly with the same seed and differs with another', () => {
    const small: Scenario = { ...example, durationSeconds: 20_000, warmupSeconds: 1000 };
    const first = simulate(small);
    expect(simulate(small)).toEqual(first);
    expect(simulate({ ...small, seed: 43 }).arrivals).not.toBe(first.arrivals);
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    simulate({ ...example, durationSeconds: 30_000, warmupSeconds: 0 }, { onProgress: (value) => seen.push(value) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((value, index) => value >= 0 && value <= 1 && (index === 0 || value >= seen[index - 1]!))).toBe(
      true,
    );
  });
});
