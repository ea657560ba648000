/**
 * The last resort of a bounded shutdown: a worker thread that kills the process (SIGKILL) if it is
 * still alive `ms` after being started. The main thread's own timer (start.ts) exits more politely
 * first, but only if its event loop gets a turn; a thread of its own does not depend on that. The
 * worker is unreferenced: it never keeps a process alive that is otherwise done.
 */
import { Worker } from 'node:worker_threads';

const source = `
const { workerData } = require('node:worker_threads');
setTimeout(() => process.kill(process.pid, 'SIGKILL'), workerData.ms);
`;

/** Starts the watchdog; the process is killed after `ms` unless it has exited by then. */
export function startShutdownWatchdog(ms: number): void {
  const worker = new Worker(source, { eval: true, workerData: { ms } });
  worker.unref();
}
