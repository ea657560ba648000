/**
 * The owner's check of resent message ids in cluster mode (docs/cluster.md): the node that received
 * a send checked already, but a send forwarded while its first attempt was still on the way (a
 * handover, a client resending through another node) reaches the owner twice. A duplicate of a
 * posted message is answered ok with no events (nothing posted again; the answer carries no seq).
 * A duplicate of a send the domain refused gets the same refusal — never an ok, which would tell
 * the client its message was posted when nothing was.
 */
import type { Command } from '../domain/commands.js';
import type { CommandResult } from '../engine/tenant-actor.js';
import { postedSeq, type MessageIds } from './message-ids.js';

/** Carries a refusal out of `MessageIds.once`, so a send waiting on it is refused alike. */
class RefusedSend extends Error {
  constructor(readonly result: CommandResult) {
    super('the send was refused');
  }
}

/** Wraps the owner's command execution with the message-id check (see the file header). */
export function ownerDeduplication(ids: MessageIds) {
  return async (tenantId: string, command: Command, run: () => Promise<CommandResult>): Promise<CommandResult> => {
    if (command.type !== 'PostMessage') return run();
    const outcome: { result: CommandResult | null } = { result: null };
    try {
      await ids.once(tenantId, command.conversationId, command.messageId, async () => {
        const result = await run();
        if (!result.ok) throw new RefusedSend(result);
        outcome.result = result;
        return postedSeq(result.events, command.messageId);
      });
    } catch (error) {
      if (error instanceof RefusedSend) return error.result;
      throw error;
    }
    return outcome.result ?? { ok: true, events: [] };
  };
}
