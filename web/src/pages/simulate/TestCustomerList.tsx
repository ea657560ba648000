/** The test customers opened on this page, with their outcome in a line, to look at again or close. */
import { Button, Space, Table, Tag } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Names } from './RoutingOutcome.js';
import type { TestCustomer } from './simulation-types.js';

export interface TestCustomerListProps {
  readonly customers: readonly TestCustomer[];
  readonly selected: string | null;
  readonly names: Names;
  readonly onSelect: (conversationId: string) => void;
  readonly onRefresh: (conversationId: string) => void;
  readonly onClose: (customer: TestCustomer) => void;
}

export function TestCustomerList(props: TestCustomerListProps): ReactNode {
  const { customers, selected, names, onSelect, onRefresh, onClose } = props;
  const { t } = useTranslation('simulate');
  const { t: supervisor } = useTranslation('supervisor');
  return (
    <Table<TestCustomer>
      data-testid="sim-history"
      size="small"
      rowKey="conversationId"
      pagination={false}
      dataSource={[...customers]}
      rowClassName={(customer) => (customer.conversationId === selected ? 'ant-table-row-selected' : '')}
      onRow={(customer) => ({ 'data-testid': `sim-row-${customer.conversationId}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('customer'), dataIndex: 'customerId' },
        {
          title: t('rule'),
          render: (_, customer) => customer.explanation.opening?.rule?.name ?? '—',
        },
        { title: t('group'), render: (_, customer) => names.group(customer.explanation.groupId) },
        {
          title: t('status'),
          render: (_, customer) => (
            <Tag data-testid={`sim-status-${customer.conversationId}`}>
              {supervisor(`conv_${customer.explanation.status}`)}
            </Tag>
          ),
        },
        {
          title: t('agent'),
          render: (_, customer) =>
            customer.explanation.ownerId === null ? '—' : names.agent(customer.explanation.ownerId),
        },
        {
          title: '',
          render: (_, customer) => (
            <Space size="small">
              <Button
                size="small"
                data-testid={`sim-details-${customer.conversationId}`}
                onClick={() => {
                  onSelect(customer.conversationId);
                }}
              >
                {t('details')}
              </Button>
              <Button
                size="small"
                data-testid={`sim-refresh-${customer.conversationId}`}
                onClick={() => {
                  onRefresh(customer.conversationId);
                }}
              >
                {t('refresh')}
              </Button>
              <Button
                size="small"
                danger
                disabled={customer.explanation.status === 'closed'}
                data-testid={`sim-close-${customer.conversationId}`}
                onClick={() => {
                  onClose(customer);
                }}
              >
                {t('close')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
