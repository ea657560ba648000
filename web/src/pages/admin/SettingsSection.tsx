/**
 * Tenant settings (DESIGN.md §3–§4): timeouts (first response, reminders, offers, presence grace,
 * dormancy, revive window, stickiness) and routing weights (priority step, rating thresholds), the
 * time zone, default language and default groups, and the chat widget's own texts
 * (WidgetTextsCard). Saved with PATCH /tenant.
 */
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveRowButton } from './RemoveRowButton.js';
import { Section } from './Section.js';
import type { Items, SkillGroupView, TenantSettings } from './types.js';
import { useResource } from './useResource.js';
import { useTenant } from './useTenant.js';
import { cleanWidgetMessages, WidgetTextsCard } from './WidgetTextsCard.js';

type SettingsValues = Omit<TenantSettings, 'transfer' | 'defaultGroupBySource'> & {
  readonly bySource?: { source: string; groupId: string }[];
};

const timeouts = [
  'firstResponseTimeoutSeconds',
  'replyReminderSeconds',
  'offerTimeoutSeconds',
  'presenceGraceSeconds',
  'dormantAfterSeconds',
  'reviveWindowSeconds',
  'stickyWindowSeconds',
  'stickyWaitSeconds',
  'exclusionLapseSeconds',
] as const;

const zones: readonly string[] = Intl.supportedValuesOf('timeZone');

function Seconds({
  name,
  label,
  max = 315_360_000,
}: {
  readonly name: string;
  readonly label: string;
  readonly max?: number;
}): ReactNode {
  return (
    <Col span={6}>
      <Form.Item name={name} label={label} rules={[{ required: true }]}>
        <InputNumber data-testid={`setting-${name}`} min={0} max={max} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
}

/** The settings this form edits: everything but the transfer settings, sources as a list. */
function formValues(settings: TenantSettings): SettingsValues {
  const rest = Object.fromEntries(
    Object.entries(settings).filter(([key]) => key !== 'transfer' && key !== 'defaultGroupBySource'),
  ) as Omit<SettingsValues, 'bySource'>;
  const bySource = Object.entries(settings.defaultGroupBySource).map(([source, groupId]) => ({ source, groupId }));
  // Settings saved before exclusions lapsed lack the field; the server's default applies (docs/routing.md).
  return { exclusionLapseSeconds: 300, agentSearchScope: 'own', ...rest, bySource };
}

export function SettingsSection(): ReactNode {
  const { t } = useTranslation('admin');
  const editor = useTenant();
  const groups = useResource<Items<SkillGroupView>>('/skill-groups');
  const settings = editor.tenant?.settings;
  const groupOptions = (groups.data?.items ?? []).map((g) => ({ value: g.groupId, label: g.name }));

  if (settings === undefined) {
    return (
      <Section testId="admin-settings" title={t('menu_settings')}>
        <Spin />
      </Section>
    );
  }
  const initial = formValues(settings);

  return (
    <Section testId="admin-settings" title={t('menu_settings')}>
      <Form<SettingsValues>
        key={JSON.stringify(initial)}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => {
          const { bySource, ...patch } = values;
          void editor.patch({
            ...patch,
            defaultGroupId: patch.defaultGroupId ?? null,
            widgetMessages: cleanWidgetMessages(patch.widgetMessages),
            defaultGroupBySource: Object.fromEntries(
              (bySource ?? []).map((entry) => [entry.source.trim(), entry.groupId]),
            ),
          });
        }}
      >
        <Card size="small" title={t('settingsTimeouts')} style={{ marginBottom: 16 }}>
          <Row gutter={12}>
            {timeouts.map((name) => (
              <Seconds key={name} name={name} label={t(`setting_${name}`)} />
            ))}
            <Col span={6}>
              <Form.Item name="maxMissedOffers" label={t('setting_maxMissedOffers')} rules={[{ required: true }]}>
                <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={t('settingsRouting')} style={{ marginBottom: 16 }}>
          <Row gutter={12}>
            <Seconds name="priorityStepSeconds" label={t('setting_priorityStepSeconds')} />
            <Col span={6}>
              <Form.Item name="assignmentMode" label={t('assignmentMode')}>
                <Select
                  options={(['direct', 'offer'] as const).map((mode) => ({
                    value: mode,
                    label: t(`assignment_${mode}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="badRatingMax" label={t('setting_badRatingMax')} rules={[{ required: true }]}>
                <InputNumber min={0} max={5} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="goodRatingMin" label={t('setting_goodRatingMin')} rules={[{ required: true }]}>
                <InputNumber min={1} max={6} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name="serviceTimeSampleSize"
                label={t('setting_serviceTimeSampleSize')}
                rules={[{ required: true }]}
              >
                <InputNumber min={1} max={10_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="randomSeed" label={t('setting_randomSeed')} rules={[{ required: true }]}>
                <InputNumber min={-2_147_483_648} max={2_147_483_647} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="closedRetention" label={t('setting_closedRetention')} rules={[{ required: true }]}>
                <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={t('settingsGeneral')} style={{ marginBottom: 16 }}>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="timeZone" label={t('timeZone')} rules={[{ required: true }]}>
                <Select showSearch options={zones.map((zone) => ({ value: zone, label: zone }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="defaultLanguage"
                label={t('setting_defaultLanguage')}
                rules={[{ required: true, pattern: /^[A-Za-z0-9-]{2,16}$/ }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="defaultGroupId" label={t('setting_defaultGroupId')}>
                <Select allowClear options={groupOptions} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="agentSearchScope" label={t('setting_agentSearchScope')}>
                <Select
                  data-testid="setting-agentSearchScope"
                  options={(['own', 'groups'] as const).map((scope) => ({
                    value: scope,
                    label: t(`agentSearchScope_${scope}`),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name="bySource">
            {(fields, { add, remove }) => (
              <Space orientation="vertical">
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'source']} rules={[{ required: true, whitespace: true, max: 64 }]}>
                      <Input placeholder={t('source')} />
                    </Form.Item>
                    <span>→</span>
                    <Form.Item name={[field.name, 'groupId']} rules={[{ required: true }]}>
                      <Select style={{ width: 220 }} options={groupOptions} />
                    </Form.Item>
                    <RemoveRowButton name={field.name} remove={remove} />
                  </Space>
                ))}
                <Button
                  onClick={() => {
                    add({ source: '' });
                  }}
                >
                  {t('bySourceAdd')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Card>
        <WidgetTextsCard />
        <Button type="primary" htmlType="submit" loading={editor.busy} data-testid="settings-save">
          {t('save', { ns: 'common' })}
        </Button>
      </Form>
    </Section>
  );
}
