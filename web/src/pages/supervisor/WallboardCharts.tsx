/** Two bar charts: agents in scope by status, and conversations waiting per skill group. */
import { Col, Row } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart.js';
import type { Board } from './wallboard-types.js';

const order = ['available', 'busy', 'away', 'offline'] as const;
const colors: Record<(typeof order)[number], string> = {
  available: '#52c41a',
  busy: '#fa8c16',
  away: '#fadb14',
  offline: '#bfbfbf',
};

export function WallboardCharts({ board }: { readonly board: Board }): ReactNode {
  const { t } = useTranslation('supervisor');
  const { t: common } = useTranslation();

  const agents = useMemo<EChartsOption>(() => {
    const counts = new Map<string, number>(order.map((status) => [status, 0]));
    for (const agent of board.agents) {
      const status = agent.online ? agent.status : 'offline';
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    return {
      title: { text: t('chartAgents'), left: 'center', textStyle: { fontSize: 14 } },
      grid: { left: 40, right: 16, bottom: 30, top: 40 },
      tooltip: {},
      xAxis: { type: 'category', data: order.map((status) => common(`status_${status}`)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('count'),
          data: order.map((status) => ({ value: counts.get(status) ?? 0, itemStyle: { color: colors[status] } })),
        },
      ],
    };
  }, [board.agents, t, common]);

  const queues = useMemo<EChartsOption>(
    () => ({
      title: { text: t('chartQueues'), left: 'center', textStyle: { fontSize: 14 } },
      grid: { left: 40, right: 16, bottom: 60, top: 40 },
      tooltip: {},
      legend: { bottom: 0 },
      xAxis: {
        type: 'category',
        data: board.queues.map((queue) => queue.name),
        axisLabel: { interval: 0, rotate: 20 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: t('waiting'), data: board.queues.map((queue) => queue.waiting), color: '#1f6feb' },
        {
          type: 'bar',
          name: t('leftMessages'),
          data: board.queues.map((queue) => queue.leftMessages),
          color: '#722ed1',
        },
      ],
    }),
    [board.queues, t],
  );

  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Chart option={agents} label={t('chartAgents')} style={{ height: 260 }} />
      </Col>
      <Col xs={24} lg={12}>
        <Chart option={queues} label={t('chartQueues')} style={{ height: 260 }} />
      </Col>
    </Row>
  );
}
