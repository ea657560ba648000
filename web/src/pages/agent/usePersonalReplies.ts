/**
 * The signed-in agent's personal quick replies (`GET`/`PUT /agents/{me}/quick-replies`), read once
 * per page and shared by every component that shows or edits them, so a save shows in the composer's
 * `/` search at once.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { api } from '../../api/http.js';
import { useSignedIn } from '../../auth/session.js';
import type { QuickReply } from './types.js';

interface Store {
  /** Whose replies these are (or are being read). */
  agentId: string | null;
  replies: readonly QuickReply[];
}

const store: Store = { agentId: null, replies: [] };
const listeners = new Set<() => void>();
const notify = (): void => {
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const path = (agentId: string): string => `/agents/${encodeURIComponent(agentId)}/quick-replies`;

function load(agentId: string): void {
  if (store.agentId === agentId) return;
  Object.assign(store, { agentId, replies: [] });
  api<{ items: QuickReply[] }>(path(agentId)).then(
    (body) => {
      if (store.agentId !== agentId) return;
      store.replies = body.items;
      notify();
    },
    () => {
      // The server is away: the composer still offers the tenant's replies; the next page load retries.
    },
  );
}

export interface PersonalReplies {
  readonly replies: readonly QuickReply[];
  /** Replaces the list on the server; rejects with the API's failure. */
  readonly save: (replies: readonly QuickReply[]) => Promise<void>;
}

export function usePersonalReplies(): PersonalReplies {
  const { agentId } = useSignedIn();
  useEffect(() => {
    load(agentId);
  }, [agentId]);
  const replies = useSyncExternalStore(subscribe, () => (store.agentId === agentId ? store.replies : noReplies));
  const save = useCallback(
    async (next: readonly QuickReply[]): Promise<void> => {
      const body = await api<{ items: QuickReply[] }>(path(agentId), { method: 'PUT', body: { items: next } });
      Object.assign(store, { agentId, replies: body.items });
      notify();
    },
    [agentId],
  );
  return { replies, save };
}

const noReplies: readonly QuickReply[] = [];
