/**
 * How many conversations a customer may have open at once when they open their own (issue 14):
 * through the widget's `conversation.open` or `POST /api/v1/conversations` with a customer token.
 * Past the cap the open is refused with `TOO_MANY_OPEN_CONVERSATIONS` and nothing is stored; staff
 * and API keys opening on a customer's behalf are not capped.
 *
 * The count is the customer's open conversations in the read model (one indexed query, the read
 * model commits with the log) plus the opens of theirs still in flight here, so a burst of
 * concurrent opens cannot all pass the check before the first is stored.
 */
import type { ConversationStatus } from '../../domain/conversation.js';
import type { ReadModel } from '../../store/read-model.js';
import { ApiError } from './error-catalogue.js';

/** The statuses that count as open. */
export const openStatuses: readonly ConversationStatus[] = ['queued', 'left-message', 'offered', 'active', 'dormant'];

export class CustomerOpenLimit {
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly readModel: ReadModel,
    /** Open conversations per customer; default 5. */
    readonly max: number = 5,
  ) {}

  /**
   * Runs `open` (which stores one conversation of the customer) if the customer is under the
   * cap; otherwise throws TOO_MANY_OPEN_CONVERSATIONS without running it.
   */
  async guard<T>(tenantId: string, customerId: string, open: () => Promise<T>): Promise<T> {
    const key = JSON.stringify([tenantId, customerId]);
    const pending = this.inFlight.get(key) ?? 0;
    // Counted before the query: opens arriving while it runs see this one.
    this.inFlight.set(key, pending + 1);
    try {
      if (pending >= this.max) throw tooMany(this.max);
      const filter = { customerId, status: [...openStatuses] };
      const page = await this.readModel.listConversations(tenantId, filter, { limit: this.max });
      if (page.items.length + pending >= this.max) throw tooMany(this.max);
      return await open();
    } finally {
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left <= 0) this.inFlight.delete(key);
      else this.inFlight.set(key, left);
    }
  }
}

const tooMany = (max: number): ApiError =>
  new ApiError(
    'TOO_MANY_OPEN_CONVERSATIONS',
    `A customer may have ${max} open conversations at once; close one first.`,
  );
