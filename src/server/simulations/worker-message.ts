/** What a simulation worker (simulation-worker.ts) tells the server. */
import type { SimulationResult } from '../../sim/simulation-result.js';

export type WorkerMessage =
  | { readonly kind: 'progress'; readonly value: number }
  | { readonly kind: 'done'; readonly result: SimulationResult }
  | { readonly kind: 'failed'; readonly message: string };
