/**
 * Webhook endpoints (docs/integrations.md, "Webhooks"): list them, add or edit one (URL,
 * description, the event types wanted, enabled), see its signing secret once — when created or
 * rotated —, delete it, send a test ping, and read its delivery log with "send again".
 */
import { Alert, Button, Checkbox, Form, Input, Modal, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { webhookEventTypes } from '../../../../src/shared/webhook-event-types.js';
import { api } from '../../api/http.js';
import { FormModal } from './FormModal.js';
import { rowTestId } from './rowTestId.js';
import { Section } from './Section.js';
import type { Items, WebhookView } from './types.js';
import { useFeedback } from './useFeedback.js';
import { useResource } from './useResource.js';
import { WebhookDeliveries } from './WebhookDeliveries.js';

/** The server's vocabulary, in its order. */
const eventTypes = webhookEventTypes;

interface WebhookForm {
  readonly url: string;
  readonly description: string;
  readonly events: readonly string[];
  readonly enabled: boolean;
}

export function WebhooksSection(): ReactNode {
  const { t } = useTranslation('admin');
  const feedback = useFeedback();
  const webhooks = useResource<Items<WebhookView>>('/webhooks');
  const [form] = Form.useForm<WebhookForm>();
  const [busy, setBusy] = useState(false);
  /** The endpoint being edited, `'new'` for a new one, null when no form is open. */
  const [editing, setEditing] = useState<WebhookView | 'new' | null>(null);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [log, setLog] = useState<WebhookView | null>(null);

  const act = async (request: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await request();
      webhooks.reload();
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(false);
    }
  };

  const save = (values: WebhookForm): Promise<void> =>
    act(async () => {
      const body = { ...values, url: values.url.trim(), description: values.description.trim() };
      if (editing === 'new') {
        const created = await api<WebhookView & { secret: string }>('/webhooks', { body });
        setSecret({ url: created.url, secret: created.secret });
      } else if (editing !== null) {
        await api(`/webhooks/${encodeURIComponent(editing.webhookId)}`, { method: 'PUT', body });
        feedback.saved();
      }
      setEditing(null);
    });

  const path = (webhook: WebhookView, rest = ''): string => `/webhooks/${encodeURIComponent(webhook.webhookId)}${rest}`;

  return (
    <Section testId="admin-webhooks" title={t('menu_webhooks')}>
      <Button
        type="primary"
        style={{ marginBottom: 16 }}
        data-testid="webhook-add"
        onClick={() => {
          setEditing('new');
        }}
      >
        {t('webhookAdd')}
      </Button>
      <Table<WebhookView>
        rowKey="webhookId"
        size="small"
        loading={webhooks.loading}
        dataSource={[...(webhooks.data?.items ?? [])]}
        locale={{ emptyText: t('webhookNone') }}
        pagination={false}
        onRow={(webhook) => rowTestId(`webhook-row-${webhook.description || webhook.url}`)}
        columns={[
          {
            title: t('webhookUrl'),
            dataIndex: 'url',
            render: (url: string) => <Typography.Text code>{url}</Typography.Text>,
          },
          { title: t('webhookDescription'), dataIndex: 'description' },
          {
            title: t('webhookEvents'),
            dataIndex: 'events',
            render: (events: readonly string[]) => (
              <Space size={[0, 4]} wrap>
                {events.map((event) => (
                  <Tag key={event}>{event}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('status'),
            dataIndex: 'enabled',
            render: (enabled: boolean) =>
              enabled ? <Tag color="green">{t('webhookEnabled')}</Tag> : <Tag>{t('webhookDisabled')}</Tag>,
          },
          {
            title: '',
            key: 'actions',
            render: (_, webhook) => (
              <Space wrap>
                <Button
                  size="small"
                  data-testid="webhook-edit"
                  onClick={() => {
                    setEditing(webhook);
                  }}
                >
                  {t('webhookEdit')}
                </Button>
                <Button
                  size="small"
                  data-testid="webhook-deliveries"
                  onClick={() => {
                    setLog(webhook);
                  }}
                >
                  {t('webhookDeliveries')}
                </Button>
                <Button
                  size="small"
                  data-testid="webhook-ping"
                  disabled={!webhook.enabled}
                  onClick={() => {
                    void act(async () => {
                      await api(path(webhook, '/ping'), { body: {} });
                      feedback.saved();
                    });
                  }}
                >
                  {t('webhookPing')}
                </Button>
                <Popconfirm
                  title={t('webhookRotateConfirm')}
                  okButtonProps={{ 'data-testid': 'webhook-rotate-confirm' }}
                  onConfirm={() => {
                    void act(async () => {
                      const rotated = await api<{ secret: string }>(path(webhook, '/rotate-secret'), { body: {} });
                      setSecret({ url: webhook.url, secret: rotated.secret });
                    });
                  }}
                >
                  <Button size="small" data-testid="webhook-rotate">
                    {t('webhookRotate')}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={t('webhookRemoveConfirm')}
                  okButtonProps={{ 'data-testid': 'webhook-remove-confirm' }}
                  onConfirm={() => {
                    void act(async () => {
                      await api(path(webhook), { method: 'DELETE' });
                      feedback.saved();
                    });
                  }}
                >
                  <Button size="small" danger data-testid="webhook-remove">
                    {t('webhookRemove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing !== null && (
        <FormModal<WebhookForm>
          title={editing === 'new' ? t('webhookAdd') : t('webhookEdit')}
          width={640}
          busy={busy}
          saveTestId="webhook-save"
          form={form}
          initialValues={
            editing === 'new'
              ? { url: 'https://', description: '', events: ['message.posted'], enabled: true }
              : { url: editing.url, description: editing.description, events: editing.events, enabled: editing.enabled }
          }
          onSubmit={(values) => void save(values)}
          onClose={() => {
            setEditing(null);
          }}
        >
          <Form.Item name="url" label={t('webhookUrl')} rules={[{ required: true, whitespace: true, max: 2048 }]}>
            <Input data-testid="webhook-url" placeholder="https://crm.example.com/switchboard" />
          </Form.Item>
          <Form.Item name="description" label={t('webhookDescription')} rules={[{ max: 500 }]}>
            <Input data-testid="webhook-description" />
          </Form.Item>
          <Form.Item name="events" label={t('webhookEvents')}>
            <Checkbox.Group
              data-testid="webhook-events"
              options={eventTypes.map((type) => ({ value: type, label: type }))}
            />
          </Form.Item>
          <Form.Item name="enabled" label={t('webhookEnabled')} valuePropName="checked">
            <Switch data-testid="webhook-enabled" />
          </Form.Item>
        </FormModal>
      )}
      {secret !== null && (
        <Modal
          open
          title={t('webhookSecretTitle', { url: secret.url })}
          closable={false}
          mask={{ closable: false }}
          footer={
            <Button
              type="primary"
              data-testid="webhook-secret-close"
              onClick={() => {
                setSecret(null);
              }}
            >
              {t('webhookSecretStored')}
            </Button>
          }
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert type="warning" showIcon title={t('webhookSecretOnce')} />
            <Typography.Paragraph copyable={{ text: secret.secret }} code data-testid="webhook-secret">
              {secret.secret}
            </Typography.Paragraph>
          </Space>
        </Modal>
      )}
      {log !== null && (
        <WebhookDeliveries
          webhook={log}
          onClose={() => {
            setLog(null);
          }}
        />
      )}
    </Section>
  );
}
