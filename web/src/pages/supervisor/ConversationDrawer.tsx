/**
 * The live conversation viewer: the timeline (public messages, internal notes, system entries) as
 * it happens, whisper (an internal note), barge in and write to the customer, take over.
 */
import { Alert, App, Button, Drawer, Empty, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { AttachmentList } from '../../components/AttachmentList.js';
import { useCustomerLabel } from '../../components/customerLabel.js';
import { useEntryText } from '../../components/internalText.js';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { Realtime } from '../../api/realtime.js';
import { clock } from './format.js';
import { failureText } from './notify.js';
import { useWatchedConversation, type LiveConversation } from './useWatchedConversation.js';
import type { TimelineEntry } from './wallboard-types.js';

export interface ConversationDrawerProps {
  readonly conversationId: string;
  readonly realtime: Realtime | null;
  /** The signed-in supervisor: once they own the conversation they may write to the customer. */
  readonly selfId: string;
  readonly agentName: (agentId: string) => string;
  readonly onClose: () => void;
  readonly onChanged: () => void;
  /**
   * The table row's status and owner: when they change (a reassignment, a transfer, closing) the
   * drawer reads the conversation again, so it never shows an owner the table no longer does.
   */
  readonly rowVersion?: string | null;
}

function Entry({ entry, agentName }: { readonly entry: TimelineEntry; readonly agentName: (id: string) => string }) {
  const { t } = useTranslation('supervisor');
  const { t: ta } = useTranslation('agent');
  const { t: td } = useTranslation('desk');
  const entryText = useEntryText();
  const who =
    entry.authorKind === 'customer'
      ? t('customer')
      : entry.authorKind === 'system'
        ? t('system')
        : entry.authorKind === 'bot'
          ? ta('bot')
          : agentName(entry.authorId ?? '');
  const internal = entry.visibility === 'internal';
  return (
    <div
      data-testid={`timeline-entry-${entry.seq}`}
      style={{
        padding: '4px 8px',
        margin: '4px 0',
        borderRadius: 6,
        background: internal ? '#fffbe6' : entry.authorKind === 'customer' ? '#f0f5ff' : '#f6ffed',
      }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        #{entry.seq} · {who} · {clock(entry.at)} {internal ? <Tag color="gold">{t('internal')}</Tag> : null}
        {entry.kind !== 'text' ? (
          <Tag data-testid={`timeline-kind-${entry.seq}`}>
            {ta(`entry_${entry.kind}`, { defaultValue: td(`kind_${entry.kind}`, { defaultValue: td('kind_other') }) })}
          </Tag>
        ) : null}
      </Typography.Text>
      <div>{entryText(entry)}</div>
      {entry.attachments.length === 0 ? null : (
        <AttachmentList conversationId={entry.conversationId} seq={entry.seq} attachments={entry.attachments} />
      )}
    </div>
  );
}

export function ConversationDrawer(props: ConversationDrawerProps): ReactNode {
  const { conversationId, realtime, selfId, agentName, onClose, onChanged } = props;
  const { t } = useTranslation('supervisor');
  const label = useCustomerLabel();
  const { message } = App.useApp();
  const watched = useWatchedConversation(realtime, conversationId);
  const [whisper, setWhisper] = useState('');
  const [reply, setReply] = useState('');
  const conversation = watched.conversation;
  const { setConversation } = watched;
  const rowVersion = props.rowVersion ?? null;
  useEffect(() => {
    // A closed conversation may have left the live state: its last view stands.
    if (rowVersion === null || rowVersion.startsWith('closed|')) return undefined;
    const controller = new AbortController();
    api<LiveConversation>(`/conversations/${encodeURIComponent(conversationId)}`, { signal: controller.signal }).then(
      setConversation,
      () => {
        // Gone from the live state (closed long ago) or aborted: the drawer keeps what it has.
      },
    );
    return () => {
      controller.abort();
    };
  }, [conversationId, rowVersion, setConversation]);
  const canReply = watched.mode === 'barge' || (conversation !== null && conversation.ownerId === selfId);

  const report = (failure: unknown): void => {
    void message.error(failureText(failure));
  };
  const takeOver = (): void => {
    api<LiveConversation>(`/conversations/${encodeURIComponent(conversationId)}/take-over`, { body: {} }).then(
      (next) => {
        watched.setConversation(next);
        void message.success(t('takenOver', { conversation: conversationId.slice(0, 8) }));
        onChanged();
      },
      report,
    );
  };
  const send = (text: string, visibility: 'public' | 'internal', clear: () => void): void => {
    if (text.trim() === '') return;
    watched.send(text, visibility).then(clear, report);
  };

  return (
    <Drawer
      open
      size={560}
      title={
        <Space>
          {t('conversation')} {conversationId.slice(0, 8)}
          {conversation === null ? null : (
            <Typography.Text strong data-testid="drawer-customer" title={conversation.customerId}>
              {label(conversation)}
            </Typography.Text>
          )}
          {watched.mode === null ? null : (
            <Tag color={watched.mode === 'barge' ? 'red' : 'blue'} data-testid="drawer-mode">
              {watched.mode === 'barge' ? t('barged') : t('watching')}
            </Tag>
          )}
        </Space>
      }
      onClose={onClose}
      data-testid="conversation-drawer"
      extra={
        <Button data-testid="drawer-leave" onClick={onClose}>
          {t('leave')}
        </Button>
      }
    >
      {watched.error === null ? null : <Alert type="error" title={watched.error} style={{ marginBottom: 8 }} />}
      {conversation === null ? null : (
        <Space wrap style={{ marginBottom: 8 }} data-testid="drawer-summary">
          <Tag data-testid="drawer-status">{t(`conv_${conversation.status}`)}</Tag>
          <span>
            {t('owner')}:{' '}
            <strong data-testid="drawer-owner">
              {conversation.ownerId === null ? '—' : agentName(conversation.ownerId)}
            </strong>
          </span>
          <span>
            {t('priority')}: {conversation.priority}
          </span>
          {conversation.labels.map((label) => (
            <Tag key={label}>{label}</Tag>
          ))}
        </Space>
      )}
      <Space style={{ marginBottom: 8 }}>
        <Button
          data-testid="drawer-barge"
          disabled={watched.mode === 'barge'}
          onClick={() => {
            watched.join('barge').catch(report);
          }}
        >
          {t('barge')}
        </Button>
        <Button data-testid="drawer-take-over" type="primary" onClick={takeOver}>
          {t('takeOver')}
        </Button>
      </Space>
      <Typography.Title level={5}>{t('timeline')}</Typography.Title>
      <div data-testid="drawer-timeline" style={{ maxHeight: 360, overflowY: 'auto', marginBottom: 12 }}>
        {watched.entries.length === 0 ? (
          <Empty description={t('noMessages')} />
        ) : (
          watched.entries.map((entry) => <Entry key={entry.seq} entry={entry} agentName={agentName} />)
        )}
      </div>
      <Space.Compact style={{ width: '100%', marginBottom: 8 }}>
        <Input
          data-testid="whisper-input"
          placeholder={t('whisper')}
          aria-label={t('whisper')}
          value={whisper}
          onChange={(event) => {
            setWhisper(event.target.value);
          }}
          onPressEnter={() => {
            send(whisper, 'internal', () => {
              setWhisper('');
            });
          }}
        />
        <Button
          data-testid="whisper-send"
          onClick={() => {
            send(whisper, 'internal', () => {
              setWhisper('');
            });
          }}
        >
          {t('send')}
        </Button>
      </Space.Compact>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          data-testid="reply-input"
          placeholder={t('reply')}
          aria-label={t('reply')}
          disabled={!canReply}
          value={reply}
          onChange={(event) => {
            setReply(event.target.value);
          }}
          onPressEnter={() => {
            send(reply, 'public', () => {
              setReply('');
            });
          }}
        />
        <Button
          data-testid="reply-send"
          disabled={!canReply}
          onClick={() => {
            send(reply, 'public', () => {
              setReply('');
            });
          }}
        >
          {t('send')}
        </Button>
      </Space.Compact>
    </Drawer>
  );
}
