/**
 * The agent workspace (DESIGN.md §8, issue 6): status and alerts, the conversation list, the chat,
 * the customer panel, the transfer dialog (button, Ctrl+T where the browser lets the page have it,
 * and Alt+T everywhere) and incoming transfer cards with their countdown. Live data comes from the
 * realtime gateway (useWorkspace.ts); history, profiles, chains and recommendations over HTTP.
 *
 * Stable `data-testid`s for browser tests:
 * - status: `status-switcher` (options `status-available`, `status-busy`, `status-away`), `my-status`,
 *   `my-load`, `alert-sound`, `alert-desktop`, `queue-<groupId>`;
 * - list: `conversation-list`, sections `conversations-mine`, `conversations-waiting`,
 *   `conversations-dormant`, items `conversation-item-<conversationId>`, `unread-<conversationId>`,
 *   `wait-<conversationId>`, `first-response-<conversationId>`; the tab title starts with the unread count;
 * - taken away: `taken-away`, `taken-away-<conversationId>`, `taken-away-draft-<conversationId>`;
 * - chat: `chat-panel`, `chat-customer`, `chat-status`, `first-response-countdown`, `first-response-escalated`,
 *   `test-conversation`, `message-list`, entries `message-<seq>` (with
 *   `data-author`, `data-visibility`, `data-kind`), `receipt-<seq>` (with `data-state` `delivered` or `read`),
 *   `customer-typing`, `chat-input`, `chat-send`, `note-toggle`,
 *   `quick-replies`, `quick-reply-<id>`, `conversation-tags`, `tag-<label>`, `tag-input`,
 *   `offer-accept`, `offer-decline`, `transfer-button`, `transfer-pending`, `transfer-cancel`,
 *   `transfer-failed`, `close-button`, `close-dialog`, `close-resolution`, `close-summary`, `close-submit`;
 * - transfer dialog: `transfer-dialog`, `transfer-kind`, `transfer-search`, `transfer-filter-department`,
 *   `transfer-filter-skill`, `transfer-filter-status`, `recommendations`, rows `recommendation-<agentId>`,
 *   `transfer-group`, `transfer-template`, `transfer-field-<key>`, `transfer-note`, `transfer-reason`,
 *   `transfer-tags`, `transfer-submit`;
 * - incoming: `incoming-transfer-card` (with `data-transfer-id`), `transfer-countdown`, `incoming-customer`,
 *   `incoming-note`, `transfer-view`, `transfer-accept`, `transfer-reject`, `transfer-reject-reason`,
 *   `transfer-reject-confirm`;
 * - keyboard and own quick replies: see WorkspaceKeyboard.tsx; `/` search: CannedReplyPicker.tsx;
 * - customer: `customer-panel`, `customer-profile`, `transfer-chain`, `chain-<transferId>`,
 *   `past-conversations`, `past-<conversationId>`.
 */
import { App, Grid, Space, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../api/http.js';
import { RealtimeFailure } from '../../api/realtime.js';
import { useSignedIn } from '../../auth/session.js';
import { ChatPanel, type Participation } from './ChatPanel.js';
import { ConversationList } from './ConversationList.js';
import { CustomerPanel } from './CustomerPanel.js';
import { IncomingTransferCard } from './IncomingTransferCard.js';
import { loadAlertSettings, type AlertSettings } from './notifications.js';
import { StatusSwitcher } from './StatusSwitcher.js';
import { TakenAwayNotices } from './TakenAwayNotices.js';
import { TransferDialog } from './TransferDialog.js';
import { useDirectory } from './useDirectory.js';
import { clockText, useServerNow } from './useServerNow.js';
import { useWaitingConversations } from './useWaitingConversations.js';
import { useWorkspace } from './useWorkspace.js';
import { useCustomerTyping } from './useCustomerTyping.js';
import { useReadMarks } from './useReadMarks.js';
import { useUnreadTitle } from './useUnreadTitle.js';
import { totalUnread, unreadCounts } from './workspaceState.js';
import { WorkspaceKeyboard } from './WorkspaceKeyboard.js';

/** Shown in the transfer button's tooltip. */
const SHORTCUT = 'Alt+T / Ctrl+T';

/** Ctrl+T (⌘T) where the browser passes it to the page, and Alt+T (by key position, so ⌥T on a Mac works). */
export const isTransferShortcut = (event: KeyboardEvent): boolean =>
  ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 't') ||
  (event.altKey && !event.ctrlKey && event.code === 'KeyT');

