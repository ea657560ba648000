/**
 * Adding or editing one routing rule: its conditions (keywords any / all, channel, source, language,
 * VIP level, customer labels, business type, order and ticket facts, time of day) and actions (group,
 * priority, named agent, labels). The older key → values attribute lists are kept as they were.
 * Empty fields mean "any".
 */
import { Checkbox, Col, Divider, Form, Input, InputNumber, Row, Select, Switch, type SelectProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from './FormModal.js';
import { idRules } from './idRules.js';
import { RuleFactsField, factsOf, rowsOf, type FactRow } from './RuleFactsField.js';
import type { AgentView, RoutingRule, SkillGroupView } from './types.js';

interface RuleFormValues {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly keywordsAny?: string[];
  readonly keywordsAll?: string[];
  readonly channels?: string[];
  readonly sources?: string[];
  readonly languages?: string[];
  readonly vipMin?: number | null;
  readonly vipMax?: number | null;
  readonly labelsAny?: string[];
  readonly labelsAll?: string[];
  readonly labelsNone?: string[];
  readonly businessTypes?: string[];
  readonly facts?: FactRow[];
  readonly timeFrom?: string;
  readonly timeTo?: string;
  readonly timeDays?: number[];
  readonly timeZone?: string;
  readonly groupId?: string | null;
  readonly priority?: number | null;
  readonly agentId?: string | null;
  readonly labels?: string[];
}

const list = (values: readonly string[] | undefined): string[] | undefined =>
  values === undefined || values.length === 0 ? undefined : [...values];
const clock = /^\d{2}:\d{2}$/;

/** Only the keys that carry something, so an empty condition is absent, not an empty list. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== null)) as T;
}

function ruleOf(values: RuleFormValues, rule: RoutingRule | null): RoutingRule {
  const keywords = defined({ any: list(values.keywordsAny), all: list(values.keywordsAll) });
  const labels = defined({ any: list(values.labelsAny), all: list(values.labelsAll), none: list(values.labelsNone) });
  const vipLevel = defined({ min: values.vipMin ?? undefined, max: values.vipMax ?? undefined });
  const from = values.timeFrom?.trim() ?? '';
  const to = values.timeTo?.trim() ?? '';
  const zone = values.timeZone?.trim() ?? '';
  const time =
    from === '' || to === ''
      ? undefined
      : defined({
          from,
          to,
          days: values.timeDays === undefined || values.timeDays.length === 0 ? undefined : values.timeDays,
          timeZone: zone === '' ? undefined : zone,
        });
  return {
    id: values.id,
    name: values.name.trim(),
    enabled: values.enabled,
    conditions: defined({
      keywords: Object.keys(keywords).length === 0 ? undefined : keywords,
      channels: list(values.channels),
      sources: list(values.sources),
      languages: list(values.languages),
      vipLevel: Object.keys(vipLevel).length === 0 ? undefined : vipLevel,
      labels: Object.keys(labels).length === 0 ? undefined : labels,
      businessTypes: list(values.businessTypes),
      attributes: rule?.conditions.attributes,
      facts: factsOf(values.facts),
      time,
    }),
    actions: defined({
      groupId: values.groupId ?? undefined,
      priority: values.priority ?? undefined,
      agentId: values.agentId ?? undefined,
      labels: list(values.labels),
    }),
  };
}

function valuesOf(rule: RoutingRule | null): Partial<RuleFormValues> {
  if (rule === null) return { enabled: true };
  const { conditions: c, actions: a } = rule;
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    keywordsAny: [...(c.keywords?.any ?? [])],
    keywordsAll: [...(c.keywords?.all ?? [])],
    channels: [...(c.channels ?? [])],
    sources: [...(c.sources ?? [])],
    languages: [...(c.languages ?? [])],
    vipMin: c.vipLevel?.min ?? null,
    vipMax: c.vipLevel?.max ?? null,
    labelsAny: [...(c.labels?.any ?? [])],
    labelsAll: [...(c.labels?.all ?? [])],
    labelsNone: [...(c.labels?.none ?? [])],
    businessTypes: [...(c.businessTypes ?? [])],
    facts: rowsOf(c.facts),
    timeFrom: c.time?.from ?? '',
    timeTo: c.time?.to ?? '',
    timeDays: [...(c.time?.days ?? [])],
    timeZone: c.time?.timeZone ?? '',
    groupId: a.groupId ?? null,
    priority: a.priority ?? null,
    agentId: a.agentId ?? null,
    labels: [...(a.labels ?? [])],
  };
}

/** Free words (type, then Enter or a comma); the form's value and onChange pass through. */
function Tags({ testId, ...props }: SelectProps<string[]> & { readonly testId?: string }): ReactNode {
  return (
    <div data-testid={testId}>
      <Select<string[]> {...props} mode="tags" tokenSeparators={[',', '，']} />
    </div>
  );
}

export function RuleForm({
  rule,
  groups,
  agents,
  takenIds,
  busy,
  onSave,
  onCancel,
}: {
  readonly rule: RoutingRule | null;
  readonly groups: readonly SkillGroupView[];
  readonly agents: readonly AgentView[];
  /** Ids of the other rules: a new rule may not reuse one. */
  readonly takenIds: ReadonlySet<string>;
  readonly busy: boolean;
  /** Saves the rule; resolves true when the list was saved (the form closes), false to keep it open. */
  readonly onSave: (rule: RoutingRule) => Promise<boolean>;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<RuleFormValues>();
  const dayOptions = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: day, label: t(`day_${day}`) }));

  return (
    <FormModal<RuleFormValues>
      width={820}
      title={rule === null ? t('ruleNew') : t('ruleEdit', { name: rule.name })}
      busy={busy}
      saveTestId="rule-save"
      form={form}
      initialValues={valuesOf(rule)}
      onSubmit={(values) => void onSave(ruleOf(values, rule))}
      onClose={onCancel}
    >
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item
            name="id"
            label={t('ruleId')}
            rules={[
              ...idRules(t),
              {
                validator: (_, id: string) =>
                  takenIds.has(id) ? Promise.reject(new Error(t('ruleIdTaken'))) : Promise.resolve(),
              },
            ]}
          >
            <Input data-testid="rule-id" disabled={rule !== null} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input data-testid="rule-name" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="enabled" label={t('enabled')} valuePropName="checked">
            <Switch data-testid="rule-enabled" />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('conditions')}</Divider>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="keywordsAny" label={t('keywordsAny')} tooltip={t('tagsHelp')}>
            <Tags testId="rule-keywords-any" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="keywordsAll" label={t('keywordsAll')}>
            <Tags />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="channels" label={t('channels')}>
            <Tags />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="sources" label={t('sources')}>
            <Tags />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="languages" label={t('languages')}>
            <Tags />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="vipMin" label={t('vipMin')}>
            <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="vipMax" label={t('vipMax')}>
            <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="businessTypes" label={t('businessTypes')}>
            <Tags />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="labelsAny" label={t('labelsAny')}>
            <Tags />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="labelsAll" label={t('labelsAll')}>
            <Tags />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="labelsNone" label={t('labelsNone')}>
            <Tags />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="timeZone" label={t('timeZone')} tooltip={t('ruleTimeZoneHelp')}>
            <Input placeholder="Asia/Shanghai" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="timeFrom" label={t('timeFrom')} rules={[{ pattern: clock, message: t('clockPattern') }]}>
            <Input placeholder="09:00" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="timeTo" label={t('timeTo')} rules={[{ pattern: clock, message: t('clockPattern') }]}>
            <Input placeholder="18:00" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="timeDays" label={t('days')}>
            <Checkbox.Group options={dayOptions} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <RuleFactsField />
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('actions')}</Divider>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="groupId" label={t('routeToGroup')}>
            <Select
              data-testid="rule-group"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={groups.map((g) => ({ value: g.groupId, label: `${g.name} (${g.groupId})` }))}
            />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="priority" label={t('priority')}>
            <InputNumber data-testid="rule-priority" min={-1000} max={1000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="agentId" label={t('routeToAgent')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={agents.map((a) => ({ value: a.agentId, label: `${a.name} (${a.agentId})` }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="labels" label={t('addLabels')}>
            <Tags />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
