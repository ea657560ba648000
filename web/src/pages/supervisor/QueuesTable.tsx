/**
 * Queue figures per skill group in scope — waiting now, left messages, longest wait, free agents,
 * and today's figures when the server sends them ("—" where nothing was measured) — with the
 * group's routing strategy, changeable live after a confirmation (it changes who gets the next
 * customer). The group's name stays in view when the table scrolls sideways, and the service level
 * and strategy come early, so they show at 1440 px (issue 17).
 */
import { App, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { count, percent, seconds } from './format.js';
import { failureText } from './notify.js';
import { strategies, type QueueFigures, type SkillGroup } from './wallboard-types.js';

export interface QueuesTableProps {
  readonly queues: readonly QueueFigures[];
  readonly groups: ReadonlyMap<string, SkillGroup>;
  readonly onStrategyChanged: (group: SkillGroup) => void;
}

export function QueuesTable({ queues, groups, onStrategyChanged }: QueuesTableProps): ReactNode {
  const { t } = useTranslation('supervisor');
  const { t: td } = useTranslation('desk');
  const { message, modal } = App.useApp();
  const strategyLabel = (strategy: string): string => t(`strategy_${strategy.replaceAll('-', '_')}`);

  const confirmStrategy = (queue: QueueFigures, strategy: string): void => {
    void modal.confirm({
      title: td('strategyConfirmTitle', { group: queue.name, strategy: strategyLabel(strategy) }),
      content: td('strategyConfirmText'),
      okText: td('strategyConfirmOk'),
      cancelText: t('cancel', { ns: 'common' }),
      okButtonProps: { 'data-testid': 'strategy-confirm' },
      cancelButtonProps: { 'data-testid': 'strategy-cancel' },
      onOk: () => {
        changeStrategy(queue, strategy);
      },
    });
  };

  const changeStrategy = (queue: QueueFigures, strategy: string): void => {
    api<SkillGroup>(`/skill-groups/${encodeURIComponent(queue.groupId)}/strategy`, { body: { strategy } }).then(
      (group) => {
        onStrategyChanged(group);
        void message.success(t('strategyChanged', { group: queue.name, strategy: strategyLabel(strategy) }));
      },
      (failure: unknown) => {
        void message.error(failureText(failure));
      },
    );
  };

  const todayColumns: ColumnsType<QueueFigures> = [
    {
      title: t('serviceLevel'),
      render: (_, queue) => <span data-testid={`queue-sl-${queue.groupId}`}>{percent(queue.today.serviceLevel)}</span>,
    },
    { title: t('arrivals'), render: (_, queue) => count(queue.today.arrivals) },
    { title: t('answered'), render: (_, queue) => count(queue.today.answered) },
    { title: t('abandoned'), render: (_, queue) => count(queue.today.abandoned) },
    { title: t('averageSpeedOfAnswer'), render: (_, queue) => seconds(queue.today.averageSpeedOfAnswerSeconds) },
    { title: t('longestWaitToday'), render: (_, queue) => seconds(queue.today.longestWaitSeconds) },
  ];

  return (
    <Table<QueueFigures>
      data-testid="wallboard-queues"
      size="small"
      rowKey="groupId"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...queues]}
      locale={{ emptyText: t('noData') }}
      onRow={(queue) => ({ 'data-testid': `wallboard-queue-${queue.groupId}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('group'),
          dataIndex: 'name',
          fixed: 'left',
          width: 150,
          render: (name: string, queue) => <span data-testid={`queue-name-${queue.groupId}`}>{name}</span>,
        },
        {
          title: t('waiting'),
          render: (_, queue) => <strong data-testid={`queue-waiting-${queue.groupId}`}>{queue.waiting}</strong>,
        },
        { title: t('leftMessages'), dataIndex: 'leftMessages' },
        {
          title: t('longestWait'),
          render: (_, queue) => (
            <span data-testid={`queue-longest-${queue.groupId}`}>{seconds(queue.longestWaitSeconds)}</span>
          ),
        },
        { title: t('agentsAvailable'), render: (_, queue) => `${queue.agentsAvailable} / ${queue.agentsOnline}` },
        ...todayColumns.slice(0, 1),
        {
          title: t('strategy'),
          render: (_, queue) => (
            <span data-testid={`strategy-select-${queue.groupId}`}>
              <Select<string>
                size="small"
                style={{ width: 140 }}
                value={groups.get(queue.groupId)?.strategy}
                onChange={(strategy) => {
                  confirmStrategy(queue, strategy);
                }}
                options={strategies.map((strategy) => ({
                  value: strategy,
                  label: (
                    <span data-testid={`strategy-option-${queue.groupId}-${strategy}`}>{strategyLabel(strategy)}</span>
                  ),
                }))}
              />
            </span>
          ),
        },
        ...todayColumns.slice(1),
      ]}
    />
  );
}
