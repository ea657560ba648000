/**
 * `switchboard simulate`: runs the discrete-event simulator (src/sim) on the real routing engine,
 * for the simple case from flags (one FIFO group, Poisson arrivals, exponential handling and
 * patience) or for a full scenario file, and prints its figures — a table, or one JSON object.
 */
import { readFile } from 'node:fs/promises';
import { simpleScenario } from '../sim/simple-scenario.js';
import { simulate } from '../sim/simulate.js';
import type { SimulationResult } from '../sim/simulation-result.js';
import { validateScenario } from '../sim/validate-scenario.js';
import { UsageError, type CliCommand, type ParsedArgs } from './command.js';

/** A number option: undefined when absent; when present it must be a finite number ≥ `min` (> `min` if `strict`). */
function numberOption(args: ParsedArgs, name: string, bound: { min: number; strict?: boolean }): number | undefined {
  const text = args.string(name);
  if (text === undefined) return undefined;
  const value = Number(text);
  const ok =
    text.trim() !== '' && Number.isFinite(value) && (bound.strict === true ? value > bound.min : value >= bound.min);
  if (!ok) throw new UsageError(`--${name} must be a number ${bound.strict === true ? '>' : '≥'} ${bound.min}`);
  return value;
}

function integerOption(args: ParsedArgs, name: string, min: number): number | undefined {
  const value = numberOption(args, name, { min });
  if (value !== undefined && !Number.isInteger(value)) throw new UsageError(`--${name} must be an integer`);
  return value;
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new UsageError(`--${name} is required (or give --scenario FILE)`);
  return value;
}

async function scenarioFrom(args: ParsedArgs): Promise<unknown> {
  const overrides = {
    seed: integerOption(args, 'seed', 0),
    durationSeconds: numberOption(args, 'duration', { min: 0, strict: true }),
    warmupSeconds: numberOption(args, 'warmup', { min: 0 }),
    serviceLevelSeconds: numberOption(args, 'sl-threshold', { min: 0, strict: true }),
  };
  const file = args.string('scenario');
  if (file !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read scenario ${file}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    if (typeof parsed !== 'object' || parsed === null) return parsed;
    const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
    return { ...parsed, ...given };
  }
  return simpleScenario({
    agents: required(integerOption(args, 'agents', 1), 'agents'),
    capacity: integerOption(args, 'capacity', 1) ?? 1,
    arrivalRate: required(numberOption(args, 'arrival-rate', { min: 0, strict: true }), 'arrival-rate'),
    meanHandleSeconds: required(numberOption(args, 'mean-handle', { min: 0, strict: true }), 'mean-handle'),
    durationSeconds: required(overrides.durationSeconds, 'duration'),
    warmupSeconds: overrides.warmupSeconds ?? 0,
    seed: overrides.seed ?? 1,
    patienceSeconds: numberOption(args, 'patience', { min: 0, strict: true }) ?? null,
    serviceLevelSeconds: overrides.serviceLevelSeconds ?? 20,
  });
}

const percent = (value: number): string => `${(value * 100).toFixed(2)} %`;

function table(result: SimulationResult): string {
  const rows: [string, string][] = [
    ['arrivals', String(result.arrivals)],
    ['served', String(result.served)],
    ['abandoned', String(result.abandoned)],
    ['waited (pWait)', `${percent(result.pWait)} ± ${percent(result.standardErrors.pWait)}`],
    ['average wait (ASA)', `${result.asaSeconds.toFixed(2)} s ± ${result.standardErrors.asaSeconds.toFixed(2)}`],
    [
      `service level (${result.serviceLevelSeconds} s)`,
      `${percent(result.serviceLevel)} ± ${percent(result.standardErrors.serviceLevel)}`,
    ],
    ['abandon rate', percent(result.abandonRate)],
    ['occupancy', percent(result.occupancy)],
    ['transfers', `${result.transfers.requested} requested, ${result.transfers.accepted} accepted`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  if (result.groups.length > 1) {
    lines.push('', 'group'.padEnd(16) + 'arrivals   ASA (s)   service level   abandoned');
    for (const group of result.groups) {
      lines.push(
        `${group.id.padEnd(16)}${String(group.arrivals).padStart(8)}  ${group.asaSeconds.toFixed(1).padStart(8)}` +
          `   ${percent(group.serviceLevel).padStart(13)}   ${percent(group.abandonRate).padStart(9)}`,
      );
    }
  }
  return `${lines.join('\n')}\n(± one batch-means standard error)\n`;
}

export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'Simulate traffic on the real routing engine (Erlang C / what-if).',
  details:
    'Durations are simulated seconds. The simple case is one FIFO skill group of --agents agents, each\n' +
    'holding --capacity conversations at once, Poisson arrivals (--arrival-rate per second), exponential\n' +
    'handling (--mean-handle) and, with --patience, exponential abandonment. --scenario FILE runs a full\n' +
    'scenario instead (docs/simulator.md); --seed, --duration, --warmup and --sl-threshold override its own.',
  options: {
    scenario: { type: 'string', value: '<file>', description: 'scenario JSON file (see docs/simulator.md)' },
    agents: { type: 'string', value: '<n>', description: 'number of agents (simple case)' },
    capacity: { type: 'string', value: '<c>', description: 'conversations per agent at once (default 1)' },
    'arrival-rate': { type: 'string', value: '<per-second>', description: 'Poisson arrival rate' },
    'mean-handle': { type: 'string', value: '<seconds>', description: 'mean handling time (exponential)' },
    patience: { type: 'string', value: '<seconds>', description: 'mean patience (exponential); default: none' },
    duration: { type: 'string', value: '<seconds>', description: 'arrivals stop at this simulated time' },
    warmup: { type: 'string', value: '<seconds>', description: 'arrivals before this are not counted (default 0)' },
    seed: { type: 'string', value: '<n>', description: 'random seed (default 1)' },
    'sl-threshold': { type: 'string', value: '<seconds>', description: 'service-level threshold (default 20)' },
    json: { type: 'boolean', description: 'print one JSON object instead of a table' },
  },
  async run(args, io) {
    const checked = validateScenario(await scenarioFrom(args));
    if (!checked.ok) {
      const problems = checked.problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
      io.stderr(`switchboard simulate: the scenario is not valid:\n${problems}\n`);
      return 1;
    }
    const result = simulate(checked.scenario);
    io.stdout(args.flag('json') ? `${JSON.stringify(result)}\n` : table(result));
    return 0;
  },
};
