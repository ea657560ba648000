/** Agents in scope with status, presence and load; a supervisor sets anyone's status from here. */
import { App, Progress, Select, Table, Tag } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Realtime } from '../../api/realtime.js';
import { failureText } from './notify.js';
import { settableStatuses, type AgentFigures } from './wallboard-types.js';

const statusColor: Record<string, string> = { available: 'green', busy: 'orange', away: 'gold', offline: 'default' };

export function AgentsTable({
  agents,
  realtime,
}: {
  readonly agents: readonly AgentFigures[];
  readonly realtime: Realtime | null;
}): ReactNode {
  const { t } = useTranslation('supervisor');
  const { t: common } = useTranslation();
  const { message } = App.useApp();

  const setStatus = (agent: AgentFigures, status: string): void => {
    if (realtime === null) return;
    realtime.request('status.set', { status, agentId: agent.agentId }).then(
      () => {
        void message.success(t('statusChanged', { agent: agent.name, status: common(`status_${status}`) }));
      },
      (failure: unknown) => {
        void message.error(failureText(failure));
      },
    );
  };

  return (
    <Table<AgentFigures>
      data-testid="wallboard-agents"
      size="small"
      rowKey="agentId"
      pagination={false}
      dataSource={[...agents]}
      locale={{ emptyText: t('noData') }}
      onRow={(agent) => ({ 'data-testid': `wallboard-agent-${agent.agentId}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('agent'), dataIndex: 'name' },
        {
          title: t('status'),
          render: (_, agent) => (
            <Tag
              color={agent.online ? statusColor[agent.status] : 'default'}
              data-testid={`agent-state-${agent.agentId}`}
            >
              {agent.online ? common(`status_${agent.status}`) : common('status_offline')}
            </Tag>
          ),
        },
        {
          title: t('load'),
          render: (_, agent) => (
            <span data-testid={`agent-load-${agent.agentId}`}>
              <Progress
                size="small"
                style={{ width: 90, marginRight: 8 }}
                percent={agent.maxConcurrent === 0 ? 0 : Math.round((agent.load / agent.maxConcurrent) * 100)}
                showInfo={false}
              />
              {agent.load}/{agent.maxConcurrent}
            </span>
          ),
        },
        { title: t('dormant'), dataIndex: 'dormant' },
        {
          title: t('setStatus'),
          render: (_, agent) => (
            <span data-testid={`agent-status-${agent.agentId}`}>
              <Select<string>
                size="small"
                style={{ width: 110 }}
                value={agent.status === 'offline' ? undefined : agent.status}
                placeholder={common('status_offline')}
                aria-label={common('status_offline')}
                onChange={(status) => {
                  setStatus(agent, status);
                }}
                options={settableStatuses.map((status) => ({
                  value: status,
                  label: (
                    <span data-testid={`agent-status-${agent.agentId}-${status}`}>{common(`status_${status}`)}</span>
                  ),
                }))}
              />
            </span>
          ),
        },
      ]}
    />
  );
}
