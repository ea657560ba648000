/**
 * The workspace's live state, fed by the page's realtime connection: the `session` event sets it and
 * every later event changes it (workspaceState.ts). Owned conversations and those a transfer asks
 * this agent to take are resumed from the last seq shown (`Realtime.saw`), so a reconnection shows
 * neither a gap nor a duplicate. Assignments and transfer requests alert the agent (notifications.ts),
 * and so does a customer's new message in one of the agent's conversations while the page is hidden
 * or another conversation is on screen — only messages past the conversation's last seq when it
 * arrived (session, assignment), so catching up a timeline after a reload does not alert.
 */
import { useEffect, useReducer, useRef } from 'react';
import { messageSummary } from '../../components/attachmentSummary.js';
import { useCustomerLabel } from '../../components/customerLabel.js';
import { useTranslation } from 'react-i18next';
import type { Realtime } from '../../api/realtime.js';
import type { ServerEvents } from '../../api/types.js';
import { alertAgent, alertNewMessage, type AlertSettings } from './notifications.js';
import type {
  AgentStatusView,
  Escalation,
  GroupFigures,
  LiveConversation,
  TimelineEntry,
  TransferCard,
  TransferUpdate,
} from './types.js';
import { initialWorkspace, workspaceReducer, type WorkspaceAction, type WorkspaceState } from './workspaceState.js';

/** The gateway's events and their payloads (the shared protocol). */
type Events = ServerEvents;

export interface Workspace {
  readonly state: WorkspaceState;
  readonly dispatch: (action: WorkspaceAction) => void;
  /** Whether the `session` event has arrived on the current connection. */
  readonly ready: boolean;
}

