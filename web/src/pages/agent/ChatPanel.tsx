/**
 * The selected conversation: its header (customer, group, status, tags), the transfer and close
 * buttons for its owner, a pending transfer's countdown with cancel, a failed transfer's outcome,
 * the timeline and the composer. Conversations this agent follows live show the gateway's timeline;
 * others (waiting in a queue, past ones) show their history read over HTTP, read-only. Files dropped
 * on the panel are sent to the customer while the owner writes publicly (ChatAttachments.tsx).
 */
import { Alert, Button, Card, Empty, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Realtime } from '../../api/realtime.js';
import { useCustomerLabel } from '../../components/customerLabel.js';
import { useFileDrop } from '../../components/useFileDrop.js';
import { DropZone, useChatUploads } from './ChatAttachments.js';
import { CloseDialog } from './CloseDialog.js';
import { FirstResponseCountdown } from './FirstResponseCountdown.js';
import { Composer } from './Composer.js';
import { MessageList } from './MessageList.js';
import { TagEditor } from './TagEditor.js';
import type { Directory } from './useDirectory.js';
import { useHistory } from './useHistory.js';
import { clockText } from './useServerNow.js';
import type { LiveConversation, TimelineEntry, TransferUpdate } from './types.js';

/** How this agent takes part: owner, a colleague a transfer waits for, or only a reader. */
export type Participation = 'owner' | 'participant' | 'reader';

export interface ChatPanelProps {
  readonly conversationId: string | null;
  /** The live view when this agent follows it; null for conversations only read. */
  readonly conversation: LiveConversation | null;
  readonly participation: Participation;
  /** Who the customer is, also for conversations only read (waiting, past). */
  readonly customer?: { readonly customerId: string; readonly customerName?: string | null } | null;
  readonly live: readonly TimelineEntry[];
  readonly outgoing: TransferUpdate | null;
  readonly failed: TransferUpdate | null;
  readonly realtime: Realtime | null;
  readonly directory: Directory;
  readonly myId: string | null;
  readonly now: number;
  readonly shortcut: string;
  readonly onTransfer: () => void;
  readonly onDismissFailed: () => void;
  readonly onUpdated: (conversation: LiveConversation) => void;
  readonly onError: (error: unknown) => void;
  /** This conversation's unsent text, kept by the workspace. */
  readonly draft: string;
  readonly onDraftChange: (text: string) => void;
  /** Set when this conversation's missed first response went to the supervisors. */
  readonly escalatedAt: string | null;
  /** The customer is typing now (useCustomerTyping.ts). */
  readonly customerTyping?: boolean;
  /** The customer's read mark: agents' messages up to it show as read. */
  readonly customerReadUpTo?: number;
  /** Bumped by the close shortcut: opens the close dialog. */
  readonly closeRequest?: number;
}

function PendingTransfer(props: {
  readonly update: TransferUpdate;
  readonly now: number;
  readonly realtime: Realtime | null;
  readonly directory: Directory;
  readonly onError: (error: unknown) => void;
}): ReactNode {
  const { t } = useTranslation('agent');
  const { update } = props;
  const left = update.deadline === null ? null : (Date.parse(update.deadline) - props.now) / 1000;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="transfer-pending"
      title={t('transferPending', {
        target: update.targetAgentId === null ? t('aGroupMember') : props.directory.agentName(update.targetAgentId),
        time: left === null ? '—' : clockText(Math.max(0, left)),
      })}
      action={
        <Button
          size="small"
          data-testid="transfer-cancel"
          onClick={() => {
            props.realtime?.request('transfer.cancel', { transferId: update.transferId }).catch(props.onError);
          }}
        >
          {t('cancelTransfer')}
        </Button>
      }
    />
  );
}

