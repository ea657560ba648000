/**
 * Runs the real `switchboard` executable (bin/switchboard.mjs) as a child process, collecting its
 * JSON log lines, for the CLI tests: waiting for a log message, then signalling and awaiting the exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

export const BIN = fileURLToPath(new URL('../../bin/switchboard.mjs', import.meta.url));

/** One pino line: `msg` plus whatever fields it carried. */
export type LogLine = Record<string, unknown> & { readonly msg?: string };

/** An environment with no inherited Switchboard settings (empty means unset), plus `env`. */
export function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const blank = [
    'DATABASE_URL',
    'DATABASE_SCHEMA',
    'SWITCHBOARD_CONFIG',
    'TOKEN_SECRET',
    'ADMIN_TOKEN',
    'PORT',
    'HOST',
  ];
  return { ...process.env, ...Object.fromEntries(blank.map((name) => [name, ''])), ...env };
}

export class CliProcess {
  readonly logs: LogLine[] = [];
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;
  private waiters: (() => void)[] = [];

  constructor(args: readonly string[], env: Record<string, string>) {
    this.child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      try {
        this.logs.push(JSON.parse(line) as LogLine);
      } catch {
        this.logs.push({ text: line });
      }
      for (const wake of this.waiters) wake();
    });
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        resolve({ code, signal });
        for (const wake of this.waiters) wake();
      });
    });
  }

  /** The first log line with this `msg`; rejects if the process exits or `timeoutMs` passes first. */
  async waitForLog(msg: string, timeoutMs = 30_000): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.logs.find((line) => line.msg === msg);
      if (found !== undefined) return found;
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`exited (${String(this.child.exitCode)}) before "${msg}": ${this.stderr}`);
      }
      if (Date.now() > deadline) throw new Error(`no "${msg}" within ${timeoutMs} ms: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiters = [];
    }
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}

/** Runs the executable to completion; resolves with its status and output. */
export async function runBin(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
}
