/**
 * The enrichment hook (docs/routing.md, "Enrichment hook"): where the server asks the tenant's
 * back-end for a customer's order and ticket facts before routing, with its secret (written, never
 * shown back), timeout and cache time, and a test call that shows what the hook answered or why
 * it gave nothing.
 */
import { Alert, Button, Descriptions, Form, Input, InputNumber, Space, Spin, Switch, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { ResponseBody } from '../../api/types.js';
import { Section } from './Section.js';
import { useFeedback } from './useFeedback.js';
import { useResource } from './useResource.js';

/** `GET /api/v1/enrichment-hook`. */
type HookView = ResponseBody<'/api/v1/enrichment-hook'>;

/** `POST /api/v1/enrichment-hook/test`. */
type TestResult = ResponseBody<'/api/v1/enrichment-hook/test', 'post'>;

interface HookForm {
  enabled: boolean;
  url: string;
  secret?: string;
  timeoutMs: number;
  cacheSeconds: number;
}

export function EnrichmentHookSection(): ReactNode {
  const { t } = useTranslation('admin');
  const feedback = useFeedback();
  const hook = useResource<HookView>('/enrichment-hook');
  const [form] = Form.useForm<HookForm>();
  const [busy, setBusy] = useState(false);
  const [testing, setTesting] = useState(false);
  const [customerId, setCustomerId] = useState('');
  const [result, setResult] = useState<TestResult | null>(null);

  const save = async (values: HookForm): Promise<void> => {
    setBusy(true);
    try {
      const secret = values.secret?.trim() ?? '';
      await api('/enrichment-hook', {
        method: 'PUT',
        body: {
          enabled: values.enabled,
          url: values.url.trim(),
          timeoutMs: values.timeoutMs,
          cacheSeconds: values.cacheSeconds,
          ...(secret === '' ? {} : { secret }),
        },
      });
      feedback.saved();
      // Never shown back: the field empties, and its hint now says a secret is kept.
      form.setFieldValue('secret', '');
      hook.reload();
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(false);
    }
  };

  const test = async (): Promise<void> => {
    setTesting(true);
    setResult(null);
    try {
      const id = customerId.trim();
      setResult(await api<TestResult>('/enrichment-hook/test', { body: id === '' ? {} : { customerId: id } }));
    } catch (error) {
      feedback.failed(error);
    } finally {
      setTesting(false);
    }
  };

  const saved = hook.data;
  if (saved === undefined) {
    // The form starts from what is saved, so it appears only once that is known.
    return (
      <Section testId="admin-enrichment" title={t('menu_enrichment')}>
        <Spin />
      </Section>
    );
  }
  const secretSet = saved.secretSet;
  return (
    <Section testId="admin-enrichment" title={t('menu_enrichment')}>
      <Typography.Paragraph type="secondary">{t('hookHelp')}</Typography.Paragraph>
      <Form<HookForm>
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{
          enabled: saved.enabled,
          url: saved.url ?? '',
          timeoutMs: saved.timeoutMs,
          cacheSeconds: saved.cacheSeconds,
          secret: '',
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="enabled" label={t('hookEnabled')} valuePropName="checked">
          <Switch data-testid="hook-enabled" />
        </Form.Item>
        <Form.Item name="url" label={t('hookUrl')} rules={[{ required: true, whitespace: true, max: 2048 }]}>
          <Input data-testid="hook-url" placeholder="https://shop.example.com/switchboard/enrich" />
        </Form.Item>
        <Form.Item
          name="secret"
          label={t('hookSecret')}
          extra={secretSet ? t('hookSecretKept') : t('hookSecretHelp')}
          rules={[{ required: !secretSet, min: 16, max: 256 }]}
        >
          <Input.Password
            data-testid="hook-secret"
            autoComplete="new-password"
            placeholder={secretSet ? t('hookSecretSaved') : ''}
          />
        </Form.Item>
        <Space size="large">
          <Form.Item name="timeoutMs" label={t('hookTimeout')} rules={[{ required: true }]}>
            <InputNumber data-testid="hook-timeout" min={50} max={2000} step={50} />
          </Form.Item>
          <Form.Item name="cacheSeconds" label={t('hookCache')} rules={[{ required: true }]}>
            <InputNumber data-testid="hook-cache" min={0} max={3600} />
          </Form.Item>
        </Space>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="hook-save">
            {t('hookSave')}
          </Button>
        </Form.Item>
      </Form>

      <Typography.Title level={5}>{t('hookTest')}</Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <Input
          data-testid="hook-test-customer"
          placeholder={t('hookTestCustomer')}
          value={customerId}
          onChange={(event) => {
            setCustomerId(event.target.value);
          }}
          style={{ width: 260 }}
        />
        <Button data-testid="hook-test" loading={testing} disabled={!saved.configured} onClick={() => void test()}>
          {t('hookTestSend')}
        </Button>
      </Space>
      {result !== null && <TestOutcome result={result} />}
    </Section>
  );
}

function TestOutcome({ result }: { readonly result: TestResult }): ReactNode {
  const { t } = useTranslation('admin');
  // An error without a status never reached an answer (connection refused, reset, DNS).
  const key = result.outcome === 'error' && result.status === null ? 'network' : result.outcome;
  const title = t(`hookOutcome_${key}`, {
    status: result.status === null ? '' : `HTTP ${result.status}`,
    latency: result.latencyMs,
  });
  if (result.facts === null) {
    return <Alert type="error" showIcon data-testid="hook-test-failed" title={title} description={result.problem} />;
  }
  const { attributes, labels, vipLevel } = result.facts;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="hook-test-answered"
      title={title}
      description={
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('hookFacts')}>
            <Typography.Text code data-testid="hook-test-facts">
              {Object.entries(attributes)
                .map(([key, value]) => `${key} = ${value}`)
                .join(', ') || '—'}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('hookLabels')}>{labels.join(', ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('hookVipLevel')}>{vipLevel ?? '—'}</Descriptions.Item>
        </Descriptions>
      }
    />
  );
}
