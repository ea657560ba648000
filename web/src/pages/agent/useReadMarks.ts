/**
 * Marks the conversation on screen as read (docs/realtime.md, "Typing and read marks"): while the
 * page is visible and one of the agent's own conversations is selected, its newest entry is the
 * agent side's read mark. Entries arriving on screen are read as they come (workspaceState.ts);
 * selecting a conversation or coming back to the page reads it here. The mark is kept in the
 * workspace (clearing the unread count) and sent to the server, which tells the customer's widget
 * and the agent's other tabs.
 */
import { useEffect, useRef, useState } from 'react';
import type { Realtime } from '../../api/realtime.js';
import type { WorkspaceAction, WorkspaceState } from './workspaceState.js';

/** Whether the page is visible now, kept up to date. */
export function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const changed = (): void => {
      setVisible(document.visibilityState === 'visible');
    };
    document.addEventListener('visibilitychange', changed);
    return () => {
      document.removeEventListener('visibilitychange', changed);
    };
  }, []);
  return visible;
}

export function useReadMarks(
  realtime: Realtime | null,
  state: WorkspaceState,
  dispatch: (action: WorkspaceAction) => void,
): void {
  const visible = usePageVisible();
  const sent = useRef<Record<string, number>>({});
  const { selectedId } = state;
  const owned = selectedId === null ? undefined : state.mine[selectedId];
  const mine = owned !== undefined && owned.ownerId === state.agentId;
  const newest = selectedId === null ? undefined : state.timelines[selectedId]?.at(-1)?.seq;
  const read = selectedId === null ? 0 : (state.readMarks[selectedId]?.agent ?? 0);
  useEffect(() => {
    if (!visible || !mine || selectedId === null) return;
    if (newest !== undefined && newest > read) {
      dispatch({ type: 'read', conversationId: selectedId, reader: 'agent', seq: newest });
      return;
    }
    if (read <= (sent.current[selectedId] ?? 0)) return;
    sent.current[selectedId] = read;
    realtime?.request('read', { conversationId: selectedId, seq: read }).catch(() => {
      // The mark is kept here; a later one carries it on.
    });
  }, [visible, mine, selectedId, newest, read, realtime, dispatch]);
}
