/**
 * The secret agent and customer tokens are signed with. Configured (`TOKEN_SECRET`), or — on SQLite
 * only — generated on first start and kept in `<dataDir>/secret.key` (mode 0600), so tokens issued
 * before a restart stay valid after it. PostgreSQL servers share one database and must share one
 * secret, so there the configuration requires it (see config.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerConfig } from './config.js';

/** The file, inside the SQLite data directory, that keeps a generated secret. */
export const SECRET_FILE = 'secret.key';

const MIN_LENGTH = 32;

export interface TokenSecret {
  readonly secret: string;
  /** Where it came from: the configuration, the data directory, or generated just now. */
  readonly origin: 'configured' | 'stored' | 'generated';
  /** The secret file, when one was read or written. */
  readonly file: string | null;
  /** A problem worth logging that does not stop the server (a secret file others can read). */
  readonly warning: string | null;
}

function readSecretFile(file: string): TokenSecret {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_LENGTH) {
    throw new Error(`${file} holds a token secret shorter than ${MIN_LENGTH} characters: fix it or delete it`);
  }
  const openToOthers = process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0;
  return {
    secret,
    origin: 'stored',
    file,
    warning: openToOthers ? `${file} can be read by other users: chmod 600 it` : null,
  };
}

/**
 * Returns the configured secret, or the one kept in the data directory, generating and storing it
 * (readable by the owner only) on first start. Throws if the stored one is unusable.
 */
export function resolveTokenSecret(config: Pick<ServerConfig, 'tokenSecret' | 'storage'>): TokenSecret {
  if (config.tokenSecret !== null) {
    return { secret: config.tokenSecret, origin: 'configured', file: null, warning: null };
  }
  if (config.storage.kind !== 'sqlite') throw new Error('TOKEN_SECRET is required with PostgreSQL');
  const file = join(config.storage.dataDir, SECRET_FILE);
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(config.storage.dataDir, { recursive: true });
  try {
    // `wx`: never overwrite; if another process created it first, theirs is the secret.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return readSecretFile(file);
    throw error;
  }
  return { secret, origin: 'generated', file, warning: null };
}
