/**
 * Agents and roles: everyone in the tenant with role, department, groups and capacity; create and
 * edit; disable, enable, remove and sign out everywhere (AgentLifecycleButtons).
 */
import { Button, Space, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../auth/session.js';
import { AgentForm } from './AgentForm.js';
import { AgentLifecycleButtons } from './AgentLifecycleButtons.js';
import { rowTestId } from './rowTestId.js';
import { Section } from './Section.js';
import type { AgentView, Department, Items, SkillGroupView } from './types.js';
import { useResource } from './useResource.js';

export function AgentsSection(): ReactNode {
  const { t } = useTranslation('admin');
  const me = useSignedIn();
  const agents = useResource<Items<AgentView>>('/agents');
  const departments = useResource<Items<Department>>('/departments');
  const groups = useResource<Items<SkillGroupView>>('/skill-groups');
  /** The agent being edited, `null` for a new one, `undefined` with the form closed. */
  const [editing, setEditing] = useState<AgentView | null | undefined>(undefined);
  const departmentName = new Map((departments.data?.items ?? []).map((d) => [d.departmentId, d.name]));

  return (
    <Section
      testId="admin-agents"
      title={t('menu_agents')}
      actions={
        <Button
          type="primary"
          data-testid="agent-new"
          onClick={() => {
            setEditing(null);
          }}
        >
          {t('agentNew')}
        </Button>
      }
    >
      <Table<AgentView>
        rowKey="agentId"
        size="small"
        loading={agents.loading}
        dataSource={[...(agents.data?.items ?? [])]}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(agent) => rowTestId(`agent-row-${agent.agentId}`)}
        columns={[
          { title: t('agentId'), dataIndex: 'agentId' },
          { title: t('name'), dataIndex: 'name' },
          { title: t('role'), dataIndex: 'role', render: (role: string) => t(`role_${role}`) },
          { title: t('level'), dataIndex: 'level' },
          {
            title: t('department'),
            dataIndex: 'departmentId',
            render: (id: string | null) => (id === null ? '—' : (departmentName.get(id) ?? id)),
          },
          {
            title: t('groups'),
            key: 'groups',
            render: (_, agent) => (
              <Space size={[0, 4]} wrap>
                {agent.memberships.map((m) => (
                  <Tag key={m.groupId}>
                    {m.groupId} · {m.ability} · {t(`tier_${m.tier}`)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('maxConcurrent'), dataIndex: 'maxConcurrent' },
          {
            title: t('status'),
            key: 'status',
            render: (_, agent) => (
              <Tag color={agent.online ? 'green' : 'default'}>
                {t(`status_${agent.status}`, { ns: 'common' })} · {agent.load}/{agent.maxConcurrent}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, agent) => (
              <Space size={4}>
                {agent.lifecycle === 'disabled' && (
                  <Tag data-testid={`agent-disabled-${agent.agentId}`}>{t('agentDisabled')}</Tag>
                )}
                <Button
                  size="small"
                  data-testid={`agent-edit-${agent.agentId}`}
                  onClick={() => {
                    setEditing(agent);
                  }}
                >
                  {t('edit', { ns: 'common' })}
                </Button>
                <AgentLifecycleButtons agent={agent} self={agent.agentId === me.agentId} onChanged={agents.reload} />
              </Space>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <AgentForm
          agent={editing}
          departments={departments.data?.items ?? []}
          groups={groups.data?.items ?? []}
          onClose={(changed) => {
            setEditing(undefined);
            if (changed) agents.reload();
          }}
        />
      )}
    </Section>
  );
}
