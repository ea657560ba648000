/**
 * Read marks (issue 17): per conversation, the highest seq each side has read — the customer (what
 * their widget has shown) and the agent side (what the owner has viewed in the workspace). Marks
 * only move forward. They are realtime state, kept in this process's memory and never stored as
 * events: a restart forgets them, and they are bounded (the oldest conversation's marks go first)
 * so no client can grow them without end. docs/realtime.md, "Typing and read marks", says why.
 */

export type Reader = 'customer' | 'agent';

export interface Marks {
  readonly customer: number;
  readonly agent: number;
}

/** Conversations whose marks are kept at once by default. */
export const DEFAULT_READ_MARK_CONVERSATIONS = 50_000;

const none: Marks = { customer: 0, agent: 0 };

export class ReadMarks {
  private readonly marks = new Map<string, Marks>();

  constructor(private readonly capacity: number = DEFAULT_READ_MARK_CONVERSATIONS) {}

  /** The marks of a conversation (0 for a side that has read nothing yet). */
  get(tenantId: string, conversationId: string): Marks {
    return this.marks.get(key(tenantId, conversationId)) ?? none;
  }

  /**
   * Moves `reader`'s mark up to `seq` (never down); answers the mark kept and whether it moved.
   */
  mark(tenantId: string, conversationId: string, reader: Reader, seq: number): { seq: number; moved: boolean } {
    const id = key(tenantId, conversationId);
    const current = this.marks.get(id) ?? none;
    if (seq <= current[reader]) return { seq: current[reader], moved: false };
    // Re-inserted, so the map's order is least recently marked first.
    this.marks.delete(id);
    this.marks.set(id, { ...current, [reader]: seq });
    while (this.marks.size > this.capacity) {
      const oldest = this.marks.keys().next();
      if (oldest.done === true) break;
      this.marks.delete(oldest.value);
    }
    return { seq, moved: true };
  }
}

/** Tenant ids never contain `:` (rooms.ts), so the key cannot be read two ways. */
const key = (tenantId: string, conversationId: string): string => `${tenantId}:${conversationId}`;
