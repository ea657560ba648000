/**
 * The conversation list with the supervisor's filters, read from `GET /api/v1/conversations` and
 * read again whenever the wallboard moves (at most every half second, as the server throttles
 * it) and every few seconds besides, so a change that moves no figure still shows.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/http.js';
import type { ConversationRow } from './wallboard-types.js';

export interface ConversationFilters {
  readonly status: readonly string[];
  readonly groupId?: string;
  readonly ownerId?: string;
  readonly channel?: string;
}

const POLL_MS = 5_000;

export function useConversations(
  filters: ConversationFilters,
  version: number,
): { readonly rows: readonly ConversationRow[]; readonly refresh: () => void } {
  const [rows, setRows] = useState<readonly ConversationRow[]>([]);
  const latest = useRef(0);

  const refresh = useCallback(() => {
    const call = ++latest.current;
    const query = new URLSearchParams();
    for (const status of filters.status) query.append('status', status);
    if (filters.groupId !== undefined) query.set('groupId', filters.groupId);
    if (filters.ownerId !== undefined) query.set('ownerId', filters.ownerId);
    if (filters.channel !== undefined && filters.channel !== '') query.set('channel', filters.channel);
    query.set('limit', '100');
    api<{ items: ConversationRow[] }>(`/conversations?${query.toString()}`).then(
      (page) => {
        // Only the newest read is shown: an older one may answer last.
        if (call === latest.current) setRows(page.items);
      },
      () => undefined,
    );
  }, [filters]);

  useEffect(() => {
    refresh();
  }, [refresh, version]);

  useEffect(() => {
    const timer = setInterval(refresh, POLL_MS);
    return () => {
      clearInterval(timer);
    };
  }, [refresh]);

  return { rows, refresh };
}
