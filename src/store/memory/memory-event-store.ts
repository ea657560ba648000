/**
 * In-memory adapter of the store port, for tests and the simulator. Durable only as long as the
 * process lives; events are deep-copied on the way in and out so no caller can alter the log. A
 * cluster fence, if given, is ignored (one process).
 */
import { SequenceConflictError, type EventStore, type StoredEvent } from '../event-store.js';
import type { DomainEvent } from '../../domain/events.js';

export function createMemoryEventStore(): EventStore {
  const logs = new Map<string, StoredEvent[]>();
  const logOf = (tenantId: string): StoredEvent[] => {
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
      const stored = events.map((event, index) => ({
        tenantId,
        seq: expectedSeq + index + 1,
        event: structuredClone(event),
      }));
      log.push(...stored);
      return Promise.resolve(structuredClone(stored));
    },
    read(tenantId: string, afterSeq: number, limit: number): Promise<StoredEvent[]> {
      return Promise.resolve(structuredClone(logOf(tenantId).slice(afterSeq, afterSeq + limit)));
    },
    lastSeq(tenantId: string): Promise<number> {
      return Promise.resolve(logOf(tenantId).length);
    },
    close(): Promise<void> {
      return Promise.resolve();
    },
  };
}
