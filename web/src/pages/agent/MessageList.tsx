/**
 * A conversation's timeline: the customer's messages on the left, agents' on the right, internal
 * notes highlighted (the customer never sees them), notices and the internal TRANSFER… entries
 * centred, a channel's transcript from before the hand-over (the customer and the bot) on the left
 * with a "before hand-over" tag. The list scrolls inside its panel (never the page) and stays pinned to the newest entry as
 * entries arrive, unless the agent scrolled up to read earlier ones (issue 17).
 */
import { Tag, Typography } from 'antd';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { AttachmentList } from '../../components/AttachmentList.js';
import { useEntryText } from '../../components/internalText.js';
import { useTranslation } from 'react-i18next';
import type { Directory } from './useDirectory.js';
import type { TimelineEntry } from './types.js';

export interface MessageListProps {
  readonly entries: readonly TimelineEntry[];
  readonly myId: string | null;
  readonly directory: Directory;
  /** Which conversation is shown: switching to another one scrolls to its newest entry. */
  readonly conversationId?: string | null;
  /**
   * The customer's read mark, for live conversations: agents' public messages show "read" up to it
   * and "delivered" after it; null shows no marks (history).
   */
  readonly customerReadUpTo?: number | null;
}

/** Within this many pixels of the bottom the list counts as pinned to the newest entry. */
const PINNED_SLACK = 48;

function author(entry: TimelineEntry, directory: Directory, t: (key: string) => string): string {
  if (entry.authorKind === 'customer') return t('customer');
  if (entry.authorKind === 'system') return t('system');
  if (entry.authorKind === 'bot') return t('bot');
  return directory.agentName(entry.authorId);
}

export function MessageList({
  entries,
  myId,
  directory,
  conversationId = null,
  customerReadUpTo = null,
}: MessageListProps): ReactNode {
  const { t, i18n } = useTranslation('agent');
  const { t: td } = useTranslation('desk');
  const entryText = useEntryText();
  const list = useRef<HTMLDivElement>(null);
  // Whether the agent is reading the newest entries: only then does a new entry move the view.
  const pinned = useRef(true);
  const shown = useRef<string | null>(null);
  const last = entries.at(-1)?.seq;
  useLayoutEffect(() => {
    const element = list.current;
    if (element === null) return;
    const switched = shown.current !== conversationId;
    shown.current = conversationId;
    if (switched || pinned.current) {
      // Scrolls the list itself: scrollIntoView would scroll the page too.
      element.scrollTop = element.scrollHeight;
      pinned.current = true;
    }
  }, [last, conversationId]);
  const time = (at: string): string =>
    new Date(at).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <div
      ref={list}
      data-testid="message-list"
      role="log"
      aria-label={td('messagesLabel')}
      tabIndex={0}
      onScroll={(event) => {
        const element = event.currentTarget;
        pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight <= PINNED_SLACK;
      }}
      style={{
        flex: '1 1 0',
        minHeight: 120,
        overflowY: 'auto',
        padding: 12,
        background: '#fafafa',
        borderRadius: 6,
      }}
    >
      {entries.map((entry) => {
        const transcript = entry.kind === 'transcript';
        // Messages (text, or pictures and files with a caption) are bubbles; anything else is a notice.
        const centred = !transcript && (entry.authorKind === 'system' || entry.kind !== 'text');
        const mine = entry.authorKind === 'agent' && !centred;
        const internal = entry.visibility === 'internal';
        const background = transcript
          ? '#f0f0f0'
          : internal
            ? '#fff7e6'
            : mine
              ? '#d6e8ff'
              : centred
                ? 'transparent'
                : '#fff';
        const bubble = {
          maxWidth: centred ? '90%' : '70%',
          padding: '6px 10px',
          borderRadius: 8,
          background,
          border: transcript
            ? '1px solid #d9d9d9'
            : internal
              ? '1px dashed #fa8c16'
              : centred
                ? 'none'
                : '1px solid #eee',
          whiteSpace: 'pre-wrap' as const,
          wordBreak: 'break-word' as const,
        };
        return (
          <div
            key={entry.seq}
            data-testid={`message-${entry.seq}`}
            data-author={entry.authorKind}
            data-visibility={entry.visibility}
            data-kind={entry.kind}
            style={{
              display: 'flex',
              flexDirection: 'column',
              alignItems: centred ? 'center' : mine ? 'flex-end' : 'flex-start',
              marginBottom: 8,
            }}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {author(entry, directory, t)}
              {entry.authorKind === 'agent' && entry.authorId === myId ? ` (${t('me')})` : ''} · {time(entry.at)}
              {transcript ? (
                <Tag color="default" style={{ marginInlineStart: 6 }}>
                  {t('entry_transcript')}
                </Tag>
              ) : internal ? (
                <Tag color="orange" style={{ marginInlineStart: 6 }}>
                  {entry.kind === 'text' ? t('internalNote') : t(`entry_${entry.kind}`, { defaultValue: entry.kind })}
                </Tag>
              ) : null}
            </Typography.Text>
            <div style={bubble}>
              {centred ? <Typography.Text type="secondary">{entryText(entry)}</Typography.Text> : entry.text}
              {entry.attachments.length === 0 ? null : (
                <AttachmentList conversationId={entry.conversationId} seq={entry.seq} attachments={entry.attachments} />
              )}
            </div>
            {customerReadUpTo === null || !mine || internal ? null : (
              <Typography.Text
                type="secondary"
                style={{ fontSize: 11 }}
                data-testid={`receipt-${entry.seq}`}
                data-state={entry.seq <= customerReadUpTo ? 'read' : 'delivered'}
              >
                {entry.seq <= customerReadUpTo ? `✓✓ ${t('receiptRead')}` : `✓ ${t('receiptDelivered')}`}
              </Typography.Text>
            )}
          </div>
        );
      })}
    </div>
  );
}
