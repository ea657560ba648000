/**
 * Which customers are typing now (docs/realtime.md, "Typing and read marks"): a `typing` event from
 * a customer shows for its `expiresInMs` unless renewed, and ends at `typing: false` or when that
 * customer's message arrives.
 */
import { useEffect, useState } from 'react';
import type { Realtime } from '../../api/realtime.js';
import type { ServerEvents } from '../../api/types.js';
import type { TimelineEntry } from './types.js';

type TypingEvent = ServerEvents['typing'];

/** Longest a typing signal is shown, whatever the server says. */
const MAX_SHOWN_MS = 10_000;

/** The conversations whose customer is typing, as a set of ids. */
export function useCustomerTyping(realtime: Realtime | null): ReadonlySet<string> {
  const [typing, setTyping] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    if (realtime === null) return undefined;
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const set = (conversationId: string, on: boolean): void => {
      setTyping((current) => {
        if (current.has(conversationId) === on) return current;
        const next = new Set(current);
        if (on) next.add(conversationId);
        else next.delete(conversationId);
        return next;
      });
    };
    const stop = (conversationId: string): void => {
      clearTimeout(timers.get(conversationId));
      timers.delete(conversationId);
      set(conversationId, false);
    };
    const onTyping = (event: TypingEvent): void => {
      if (event.from !== 'customer') return;
      if (!event.typing) {
        stop(event.conversationId);
        return;
      }
      clearTimeout(timers.get(event.conversationId));
      const shownFor = Math.min(MAX_SHOWN_MS, Math.max(0, event.expiresInMs));
      timers.set(
        event.conversationId,
        setTimeout(() => {
          stop(event.conversationId);
        }, shownFor),
      );
      set(event.conversationId, true);
    };
    const onMessage = (entry: TimelineEntry): void => {
      if (entry.authorKind === 'customer') stop(entry.conversationId);
    };
    const onDisconnect = (): void => {
      for (const conversationId of [...timers.keys()]) stop(conversationId);
    };
    const { socket } = realtime;
    socket.on('typing', onTyping);
    socket.on('message', onMessage);
    socket.on('disconnect', onDisconnect);
    return () => {
      socket.off('typing', onTyping);
      socket.off('message', onMessage);
      socket.off('disconnect', onDisconnect);
      for (const timer of timers.values()) clearTimeout(timer);
    };
  }, [realtime]);
  return typing;
}