export default function AgentWorkspace(): ReactNode {
  const { t } = useTranslation('agent');
  const { message } = App.useApp();
  const { realtime } = useSignedIn();
  const [alerts, setAlerts] = useState<AlertSettings>(loadAlertSettings);
  const { state, dispatch, ready } = useWorkspace(realtime, alerts);
  const directory = useDirectory();
  useReadMarks(realtime, state, dispatch);
  useUnreadTitle(totalUnread(state));
  const customerTyping = useCustomerTyping(realtime);
  const now = useServerNow(state.clockOffset);
  const waiting = useWaitingConversations(state.queues);
  const [transferring, setTransferring] = useState(false);
  // Bumped by the close shortcut (Alt+X): the chat opens its close dialog.
  const [closeRequest, setCloseRequest] = useState(0);
  // Below antd's `md` (768 px) the three columns stack: a phone shows one at a time, full width.
  const narrow = Grid.useBreakpoint().md === false;
  // Unsent text per conversation: it survives switching conversations and losing one.
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});

  const onError = useCallback(
    (error: unknown): void => {
      const code = error instanceof RealtimeFailure || error instanceof ApiFailure ? error.code : null;
      const text = error instanceof Error ? error.message : String(error);
      void message.error(code === null ? t('error', { ns: 'common' }) : t(`error_${code}`, { defaultValue: text }));
    },
    [message, t],
  );

  const selectedId = state.selectedId;
  const owned = selectedId === null ? undefined : state.mine[selectedId];
  const card = state.incoming.find((candidate) => candidate.conversationId === selectedId);
  const participation: Participation = owned !== undefined ? 'owner' : card !== undefined ? 'participant' : 'reader';
  const conversation = owned ?? card?.conversation ?? null;
  const row = waiting.find((candidate) => candidate.conversationId === selectedId);
  // A past conversation opened from the customer panel keeps that customer on show.
  const customerRef = useRef<string | null>(null);
  const customerId = conversation?.customerId ?? row?.customerId ?? (selectedId === null ? null : customerRef.current);
  customerRef.current = customerId;
  const mayTransfer =
    owned !== undefined && owned.status === 'active' && state.outgoing[owned.conversationId] === undefined;

  const transferAllowed = useRef(mayTransfer);
  transferAllowed.current = mayTransfer;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!isTransferShortcut(event)) return;
      event.preventDefault();
      if (transferAllowed.current) setTransferring(true);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const select = (conversationId: string | null): void => {
    dispatch({ type: 'select', conversationId });
  };
  const outgoing = selectedId === null ? null : (state.outgoing[selectedId] ?? null);
  const chainVersion = [
    conversation?.ownerId,
    conversation?.pendingTransferId,
    outgoing?.status,
    state.failed?.transferId,
  ].join('|');

  return (
    <div
      data-testid="agent-workspace"
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: 12,
        // The workspace fills the window below the app's header (64 px) and padding, so the chat's
        // composer stays on screen and only the panels scroll (issue 17).
        height: narrow ? undefined : 'calc(100vh - 96px)',
        minHeight: narrow ? undefined : 480,
      }}
    >
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          {ready ? null : <Tag color="orange">{t('connecting')}</Tag>}
          <WorkspaceKeyboard
            selectedId={selectedId}
            onSelect={select}
            mayClose={owned !== undefined && owned.status !== 'offered'}
            onClose={() => {
              setCloseRequest((count) => count + 1);
            }}
          />
        </Space>
        <StatusSwitcher
          realtime={realtime}
          me={state.me}
          alerts={alerts}
          onAlertsChange={setAlerts}
          onError={onError}
        />
      </Space>
      <Space wrap size={4} data-testid="queues">
        {state.queues.map((group) => (
          <Tooltip
            key={group.groupId}
            title={t('queueTooltip', { online: group.agentsOnline, available: group.agentsAvailable })}
          >
            <Tag data-testid={`queue-${group.groupId}`} color={group.waiting > 0 ? 'volcano' : 'default'}>
              {t('queueFigure', {
                name: group.name,
                waiting: group.waiting + group.leftMessages,
                longest: group.longestWaitSeconds === null ? '—' : clockText(group.longestWaitSeconds),
              })}
            </Tag>
          </Tooltip>
        ))}
      </Space>
      <TakenAwayNotices
        takenAway={state.takenAway}
        drafts={drafts}
        onDismiss={(conversationId) => {
          dispatch({ type: 'dismissTakenAway', conversationId });
          setDrafts((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== conversationId)));
        }}
      />
      {state.incoming.length === 0 ? null : (
        <div
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(360px, 100%), 1fr))', gap: 12 }}
        >
          {state.incoming.map((incoming) => (
            <IncomingTransferCard
              key={incoming.transferId}
              card={incoming}
              now={now}
              realtime={realtime}
              directory={directory}
              onView={select}
              onAccepted={select}
              onError={onError}
            />
          ))}
        </div>
      )}
      <div
        data-testid="workspace-columns"
        style={{
          display: 'grid',
          gridTemplateColumns: narrow ? 'minmax(0, 1fr)' : '280px minmax(0, 1fr) 320px',
          gridTemplateRows: narrow ? 'auto 85vh auto' : 'minmax(0, 1fr)',
          gap: 12,
          flex: narrow ? undefined : '1 1 0',
          minHeight: 0,
        }}
      >
        <div style={{ minHeight: 0, overflowY: 'auto' }}>
          <ConversationList
            mine={Object.values(state.mine)}
            waiting={waiting}
            queues={state.queues}
            timelines={state.timelines}
            unread={unreadCounts(state)}
            reminders={state.reminders}
            selectedId={selectedId}
            now={now}
            directory={directory}
            onSelect={select}
          />
        </div>
        <ChatPanel
          conversationId={selectedId}
          conversation={conversation}
          customer={
            customerId === null
              ? null
              : { customerId, customerName: conversation?.customerName ?? row?.customerName ?? null }
          }
          participation={participation}
          live={selectedId === null ? [] : (state.timelines[selectedId] ?? [])}
          outgoing={outgoing}
          failed={state.failed}
          realtime={realtime}
          directory={directory}
          myId={state.agentId}
          now={now}
          shortcut={SHORTCUT}
          closeRequest={closeRequest}
          onTransfer={() => {
            dispatch({ type: 'dismissFailed' });
            if (mayTransfer) setTransferring(true);
          }}
          onDismissFailed={() => {
            dispatch({ type: 'dismissFailed' });
          }}
          onUpdated={(updated) => {
            dispatch({ type: 'updated', conversation: updated });
          }}
          onError={onError}
          draft={selectedId === null ? '' : (drafts[selectedId] ?? '')}
          onDraftChange={(text) => {
            if (selectedId !== null) setDrafts((current) => ({ ...current, [selectedId]: text }));
          }}
          escalatedAt={selectedId === null ? null : (state.escalated[selectedId] ?? null)}
          customerTyping={selectedId !== null && customerTyping.has(selectedId)}
          customerReadUpTo={selectedId === null ? 0 : (state.readMarks[selectedId]?.customer ?? 0)}
        />
        <div style={{ minHeight: 0, overflowY: 'auto' }}>
          <CustomerPanel
            conversationId={selectedId}
            customerId={customerId}
            chainVersion={chainVersion}
            directory={directory}
            onOpen={select}
            visitor={conversation ?? (row === undefined ? null : { customerName: row.customerName ?? null })}
          />
        </div>
      </div>
      {owned === undefined ? null : (
        <TransferDialog
          open={transferring}
          conversation={owned}
          timeline={state.timelines[owned.conversationId] ?? []}
          realtime={realtime}
          directory={directory}
          onClose={() => {
            setTransferring(false);
          }}
          onError={onError}
        />
      )}
    </div>
  );
}
