/**
 * API keys for server-to-server calls: issue one (its whole key is shown once, here, and never
 * again: only its hash is kept), list them, revoke one at once.
 */
import { Alert, Button, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { formatInstant } from './formatInstant.js';
import { rowTestId } from './rowTestId.js';
import { Section } from './Section.js';
import type { ApiKeyView, Items } from './types.js';
import { useFeedback } from './useFeedback.js';
import { useResource } from './useResource.js';

export function ApiKeysSection(): ReactNode {
  const { t, i18n } = useTranslation('admin');
  const feedback = useFeedback();
  const keys = useResource<Items<ApiKeyView>>('/api-keys');
  const [form] = Form.useForm<{ name: string }>();
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<(ApiKeyView & { key: string }) | null>(null);

  const act = async (request: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await request();
      keys.reload();
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(false);
    }
  };

  const issue = (name: string): Promise<void> =>
    act(async () => {
      const key = await api<ApiKeyView & { key: string }>('/api-keys', { body: { name: name.trim() } });
      form.resetFields();
      setIssued(key);
    });

  return (
    <Section testId="admin-api-keys" title={t('menu_api-keys')}>
      <Form<{ name: string }>
        form={form}
        layout="inline"
        onFinish={(values) => void issue(values.name)}
        style={{ marginBottom: 16 }}
      >
        <Form.Item name="name" label={t('apiKeyName')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input data-testid="api-key-name" style={{ width: 280 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="api-key-issue">
          {t('apiKeyIssue')}
        </Button>
      </Form>
      <Table<ApiKeyView>
        rowKey="keyId"
        size="small"
        loading={keys.loading}
        dataSource={[...(keys.data?.items ?? [])].reverse()}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(key) => rowTestId(`api-key-row-${key.name}`)}
        columns={[
          { title: t('apiKeyId'), dataIndex: 'keyId' },
          { title: t('apiKeyName'), dataIndex: 'name' },
          { title: t('createdAt'), dataIndex: 'createdAt', render: (at: string) => formatInstant(at, i18n.language) },
          {
            title: t('status'),
            key: 'status',
            render: (_, key) =>
              key.revokedAt === null ? (
                <Tag color="green" data-testid="api-key-active">
                  {t('apiKeyActive')}
                </Tag>
              ) : (
                <Tag data-testid="api-key-revoked">
                  {t('apiKeyRevokedAt', { at: formatInstant(key.revokedAt, i18n.language) })}
                </Tag>
              ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, key) =>
              key.revokedAt === null && (
                <Popconfirm
                  title={t('apiKeyRevokeConfirm', { name: key.name })}
                  okButtonProps={{ 'data-testid': 'api-key-revoke-confirm' }}
                  onConfirm={() => {
                    void act(async () => {
                      await api(`/api-keys/${encodeURIComponent(key.keyId)}`, { method: 'DELETE' });
                      feedback.saved();
                    });
                  }}
                >
                  <Button size="small" danger data-testid="api-key-revoke">
                    {t('apiKeyRevoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {issued !== null && (
        <Modal
          open
          title={t('apiKeyIssued', { name: issued.name })}
          footer={
            <Button
              type="primary"
              data-testid="api-key-close"
              onClick={() => {
                setIssued(null);
              }}
            >
              {t('apiKeyStored')}
            </Button>
          }
          closable={false}
          mask={{ closable: false }}
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert type="warning" showIcon title={t('apiKeyOnce')} />
            <Typography.Paragraph copyable={{ text: issued.key }} code data-testid="api-key-secret">
              {issued.key}
            </Typography.Paragraph>
          </Space>
        </Modal>
      )}
    </Section>
  );
}