export function useWorkspace(realtime: Realtime | null, alerts: AlertSettings): Workspace {
  const { t } = useTranslation('agent');
  const [state, dispatch] = useReducer(workspaceReducer, initialWorkspace);
  const [ready, setReady] = useReducer((_: boolean, next: boolean) => next, false);
  // Handlers read the latest values without re-subscribing on every change.
  const label = useCustomerLabel();
  const latest = useRef({ state, alerts, t, label });
  latest.current = { state, alerts, t, label };
  /** Per conversation, the seq up to which customer messages do not alert (known when it arrived). */
  const alertFloor = useRef<Record<string, number>>({});

  useEffect(() => {
    if (realtime === null) return undefined;
    const { socket } = realtime;
    /** Follows a conversation from the last entry this page has shown. */
    const follow = (conversationId: string): void => {
      const shown = latest.current.state.timelines[conversationId] ?? [];
      const lastSeq = shown.at(-1)?.seq ?? 0;
      realtime.request('resume', { conversationId, lastSeq }).catch(() => {
        // The gateway reports a failed catch-up as `timeline.failed`; the next session resumes again.
      });
    };
    const alert = (title: string, body: string, tag: string): void => {
      alertAgent(latest.current.alerts, title, body, tag);
    };
    const floors = alertFloor.current;
    const raiseFloor = (conversation: LiveConversation | null): void => {
      if (conversation === null) return;
      floors[conversation.conversationId] = Math.max(floors[conversation.conversationId] ?? 0, conversation.lastSeq);
    };
    /** A new customer message in one of mine, alerting unless the agent is looking at that conversation. */
    const alertMessage = (entry: TimelineEntry): void => {
      const { state: current, alerts: settings, t: translate } = latest.current;
      const conversation = current.mine[entry.conversationId];
      if (entry.authorKind !== 'customer' || conversation === undefined) return;
      if (entry.seq <= (floors[entry.conversationId] ?? Number.MAX_SAFE_INTEGER)) return;
      floors[entry.conversationId] = entry.seq;
      if (current.selectedId === entry.conversationId && document.visibilityState === 'visible') return;
      alertNewMessage(settings, {
        title: translate('alertMessageTitle', { name: latest.current.label(conversation) }),
        body: messageSummary(entry, translate).slice(0, 200),
        tag: `message-${entry.conversationId}`,
        onOpen: () => {
          dispatch({ type: 'select', conversationId: entry.conversationId });
        },
      });
    };
    const offs: (() => void)[] = [];
    /** Listens to one event with its payload's type, remembering how to stop. */
    const on = <E extends keyof Events>(event: E, handler: (payload: Events[E]) => void): void => {
      offs.push(realtime.listen(event, handler));
    };
    const handlers = {
      session: (session: Events['session']) => {
        if (session.kind !== 'agent') return;
        dispatch({ type: 'session', session, receivedAt: Date.now() });
        for (const conversation of session.conversations) raiseFloor(conversation);
        setReady(true);
        for (const conversation of session.conversations) follow(conversation.conversationId);
        for (const card of session.transfers.incoming) follow(card.conversationId);
      },
      message: (entry: TimelineEntry) => {
        realtime.saw(entry.conversationId, entry.seq);
        alertMessage(entry);
        const viewing =
          latest.current.state.selectedId === entry.conversationId && document.visibilityState === 'visible';
        dispatch({ type: 'message', entry, viewing });
      },
      'conversation.assigned': (payload: { conversationId: string; conversation: LiveConversation | null }) => {
        raiseFloor(payload.conversation);
        if (payload.conversation !== null) dispatch({ type: 'assigned', conversation: payload.conversation });
        const { t: translate } = latest.current;
        alert(
          translate('alertAssignedTitle'),
          payload.conversation === null ? payload.conversationId : latest.current.label(payload.conversation),
          `assigned-${payload.conversationId}`,
        );
      },
      'conversation.offered': (payload: { conversationId: string; conversation: LiveConversation | null }) => {
        raiseFloor(payload.conversation);
        if (payload.conversation !== null) dispatch({ type: 'assigned', conversation: payload.conversation });
        const { t: translate } = latest.current;
        alert(
          translate('alertOfferedTitle'),
          payload.conversation === null ? payload.conversationId : latest.current.label(payload.conversation),
          `offered-${payload.conversationId}`,
        );
      },
      'conversation.removed': (payload: { conversationId: string; reason: string }) => {
        dispatch({ type: 'removed', conversationId: payload.conversationId, reason: payload.reason });
      },
      'conversation.escalated': (payload: Escalation) => {
        // Supervisors hear of it on the wallboard; here only the owner's own conversation matters.
        if (payload.ownerId !== latest.current.state.agentId) return;
        dispatch({ type: 'escalated', conversationId: payload.conversationId, at: payload.at });
      },
      'conversation.updated': (conversation: Events['conversation.updated']) => {
        if ('groupId' in conversation) dispatch({ type: 'updated', conversation });
      },
      'transfer.requested': (card: TransferCard) => {
        dispatch({ type: 'transferRequested', card });
        const { t: translate } = latest.current;
        alert(translate('alertTransferTitle'), card.note.text, `transfer-${card.transferId}`);
      },
      'transfer.updated': (update: TransferUpdate) => {
        dispatch({ type: 'transferUpdated', update });
      },
      'agent.status': (me: AgentStatusView) => {
        dispatch({ type: 'status', me });
      },
      'queue.updated': (payload: { groups: readonly GroupFigures[] }) => {
        dispatch({ type: 'queues', groups: payload.groups });
      },
      'reply.reminder': (payload: { conversationId: string; waitingSince: string }) => {
        dispatch({ type: 'reminder', conversationId: payload.conversationId, waitingSince: payload.waitingSince });
      },
      'timeline.failed': (payload: { conversationId: string }) => {
        follow(payload.conversationId);
      },
      read: (mark: Events['read']) => {
        dispatch({ type: 'read', conversationId: mark.conversationId, reader: mark.reader, seq: mark.seq });
      },
    };
    const down = (): void => {
      setReady(false);
    };
    on('session', handlers.session);
    on('message', handlers.message);
    on('conversation.assigned', handlers['conversation.assigned']);
    on('conversation.offered', handlers['conversation.offered']);
    on('conversation.removed', handlers['conversation.removed']);
    on('conversation.escalated', handlers['conversation.escalated']);
    on('conversation.updated', handlers['conversation.updated']);
    on('transfer.requested', handlers['transfer.requested']);
    on('transfer.updated', handlers['transfer.updated']);
    on('agent.status', handlers['agent.status']);
    on('queue.updated', handlers['queue.updated']);
    on('reply.reminder', handlers['reply.reminder']);
    on('timeline.failed', handlers['timeline.failed']);
    on('read', handlers.read);
    socket.on('disconnect', down);
    offs.push(() => socket.off('disconnect', down));
    // The connection opens as the user signs in, before this page's code has loaded. If its
    // `session` went by unheard and nothing has happened since, start from it; if it is stale (the
    // agent came back from another page), a fresh handshake sends a new one (the cursors ride along).
    const current = realtime.currentSession();
    if (current !== null) handlers.session(current);
    else if (socket.connected) {
      socket.disconnect();
      socket.connect();
    }
    return () => {
      for (const off of offs) off();
    };
  }, [realtime]);

  return { state, dispatch, ready };
}
