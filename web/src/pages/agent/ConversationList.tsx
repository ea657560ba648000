/**
 * The agent's conversations in three sections: their own (with unread counts and how long the
 * customer has waited for a reply), those waiting in their skill groups' queues (with their waiting
 * time), and their dormant ones. Selecting one shows it in the chat.
 */
import { Badge, Card, Empty, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerLabel } from '../../components/customerLabel.js';
import { FirstResponseCountdown } from './FirstResponseCountdown.js';
import type { Directory } from './useDirectory.js';
import { clockText, secondsSince } from './useServerNow.js';
import type { ConversationRow, GroupFigures, LiveConversation, TimelineEntry } from './types.js';

export interface ConversationListProps {
  readonly mine: readonly LiveConversation[];
  readonly waiting: readonly ConversationRow[];
  readonly queues: readonly GroupFigures[];
  readonly timelines: Readonly<Record<string, readonly TimelineEntry[]>>;
  readonly unread: Readonly<Record<string, number>>;
  readonly reminders: Readonly<Record<string, string>>;
  readonly selectedId: string | null;
  readonly now: number;
  readonly directory: Directory;
  readonly onSelect: (conversationId: string) => void;
}

/** Since when the customer has waited for a reply: their last public message after the last agent's, if any. */
export function awaitingSince(timeline: readonly TimelineEntry[]): string | null {
  for (let index = timeline.length - 1; index >= 0; index -= 1) {
    const entry = timeline[index];
    if (entry === undefined || entry.visibility !== 'public') continue;
    if (entry.authorKind === 'agent') return null;
    if (entry.authorKind === 'customer') {
      let first = entry;
      for (let back = index - 1; back >= 0; back -= 1) {
        const earlier = timeline[back];
        if (earlier === undefined || earlier.visibility !== 'public') continue;
        if (earlier.authorKind !== 'customer') break;
        first = earlier;
      }
      return first.at;
    }
  }
  return null;
}

function Item(props: {
  readonly id: string;
  readonly title: string;
  readonly subtitle: ReactNode;
  readonly selected: boolean;
  readonly unread?: number;
  readonly wait?: { readonly seconds: number; readonly late: boolean } | null;
  readonly extra?: ReactNode;
  readonly onSelect: (id: string) => void;
}): ReactNode {
  const { t } = useTranslation('agent');
  return (
    <List.Item
      data-testid={`conversation-item-${props.id}`}
      // Reachable with Tab and opened with Enter or Space, announced as a button (issue 17).
      role="button"
      tabIndex={0}
      aria-pressed={props.selected}
      aria-label={props.title}
      onClick={() => {
        props.onSelect(props.id);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        props.onSelect(props.id);
      }}
      style={{
        cursor: 'pointer',
        paddingInline: 8,
        background: props.selected ? '#e6f0ff' : undefined,
        borderRadius: 6,
      }}
    >
      <List.Item.Meta
        title={
          <Badge count={props.unread ?? 0} size="small" offset={[8, 0]} data-testid={`unread-${props.id}`}>
            <Typography.Text strong>{props.title}</Typography.Text>
          </Badge>
        }
        description={props.subtitle}
      />
      {props.extra}
      {props.wait === null || props.wait === undefined ? null : (
        <Tag color={props.wait.late ? 'red' : 'blue'} data-testid={`wait-${props.id}`}>
          {t('waiting', { time: clockText(props.wait.seconds) })}
        </Tag>
      )}
    </List.Item>
  );
}

export function ConversationList(props: ConversationListProps): ReactNode {
  const { t } = useTranslation('agent');
  const label = useCustomerLabel();
  const { now, directory } = props;
  const open = props.mine.filter((c) => c.status !== 'dormant');
  const dormant = props.mine.filter((c) => c.status === 'dormant');
  const section = (title: string, testId: string, count: number, items: ReactNode[]): ReactNode => (
    <Card size="small" title={`${title} (${count})`} data-testid={testId} styles={{ body: { padding: 4 } }}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} />
      ) : (
        <List size="small" split={false}>
          {items}
        </List>
      )}
    </Card>
  );
  const mineItem = (c: LiveConversation): ReactNode => {
    const since = awaitingSince(props.timelines[c.conversationId] ?? []);
    const reminded = props.reminders[c.conversationId] !== undefined;
    return (
      <Item
        key={c.conversationId}
        id={c.conversationId}
        title={label(c)}
        subtitle={`${directory.groupName(c.groupId)} · ${t(`conversationStatus_${c.status}`, { defaultValue: c.status })}`}
        selected={props.selectedId === c.conversationId}
        unread={props.unread[c.conversationId] ?? 0}
        wait={since === null ? null : { seconds: secondsSince(since, now), late: reminded }}
        extra={<FirstResponseCountdown conversation={c} now={now} testId={`first-response-${c.conversationId}`} />}
        onSelect={props.onSelect}
      />
    );
  };
  const waitingTotal = props.queues.reduce((sum, group) => sum + group.waiting + group.leftMessages, 0);
  return (
    <div data-testid="conversation-list" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {section(t('mine'), 'conversations-mine', open.length, open.map(mineItem))}
      {section(
        t('waitingInGroups'),
        'conversations-waiting',
        waitingTotal,
        props.waiting.map((row) => (
          <Item
            key={row.conversationId}
            id={row.conversationId}
            title={label(row)}
            subtitle={[
              directory.groupName(row.groupId),
              t(`conversationStatus_${row.status}`, { defaultValue: row.status }),
              // What a left message's customer left to be reached at (issue 17).
              ...[row.contact?.phone, row.contact?.email].filter((value) => value != null),
            ].join(' · ')}
            selected={props.selectedId === row.conversationId}
            wait={{ seconds: secondsSince(row.openedAt, now), late: false }}
            onSelect={props.onSelect}
          />
        )),
      )}
      {section(t('dormant'), 'conversations-dormant', dormant.length, dormant.map(mineItem))}
    </div>
  );
}
