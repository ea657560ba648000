/**
 * Background runs on the server (src/server/simulations): a worker thread per run reports
 * progress and figures; a tenant may not exceed its running limit; the oldest finished runs are
 * forgotten past the kept limit; one tenant's runs are invisible to another.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  SimulationRuns,
  SimulationsBusyError,
  type SimulationRun,
} from '../../src/server/simulations/simulation-runs.js';
import { simpleScenario } from '../../src/sim/simple-scenario.js';

const scenario = (durationSeconds: number) =>
  simpleScenario({
    agents: 5,
    capacity: 1,
    arrivalRate: 0.04,
    meanHandleSeconds: 100,
    durationSeconds,
    warmupSeconds: 0,
    seed: 1,
    patienceSeconds: null,
    serviceLevelSeconds: 20,
  });

let runs: SimulationRuns | undefined;
afterEach(async () => {
  await runs?.close();
});

async function finished(run: SimulationRun): Promise<SimulationRun> {
  for (let attempt = 0; attempt < 600 && run.status === 'running'; attempt += 1)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return run;
}

describe('simulation runs', () => {
  it('runs in a worker, refuses past the running limit, forgets the oldest finished runs, keeps tenants apart', async () => {
    runs = new SimulationRuns({ now: () => 0, runningPerTenant: 1, keepPerTenant: 2 });
    const first = runs.start('acme', scenario(5000), 'first');
    expect(() => runs?.start('acme', scenario(5000), 'second')).toThrow(SimulationsBusyError);
    // Another tenant has its own limit.
    const other = runs.start('globex', scenario(5000), null);
    expect((await finished(first)).status).toBe('done');
    expect(first.progress).toBe(1);
    expect(first.result?.arrivals).toBeGreaterThan(0);
    const second = await finished(runs.start('acme', scenario(2000), 'second'));
    const third = await finished(runs.start('acme', scenario(2000), 'third'));
    expect([second.status, third.status]).toEqual(['done', 'done']);
    expect(runs.list('acme').map((run) => run.label)).toEqual(['third', 'second']);
    expect(runs.get('acme', first.id)).toBeUndefined();
    expect(runs.get('acme', other.id)).toBeUndefined();
    expect(runs.get('globex', other.id)).toBe(other);
  }, 60_000);
});
