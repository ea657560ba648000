/** `switchboard simulate`: the real executable, the simple case with --json, a scenario file, usage errors. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { BIN, cleanEnv } from '../support/cli-process.js';

let listed = '';

const run = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, 'simulate', ...args], {
      env: cleanEnv({}),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe('switchboard simulate', () => {
  it('prints one JSON object for the simple case', async () => {
    const { code, stdout } = await run(
      '--agents 55 --capacity 1 --arrival-rate 0.2 --mean-handle 240 --duration 20000 --warmup 2000 --seed 7 --json'.split(
        ' ',
      ),
    );
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as Record<string, unknown>;
    for (const key of [
      'arrivals',
      'served',
      'abandoned',
      'pWait',
      'asaSeconds',
      'serviceLevel',
      'abandonRate',
      'occupancy',
    ])
      expect(typeof result[key], key).toBe('number');
    expect(result.arrivals).toBeGreaterThan(3000);
    expect(result.seed).toBe(7);
  }, 60_000);

  it('runs a scenario file with overrides and prints a table with per-group rows', async () => {
    const { code, stdout } = await run([
      '--scenario',
      'examples/scenarios/multi-skill.json',
      '--duration',
      '20000',
      '--warmup',
      '1000',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/service level \(20 s\)/);
    expect(stdout).toMatch(/hotels-en/);
  }, 60_000);

  it('refuses missing flags, bad numbers and invalid scenarios with a clear message', async () => {
    const inProcess = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['simulate', ...args], {
        env: {},
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        readSecret: () => Promise.reject(new Error('no secrets here')),
      });
      return { code, stdout, stderr };
    };
    const missing = await inProcess(['--agents', '5']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--arrival-rate is required/);
    const bad = await inProcess('--agents 5 --arrival-rate fast --mean-handle 100 --duration 100'.split(' '));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--arrival-rate must be a number/);
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ durationSeconds: 10 }));
    const invalid = await inProcess(['--scenario', file]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/not valid/);
    const help = await inProcess(['--help']);
    expect(help.stdout).toMatch(/--sl-threshold/);
    const list = await runCli(['--help'], {
      env: {},
      stdout: (text) => (listed += text),
      stderr: () => undefined,
      readSecret: () => Promise.resolve(''),
    });
    expect(list).toBe(0);
    expect(listed).toMatch(/simulate/);
  });
});
