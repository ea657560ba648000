/**
 * What every read-model projection receives: the event's place in the log, and the statements it
 * returns. A projection is a pure function of one event; it never reads the database, so both
 * adapters run the same statements inside the transaction that appends the event.
 */
import type { SqlStatement } from './sql-statement.js';

/** Where the projected event sits: its tenant and its seq in the tenant's log. */
export interface ProjectionContext {
  readonly tenantId: string;
  /** The event's seq in the tenant's log. */
  readonly seq: number;
}

/** A pure projection of one event type to the statements that apply it to the read models. */
export type Projection<E> = (context: ProjectionContext, event: E) => SqlStatement[];
