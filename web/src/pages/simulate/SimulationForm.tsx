/** The attributes of a test customer that routing rules look at (DESIGN.md §3.1). */
import { AutoComplete, Button, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerAttributes } from './simulation-types.js';

const channels = ['web', 'app', 'wechat', 'email', 'api'];
const sources = ['website', 'douyin', 'app', 'wechat', 'taobao'];
const languages = ['zh-CN', 'en', 'en-US', 'ja'];

export interface SimulationFormProps {
  readonly busy: boolean;
  readonly onOpen: (attributes: CustomerAttributes) => void;
}

export function SimulationForm({ busy, onOpen }: SimulationFormProps): ReactNode {
  const { t } = useTranslation('simulate');
  return (
    <Form<CustomerAttributes>
      layout="vertical"
      data-testid="sim-form"
      initialValues={{ channel: 'web', source: 'website', vipLevel: 0, labels: [], text: '', routeToAgents: false }}
      onFinish={onOpen}
    >
      <Form.Item name="channel" label={t('channel')} rules={[{ required: true }]}>
        <AutoComplete data-testid="sim-channel" options={channels.map((value) => ({ value }))} />
      </Form.Item>
      <Form.Item name="source" label={t('source')} rules={[{ required: true }]}>
        <AutoComplete data-testid="sim-source" options={sources.map((value) => ({ value }))} />
      </Form.Item>
      <Form.Item name="language" label={t('language')}>
        <AutoComplete data-testid="sim-language" allowClear options={languages.map((value) => ({ value }))} />
      </Form.Item>
      <Form.Item name="vipLevel" label={t('vipLevel')}>
        <InputNumber data-testid="sim-vip" min={0} max={10} precision={0} />
      </Form.Item>
      <Form.Item name="labels" label={t('labels')}>
        <Select<string[]> data-testid="sim-labels" mode="tags" open={false} suffix={null} />
      </Form.Item>
      <Form.Item name="businessType" label={t('businessType')}>
        <Input data-testid="sim-business-type" maxLength={64} />
      </Form.Item>
      <Form.Item name="attributes" label={t('attributes')}>
        <Input.TextArea data-testid="sim-attributes" rows={2} placeholder="orderId=A1001" />
      </Form.Item>
      <Form.Item name="text" label={t('text')}>
        <Input.TextArea data-testid="sim-text" rows={3} maxLength={10_000} />
      </Form.Item>
      <Form.Item name="routeToAgents" valuePropName="checked" extra={t('routeToAgentsHint')}>
        <Checkbox data-testid="sim-route-to-agents">{t('routeToAgents')}</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="sim-open" block>
        {t('open')}
      </Button>
    </Form>
  );
}
