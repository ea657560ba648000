/** Conversations matching the filters, each with the supervisor's actions: watch, take over, reassign. */
import { Button, Space, Table, Tag } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useCustomerLabel } from '../../components/customerLabel.js';
import { useTranslation } from 'react-i18next';
import { clock } from './format.js';
import type { ConversationRow } from './wallboard-types.js';

export interface ConversationsTableProps {
  readonly rows: readonly ConversationRow[];
  readonly groupName: (groupId: string) => string;
  readonly agentName: (agentId: string) => string;
  readonly onWatch: (row: ConversationRow) => void;
  readonly onTakeOver: (row: ConversationRow) => void;
  readonly onReassign: (row: ConversationRow) => void;
}

const statusColor: Record<string, string> = {
  queued: 'orange',
  'left-message': 'purple',
  offered: 'gold',
  active: 'green',
  dormant: 'default',
  closed: 'default',
};

export function ConversationsTable(props: ConversationsTableProps): ReactNode {
  const { rows, groupName, agentName, onWatch, onTakeOver, onReassign } = props;
  const { t } = useTranslation('supervisor');
  const label = useCustomerLabel();
  return (
    <Table<ConversationRow>
      data-testid="wallboard-conversations"
      size="small"
      rowKey="conversationId"
      dataSource={[...rows]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      onRow={(row) => ({ 'data-testid': `conversation-row-${row.conversationId}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('conversation'), render: (_, row) => row.conversationId.slice(0, 8) },
        {
          title: t('customer'),
          render: (_, row) => (
            <span data-testid={`conversation-customer-${row.conversationId}`} title={row.customerId}>
              {label(row)}
            </span>
          ),
        },
        {
          title: t('status'),
          render: (_, row) => (
            <Tag color={statusColor[row.status]} data-testid={`conversation-status-${row.conversationId}`}>
              {t(`conv_${row.status}`)}
            </Tag>
          ),
        },
        { title: t('group'), render: (_, row) => groupName(row.groupId) },
        {
          title: t('owner'),
          render: (_, row) => (
            <span data-testid={`conversation-owner-${row.conversationId}`}>
              {row.ownerId === null ? '—' : agentName(row.ownerId)}
            </span>
          ),
        },
        { title: t('priority'), dataIndex: 'priority' },
        {
          title: t('labels'),
          render: (_, row) => row.labels.map((label) => <Tag key={label}>{label}</Tag>),
        },
        { title: t('filterChannel'), render: (_, row) => `${row.channel} · ${row.source}` },
        { title: t('opened'), render: (_, row) => clock(row.openedAt) },
        { title: t('messages'), dataIndex: 'messageCount' },
        {
          title: t('actions'),
          render: (_, row) =>
            row.status === 'closed' ? null : (
              <Space size="small">
                <Button
                  size="small"
                  data-testid={`watch-${row.conversationId}`}
                  onClick={() => {
                    onWatch(row);
                  }}
                >
                  {t('watch')}
                </Button>
                <Button
                  size="small"
                  data-testid={`take-over-${row.conversationId}`}
                  onClick={() => {
                    onTakeOver(row);
                  }}
                >
                  {t('takeOver')}
                </Button>
                <Button
                  size="small"
                  data-testid={`reassign-${row.conversationId}`}
                  onClick={() => {
                    onReassign(row);
                  }}
                >
                  {t('reassign')}
                </Button>
              </Space>
            ),
        },
      ]}
    />
  );
}
