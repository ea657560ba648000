/**
 * One endpoint's delivery log (GET /webhooks/:id/deliveries), newest first, page by page: status,
 * attempts, the receiver's last HTTP status, latency and error, and "send again" for a delivered
 * or failed delivery (same delivery id: docs/integrations.md).
 */
import { Button, Modal, Space, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { formatInstant } from './formatInstant.js';
import { rowTestId } from './rowTestId.js';
import type { DeliveryView, WebhookView } from './types.js';
import { useFeedback } from './useFeedback.js';
import { useResource } from './useResource.js';

const statusColor = { pending: 'blue', delivered: 'green', failed: 'red' } as const;

export function WebhookDeliveries({
  webhook,
  onClose,
}: {
  readonly webhook: WebhookView;
  readonly onClose: () => void;
}): ReactNode {
  const { t, i18n } = useTranslation('admin');
  const feedback = useFeedback();
  /** Cursors of the pages before this one and of this one (null: the newest page). */
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const cursor = cursors.at(-1) ?? null;
  const page = useResource<{ items: DeliveryView[]; next: string | null }>(
    `/webhooks/${encodeURIComponent(webhook.webhookId)}/deliveries`,
    { limit: 20, ...(cursor === null ? {} : { cursor }) },
  );
  const when = (at: string | null): string => (at === null ? '' : formatInstant(at, i18n.language));

  const redeliver = async (delivery: DeliveryView): Promise<void> => {
    try {
      const path = `/webhooks/${encodeURIComponent(webhook.webhookId)}/deliveries/${encodeURIComponent(delivery.deliveryId)}/redeliver`;
      await api(path, { body: {} });
      feedback.saved();
      page.reload();
    } catch (error) {
      feedback.failed(error);
    }
  };

  return (
    <Modal
      open
      width={1100}
      title={t('webhookDeliveriesOf', { url: webhook.url })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="webhook-delivery-log">
        <Space style={{ marginBottom: 12 }}>
          <Button size="small" data-testid="webhook-deliveries-refresh" onClick={page.reload}>
            {t('deliveryRefresh')}
          </Button>
          <Button
            size="small"
            disabled={cursors.length <= 1}
            onClick={() => {
              setCursors(cursors.slice(0, -1));
            }}
          >
            {t('newer')}
          </Button>
          <Button
            size="small"
            disabled={page.data?.next == null}
            onClick={() => {
              if (page.data?.next != null) setCursors([...cursors, page.data.next]);
            }}
          >
            {t('older')}
          </Button>
        </Space>
        <Table<DeliveryView>
          rowKey="deliveryId"
          size="small"
          loading={page.loading}
          dataSource={page.data?.items ?? []}
          pagination={false}
          onRow={(delivery) => rowTestId(`delivery-row-${delivery.eventType}`)}
          columns={[
            { title: t('deliveryEvent'), dataIndex: 'eventType' },
            {
              title: t('deliveryStatus'),
              dataIndex: 'status',
              render: (status: DeliveryView['status']) => (
                <Tag color={statusColor[status]} data-testid={`delivery-status-${status}`}>
                  {t(`deliveryStatus_${status}`)}
                </Tag>
              ),
            },
            { title: t('deliveryAttempts'), dataIndex: 'attempts' },
            { title: t('deliveryCode'), dataIndex: 'lastStatusCode' },
            { title: t('deliveryLatency'), dataIndex: 'lastLatencyMs' },
            { title: t('deliveryError'), dataIndex: 'lastError', ellipsis: true },
            { title: t('deliveryCreated'), dataIndex: 'createdAt', render: when },
            { title: t('deliveryNext'), dataIndex: 'nextAttemptAt', render: when },
            {
              title: '',
              key: 'actions',
              render: (_, delivery) =>
                delivery.status !== 'pending' && (
                  <Button size="small" data-testid="delivery-redeliver" onClick={() => void redeliver(delivery)}>
                    {t('deliveryRedeliver')}
                  </Button>
                ),
            },
          ]}
        />
      </div>
    </Modal>
  );
}
