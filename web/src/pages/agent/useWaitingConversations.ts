/**
 * The conversations waiting in the agent's skill groups (queued or left messages), read over HTTP
 * (`GET /conversations?status=…&groupId=…`) and read again whenever the gateway's throttled queue
 * figures for those groups change.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/http.js';
import type { ConversationRow, GroupFigures } from './types.js';

export function useWaitingConversations(queues: readonly GroupFigures[]): readonly ConversationRow[] {
  const [rows, setRows] = useState<readonly ConversationRow[]>([]);
  // Only the figures that change who waits matter; one string keeps the effect's dependency simple.
  const key = queues.map((group) => `${group.groupId}:${group.waiting}:${group.leftMessages}`).join(',');
  useEffect(() => {
    const groups = key === '' ? [] : key.split(',').map((part) => part.split(':'));
    const busy = groups.filter(([, waiting, left]) => waiting !== '0' || left !== '0').map(([groupId]) => groupId);
    if (busy.length === 0) {
      setRows([]);
      return undefined;
    }
    const controller = new AbortController();
    void Promise.all(
      busy.map((groupId) =>
        api<{ items: ConversationRow[] }>('/conversations', {
          query: { status: 'queued', groupId, limit: 50 },
          signal: controller.signal,
        }).then(async (queued) => {
          const left = await api<{ items: ConversationRow[] }>('/conversations', {
            query: { status: 'left-message', groupId, limit: 50 },
            signal: controller.signal,
          });
          return [...queued.items, ...left.items];
        }),
      ),
    ).then(
      (pages) => {
        setRows(pages.flat().sort((a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt)));
      },
      () => {
        // Aborted by a newer read, or the server is away: the next queue figures read again.
      },
    );
    return () => {
      controller.abort();
    };
  }, [key]);
  return rows;
}
