/**
 * Runs one simulation in a worker thread, so the server's event loop keeps serving while the
 * simulator works: the scenario comes in `workerData.scenario`, progress and the result go back as
 * messages (`WorkerMessage`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../../sim/scenario.js';
import { simulate } from '../../sim/simulate.js';
import type { WorkerMessage } from './worker-message.js';

const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

try {
  const { scenario } = workerData as { scenario: Scenario };
  const result = simulate(scenario, {
    onProgress: (value) => {
      post({ kind: 'progress', value });
    },
  });
  post({ kind: 'done', result });
} catch (error) {
  post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
}
