/**
 * One server per SQLite data directory, and no offline writes under a running server. A server's
 * tenant actors hold each tenant's state in memory; a CLI command appending to the same log behind
 * their back would not be seen by them (an API key issued offline would not work until a restart,
 * and the server's next append for that tenant would be refused). So `start` records its process id
 * in `<dataDir>/switchboard.pid`, and the commands that write refuse while that process lives.
 * A file left by a killed server names a dead process and is ignored. PostgreSQL deployments have
 * no such guard: there, use the HTTP API while servers run. Several server processes on one store is
 * what cluster mode is for (PostgreSQL and Redis, docs/cluster.md); the refusal says so.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreConfig } from '../store/create-store.js';

export const LOCK_FILE = 'switchboard.pid';

/** A live server holds the data directory. */
export class DataDirBusyError extends Error {
  constructor(
    readonly file: string,
    readonly pid: number,
  ) {
    super(
      `a Switchboard server (pid ${pid}) is running on this data directory: stop it first, or use the HTTP API ` +
        `(if no server is running, delete ${file}). A SQLite data directory serves one process: to run several ` +
        'server processes, use cluster mode (DATABASE_URL + REDIS_URL, see docs/cluster.md)',
    );
    this.name = 'DataDirBusyError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** The live server holding `dataDir`, other than this process, or null. */
function holder(file: string): number | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
}

/** Throws `DataDirBusyError` when a server runs on this store's SQLite data directory. */
export function assertNoServer(storage: StoreConfig): void {
  if (storage.kind !== 'sqlite') return;
  const file = join(storage.dataDir, LOCK_FILE);
  const pid = holder(file);
  if (pid !== null) throw new DataDirBusyError(file, pid);
}

/** Claims the data directory for this server process; the returned function releases it. */
export function claimDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  const pid = holder(file);
  if (pid !== null) throw new DataDirBusyError(file, pid);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${process.pid}\n`);
  return () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
}
