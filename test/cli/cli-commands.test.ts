/**
 * The offline CLI commands, run in-process through `runCli` against a temporary SQLite data
 * directory: usage errors, migrate, tenants, create-tenant, api-key, seed-demo, hash-password, and
 * the refusal to write under a running server.
 */
import { spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.js';
import { LOCK_FILE } from '../../src/cli/data-dir-lock.js';
import { readSecret } from '../../src/cli/read-secret.js';
import { commands, runCli } from '../../src/cli/run-cli.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { TenantActor } from '../../src/engine/tenant-actor.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { parseApiKey, secretMatches } from '../../src/transport/auth/api-keys.js';
import { verifyPassword } from '../../src/transport/auth/passwords.js';
import { latestSchemaVersion } from '../../src/store/sql/migrations.js';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let dir = '';
let dataDir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'switchboard-cmd-'));
  dataDir = join(dir, 'data');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function cli(argv: readonly string[], options: { secret?: string; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    env: { SWITCHBOARD_DATA_DIR: dataDir, ...options.env },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readSecret: () => Promise.resolve(options.secret ?? ''),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr } satisfies Run;
}

/** The tenant's state as a server would rebuild it from the store. */
async function tenantState(tenantId: string) {
  const store = await createSqliteStore({ dataDir });
  const clock = new SimulatedClock(0);
  const actor = await TenantActor.start({ tenantId, store, clock, scheduler: clock });
  const view = actor.view;
  await actor.close();
  await store.close();
  return view;
}

