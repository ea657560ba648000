/**
 * In-memory adapter of the store port, for tests, the simulator and the engine benchmarks. Durable
 * only as long as the process lives. Like the durable adapters, it keeps each event serialised (JSON)
 * and parses it on the way out, so no caller can alter the log and a value JSON cannot carry is lost
 * here as it would be on disk; `append` returns the caller's own events with their seqs, as the SQL
 * adapters do. A cluster fence, if given, is ignored (one process).
 */
import { SequenceConflictError, type EventStore, type StoredEvent } from '../event-store.js';
import type { DomainEvent } from '../../domain/events.js';

export function createMemoryEventStore(): EventStore {
  const logs = new Map<string, string[]>();
  const logOf = (tenantId: string): string[] => {
    let log = logs.get(tenantId);
    if (log === undefined) {
      log = [];
      logs.set(tenantId, log);
    }
    return log;
  };
  return {
    append(tenantId: string, expectedSeq: number, events: readonly DomainEvent[]): Promise<StoredEvent[]> {
      const log = logOf(tenantId);
      if (log.length !== expectedSeq)
        return Promise.reject(new SequenceConflictError(tenantId, expectedSeq, log.length));
      const stored = events.map((event, index) => ({ tenantId, seq: expectedSeq + index + 1, event }));
      for (const event of events) log.push(JSON.stringify(event));
      return Promise.resolve(stored);
    },
    read(tenantId: string, afterSeq: number, limit: number): Promise<StoredEvent[]> {
      return Promise.resolve(
        logOf(tenantId)
          .slice(afterSeq, afterSeq + limit)
          .map((json, index) => ({ tenantId, seq: afterSeq + index + 1, event: JSON.parse(json) as DomainEvent })),
      );
    },
    lastSeq(tenantId: string): Promise<number> {
      return Promise.resolve(logOf(tenantId).length);
    },
    close(): Promise<void> {
      return Promise.resolve();
    },
  };
}
