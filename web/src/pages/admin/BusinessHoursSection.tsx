/**
 * Business hours per skill group (DESIGN.md §3.2): pick a group, then edit its time zone, weekly
 * schedule, dated exceptions and after-hours fallback. A group without hours is always open.
 */
import { Card, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HoursForm } from './HoursForm.js';
import { Section } from './Section.js';
import type { Items, SkillGroupView } from './types.js';
import { useResource } from './useResource.js';

export function BusinessHoursSection(): ReactNode {
  const { t } = useTranslation('admin');
  const groups = useResource<Items<SkillGroupView>>('/skill-groups');
  const [groupId, setGroupId] = useState<string | null>(null);
  const items = groups.data?.items ?? [];
  const group = items.find((candidate) => candidate.groupId === groupId) ?? null;

  return (
    <Section testId="admin-hours" title={t('menu_hours')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space>
          <Typography.Text>{t('hoursGroup')}</Typography.Text>
          <div data-testid="hours-group">
            <Select
              style={{ width: 280 }}
              showSearch={{ optionFilterProp: 'label' }}
              loading={groups.loading}
              value={groupId}
              placeholder={t('hoursPickGroup')}
              onChange={setGroupId}
              options={items.map((g) => ({ value: g.groupId, label: `${g.name} (${g.groupId})` }))}
            />
          </div>
        </Space>
        {group !== null && (
          <Card size="small">
            <HoursForm
              key={`${group.groupId}-${JSON.stringify(group.hours)}`}
              group={group}
              groups={items}
              onSaved={groups.reload}
            />
          </Card>
        )}
      </Space>
    </Section>
  );
}
