/**
 * What-if simulations (DESIGN.md §9, docs/simulator.md), for admins: a default scenario built
 * from the tenant's configuration, runs started in the background (a worker thread each, so
 * this server keeps serving), their progress, and their figures. Runs live in memory, a bounded
 * number per tenant; each tenant sees only its own.
 */
import { Type } from '@sinclair/typebox';
import { defaultScenario } from '../../../server/simulations/default-scenario.js';
import {
  SimulationRuns,
  SimulationsBusyError,
  type SimulationRun,
} from '../../../server/simulations/simulation-runs.js';
import { ScenarioSchema } from '../../../sim/scenario.js';
import { expectedArrivals, validateScenario } from '../../../sim/validate-scenario.js';
import { actorOf, requireStaff, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Instant, iso, isoOrNull } from '../schemas.js';
import type { App } from './app-type.js';
import { SimulationResultSchema } from './simulation-result-schema.js';

/** Most arrivals a run on the server may expect: about half a minute of one core. */
export const SERVER_MAX_ARRIVALS = 1_000_000;

const RunParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' }) });

const StartBody = Type.Object(
  { scenario: ScenarioSchema, label: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);

const RunSummary = Type.Object({
  id: Type.String(),
  label: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  progress: Type.Number({ minimum: 0, maximum: 1 }),
  createdAt: Instant,
  finishedAt: Type.Union([Instant, Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
});

const RunView = Type.Object({
  ...RunSummary.properties,
  scenario: ScenarioSchema,
  result: Type.Union([SimulationResultSchema, Type.Null()]),
});

const summary = (run: SimulationRun) => ({
  id: run.id,
  label: run.label,
  status: run.status,
  progress: run.progress,
  createdAt: iso(run.createdAt),
  finishedAt: isoOrNull(run.finishedAt),
  error: run.error,
});

const view = (run: SimulationRun) => ({ ...summary(run), scenario: run.scenario, result: run.result });

export function simulationRoutes(app: App, context: HttpContext): void {
  const runs = new SimulationRuns({ now: () => Date.now() });
  app.addHook('onClose', () => runs.close());

  app.get(
    '/api/v1/simulations/default-scenario',
    {
      schema: {
        tags: ['simulations'],
        description: "A scenario built from the tenant's groups, agents, strategies and overflow; null without staff.",
        response: { 200: Type.Object({ scenario: Type.Union([ScenarioSchema, Type.Null()]) }), ...commonErrors },
      },
    },
    (request) => {
      const principal = requireStaff(request, 'admin');
      return { scenario: defaultScenario(actorOf(context, principal).view) };
    },
  );

  app.post(
    '/api/v1/simulations',
    {
      schema: {
        tags: ['simulations'],
        description: 'Starts a simulation in the background; poll `GET /simulations/:id` for progress and figures.',
        body: StartBody,
        response: { 202: RunSummary, ...commonErrors },
      },
    },
    (request, reply) => {
      const principal = requireStaff(request, 'admin');
      actorOf(context, principal);
      const checked = validateScenario(request.body.scenario);
      if (!checked.ok) {
        const problems = checked.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
        throw new ApiError('SCENARIO_INVALID', `The scenario is not valid: ${problems}`);
      }
      const expected = expectedArrivals(checked.scenario);
      if (expected > SERVER_MAX_ARRIVALS) {
        throw new ApiError(
          'SCENARIO_INVALID',
          `About ${Math.round(expected)} arrivals expected; the server runs at most ${SERVER_MAX_ARRIVALS}.`,
        );
      }
      try {
        const run = runs.start(principal.tenantId, checked.scenario, request.body.label ?? null);
        void reply.status(202);
        return summary(run);
      } catch (error) {
        if (error instanceof SimulationsBusyError) throw new ApiError('SIMULATIONS_BUSY', error.message);
        throw error;
      }
    },
  );

  app.get(
    '/api/v1/simulations',
    {
      schema: {
        tags: ['simulations'],
        description: "The tenant's kept runs, newest first (without their figures).",
        response: { 200: Type.Object({ items: Type.Array(RunSummary) }), ...commonErrors },
      },
    },
    (request) => {
      const principal = requireStaff(request, 'admin');
      return { items: runs.list(principal.tenantId).map(summary) };
    },
  );

  app.get(
    '/api/v1/simulations/:id',
    {
      schema: {
        tags: ['simulations'],
        description: 'One run: status, progress, its scenario and, once done, its figures.',
        params: RunParams,
        response: { 200: RunView, ...commonErrors },
      },
    },
    (request) => {
      const principal = requireStaff(request, 'admin');
      const run = runs.get(principal.tenantId, request.params.id);
      if (run === undefined) throw new ApiError('SIMULATION_NOT_FOUND');
      return view(run);
    },
  );
}
