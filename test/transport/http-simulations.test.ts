/**
 * What-if simulations over HTTP: the default scenario from the tenant's configuration, a run in
 * the background (a worker thread) polled to its figures, validation, admins only, and each
 * tenant seeing only its own runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/sim/scenario.js';
import type { SimulationResult } from '../../src/sim/simulation-result.js';
import { bearer, call, expectError } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;
let globex: SeededTenant;

beforeAll(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  globex = await test.tenant('globex');
});

afterAll(async () => {
  await test.close();
});

interface Run {
  id: string;
  status: 'running' | 'done' | 'failed';
  progress: number;
  label: string | null;
  error: string | null;
  result: SimulationResult | null;
}

const small = (scenario: Scenario): Scenario => ({ ...scenario, durationSeconds: 4000, warmupSeconds: 400 });

async function defaultScenario(token: string): Promise<Scenario> {
  const answer = await call<{ scenario: Scenario | null }>(test, {
    method: 'GET',
    url: '/api/v1/simulations/default-scenario',
    headers: bearer(token),
  });
  expect(answer.status).toBe(200);
  expect(answer.body.scenario).not.toBeNull();
  return answer.body.scenario as Scenario;
}

async function waitForRun(id: string, token: string): Promise<Run> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const answer = await call<Run>(test, { method: 'GET', url: `/api/v1/simulations/${id}`, headers: bearer(token) });
    expect(answer.status).toBe(200);
    if (answer.body.status !== 'running') return answer.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the simulation did not finish');
}

describe('what-if simulations', () => {
  it("builds a default scenario from the tenant's groups and agents", async () => {
    const scenario = await defaultScenario(acme.tokens.ad1);
    expect(scenario.groups.map((group) => group.id)).toContain('g');
    const prefixes = scenario.agents.map((block) => block.idPrefix);
    expect(prefixes).toEqual(expect.arrayContaining(['a1', 'a2']));
    expect(scenario.customers.map((segment) => segment.groupId)).toContain('g');
  });

  it('runs a scenario in the background and reports progress and figures', async () => {
    const scenario = small(await defaultScenario(acme.tokens.ad1));
    const started = await call<Run>(test, {
      method: 'POST',
      url: '/api/v1/simulations',
      headers: bearer(acme.tokens.ad1),
      payload: { scenario, label: 'A' },
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', label: 'A' });
    const run = await waitForRun(started.body.id, acme.tokens.ad1);
    expect(run.error).toBeNull();
    expect(run.status).toBe('done');
    expect(run.progress).toBe(1);
    const result = run.result as SimulationResult;
    expect(result.arrivals).toBeGreaterThan(0);
    expect(result.served + result.abandoned).toBe(result.arrivals);
    expect(result.groups.map((group) => group.id)).toContain('g');

    const list = await call<{ items: Run[] }>(test, {
      method: 'GET',
      url: '/api/v1/simulations',
      headers: bearer(acme.tokens.ad1),
    });
    expect(list.body.items.map((item) => item.id)).toContain(run.id);
    // Another tenant's admin neither lists nor reads it.
    const other = await call<{ items: Run[] }>(test, {
      method: 'GET',
      url: '/api/v1/simulations',
      headers: bearer(globex.tokens.ad1),
    });
    expect(other.body.items).toEqual([]);
    expectError(
      await call(test, { method: 'GET', url: `/api/v1/simulations/${run.id}`, headers: bearer(globex.tokens.ad1) }),
      404,
      'SIMULATION_NOT_FOUND',
    );
  }, 60_000);

  it('refuses invalid scenarios with SCENARIO_INVALID and wrong shapes with VALIDATION_FAILED', async () => {
    const scenario = small(await defaultScenario(acme.tokens.ad1));
    const post = (payload: Record<string, unknown>) =>
      call(test, { method: 'POST', url: '/api/v1/simulations', headers: bearer(acme.tokens.ad1), payload });
    expectError(
      await post({ scenario: { ...scenario, customers: [{ id: 'x', share: 1, groupId: 'nowhere' }] } }),
      422,
      'SCENARIO_INVALID',
    );
    expectError(
      await post({ scenario: { ...scenario, arrivals: { ratePerSecond: 100 }, durationSeconds: 100_000 } }),
      422,
      'SCENARIO_INVALID',
    );
    expectError(await post({ scenario: { ...scenario, durationSeconds: 'long' } }), 400, 'VALIDATION_FAILED');
    expectError(await post({}), 400, 'VALIDATION_FAILED');
  });

  it('is for admins only', async () => {
    for (const token of [acme.tokens.a1, acme.tokens.s1]) {
      expectError(
        await call(test, { method: 'GET', url: '/api/v1/simulations', headers: bearer(token) }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await call(test, { method: 'GET', url: '/api/v1/simulations/default-scenario', headers: bearer(token) }),
        403,
        'FORBIDDEN',
      );
    }
    expectError(await call(test, { method: 'GET', url: '/api/v1/simulations' }), 401, 'UNAUTHENTICATED');
  });
});