describe('usage', () => {
  it('answers --help for every command, and 2 for unknown commands, options or missing values', async () => {
    for (const command of commands) {
      const help = await cli([...command.name.split(' '), '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: switchboard ${command.name}`));
    }
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['serve']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "serve"');
    const option = await cli(['tenants', '--colour']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/Unknown option '--colour'[\s\S]*See: switchboard tenants --help/);
    const missing = await cli(['api-key', '--tenant', 't1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--name is required');
  });

  it('reports a bad configuration with exit status 1, naming the setting', async () => {
    const result = await cli(['tenants'], { env: { LOG_LEVEL: 'chatty' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LOG_LEVEL: expected one of fatal, error');
  });
});

describe('store commands', () => {
  it('migrate creates the database at the latest schema version', async () => {
    const result = await cli(['migrate']);
    expect(result).toMatchObject({
      code: 0,
      stdout: `schema at version ${latestSchemaVersion()} (SQLite in ${dataDir})\n`,
    });
  });

  it('create-tenant makes a tenant with an admin who can log in; tenants lists it', async () => {
    expect((await cli(['tenants'])).stdout).toBe('no tenants\n');
    const created = await cli(
      ['create-tenant', '--id', 'acme', '--admin-id', 'boss', '--admin-name', 'Boss', '--time-zone', 'Europe/Paris'],
      { secret: 'a long enough password' },
    );
    expect(created).toMatchObject({ code: 0, stdout: 'created tenant acme with admin boss\n' });
    const state = await tenantState('acme');
    expect(state.agents.get('boss')).toMatchObject({ name: 'Boss', role: 'admin' });
    expect(state.settings.timeZone).toBe('Europe/Paris');
    expect(await verifyPassword('a long enough password', state.access.passwords.get('boss')!)).toBe(true);

    const listed = await cli(['tenants']);
    expect(listed.stdout).toMatch(/^tenant\s+events\s+agents\nacme\s+3\s+1\n$/);
    expect((await cli(['tenants', '--json'])).stdout).toBe('{"tenantId":"acme","events":3,"agents":1}\n');

    const again = await cli(['create-tenant', '--id', 'acme', '--admin-id', 'x', '--admin-password', 'lantern-ridge']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('tenant "acme" already exists');
  });

  it('create-tenant refuses bad ids, zones, short and common passwords before touching the store', async () => {
    const bad = await cli(['create-tenant', '--id', 'Acme!', '--admin-id', 'a', '--admin-password', 'lantern-ridge']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--id: "Acme!" is not a tenant id');
    const zone = await cli(['create-tenant', '--id', 'a', '--admin-id', 'a', '--time-zone', 'Mars/Olympus']);
    expect(zone.stderr).toContain('unknown time zone "Mars/Olympus"');
    const short = await cli(['create-tenant', '--id', 'a', '--admin-id', 'a'], { secret: 'short' });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('at least 8 characters');
    const common = await cli(['create-tenant', '--id', 'a', '--admin-id', 'a', '--admin-password', 'password1']);
    expect(common.code).toBe(2);
    expect(common.stderr).toContain('among the most common');
    expect((await cli(['tenants'])).stdout).toBe('no tenants\n');
  });

  it('api-key prints a working key once and stores only its hash', async () => {
    await cli(['create-tenant', '--id', 'acme', '--admin-id', 'boss', '--admin-password', 'lantern-ridge']);
    const issued = await cli(['api-key', '--tenant', 'acme', '--name', 'CRM sync', '--id', 'crm']);
    expect(issued.code).toBe(0);
    expect(issued.stderr).toContain('not shown again');
    const key = parseApiKey(issued.stdout.trim())!;
    expect(key).toMatchObject({ tenantId: 'acme', keyId: 'crm' });
    const stored = (await tenantState('acme')).access.apiKeys.get('crm')!;
    expect(stored.name).toBe('CRM sync');
    expect(stored.hash).not.toContain(key.secret);
    expect(secretMatches(key.secret, stored.hash)).toBe(true);

    const duplicate = await cli(['api-key', '--tenant', 'acme', '--name', 'again', '--id', 'crm']);
    expect(duplicate.code).toBe(2);
    const nobody = await cli(['api-key', '--tenant', 'nobody', '--name', 'x']);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('no tenant "nobody"');
  });

  it('seed-demo creates the demo tenant, then has nothing to do', async () => {
    const first = await cli(['seed-demo']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^demo tenant "demo": \d+ changes applied/);
    expect(first.stdout).toContain('zhangwei');
    const second = await cli(['seed-demo']);
    expect(second.stdout).toBe('demo tenant "demo" is complete: nothing to do\n');
  });

  it('hash-password prints a hash of the typed password', async () => {
    const result = await cli(['hash-password'], { secret: 'correct horse' });
    expect(result.code).toBe(0);
    expect(await verifyPassword('correct horse', result.stdout.trim())).toBe(true);
    expect((await cli(['hash-password', '--password', 'short'])).code).toBe(2);
  });
});

describe('reading a secret', () => {
  it('takes the first line of piped input, and reads a terminal without echo, honouring backspace', async () => {
    const output = new PassThrough();
    expect(await readSecret(Readable.from(['s3cret pass\n', 'ignored\n']), output, 'Password: ')).toBe('s3cret pass');
    let raw: boolean[] = [];
    const terminal = Object.assign(new PassThrough(), {
      isTTY: true,
      setRawMode: (mode: boolean) => (raw = [...raw, mode]),
    });
    const typed = readSecret(terminal, output, 'Password: ');
    terminal.write('pas\u007fss\r');
    expect(await typed).toBe('pass');
    expect(raw).toEqual([true, false]);
    expect(String(output.read())).toBe('Password: \n');
  });
});

describe('a running server', () => {
  it('keeps offline writers out of its data directory; a file left by a dead process is ignored', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await cli(['migrate']);
      writeFileSync(join(dataDir, LOCK_FILE), `${String(sleeper.pid)}\n`);
      const refused = await cli(['seed-demo']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`a Switchboard server (pid ${String(sleeper.pid)}) is running`);
      // Reading is allowed.
      expect((await cli(['tenants'])).code).toBe(0);
    } finally {
      sleeper.kill();
    }
    await new Promise((resolve) => sleeper.once('exit', resolve));
    expect((await cli(['seed-demo'])).code).toBe(0);
  });
});
