/**
 * Who a pending transfer concerns — its initiator and the owner it moves from — kept by the
 * gateway, because the domain drops a transfer from the live state as soon as it is answered, and
 * the rejection, timeout or cancellation events name only the agent asked. Filled from the pending
 * transfers at start-up and from `TransferRequested`; emptied by each transfer's last event.
 */
import type { Tenants } from '../../services/tenants.js';

export interface Parties {
  readonly initiatorId: string;
  readonly fromAgentId: string;
}

const keyOf = (tenantId: string, transferId: string): string => `${tenantId}\u0000${transferId}`;

export class TransferParties {
  private readonly pending = new Map<string, Parties>();

  /** Remembers every transfer pending in the tenants served now. */
  static fromState(registry: Tenants): TransferParties {
    const parties = new TransferParties();
    for (const tenantId of registry.tenantIds()) {
      for (const transfer of registry.actor(tenantId)?.view.transfers.values() ?? []) {
        if (transfer.status === 'pending') parties.remember(tenantId, transfer.id, transfer);
      }
    }
    return parties;
  }

  remember(tenantId: string, transferId: string, parties: Parties): void {
    this.pending.set(keyOf(tenantId, transferId), {
      initiatorId: parties.initiatorId,
      fromAgentId: parties.fromAgentId,
    });
  }

  get(tenantId: string, transferId: string): Parties | undefined {
    return this.pending.get(keyOf(tenantId, transferId));
  }

  /** The parties of a transfer that has just ended, forgotten from now on. */
  settle(tenantId: string, transferId: string): Parties | undefined {
    const key = keyOf(tenantId, transferId);
    const parties = this.pending.get(key);
    this.pending.delete(key);
    return parties;
  }
}
