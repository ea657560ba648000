/** The transfer policies (timeout, failure handling, cross-department) and recommendation weights and limits. */
import { Button, Card, Col, Form, InputNumber, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferSettings } from './types.js';
import type { TenantEditor } from './useTenant.js';

type PolicyValues = Pick<
  TransferSettings,
  | 'timeoutSeconds'
  | 'onFailure'
  | 'maxForwards'
  | 'crossDepartment'
  | 'weights'
  | 'experiencePrior'
  | 'experienceWindow'
  | 'recommendationCount'
>;

function NumberField({
  name,
  label,
  min,
  max,
  step,
  testId,
}: {
  readonly name: string | readonly string[];
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly testId?: string;
}): ReactNode {
  return (
    <Col span={6}>
      <Form.Item name={typeof name === 'string' ? name : [...name]} label={label} rules={[{ required: true }]}>
        <InputNumber data-testid={testId} min={min} max={max} step={step} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
}

export function TransferPolicyForm({
  transfer,
  editor,
}: {
  readonly transfer: TransferSettings;
  readonly editor: TenantEditor;
}): ReactNode {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<PolicyValues>();
  return (
    <Form<PolicyValues>
      form={form}
      layout="vertical"
      initialValues={transfer}
      onFinish={(values) => void editor.patch({ transfer: values })}
    >
      <Card size="small" title={t('transferPolicies')} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <NumberField
            name="timeoutSeconds"
            label={t('transferTimeout')}
            min={1}
            max={3600}
            testId="transfer-timeout"
          />
          <Col span={6}>
            <Form.Item name="onFailure" label={t('onFailure')}>
              <Select
                options={(['notify', 'forward', 'return-to-queue'] as const).map((value) => ({
                  value,
                  label: t(`onFailure_${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <NumberField name="maxForwards" label={t('maxForwards')} min={0} max={20} />
          <Col span={6}>
            <Form.Item name="crossDepartment" label={t('crossDepartment')}>
              <Select
                options={(['allowed', 'supervisor-only', 'forbidden'] as const).map((value) => ({
                  value,
                  label: t(`crossDepartment_${value}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('transferWeights')} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <NumberField
            name={['weights', 'skill']}
            label={t('weightSkill')}
            min={0}
            max={100}
            step={0.1}
            testId="weight-skill"
          />
          <NumberField name={['weights', 'load']} label={t('weightLoad')} min={0} max={100} step={0.1} />
          <NumberField name={['weights', 'experience']} label={t('weightExperience')} min={0} max={100} step={0.1} />
          <NumberField name="recommendationCount" label={t('recommendationCount')} min={1} max={50} />
          <NumberField name={['experiencePrior', 'score']} label={t('priorScore')} min={0} max={1} step={0.05} />
          <NumberField name={['experiencePrior', 'weight']} label={t('priorWeight')} min={0} max={10_000} />
          <NumberField name="experienceWindow" label={t('experienceWindow')} min={1} max={10_000} />
        </Row>
      </Card>
      <Button type="primary" htmlType="submit" loading={editor.busy} data-testid="transfer-policy-save">
        {t('save', { ns: 'common' })}
      </Button>
    </Form>
  );
}
