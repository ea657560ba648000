/**
 * Background simulation runs, kept in memory per tenant (the what-if page's API). Each run is a
 * worker thread (simulation-worker.ts); its progress and result are kept until the tenant has
 * more than `keepPerTenant` runs, when the oldest finished ones are forgotten. At most
 * `runningPerTenant` run at once per tenant, so one tenant cannot occupy the machine. Runs are
 * looked up by tenant and id together: a tenant never sees another's.
 */
import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../../runtime/module-worker.js';
import type { Scenario } from '../../sim/scenario.js';
import type { SimulationResult } from '../../sim/simulation-result.js';
import type { WorkerMessage } from './worker-message.js';

export type RunStatus = 'running' | 'done' | 'failed';

export interface SimulationRun {
  readonly id: string;
  readonly tenantId: string;
  readonly label: string | null;
  readonly scenario: Scenario;
  readonly createdAt: number;
  status: RunStatus;
  /** Share of simulated time done, 0–1. */
  progress: number;
  finishedAt: number | null;
  error: string | null;
  result: SimulationResult | null;
}

export interface SimulationRunsOptions {
  readonly keepPerTenant?: number;
  readonly runningPerTenant?: number;
  /** Real time, for the runs' instants (the server's clock). */
  readonly now: () => number;
}

/** Too many runs of this tenant are in progress. */
export class SimulationsBusyError extends Error {
  constructor(readonly limit: number) {
    super(`at most ${limit} simulations run at once; wait for one to finish`);
    this.name = 'SimulationsBusyError';
  }
}

/** A worker thread running simulation-worker.ts (module-worker.ts says how it loads from source). */
const startWorker = (workerData: unknown): Worker =>
  startModuleWorker(import.meta.url, 'simulation-worker', workerData);

export class SimulationRuns {
  private readonly runs = new Map<string, SimulationRun[]>();
  private readonly workers = new Map<string, Worker>();
  private readonly keep: number;
  private readonly running: number;

  constructor(private readonly options: SimulationRunsOptions) {
    this.keep = options.keepPerTenant ?? 10;
    this.running = options.runningPerTenant ?? 3;
  }

  /** Starts a run in the background; throws SimulationsBusyError past the per-tenant limit. */
  start(tenantId: string, scenario: Scenario, label: string | null): SimulationRun {
    const list = this.runs.get(tenantId) ?? [];
    if (list.filter((run) => run.status === 'running').length >= this.running)
      throw new SimulationsBusyError(this.running);
    const run: SimulationRun = {
      id: randomUUID(),
      tenantId,
      label,
      scenario,
      createdAt: this.options.now(),
      status: 'running',
      progress: 0,
      finishedAt: null,
      error: null,
      result: null,
    };
    list.push(run);
    this.runs.set(tenantId, this.pruned(list));
    const worker = startWorker({ scenario });
    this.workers.set(run.id, worker);
    const finish = (status: RunStatus, error: string | null): void => {
      if (run.status !== 'running') return;
      run.status = status;
      run.error = error;
      run.finishedAt = this.options.now();
      if (status === 'done') run.progress = 1;
      this.workers.delete(run.id);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') run.progress = Math.max(run.progress, Math.min(1, message.value));
      else if (message.kind === 'done') {
        run.result = message.result;
        finish('done', null);
      } else finish('failed', message.message);
    });
    worker.on('error', (error) => {
      finish('failed', error.message);
    });
    worker.on('exit', (code) => {
      finish('failed', `the simulation stopped (exit ${code})`);
    });
    return run;
  }

  get(tenantId: string, id: string): SimulationRun | undefined {
    return this.runs.get(tenantId)?.find((run) => run.id === id);
  }

  /** The tenant's runs, newest first. */
  list(tenantId: string): SimulationRun[] {
    return [...(this.runs.get(tenantId) ?? [])].reverse();
  }

  /** Stops every worker (server shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.terminate()));
    this.workers.clear();
  }

  /** Drops the oldest finished runs beyond the limit (running ones are kept). */
  private pruned(list: SimulationRun[]): SimulationRun[] {
    let excess = list.length - this.keep;
    return list.filter((run) => {
      if (excess <= 0 || run.status === 'running') return true;
      excess -= 1;
      return false;
    });
  }
}
