/**
 * A conversation's timeline: the customer's messages on the left, agents' on the right, internal
 * notes highlighted (the customer never sees them), notices and the internal TRANSFER… entries
 * centred. Scrolls to the newest entry as entries arrive.
 */
import { Tag, Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from './useDirectory.js';
import type { TimelineEntry } from './types.js';

export interface MessageListProps {
  readonly entries: readonly TimelineEntry[];
  readonly myId: string | null;
  readonly directory: Directory;
}

function author(entry: TimelineEntry, directory: Directory, t: (key: string) => string): string {
  if (entry.authorKind === 'customer') return t('customer');
  if (entry.authorKind === 'system') return t('system');
  return directory.agentName(entry.authorId);
}

export function MessageList({ entries, myId, directory }: MessageListProps): ReactNode {
  const { t, i18n } = useTranslation('agent');
  const end = useRef<HTMLDivElement>(null);
  const last = entries.at(-1)?.seq;
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [last]);
  const time = (at: string): string =>
    new Date(at).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <div
      data-testid="message-list"
      style={{ flex: 1, overflowY: 'auto', padding: 12, background: '#fafafa', borderRadius: 6, minHeight: 240 }}
    >
      {entries.map((entry) => {
        const centred = entry.authorKind === 'system' || entry.kind !== 'text';
        const mine = entry.authorKind === 'agent' && !centred;
        const internal = entry.visibility === 'internal';
        const bubble = {
          maxWidth: centred ? '90%' : '70%',
          padding: '6px 10px',
          borderRadius: 8,
          background: internal ? '#fff7e6' : mine ? '#d6e8ff' : centred ? 'transparent' : '#fff',
          border: internal ? '1px dashed #fa8c16' : centred ? 'none' : '1px solid #eee',
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
              {internal ? (
                <Tag color="orange" style={{ marginInlineStart: 6 }}>
                  {entry.kind === 'text' ? t('internalNote') : t(`entry_${entry.kind}`, { defaultValue: entry.kind })}
                </Tag>
              ) : null}
            </Typography.Text>
            <div style={bubble}>
              {centred ? <Typography.Text type="secondary">{entry.text}</Typography.Text> : entry.text}
            </div>
          </div>
        );
      })}
      <div ref={end} />
    </div>
  );
}
