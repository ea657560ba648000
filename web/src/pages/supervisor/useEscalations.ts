/**
 * Conversations whose owner missed the first response after the automatic takeovers ran out
 * (`conversation.escalated`, docs/routing.md): they stay with that owner, so the wallboard lists
 * them until the supervisor has dealt with them or dismissed them.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Realtime } from '../../api/realtime.js';

export interface EscalationNotice {
  readonly conversationId: string;
  readonly ownerId: string;
  readonly takeovers: number;
  readonly at: string;
}

export function useEscalations(realtime: Realtime | null): {
  readonly escalations: readonly EscalationNotice[];
  readonly dismiss: (conversationId: string) => void;
} {
  const [escalations, setEscalations] = useState<readonly EscalationNotice[]>([]);
  useEffect(() => {
    if (realtime === null) return undefined;
    const onEscalated = (payload: EscalationNotice): void => {
      const { conversationId, ownerId, takeovers, at } = payload;
      setEscalations((current) => [
        ...current.filter((entry) => entry.conversationId !== conversationId),
        { conversationId, ownerId, takeovers, at },
      ]);
    };
    realtime.socket.on('conversation.escalated', onEscalated);
    return () => {
      realtime.socket.off('conversation.escalated', onEscalated);
    };
  }, [realtime]);
  const dismiss = useCallback((conversationId: string) => {
    setEscalations((current) => current.filter((entry) => entry.conversationId !== conversationId));
  }, []);
  return { escalations, dismiss };
}
