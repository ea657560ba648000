/**
 * The `switchboard` executable end to end: help, and `start` on an ephemeral port in a temporary data
 * directory — ready line, health, a demo agent's login over HTTP, a clean exit on SIGTERM — then a
 * second start on the same directory that keeps the data (no reseed) and the token secret.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliProcess, runBin } from '../support/cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-cli-'));
const dataDir = join(dir, 'data');
const env = { PORT: '0', HOST: '127.0.0.1', SWITCHBOARD_DATA_DIR: dataDir, LOG_LEVEL: 'info' };

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe('switchboard executable', () => {
  it('prints help for itself and each command', async () => {
    const main = await runBin(['--help']);
    expect(main.code).toBe(0);
    for (const name of ['start', 'migrate', 'seed-demo', 'tenants', 'create-tenant', 'api-key', 'hash-password']) {
      expect(main.stdout).toContain(`  ${name} `);
    }
    const start = await runBin(['start', '--help']);
    expect(start.code).toBe(0);
    expect(start.stdout).toMatch(/^Usage: switchboard start \[--config <path>\] \[--no-demo\]/);
  });

  it('refuses a bad configuration before starting, naming the setting', async () => {
    const result = await runBin(['start'], { ...env, PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT: expected an integer from 0 to 65535');
    expect(existsSync(dataDir)).toBe(false);
  });

  let token = '';
  let events = 0;

  it('starts on a free port, seeds the demo tenant, serves, and stops cleanly on SIGTERM', async () => {
    const server = new CliProcess(['start'], env);
    try {
      const ready = await server.waitForLog('ready');
      expect(ready.port).toEqual(expect.any(Number));
      expect(ready.port).not.toBe(0);
      const base = `http://127.0.0.1:${String(ready.port)}`;
      expect(ready.url).toBe(base);
      expect(ready.docs).toBe(`${base}/docs`);
      const demoInfo = ready.demo as { tenantId: string; logins: string[] };
      expect(demoInfo.tenantId).toBe('demo');
      expect(demoInfo.logins).toEqual([
        'admin',
        'wangfang',
        'liqiang',
        'zhangwei',
        'liuyang',
        'chenjing',
        'zhaolei',
        'sunli',
        'zhoumin',
        'emily',
      ]);
      expect(server.logs.find((line) => line.msg === 'seeded the demo tenant')).toBeDefined();
      expect(server.logs.find((line) => line.msg === 'recovered')).toMatchObject({ tenants: 0, events: 0 });

      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenantId: 'demo', agentId: 'zhangwei', password: 'demo-agent' }),
      });
      expect(login.status).toBe(200);
      const body = await json(login);
      expect(body).toMatchObject({ tenantId: 'demo', subject: 'zhangwei', role: 'agent' });
      token = String(body.token);
      expect((await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);

      // Another process may not write to the store under a running server.
      const busy = await runBin(['api-key', '--tenant', 'demo', '--name', 'x'], env);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(/a Switchboard server \(pid \d+\) is running on this data directory/);
      // Nor may a second server start on it: the refusal points to cluster mode.
      const second = await runBin(['start'], env);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/switchboard start: a Switchboard server \(pid \d+\) is running on this data/);
      expect(second.stderr).toContain(
        'to run several server processes, use cluster mode (DATABASE_URL + REDIS_URL, see docs/cluster.md)',
      );
    } finally {
      server.kill('SIGTERM');
    }
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.logs.map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
    expect(existsSync(join(dataDir, 'switchboard.pid'))).toBe(false);
    if (process.platform !== 'win32') expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);

    const tenants = await runBin(['tenants', '--json'], env);
    expect(tenants.code).toBe(0);
    const demo = JSON.parse(tenants.stdout.trim()) as { tenantId: string; events: number; agents: number };
    expect(demo).toMatchObject({ tenantId: 'demo', agents: 10 });
    events = demo.events;
    expect(events).toBeGreaterThan(0);
  });

  it('keeps the data and the token secret across a restart, without seeding again', async () => {
    expect(token).not.toBe('');
    const server = new CliProcess(['start'], env);
    try {
      const ready = await server.waitForLog('ready');
      expect(server.logs.find((line) => line.msg === 'recovered')).toMatchObject({ tenants: 1, events });
      expect(server.logs.find((line) => line.msg === 'seeded the demo tenant')).toBeUndefined();
      expect(server.logs.find((line) => line.msg === 'generated a token secret')).toBeUndefined();
      const me = await fetch(`http://127.0.0.1:${String(ready.port)}/api/v1/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.status).toBe(200);
      expect(await json(me)).toMatchObject({ tenantId: 'demo', agentId: 'zhangwei' });
    } finally {
      server.kill('SIGINT');
    }
    expect((await server.exited).code).toBe(0);
  });
});
