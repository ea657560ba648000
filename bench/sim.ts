/**
 * Simulator benchmark: the simple Erlang C case (55 agents, 0.2 arrivals/s, 240 s handling) run
 * through the real domain `execute`. Reports simulated arrivals per second of wall time and the
 * wall time of a run of one million arrivals (extrapolated from the shorter run in `--quick`).
 */
import { simpleScenario } from '../src/sim/simple-scenario.js';
import { simulate } from '../src/sim/simulate.js';
import { report } from './report.js';

export function benchSimulator(options: { quick: boolean }): void {
  const arrivalRate = 0.2;
  const target = options.quick ? 20_000 : 1_000_000;
  const scenario = simpleScenario({
    agents: 55,
    capacity: 1,
    arrivalRate,
    meanHandleSeconds: 240,
    durationSeconds: target / arrivalRate,
    warmupSeconds: 0,
    seed: 7,
    patienceSeconds: null,
    serviceLevelSeconds: 20,
  });
  const started = performance.now();
  const result = simulate(scenario);
  const seconds = (performance.now() - started) / 1000;
  const perSecond = result.arrivals / seconds;
  report({ name: 'sim.arrivals_per_sec', value: perSecond, unit: 'arrivals/s', note: `${result.arrivals} arrivals` });
  report({
    name: 'sim.million_arrivals_seconds',
    value: options.quick ? 1_000_000 / perSecond : seconds * (1_000_000 / result.arrivals),
    unit: 's',
    note: options.quick ? 'extrapolated from a short run' : 'measured',
  });
}
