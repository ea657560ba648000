/**
 * The messages between the store and its writer thread (sqlite-writer-thread.ts,
 * sqlite-writer-worker.ts). The store sends every call of one turn of its event loop as one list;
 * the writer answers in lists too, each answer naming its call. Errors cross as plain data and are
 * rebuilt as the classes the store's callers test for (a sequence conflict, a snapshot ahead of the
 * log); any other error keeps its name, message and code.
 */
import type { DomainEvent } from '../../domain/events.js';
import { SequenceConflictError } from '../event-store.js';
import { SnapshotAheadOfLogError } from '../snapshot-store.js';
import type { SqlValue } from '../sql/sql-statement.js';
import type { SnapshotRow, SqliteWriterOptions } from './sqlite-writer.js';

/** One call of the store, numbered by it. */
export type WriterCall = { readonly id: number } & (
  | {
      readonly op: 'append';
      readonly tenantId: string;
      readonly expectedSeq: number;
      readonly events: readonly DomainEvent[];
    }
  | { readonly op: 'lastSeq'; readonly tenantId: string }
  | { readonly op: 'saveSnapshot'; readonly snapshot: SnapshotRow }
  | { readonly op: 'run' | 'rows'; readonly sql: string; readonly params: readonly SqlValue[] }
  | { readonly op: 'catchUpSearch' }
  | { readonly op: 'close' }
);

/** An error as it crosses between threads. */
export interface WriterError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  /** A sequence conflict's or a snapshot refusal's figures. */
  readonly tenantId?: string;
  readonly expectedSeq?: number;
  readonly actualSeq?: number;
  readonly seq?: number;
  readonly lastSeq?: number;
}

/** The answer to call `id`: its value (an append's: how many events it stored), or its error. */
export type WriterAnswer =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: WriterError };

/** What the writer thread posts: first `ready` (or `failed`), then answers. */
export type WriterMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly error: WriterError }
  | { readonly type: 'answers'; readonly answers: readonly WriterAnswer[]; readonly commits: number };

/** What the writer thread is started with. */
export type WriterData = SqliteWriterOptions;

export function encodeError(error: unknown): WriterError {
  if (error instanceof SequenceConflictError) {
    const { name, message, tenantId, expectedSeq, actualSeq } = error;
    return { name, message, tenantId, expectedSeq, actualSeq };
  }
  if (error instanceof SnapshotAheadOfLogError) {
    const { name, message, tenantId, seq, lastSeq } = error;
    return { name, message, tenantId, seq, lastSeq };
  }
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}

export function decodeError(error: WriterError): Error {
  if (error.name === 'SequenceConflictError')
    return new SequenceConflictError(error.tenantId ?? '', error.expectedSeq ?? 0, error.actualSeq ?? 0);
  if (error.name === 'SnapshotAheadOfLogError')
    return new SnapshotAheadOfLogError(error.tenantId ?? '', error.seq ?? 0, error.lastSeq ?? 0);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.code !== undefined) Object.assign(rebuilt, { code: error.code });
  return rebuilt;
}
