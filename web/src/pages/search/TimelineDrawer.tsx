/**
 * A search result's whole timeline, read-only: the workspace's own history reader (useHistory, the
 * conversation routes) and message list, in a drawer beside the results.
 */
import { Drawer, Empty, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerLabel } from '../../components/customerLabel.js';
import { MessageList } from '../agent/MessageList.js';
import type { Directory } from '../agent/useDirectory.js';
import { useHistory } from '../agent/useHistory.js';
import type { SearchHit } from './useSearch.js';

export interface TimelineDrawerProps {
  readonly hit: SearchHit;
  readonly directory: Directory;
  readonly myId: string;
  readonly onClose: () => void;
}

export function TimelineDrawer({ hit, directory, myId, onClose }: TimelineDrawerProps): ReactNode {
  const { t } = useTranslation('search');
  const label = useCustomerLabel();
  const { conversation } = hit;
  const entries = useHistory(conversation.conversationId);
  return (
    <Drawer
      open
      size={640}
      onClose={onClose}
      data-testid="search-timeline"
      title={
        <Space wrap>
          {t('timeline', { id: conversation.conversationId.slice(0, 8) })}
          <Typography.Text strong data-testid="search-timeline-customer">
            {label(conversation)}
          </Typography.Text>
          <Tag data-testid="search-timeline-status">{t(`status_${conversation.status}`)}</Tag>
        </Space>
      }
      styles={{ body: { display: 'flex', flexDirection: 'column' } }}
    >
      {entries === null ? (
        <Typography.Text type="secondary">{t('timelineLoading')}</Typography.Text>
      ) : entries.length === 0 ? (
        <Empty description={t('timelineEmpty')} />
      ) : (
        <MessageList entries={entries} myId={myId} directory={directory} conversationId={conversation.conversationId} />
      )}
    </Drawer>
  );
}
