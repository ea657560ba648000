/**
 * The breakdown of a report by its dimension over the whole range: bars of the report's main counts
 * per value (agent, group, department, channel, …), the largest first.
 */
import { Empty } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart.js';
import { breakdownMetricsOf, metricKey, metricValue } from './reportMetrics.js';
import type { ReportBody } from './reportTypes.js';
import type { ReportNames } from './useReportNames.js';

/** At most this many values are drawn; the table has them all. */
const shown = 20;

export function BreakdownChart({
  report,
  nameOf,
}: {
  readonly report: ReportBody;
  readonly nameOf: ReportNames['nameOf'];
}): ReactNode {
  const { t } = useTranslation('reports');
  const kind = report.kind;
  const dimension = report.groupBy;

  const option = useMemo<EChartsOption>(() => {
    const metrics = breakdownMetricsOf[kind];
    const first = metrics[0] ?? '';
    const values = [...report.breakdown]
      .sort((a, b) => (metricValue(b.metrics, first) ?? 0) - (metricValue(a.metrics, first) ?? 0))
      .slice(0, shown);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 24, bottom: 80 },
      xAxis: {
        type: 'category',
        data: values.map((value) => nameOf(dimension, value.key)),
        axisLabel: { interval: 0, rotate: values.length > 4 ? 20 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: metrics.map((id) => ({
        type: 'bar',
        barMaxWidth: 40,
        name: t(`m_${metricKey(kind, id)}`),
        data: values.map((value) => metricValue(value.metrics, id) ?? 0),
      })),
    };
  }, [kind, dimension, report.breakdown, nameOf, t]);

  if (dimension === null) {
    return (
      <div data-testid="report-breakdown-none">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('breakdownNone')} />
      </div>
    );
  }
  return (
    <div data-testid="report-breakdown-chart">
      <Chart option={option} label={t('breakdownTitle', { dimension: t(`dimension_${dimension}`) })} />
    </div>
  );
}