export function ChatPanel(props: ChatPanelProps): ReactNode {
  const { t, i18n } = useTranslation('agent');
  const [closing, setClosing] = useState(false);
  useEffect(() => {
    if ((props.closeRequest ?? 0) > 0) setClosing(true);
  }, [props.closeRequest]);
  const label = useCustomerLabel();
  const { conversation, participation, directory } = props;
  const history = useHistory(participation === 'reader' ? props.conversationId : null);
  const uploads = useChatUploads(props.conversationId, directory.attachmentMaxBytes);
  // Whether the composer writes to the customer now: only then do dropped files go out.
  const [attachable, setAttachable] = useState(false);
  const drop = useFileDrop(uploads.send, attachable && participation === 'owner');
  if (props.conversationId === null) {
    return (
      <Card data-testid="chat-panel" style={{ height: '100%' }}>
        <Empty description={t('noConversation')} />
      </Card>
    );
  }
  const entries = participation === 'reader' ? (history ?? []) : props.live;
  const owner = participation === 'owner';
  const offered = conversation?.status === 'offered';
  const failed = props.failed?.conversationId === props.conversationId ? props.failed : null;
  const customerText =
    conversation !== null
      ? label(conversation)
      : props.customer === null || props.customer === undefined
        ? props.conversationId
        : label(props.customer);
  const title = (
    <Space wrap>
      <Typography.Text strong data-testid="chat-customer" title={conversation?.customerId}>
        {customerText}
      </Typography.Text>
      {conversation === null ? null : (
        <>
          <Tag>{directory.groupName(conversation.groupId)}</Tag>
          <Tag color="blue" data-testid="chat-status">
            {t(`conversationStatus_${conversation.status}`, { defaultValue: conversation.status })}
          </Tag>
        </>
      )}
      {participation === 'reader' ? <Tag>{t('readOnly')}</Tag> : null}
      {conversation?.test === null || conversation?.test === undefined ? null : (
        <Tag color="purple" data-testid="test-conversation">
          {t('testConversation')}
        </Tag>
      )}
      {conversation !== null && owner ? (
        <FirstResponseCountdown conversation={conversation} now={props.now} testId="first-response-countdown" />
      ) : null}
    </Space>
  );
  const actions = owner ? (
    <Space>
      {offered ? (
        <>
          <Button
            type="primary"
            data-testid="offer-accept"
            onClick={() => {
              props.realtime?.request('offer.accept', { conversationId: props.conversationId }).catch(props.onError);
            }}
          >
            {t('acceptOffer')}
          </Button>
          <Button
            data-testid="offer-decline"
            onClick={() => {
              props.realtime?.request('offer.decline', { conversationId: props.conversationId }).catch(props.onError);
            }}
          >
            {t('declineOffer')}
          </Button>
        </>
      ) : (
        <>
          <Tooltip title={t('transferTooltip', { shortcut: props.shortcut })}>
            <Button data-testid="transfer-button" disabled={props.outgoing !== null} onClick={props.onTransfer}>
              {t('transfer')}
            </Button>
          </Tooltip>
          <Button
            danger
            data-testid="close-button"
            onClick={() => {
              setClosing(true);
            }}
          >
            {t('close')}
          </Button>
        </>
      )}
    </Space>
  ) : null;
  return (
    <Card
      data-testid="chat-panel"
      title={title}
      extra={actions}
      {...drop.handlers}
      style={{ height: '100%', minHeight: 0, display: 'flex', flexDirection: 'column', position: 'relative' }}
      styles={{
        header: { flex: 'none', flexWrap: 'wrap', paddingBlock: 8 },
        body: { flex: '1 1 0', minHeight: 0, display: 'flex', flexDirection: 'column', gap: 8, padding: 12 },
      }}
    >
      <DropZone dragging={drop.dragging} />
      {conversation === null ? null : (
        <TagEditor
          conversation={conversation}
          editable={participation !== 'reader'}
          onChange={props.onUpdated}
          onError={props.onError}
        />
      )}
      {props.escalatedAt === null || !owner ? null : (
        <Alert type="warning" showIcon data-testid="first-response-escalated" title={t('escalatedToSupervisors')} />
      )}
      {props.outgoing === null ? null : (
        <PendingTransfer
          update={props.outgoing}
          now={props.now}
          realtime={props.realtime}
          directory={directory}
          onError={props.onError}
        />
      )}
      {failed === null ? null : (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: props.onDismissFailed }}
          data-testid="transfer-failed"
          title={t(failed.status === 'rejected' ? 'transferRejected' : 'transferTimedOut', {
            target: directory.agentName(failed.targetAgentId),
          })}
          description={failed.reason === null ? null : t('rejectReasonWas', { reason: failed.reason })}
          action={
            // Only while it can be transferred again: never a button that does nothing (issue 17).
            owner && conversation?.status === 'active' && props.outgoing === null ? (
              <Button size="small" data-testid="transfer-again" onClick={props.onTransfer}>
                {t('transferAgain')}
              </Button>
            ) : null
          }
        />
      )}
      <MessageList
        entries={entries}
        myId={props.myId}
        directory={directory}
        conversationId={props.conversationId}
        customerReadUpTo={participation === 'reader' ? null : (props.customerReadUpTo ?? 0)}
      />
      {props.customerTyping === true && participation !== 'reader' ? (
        <Typography.Text type="secondary" data-testid="customer-typing" aria-live="polite" style={{ fontSize: 12 }}>
          {t('customerTyping', {
            name: conversation !== null ? label(conversation) : props.customer ? label(props.customer) : '',
          })}
        </Typography.Text>
      ) : null}
      {participation === 'reader' ? null : (
        <Composer
          key={props.conversationId}
          realtime={props.realtime}
          conversationId={props.conversationId}
          mayWritePublicly={owner && !offered}
          quickReplies={directory.quickReplies}
          variables={{
            customerName: customerText,
            agentName: props.myId === null ? '' : directory.agentName(props.myId),
          }}
          language={conversation?.language ?? i18n.language}
          draft={props.draft}
          onDraftChange={props.onDraftChange}
          onError={props.onError}
          uploads={uploads}
          onAttachable={setAttachable}
        />
      )}
      <CloseDialog
        open={closing}
        realtime={props.realtime}
        conversationId={props.conversationId}
        onClose={() => {
          setClosing(false);
        }}
        onError={props.onError}
      />
    </Card>
  );
}
