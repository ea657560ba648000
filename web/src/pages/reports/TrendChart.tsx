/**
 * The trend of a report's key metrics over its periods: one line per metric, one y-axis per kind of
 * figure (counts on the left; shares in % and durations in seconds on the right), so e.g. transfer
 * requests and their success rate read together.
 */
import type { EChartsOption } from 'echarts';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart.js';
import { chartValue } from './formatMetric.js';
import { definitionOf, metricKey, metricValue, trendMetricsOf, type MetricFormat } from './reportMetrics.js';
import type { ReportBody } from './reportTypes.js';

const axisUnit: Record<MetricFormat, string> = { count: '', percent: '%', seconds: 's', rating: '', ratio: '' };

export function TrendChart({ report }: { readonly report: ReportBody }): ReactNode {
  const { t } = useTranslation('reports');
  const kind = report.kind;

  const option = useMemo<EChartsOption>(() => {
    const metrics = trendMetricsOf[kind].map((id) => definitionOf(kind, id));
    const formats = [...new Set(metrics.map((metric) => metric.format))];
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 48 + Math.max(0, formats.length - 2) * 56, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: report.series.map((point) => point.label), boundaryGap: false },
      yAxis: formats.map((format, index) => ({
        type: 'value',
        name: t(`unit_${format}`),
        position: index === 0 ? 'left' : 'right',
        offset: index <= 1 ? 0 : (index - 1) * 56,
        minInterval: format === 'count' || format === 'seconds' ? 1 : 0,
        ...(format === 'percent' ? { max: 100 } : {}),
        axisLabel: { formatter: `{value}${axisUnit[format]}` },
        splitLine: { show: index === 0 },
      })),
      series: metrics.map((metric) => ({
        type: 'line',
        name: t(`m_${metricKey(kind, metric.id)}`),
        yAxisIndex: formats.indexOf(metric.format),
        connectNulls: false,
        showSymbol: report.series.length <= 60,
        data: report.series.map((point) => chartValue(metricValue(point.metrics, metric.id), metric.format)),
      })),
    };
  }, [kind, report.series, t]);

  return (
    <div data-testid="report-trend-chart">
      <Chart option={option} label={t('trendTitle')} />
    </div>
  );
}
