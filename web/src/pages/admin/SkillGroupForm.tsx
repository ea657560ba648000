/**
 * Creating or editing a skill group: name, routing strategy and its K and m, overflow tiers, queue
 * limit, assignment mode, service level and what happens when an agent is lost. Business hours are
 * kept as they are (they have their own area); the whole group is PUT back.
 */
import { Button, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { FormModal } from './FormModal.js';
import { idRules } from './idRules.js';
import { RemoveRowButton } from './RemoveRowButton.js';
import { strategyNames, type SkillGroupConfig, type SkillGroupView } from './types.js';
import { useFeedback } from './useFeedback.js';

interface GroupFormValues {
  readonly groupId: string;
  readonly name: string;
  readonly strategy: SkillGroupConfig['strategy'];
  readonly k: number;
  readonly m: number;
  readonly overflow?: { readonly afterSeconds: number; readonly groupId: string }[];
  readonly maxQueueLength?: number | null;
  readonly assignmentMode: 'inherit' | 'direct' | 'offer';
  readonly offerTimeoutSeconds?: number | null;
  readonly serviceLevelSeconds: number;
  readonly onAgentLost: SkillGroupConfig['onAgentLost'];
}

function initialValues(group: SkillGroupView | null): Partial<GroupFormValues> {
  if (group === null) {
    return {
      strategy: 'weighted-wait',
      k: 300,
      m: 0.5,
      overflow: [],
      assignmentMode: 'inherit',
      serviceLevelSeconds: 20,
      onAgentLost: 'reroute',
    };
  }
  return {
    groupId: group.groupId,
    name: group.name,
    strategy: group.strategy,
    k: group.params.k,
    m: group.params.m,
    overflow: group.overflow.map((tier) => ({ ...tier })),
    maxQueueLength: group.maxQueueLength,
    assignmentMode: group.assignmentMode ?? 'inherit',
    offerTimeoutSeconds: group.offerTimeoutSeconds,
    serviceLevelSeconds: group.serviceLevelSeconds,
    onAgentLost: group.onAgentLost,
  };
}

function configOf(values: GroupFormValues, group: SkillGroupView | null): SkillGroupConfig {
  return {
    name: values.name.trim(),
    strategy: values.strategy,
    params: { k: values.k, m: values.m },
    overflow: values.overflow ?? [],
    hours: group?.hours ?? null,
    maxQueueLength: values.maxQueueLength ?? null,
    assignmentMode: values.assignmentMode === 'inherit' ? null : values.assignmentMode,
    offerTimeoutSeconds: values.offerTimeoutSeconds ?? null,
    serviceLevelSeconds: values.serviceLevelSeconds,
    onAgentLost: values.onAgentLost,
  };
}

export function SkillGroupForm({
  group,
  groups,
  onClose,
}: {
  readonly group: SkillGroupView | null;
  readonly groups: readonly SkillGroupView[];
  readonly onClose: (changed: boolean) => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const feedback = useFeedback();
  const [form] = Form.useForm<GroupFormValues>();
  const [busy, setBusy] = useState(false);
  const otherGroups = groups
    .filter((other) => other.groupId !== group?.groupId)
    .map((other) => ({ value: other.groupId, label: other.name }));

  const submit = async (values: GroupFormValues): Promise<void> => {
    setBusy(true);
    try {
      await api(`/skill-groups/${encodeURIComponent(values.groupId)}`, {
        method: 'PUT',
        body: configOf(values, group),
      });
      feedback.saved();
      onClose(true);
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<GroupFormValues>
      width={720}
      title={group === null ? t('groupNew') : t('groupEdit', { id: group.groupId })}
      busy={busy}
      saveTestId="group-save"
      form={form}
      initialValues={initialValues(group)}
      onSubmit={(values) => void submit(values)}
      onClose={() => {
        onClose(false);
      }}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="groupId" label={t('groupId')} rules={idRules(t)}>
            <Input data-testid="group-id" disabled={group !== null} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input data-testid="group-name" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="strategy" label={t('strategy')}>
            <Select options={strategyNames.map((s) => ({ value: s, label: t(`strategy_${s}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="k" label={t('paramK')} tooltip={t('paramKHelp')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1_000_000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="m" label={t('paramM')} tooltip={t('paramMHelp')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} step={0.1} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="assignmentMode" label={t('assignmentMode')}>
            <Select
              options={(['inherit', 'direct', 'offer'] as const).map((mode) => ({
                value: mode,
                label: t(`assignment_${mode}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="offerTimeoutSeconds" label={t('offerTimeoutSeconds')} tooltip={t('inheritHelp')}>
            <InputNumber min={1} max={3600} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="maxQueueLength" label={t('maxQueueLength')} tooltip={t('unlimitedHelp')}>
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="serviceLevelSeconds" label={t('serviceLevelSeconds')} rules={[{ required: true }]}>
            <InputNumber min={1} max={86_400} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="onAgentLost" label={t('onAgentLost')}>
            <Select
              options={(['reroute', 'keep'] as const).map((value) => ({ value, label: t(`agentLost_${value}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="overflow">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field) => (
              <Space key={field.key} align="baseline">
                <Form.Item name={[field.name, 'afterSeconds']} label={t('afterSeconds')} rules={[{ required: true }]}>
                  <InputNumber min={1} max={86_400} />
                </Form.Item>
                <Form.Item name={[field.name, 'groupId']} label={t('overflowGroup')} rules={[{ required: true }]}>
                  <Select style={{ width: 220 }} options={otherGroups} />
                </Form.Item>
                <RemoveRowButton name={field.name} remove={remove} />
              </Space>
            ))}
            <Button
              onClick={() => {
                add({ afterSeconds: 60 });
              }}
              disabled={fields.length >= 10}
            >
              {t('overflowAdd')}
            </Button>
          </Space>
        )}
      </Form.List>
    </FormModal>
  );
}
