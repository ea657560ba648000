/**
 * Marks the conversation on screen as read (docs/realtime.md, "Typing and read marks"): while the
 * page is visible and one of the agent's own conversations is selected, its newest entry is the
 * agent side's read mark — kept in the workspace (clearing its unread count at once) and sent to the
 * server, which tells the customer's widget and the agent's other tabs.
 */
import { useEffect, useState } from 'react';
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
  const { selectedId } = state;
  const owned = selectedId === null ? undefined : state.mine[selectedId];
  const mine = owned !== undefined && owned.ownerId === state.agentId;
  const newest = selectedId === null ? undefined : state.timelines[selectedId]?.at(-1)?.seq;
  const read = selectedId === null ? 0 : (state.readMarks[selectedId]?.agent ?? 0);
  useEffect(() => {
    if (!visible || !mine || selectedId === null || newest === undefined || newest <= read) return;
    dispatch({ type: 'read', conversationId: selectedId, reader: 'agent', seq: newest });
    realtime?.request('read', { conversationId: selectedId, seq: newest }).catch(() => {
      // The mark is also kept here; the next view sends it again.
    });
  }, [visible, mine, selectedId, newest, read, realtime, dispatch]);
}
