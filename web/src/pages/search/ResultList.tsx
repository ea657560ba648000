/**
 * The results of a history search: one row per conversation — customer, status, opening and closing
 * times, agent, group, tags, and the first message with the first keyword, the keyword marked. A row
 * is a button: Enter, Space or a click opens the conversation's timeline.
 */
import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerLabel } from '../../components/customerLabel.js';
import type { Directory } from '../agent/useDirectory.js';
import type { SearchHit } from './useSearch.js';

export interface ResultListProps {
  readonly hits: readonly SearchHit[];
  /** The first keyword, marked in the excerpts. */
  readonly term: string | null;
  readonly directory: Directory;
  readonly loading: boolean;
  readonly hasMore: boolean;
  readonly onOpen: (hit: SearchHit) => void;
  readonly onMore: () => void;
}

/** `text` with each case-insensitive occurrence of `term` in a <mark>. */
function Marked({ text, term }: { readonly text: string; readonly term: string | null }): ReactNode {
  if (term === null || term === '') return text;
  const parts: ReactNode[] = [];
  const lower = text.toLowerCase();
  const wanted = term.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, from)) {
    parts.push(text.slice(from, at), <mark key={at}>{text.slice(at, at + term.length)}</mark>);
    from = at + term.length;
  }
  parts.push(text.slice(from));
  return parts;
}

export function ResultList(props: ResultListProps): ReactNode {
  const { hits, term, directory, loading, hasMore, onOpen, onMore } = props;
  const { t, i18n } = useTranslation('search');
  const label = useCustomerLabel();
  const when = (at: string): string =>
    new Date(at).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <div data-testid="search-results">
      {hits.length === 0 && !loading ? (
        <Empty description={hasMore ? t('moreHint') : t('noResults')} data-testid="search-empty" />
      ) : (
        <List
          dataSource={[...hits]}
          loading={loading}
          renderItem={(hit) => {
            const { conversation, match } = hit;
            const open = (): void => {
              onOpen(hit);
            };
            return (
              <List.Item
                key={conversation.conversationId}
                data-testid={`search-result-${conversation.conversationId}`}
                role="button"
                tabIndex={0}
                style={{ cursor: 'pointer', display: 'block' }}
                onClick={open}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    open();
                  }
                }}
              >
                <Space wrap size={8}>
                  <Typography.Text strong>{label(conversation)}</Typography.Text>
                  <Tag data-testid={`search-status-${conversation.conversationId}`}>
                    {t(`status_${conversation.status}`)}
                  </Tag>
                  <Typography.Text type="secondary">
                    {t('opened', { at: when(conversation.openedAt) })}
                    {conversation.closedAt === null ? '' : ` · ${t('closed', { at: when(conversation.closedAt) })}`}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('owner', { name: directory.agentName(conversation.ownerId) })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('groupLabel', { name: directory.groupName(conversation.groupId) })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('messages', { count: conversation.messageCount })}
                  </Typography.Text>
                  {conversation.labels.map((tag) => (
                    <Tag key={tag} color="blue">
                      {tag}
                    </Tag>
                  ))}
                </Space>
                {match === null ? null : (
                  <div data-testid={`search-excerpt-${conversation.conversationId}`} style={{ marginTop: 4 }}>
                    <Typography.Text type="secondary">{t('matchAt', { seq: match.seq })}: </Typography.Text>
                    <Marked text={match.excerpt} term={term} />
                  </div>
                )}
              </List.Item>
            );
          }}
        />
      )}
      {hasMore ? (
        <Space orientation="vertical" style={{ marginTop: 8 }}>
          {hits.length === 0 ? null : <Typography.Text type="secondary">{t('moreHint')}</Typography.Text>}
          <Button data-testid="search-more" loading={loading} onClick={onMore}>
            {t('more')}
          </Button>
        </Space>
      ) : null}
    </div>
  );
}
