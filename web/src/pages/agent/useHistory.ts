/**
 * The history of a conversation this agent does not follow live (waiting in a queue, or a past
 * one), read over HTTP (`GET /conversations/:id/messages`) page by page, at most `max` entries.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/http.js';
import type { TimelineEntry } from './types.js';

export function useHistory(conversationId: string | null, max = 1000): readonly TimelineEntry[] | null {
  const [entries, setEntries] = useState<readonly TimelineEntry[] | null>(null);
  useEffect(() => {
    setEntries(null);
    if (conversationId === null) return undefined;
    const controller = new AbortController();
    const load = async (): Promise<TimelineEntry[]> => {
      const all: TimelineEntry[] = [];
      let afterSeq = 0;
      while (all.length < max) {
        const page = await api<{ items: TimelineEntry[]; nextSeq: number | null }>(
          `/conversations/${encodeURIComponent(conversationId)}/messages`,
          { query: { afterSeq, limit: 200 }, signal: controller.signal },
        );
        all.push(...page.items);
        if (page.nextSeq === null || page.items.length === 0) break;
        afterSeq = page.items.at(-1)?.seq ?? afterSeq;
      }
      return all;
    };
    load().then(setEntries, () => {
      // Aborted when another conversation was chosen, or unreadable: the panel shows nothing.
    });
    return () => {
      controller.abort();
    };
  }, [conversationId, max]);
  return entries;
}
