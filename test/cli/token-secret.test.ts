/**
 * The token secret (src/server/token-secret.ts): configured, or generated once into the SQLite data
 * directory with mode 0600 and read back on every later start, so tokens survive restarts.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveTokenSecret, SECRET_FILE } from '../../src/server/token-secret.js';

describe('resolveTokenSecret', () => {
  let dir = '';
  let dataDir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-secret-'));
    dataDir = join(dir, 'data');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const sqlite = (tokenSecret: string | null = null) => ({
    tokenSecret,
    storage: { kind: 'sqlite' as const, dataDir },
  });

  it('generates a secret on first start into <dataDir>/secret.key, readable by the owner only', () => {
    const first = resolveTokenSecret(sqlite());
    expect(first.origin).toBe('generated');
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    const file = join(dataDir, SECRET_FILE);
    expect(first.file).toBe(file);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.secret);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reads the same secret back on later starts', () => {
    const first = resolveTokenSecret(sqlite());
    const again = resolveTokenSecret(sqlite());
    expect(again).toEqual({ secret: first.secret, origin: 'stored', file: first.file, warning: null });
  });

  it('prefers a configured secret and writes nothing', () => {
    const configured = 'configured-secret-configured-secret-0123';
    expect(resolveTokenSecret(sqlite(configured))).toEqual({
      secret: configured,
      origin: 'configured',
      file: null,
      warning: null,
    });
    expect(() => statSync(join(dataDir, SECRET_FILE))).toThrow();
  });

  it('refuses a stored secret that is too short, and warns about one others can read', () => {
    resolveTokenSecret(sqlite());
    const file = join(dataDir, SECRET_FILE);
    if (process.platform !== 'win32') {
      chmodSync(file, 0o644);
      expect(resolveTokenSecret(sqlite()).warning).toMatch(/can be read by other users: chmod 600/);
    }
    writeFileSync(file, 'short\n');
    expect(() => resolveTokenSecret(sqlite())).toThrow(/shorter than 32 characters: fix it or delete it/);
  });

  it('never generates one for PostgreSQL', () => {
    expect(() =>
      resolveTokenSecret({ tokenSecret: null, storage: { kind: 'postgres', connectionString: 'postgres://x' } }),
    ).toThrow(/TOKEN_SECRET is required with PostgreSQL/);
  });
});
