/**
 * Watching one conversation over the realtime connection: join it (the server then sends its whole
 * timeline, entry by entry in seq order, and every later one), keep the entries by seq so nothing
 * shows twice, follow the conversation's updates, and leave it when the viewer closes.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Realtime } from '../../api/realtime.js';
import type { LiveConversation, ServerEvents } from '../../api/types.js';
import { failureText } from './notify.js';
import type { TimelineEntry } from './wallboard-types.js';

export type { LiveConversation };

export interface Watched {
  readonly entries: readonly TimelineEntry[];
  readonly conversation: LiveConversation | null;
  readonly mode: 'watch' | 'barge' | null;
  readonly error: string | null;
  readonly join: (mode: 'watch' | 'barge') => Promise<void>;
  readonly send: (text: string, visibility: 'public' | 'internal') => Promise<void>;
  readonly setConversation: (conversation: LiveConversation) => void;
}

export function useWatchedConversation(realtime: Realtime | null, conversationId: string): Watched {
  const [entries, setEntries] = useState<ReadonlyMap<number, TimelineEntry>>(new Map());
  const [conversation, setConversation] = useState<LiveConversation | null>(null);
  const [mode, setMode] = useState<'watch' | 'barge' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const join = useCallback(
    async (next: 'watch' | 'barge'): Promise<void> => {
      if (realtime === null) return;
      const answer = await realtime.request<{ conversation: LiveConversation }>('conversation.join', {
        conversationId,
        mode: next,
      });
      setConversation(answer.conversation);
      setMode(next);
    },
    [realtime, conversationId],
  );

  useEffect(() => {
    if (realtime === null) return undefined;
    const onMessage = (entry: TimelineEntry): void => {
      if (entry.conversationId !== conversationId) return;
      realtime.saw(conversationId, entry.seq);
      setEntries((current) => {
        if (current.has(entry.seq)) return current;
        const next = new Map(current);
        next.set(entry.seq, entry);
        return next;
      });
    };
    const onUpdated = (update: ServerEvents['conversation.updated']): void => {
      if ('groupId' in update && update.conversationId === conversationId) setConversation(update);
    };
    realtime.socket.on('message', onMessage);
    realtime.socket.on('conversation.updated', onUpdated);
    join('watch').catch((failure: unknown) => {
      setError(failureText(failure));
    });
    return () => {
      realtime.socket.off('message', onMessage);
      realtime.socket.off('conversation.updated', onUpdated);
      // Not watching any more (or never was, or took it over): nothing to undo then.
      realtime.request('conversation.leave', { conversationId }).catch(() => undefined);
    };
  }, [realtime, conversationId, join]);

  const send = useCallback(
    async (text: string, visibility: 'public' | 'internal'): Promise<void> => {
      if (realtime === null) return;
      await realtime.request('message.send', { conversationId, messageId: crypto.randomUUID(), text, visibility });
    },
    [realtime, conversationId],
  );

  const ordered = [...entries.values()].sort((a, b) => a.seq - b.seq);
  return { entries: ordered, conversation, mode, error, join, send, setConversation };
}
