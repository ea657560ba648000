/**
 * Preloaded (`--import`) into the server processes the e2e bench and the soak run start: it watches
 * the process's own event loop (monitorEventLoopDelay, 10 ms resolution is too coarse, so 1 ms) and
 * answers the parent over IPC, so the figures come from inside the server without the server's code
 * knowing about the bench. Messages: `{ probe: 'reset' }` starts a new window; `{ probe: 'read' }` is
 * answered with `{ probe: 'figures', loopP99Ms, loopMaxMs, heapUsedMb, rssMb, cpuUserMs, cpuSystemMs }`
 * for the window since the last reset. `{ probe: 'reset', profile: FILE }` also starts a V8 CPU
 * profile of the window, written to FILE at the next `read` (so a profile covers one phase only).
 * `{ probe: 'snapshot', file: FILE }` writes a heap snapshot there (the soak run's leak hunt).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { writeHeapSnapshot } from 'node:v8';

/** What the probe answers to `read`. */
export interface ProbeFigures {
  readonly probe: 'figures';
  readonly loopP99Ms: number;
  readonly loopMaxMs: number;
  readonly heapUsedMb: number;
  readonly rssMb: number;
  /** CPU time the process used in the window. */
  readonly cpuMs: number;
  readonly windowMs: number;
}

if (process.send !== undefined) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let cpu = process.cpuUsage();
  let since = performance.now();
  const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
  const inspector = new Session();
  let profileTo: string | null = null;
  let connected = false;
  const stopProfile = (): void => {
    if (profileTo === null) return;
    const file = profileTo;
    profileTo = null;
    inspector.post('Profiler.stop', (error, result) => {
      if (error === null) writeFileSync(file, JSON.stringify(result.profile));
    });
  };
  process.on('message', (message: { probe?: string; profile?: string; file?: string }) => {
    if (message.probe === 'snapshot' && message.file !== undefined) {
      writeHeapSnapshot(message.file);
      process.send?.({ probe: 'snapshot' });
    } else if (message.probe === 'reset') {
      stopProfile();
      if (message.profile !== undefined) {
        profileTo = message.profile;
        if (!connected) inspector.connect();
        connected = true;
        inspector.post('Profiler.enable', () => {
          inspector.post('Profiler.start');
        });
      }
      histogram.reset();
      cpu = process.cpuUsage();
      since = performance.now();
    } else if (message.probe === 'read') {
      if ((message as { gc?: boolean }).gc === true) globalThis.gc?.();
      const used = process.cpuUsage(cpu);
      const memory = process.memoryUsage();
      const figures: ProbeFigures = {
        probe: 'figures',
        loopP99Ms: histogram.percentile(99) / 1e6,
        loopMaxMs: histogram.max / 1e6,
        heapUsedMb: mb(memory.heapUsed),
        rssMb: mb(memory.rss),
        cpuMs: (used.user + used.system) / 1000,
        windowMs: performance.now() - since,
      };
      process.send?.(figures);
      // After the figures: writing the profile takes a while, and is not the server's work.
      stopProfile();
    }
  });
  // The IPC channel must not keep a server alive that is otherwise done.
  process.channel?.unref();
}
