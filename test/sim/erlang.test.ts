/**
 * The simulator against queueing theory (DESIGN.md §9): long seeded runs of the real routing
 * engine match Erlang C for one FIFO group, M/M/(N·c) for agents with c parallel conversations,
 * and Erlang A when customers abandon.
 *
 * Tolerance: each figure must lie within Z standard errors of the formula, the standard error
 * being the run's batch-means estimate (20 batches; statistics.ts). Z = 4 leaves a false alarm
 * chance below 0.1 % per figure even with the t-distribution's heavier tails for 19 degrees of
 * freedom. So that the check has teeth, the formula for one agent fewer must lie more than twice
 * the tolerance away: a routing engine that wasted an agent's capacity would fail.
 */
import { describe, expect, it } from 'vitest';
import { simpleScenario, type SimpleScenario } from '../../src/sim/simple-scenario.js';
import { simulate } from '../../src/sim/simulate.js';
import type { SimulationResult } from '../../src/sim/simulation-result.js';
import { erlangA, erlangC } from './queueing-theory.js';

const Z = 4;

function run(options: Omit<SimpleScenario, 'warmupSeconds' | 'serviceLevelSeconds'>): SimulationResult {
  return simulate(simpleScenario({ ...options, warmupSeconds: options.durationSeconds / 20, serviceLevelSeconds: 20 }));
}

/** `actual` is within Z standard errors of `expected`, and that band excludes `alternative`. */
function expectWithin(
  label: string,
  figures: { actual: number; expected: number; standardError: number; alternative: number },
): void {
  const { actual, expected, standardError, alternative } = figures;
  const tolerance = Z * standardError;
  const detail = `${label}: simulated ${actual.toFixed(4)}, theory ${expected.toFixed(4)}, ±${tolerance.toFixed(4)}`;
  expect(Math.abs(actual - expected), detail).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(alternative - expected), `${label}: one agent fewer is indistinguishable`).toBeGreaterThan(
    2 * tolerance,
  );
}

describe('simulator against queueing theory', () => {
  it('matches Erlang C (probability of waiting, ASA, service level) for one FIFO group', () => {
    const options = { agents: 20, capacity: 1, arrivalRate: 0.16, meanHandleSeconds: 100 };
    const result = run({ ...options, durationSeconds: 800_000, seed: 3, patienceSeconds: null });
    const theory = (servers: number) =>
      erlangC({ servers, arrivalRate: 0.16, meanServiceSeconds: 100, thresholdSeconds: 20 });
    const [exact, fewer] = [theory(20), theory(19)];
    expect(result.arrivals).toBeGreaterThan(100_000);
    expect(result.served).toBe(result.arrivals);
    const se = result.standardErrors;
    expectWithin('pWait', {
      actual: result.pWait,
      expected: exact.pWait,
      standardError: se.pWait,
      alternative: fewer.pWait,
    });
    expectWithin('ASA', {
      actual: result.asaSeconds,
      expected: exact.asaSeconds,
      standardError: se.asaSeconds,
      alternative: fewer.asaSeconds,
    });
    expectWithin('service level', {
      actual: result.serviceLevel,
      expected: exact.serviceLevel,
      standardError: se.serviceLevel,
      alternative: fewer.serviceLevel,
    });
    // Offered load over capacity: 16 / 20.
    expect(Math.abs(result.occupancy - 0.8)).toBeLessThan(0.02);
  }, 120_000);

  it('matches M/M/(N·c) when each agent holds c conversations at once', () => {
    const result = run({
      agents: 8,
      capacity: 3,
      arrivalRate: 0.2,
      meanHandleSeconds: 100,
      durationSeconds: 800_000,
      seed: 5,
      patienceSeconds: null,
    });
    const theory = (servers: number) =>
      erlangC({ servers, arrivalRate: 0.2, meanServiceSeconds: 100, thresholdSeconds: 20 });
    // Eight agents of three slots behave as 24 servers; one agent fewer removes three.
    const [exact, fewer] = [theory(24), theory(21)];
    const se = result.standardErrors;
    expectWithin('pWait', {
      actual: result.pWait,
      expected: exact.pWait,
      standardError: se.pWait,
      alternative: fewer.pWait,
    });
    expectWithin('ASA', {
      actual: result.asaSeconds,
      expected: exact.asaSeconds,
      standardError: se.asaSeconds,
      alternative: fewer.asaSeconds,
    });
    expectWithin('service level', {
      actual: result.serviceLevel,
      expected: exact.serviceLevel,
      standardError: se.serviceLevel,
      alternative: fewer.serviceLevel,
    });
    expect(Math.max(...result.agents.usage.map((agent) => agent.utilisation))).toBeLessThanOrEqual(1);
  }, 120_000);

  it('matches Erlang A (waiting, mean wait, abandonment) when customers abandon', () => {
    const options = { agents: 20, capacity: 1, arrivalRate: 0.19, meanHandleSeconds: 100 };
    const result = run({ ...options, durationSeconds: 800_000, seed: 7, patienceSeconds: 200 });
    const theory = (servers: number) =>
      erlangA({ servers, arrivalRate: 0.19, meanServiceSeconds: 100, meanPatienceSeconds: 200 });
    const [exact, fewer] = [theory(20), theory(19)];
    const se = result.standardErrors;
    expect(result.served + result.abandoned).toBe(result.arrivals);
    expectWithin('pWait', {
      actual: result.pWait,
      expected: exact.pWait,
      standardError: se.pWait,
      alternative: fewer.pWait,
    });
    expectWithin('mean wait', {
      actual: result.asaSeconds,
      expected: exact.meanWaitSeconds,
      standardError: se.asaSeconds,
      alternative: fewer.meanWaitSeconds,
    });
    expectWithin('abandon rate', {
      actual: result.abandonRate,
      expected: exact.abandonRate,
      standardError: se.abandonRate,
      alternative: fewer.abandonRate,
    });
  }, 120_000);
});
