/**
 * One group's business hours as a form: open always or by schedule; the IANA time zone; weekly
 * windows entered with the days they apply to ("Mon–Fri 09:00–18:00", dayRanges.ts; stored one entry
 * per day; a window never crosses midnight); dated exceptions (a date with no windows is closed);
 * where conversations go after hours. Saved by PUT of the whole group with the new hours.
 */
import { Button, Col, Form, Input, Row, Select, Space, Switch, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { dayRuns, expandRows, groupByWindow, type DaysWindow } from './dayRanges.js';
import { RemoveRowButton } from './RemoveRowButton.js';
import { groupConfig, type BusinessHours, type SkillGroupView } from './types.js';
import { useFeedback } from './useFeedback.js';
import { WindowList } from './WindowList.js';

interface HoursFormValues {
  readonly scheduled: boolean;
  readonly timeZone: string;
  readonly weekly: DaysWindow[];
  readonly exceptions: { date: string; windows?: { from: string; to: string }[] }[];
  readonly afterHours: 'leave-message' | 'group';
  readonly afterHoursGroup?: string | null;
}

const zones: readonly string[] = Intl.supportedValuesOf('timeZone');
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function valuesOf(hours: BusinessHours | null): HoursFormValues {
  if (hours === null) {
    return { scheduled: false, timeZone: 'Asia/Shanghai', weekly: [], exceptions: [], afterHours: 'leave-message' };
  }
  return {
    scheduled: true,
    timeZone: hours.timeZone,
    weekly: groupByWindow(hours.weekly),
    exceptions: hours.exceptions.map((exception) => ({
      date: exception.date,
      windows: exception.windows.map((window) => ({ ...window })),
    })),
    afterHours: hours.afterHours.kind,
    afterHoursGroup: hours.afterHours.kind === 'group' ? hours.afterHours.groupId : null,
  };
}

function hoursOf(values: HoursFormValues): BusinessHours | null {
  if (!values.scheduled) return null;
  return {
    timeZone: values.timeZone,
    weekly: expandRows(values.weekly),
    exceptions: values.exceptions.map((exception) => ({ date: exception.date, windows: exception.windows ?? [] })),
    afterHours:
      values.afterHours === 'group' && values.afterHoursGroup != null
        ? { kind: 'group', groupId: values.afterHoursGroup }
        : { kind: 'leave-message' },
  };
}

export function HoursForm({
  group,
  groups,
  onSaved,
}: {
  readonly group: SkillGroupView;
  readonly groups: readonly SkillGroupView[];
  readonly onSaved: () => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const feedback = useFeedback();
  const [form] = Form.useForm<HoursFormValues>();
  const [busy, setBusy] = useState(false);
  const scheduled = (Form.useWatch('scheduled', form) as boolean | undefined) ?? group.hours !== null;
  const afterHours = Form.useWatch('afterHours', form);
  const dayOptions = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: day, label: t(`dayShort_${day}`) }));
  const weekly = (Form.useWatch('weekly', form) as DaysWindow[] | undefined) ?? [];
  /** "Mon–Fri, Sun" for a row's days. */
  const daysText = (days: readonly number[] = []): string =>
    dayRuns(days)
      .map(([first, last]) =>
        first === last
          ? t(`dayShort_${first}`)
          : t('dayRange', { from: t(`dayShort_${first}`), to: t(`dayShort_${last}`) }),
      )
      .join(t('dayListSeparator'));

  const submit = async (values: HoursFormValues): Promise<void> => {
    setBusy(true);
    try {
      await api(`/skill-groups/${encodeURIComponent(group.groupId)}`, {
        method: 'PUT',
        body: { ...groupConfig(group), hours: hoursOf(values) },
      });
      feedback.saved();
      onSaved();
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<HoursFormValues>
      form={form}
      layout="vertical"
      initialValues={valuesOf(group.hours)}
      onFinish={(values) => void submit(values)}
      data-testid="hours-form"
    >
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="scheduled" label={t('hoursScheduled')} valuePropName="checked">
            <Switch
              data-testid="hours-scheduled"
              checkedChildren={t('hoursBySchedule')}
              unCheckedChildren={t('alwaysOpen')}
            />
          </Form.Item>
        </Col>
        {scheduled && (
          <Col span={8}>
            <Form.Item name="timeZone" label={t('timeZone')} rules={[{ required: true }]}>
              <Select showSearch options={zones.map((zone) => ({ value: zone, label: zone }))} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {scheduled && (
        <>
          <Typography.Title level={5}>{t('weekly')}</Typography.Title>
          <Form.List name="weekly">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }} data-testid="hours-weekly">
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item
                      name={[field.name, 'days']}
                      rules={[{ required: true, type: 'array', min: 1, message: t('daysRequired') }]}
                    >
                      <Select
                        mode="multiple"
                        style={{ minWidth: 260 }}
                        options={dayOptions}
                        data-testid={`hours-weekly-days-${field.name}`}
                      />
                    </Form.Item>
                    <WindowList.Clock name={[field.name, 'from']} testId={`hours-weekly-from-${field.name}`} />
                    <span>–</span>
                    <WindowList.Clock name={[field.name, 'to']} testId={`hours-weekly-to-${field.name}`} />
                    <Typography.Text type="secondary" data-testid={`hours-weekly-summary-${field.name}`}>
                      {daysText(weekly[field.name]?.days)}
                    </Typography.Text>
                    <RemoveRowButton name={field.name} remove={remove} />
                  </Space>
                ))}
                <Button
                  data-testid="hours-weekly-add"
                  disabled={fields.length >= 20}
                  onClick={() => {
                    add({ days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' });
                  }}
                >
                  {t('weeklyAdd')}
                </Button>
              </Space>
            )}
          </Form.List>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('exceptions')}
          </Typography.Title>
          <Form.List name="exceptions">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }} data-testid="hours-exceptions">
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'date']}
                      rules={[{ required: true, pattern: datePattern, message: t('datePattern') }]}
                    >
                      <Input
                        data-testid={`hours-exception-date-${field.name}`}
                        placeholder="2026-10-01"
                        style={{ width: 130 }}
                      />
                    </Form.Item>
                    <WindowList name={[field.name, 'windows']} />
                    <RemoveRowButton name={field.name} remove={remove} />
                  </Space>
                ))}
                <Button
                  data-testid="hours-exception-add"
                  disabled={fields.length >= 400}
                  onClick={() => {
                    add({ date: '', windows: [] });
                  }}
                >
                  {t('exceptionAdd')}
                </Button>
              </Space>
            )}
          </Form.List>
          <Row gutter={12} style={{ marginTop: 16 }}>
            <Col span={8}>
              <Form.Item name="afterHours" label={t('afterHours')}>
                <Select
                  data-testid="hours-after"
                  options={[
                    { value: 'leave-message', label: t('afterHours_leave-message') },
                    { value: 'group', label: t('afterHours_group') },
                  ]}
                />
              </Form.Item>
            </Col>
            {afterHours === 'group' && (
              <Col span={8}>
                <Form.Item name="afterHoursGroup" label={t('afterHoursGroup')} rules={[{ required: true }]}>
                  <Select
                    options={groups
                      .filter((other) => other.groupId !== group.groupId)
                      .map((other) => ({ value: other.groupId, label: other.name }))}
                  />
                </Form.Item>
              </Col>
            )}
          </Row>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="hours-save">
        {t('save', { ns: 'common' })}
      </Button>
    </Form>
  );
}
