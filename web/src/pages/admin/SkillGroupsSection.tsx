/**
 * Skill groups: the routable pools with their strategy, overflow tiers and waiting counts; create
 * and edit a group, and manage its members (ability and tier) in a drawer.
 */
import { Button, Space, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupMembers } from './GroupMembers.js';
import { RemoveEntryButton } from './RemoveEntryButton.js';
import { rowTestId } from './rowTestId.js';
import { Section } from './Section.js';
import { SkillGroupForm } from './SkillGroupForm.js';
import type { AgentView, Items, SkillGroupView } from './types.js';
import { useResource } from './useResource.js';

export function SkillGroupsSection(): ReactNode {
  const { t } = useTranslation('admin');
  const groups = useResource<Items<SkillGroupView>>('/skill-groups');
  const agents = useResource<Items<AgentView>>('/agents');
  const [editing, setEditing] = useState<SkillGroupView | null | undefined>(undefined);
  const [membersOf, setMembersOf] = useState<SkillGroupView | null>(null);
  const items = groups.data?.items ?? [];

  return (
    <Section
      testId="admin-groups"
      title={t('menu_groups')}
      actions={
        <Button
          type="primary"
          data-testid="group-new"
          onClick={() => {
            setEditing(null);
          }}
        >
          {t('groupNew')}
        </Button>
      }
    >
      <Table<SkillGroupView>
        rowKey="groupId"
        size="small"
        loading={groups.loading}
        dataSource={[...items]}
        pagination={false}
        onRow={(group) => rowTestId(`group-row-${group.groupId}`)}
        columns={[
          { title: t('groupId'), dataIndex: 'groupId' },
          { title: t('name'), dataIndex: 'name' },
          { title: t('strategy'), dataIndex: 'strategy', render: (s: string) => t(`strategy_${s}`) },
          {
            title: t('overflow'),
            key: 'overflow',
            render: (_, group) => (
              <Space size={[0, 4]} wrap>
                {group.overflow.map((tier) => (
                  <Tag key={`${tier.groupId}-${tier.afterSeconds}`}>
                    {t('overflowTier', { seconds: tier.afterSeconds, group: tier.groupId })}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('hours'),
            key: 'hours',
            render: (_, group) => (group.hours === null ? t('alwaysOpen') : group.hours.timeZone),
          },
          {
            title: t('members'),
            key: 'members',
            render: (_, group) => (
              <span data-testid={`group-member-count-${group.groupId}`}>{group.members.length}</span>
            ),
          },
          { title: t('queued'), key: 'queued', render: (_, group) => group.waiting.queued },
          {
            title: '',
            key: 'actions',
            render: (_, group) => (
              <Space>
                <Button
                  size="small"
                  data-testid={`group-edit-${group.groupId}`}
                  onClick={() => {
                    setEditing(group);
                  }}
                >
                  {t('edit', { ns: 'common' })}
                </Button>
                <Button
                  size="small"
                  data-testid={`group-members-${group.groupId}`}
                  onClick={() => {
                    setMembersOf(group);
                  }}
                >
                  {t('members')}
                </Button>
                <RemoveEntryButton
                  path={`/skill-groups/${encodeURIComponent(group.groupId)}`}
                  name={group.name}
                  testId={`group-remove-${group.groupId}`}
                  onRemoved={groups.reload}
                />
              </Space>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <SkillGroupForm
          group={editing}
          groups={items}
          onClose={(changed) => {
            setEditing(undefined);
            if (changed) groups.reload();
          }}
        />
      )}
      {membersOf !== null && (
        <GroupMembers
          group={membersOf}
          agents={agents.data?.items ?? []}
          onClose={(changed) => {
            setMembersOf(null);
            if (changed) {
              groups.reload();
              agents.reload();
            }
          }}
        />
      )}
    </Section>
  );
}
