/**
 * The SQLite writer on a worker thread of its own (issue 16). In the e2e bench about a quarter of
 * the server's event loop went to SQLite — statements, read-model and report rows, the commit, the
 * search index — while a chat message's other costs waited behind it. Here the loop only hands the
 * writer its calls and settles the answers; the worker (sqlite-writer-worker.ts) runs the very same
 * `LocalSqliteWriter`, so group commit, durability (an append settles only once its WAL is fsynced)
 * and every projection are unchanged.
 *
 * The calls of one turn of the loop go as one message, so appends of many tenants still share one
 * transaction; the answers settled together come back as one. An append's answer is the number of
 * events stored; the stored events are built here from the caller's own (nothing is copied back).
 *
 * If the worker dies (it should not: its errors are answers), every call waiting and every later
 * one is refused with the reason, like a store whose disk failed: the process must be restarted.
 * The worker keeps the process alive only while calls wait for it.
 */
import type { Worker } from 'node:worker_threads';
import type { DomainEvent } from '../../domain/events.js';
import { startModuleWorker } from '../../runtime/module-worker.js';
import type { StoredEvent } from '../event-store.js';
import type { SqlValue } from '../sql/sql-statement.js';
import { decodeError, type WriterCall, type WriterData, type WriterMessage } from './sqlite-writer-protocol.js';
import type { SnapshotRow, SqliteWriter, SqliteWriterOptions } from './sqlite-writer.js';

/** A call as the caller makes it (numbered when sent). */
type Call = WriterCall extends infer C ? (C extends WriterCall ? Omit<C, 'id'> : never) : never;

interface Waiting {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** The writer behind a worker thread (see the file header). */
export class ThreadSqliteWriter implements SqliteWriter {
  private readonly waiting = new Map<number, Waiting>();
  private outgoing: WriterCall[] = [];
  private scheduled = false;
  private lastId = 0;
  private failure: Error | null = null;
  commits = 0;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: WriterMessage) => {
      if (message.type === 'answers') this.settle(message);
    });
    worker.on('error', (error) => {
      this.fail(error);
    });
    worker.on('exit', (code) => {
      this.fail(new Error(`the SQLite writer thread exited (code ${String(code)})`));
    });
    worker.unref();
  }

  /** Starts the worker and waits until it has opened (and migrated) the database. */
  static async start(options: SqliteWriterOptions): Promise<ThreadSqliteWriter> {
    const data: WriterData = options;
    const worker = startModuleWorker(import.meta.url, 'sqlite-writer-worker', data);
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: WriterMessage): void => {
        worker.off('error', reject);
        if (message.type === 'ready') resolve();
        else if (message.type === 'failed') reject(decodeError(message.error));
      };
      worker.once('message', onMessage);
      worker.once('error', reject);
    }).catch(async (error: unknown) => {
      await worker.terminate();
      throw error;
    });
    return new ThreadSqliteWriter(worker);
  }

  async append(tenantId: string, expectedSeq: number, events: readonly DomainEvent[]): Promise<StoredEvent[]> {
    const count = (await this.call({ op: 'append', tenantId, expectedSeq, events })) as number;
    return events.slice(0, count).map((event, index) => ({ tenantId, seq: expectedSeq + index + 1, event }));
  }

  async lastSeq(tenantId: string): Promise<number> {
    return (await this.call({ op: 'lastSeq', tenantId })) as number;
  }

  async saveSnapshot(snapshot: SnapshotRow): Promise<void> {
    await this.call({ op: 'saveSnapshot', snapshot });
  }

  async run(sql: string, params: readonly SqlValue[]): Promise<number> {
    return (await this.call({ op: 'run', sql, params })) as number;
  }

  async rows(sql: string, params: readonly SqlValue[]): Promise<Record<string, unknown>[]> {
    return (await this.call({ op: 'rows', sql, params })) as Record<string, unknown>[];
  }

  async catchUpSearch(): Promise<void> {
    await this.call({ op: 'catchUpSearch' });
  }

  async close(): Promise<void> {
    if (this.failure !== null) return;
    await this.call({ op: 'close' });
    this.failure = new Error('the SQLite store is closed');
    await this.worker.terminate();
  }

  private call(call: Call): Promise<unknown> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.lastId += 1;
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(this.lastId, { resolve, reject });
      this.outgoing.push({ ...call, id: this.lastId });
      if (this.scheduled) return;
      this.scheduled = true;
      // The rest of this turn's calls join the message (and so the same group commit).
      setImmediate(() => {
        this.send();
      });
    });
  }

  private send(): void {
    this.scheduled = false;
    const calls = this.outgoing;
    this.outgoing = [];
    if (calls.length > 0 && this.failure === null) this.worker.postMessage(calls);
  }

  private settle(message: Extract<WriterMessage, { type: 'answers' }>): void {
    this.commits = message.commits;
    for (const answer of message.answers) {
      const waiting = this.waiting.get(answer.id);
      if (waiting === undefined) continue;
      this.waiting.delete(answer.id);
      if (answer.ok) waiting.resolve(answer.value);
      else waiting.reject(decodeError(answer.error));
    }
    if (this.waiting.size === 0) this.worker.unref();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
    this.worker.unref();
  }
}
