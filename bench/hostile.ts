/**
 * Issue 14's attack at a larger size than the hostile tests, against the real `switchboard start`
 * (a child process, SQLite in a temporary directory, default limits, the demo tenant):
 * 2,000 Socket.IO connections attempted with one widget token, bound round-robin to 40 loopback
 * addresses (127.0.0.2 … 127.0.0.41, so the per-address cap alone could admit all of them), then 200
 * `conversation.open` on the first connection, while `/healthz` is probed one request at a time.
 * `--quick`: 200 connections, 50 opens.
 *
 * - `hostile.healthz_p99_ms_under_attack`: the 99th percentile of those `/healthz` round trips;
 * - `hostile.healthz_max_ms_under_attack`: the slowest one;
 * - `hostile.attacker_refusals`: connections and opens refused, with the codes in `note`;
 * - `hostile.sigterm_to_exit_ms`: SIGTERM right after the attack to the process's exit.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { runAttack } from './hostile-attack.js';
import { percentile, report } from './report.js';

const BIN = fileURLToPath(new URL('../bin/switchboard.mjs', import.meta.url));

export async function benchHostile({ quick }: { quick: boolean }): Promise<void> {
  const sockets = quick ? 200 : 2000;
  const opens = quick ? 50 : 200;
  const addresses = Array.from({ length: 40 }, (_, index) => `127.0.0.${index + 2}`);
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-hostile-'));
  const child = spawn(process.execPath, [BIN, 'start'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '0.0.0.0',
      SWITCHBOARD_DATA_DIR: dir,
      LOG_LEVEL: 'info',
      // The probes and the one widget session are not what is measured.
      RATE_LIMIT: '1000000',
      DATABASE_URL: '',
      SWITCHBOARD_CONFIG: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code) => {
        reject(new Error(`the server exited (${String(code)}) before it was ready`));
      });
      createInterface({ input: child.stdout }).on('line', (line) => {
        try {
          const parsed = JSON.parse(line) as { msg?: string; port?: number };
          if (parsed.msg === 'ready' && parsed.port !== undefined) resolve(parsed.port);
        } catch {
          // Not a log line (a banner on a terminal): ignored.
        }
      });
    });
    const result = await runAttack({
      url: `http://127.0.0.1:${port}`,
      tenantId: 'demo',
      sockets,
      opens,
      localAddresses: addresses,
      settleMs: 1000,
    });
    const refusedConnections = Object.values(result.refusedConnections).reduce((sum, n) => sum + n, 0);
    const refusedOpens = Object.values(result.refusedOpens).reduce((sum, n) => sum + n, 0);
    const attack = `${sockets} sockets attempted on one widget token from ${addresses.length} addresses, ${opens} opens`;
    report({
      name: 'hostile.healthz_p99_ms_under_attack',
      value: percentile(result.healthzMs, 99),
      unit: 'ms',
      note: `${attack}; ${result.healthzMs.length} probes`,
    });
    report({ name: 'hostile.healthz_max_ms_under_attack', value: Math.max(...result.healthzMs), unit: 'ms' });
    report({
      name: 'hostile.attacker_refusals',
      value: refusedConnections + refusedOpens,
      unit: 'count',
      note:
        `connected ${result.connected}, refused ${refusedConnections} ${JSON.stringify(result.refusedConnections)}; ` +
        `opened ${result.opened}, refused ${refusedOpens} ${JSON.stringify(result.refusedOpens)}`,
    });
    const signalledAt = performance.now();
    child.kill('SIGTERM');
    await exited;
    report({ name: 'hostile.sigterm_to_exit_ms', value: performance.now() - signalledAt, unit: 'ms' });
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}
