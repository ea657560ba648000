/** A and B side by side: a table of the figures, then charts of waits, service level, abandonment, utilisation, transfers. */
import { Card, Col, Row, Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart.js';
import {
  groupWaitChart,
  headlineChart,
  transferChart,
  utilisationChart,
  waitChart,
  type Pair,
} from './comparisonCharts.js';
import type { SimulationResult } from './whatIfTypes.js';

interface FigureRow {
  readonly key: string;
  readonly label: string;
  readonly a: string;
  readonly b: string;
}

const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;

const figureRows: readonly { key: string; format: (result: SimulationResult) => string }[] = [
  { key: 'arrivals', format: (result) => String(result.arrivals) },
  { key: 'serviceLevel', format: (result) => pct(result.serviceLevel) },
  { key: 'asaSeconds', format: (result) => `${result.asaSeconds.toFixed(1)} s` },
  { key: 'pWait', format: (result) => pct(result.pWait) },
  { key: 'abandonRate', format: (result) => pct(result.abandonRate) },
  { key: 'occupancy', format: (result) => pct(result.occupancy) },
  { key: 'utilisationCv', format: (result) => result.agents.utilisationCv.toFixed(3) },
  { key: 'strongestGroupShare', format: (result) => pct(result.agents.strongestGroupShare) },
  { key: 'transfers', format: (result) => `${result.transfers.accepted} / ${result.transfers.requested}` },
  { key: 'transferWait', format: (result) => `${result.transfers.meanWaitSeconds.toFixed(1)} s` },
];

export function ComparisonView({ pair }: { readonly pair: Pair }): ReactNode {
  const { t } = useTranslation('whatIf');
  const rows: FigureRow[] = figureRows.map((row) => ({
    key: row.key,
    label: t(`figure_${row.key}`),
    a: pair[0] === null ? '—' : row.format(pair[0]),
    b: pair[1] === null ? '—' : row.format(pair[1]),
  }));
  const charts = [
    { key: 'headline', option: headlineChart(pair, t) },
    { key: 'waits', option: waitChart(pair, t) },
    { key: 'groups', option: groupWaitChart(pair, t) },
    { key: 'utilisation', option: utilisationChart(pair, t) },
    { key: 'transfers', option: transferChart(pair, t) },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="what-if-comparison">
      <Col xs={24} xl={8}>
        <Card title={t('figuresTitle')}>
          <Table<FigureRow>
            size="small"
            pagination={false}
            dataSource={rows}
            rowKey="key"
            onRow={(row) => ({ 'data-testid': `what-if-figure-${row.key}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('figure'), dataIndex: 'label' },
              { title: 'A', dataIndex: 'a', align: 'right' },
              { title: 'B', dataIndex: 'b', align: 'right' },
            ]}
          />
        </Card>
      </Col>
      {charts.map((chart) => (
        <Col xs={24} xl={chart.key === 'headline' ? 16 : 12} key={chart.key}>
          <Card title={t(`chart_${chart.key}`)} data-testid={`what-if-chart-${chart.key}`}>
            <Chart option={chart.option} label={t(`chart_${chart.key}`)} style={{ height: 280 }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
