/** ECharts options comparing configuration A with B: figures, waits, agent utilisation, groups, transfers. */
import type { EChartsOption } from 'echarts';
import type { SimulationResult } from './whatIfTypes.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;
export type Pair = readonly [SimulationResult | null, SimulationResult | null];

const labels = ['A', 'B'] as const;
const percent = (value: number): number => Math.round(value * 1000) / 10;

const legendAndGrid = {
  animation: false,
  legend: { top: 0 },
  grid: { top: 40, left: 50, right: 20, bottom: 40 },
  tooltip: {},
};

/** Service level, waited, abandoned and occupancy, in %, side by side. */
export function headlineChart(pair: Pair, t: Translate): EChartsOption {
  const keys = ['serviceLevel', 'pWait', 'abandonRate', 'occupancy'] as const;
  return {
    ...legendAndGrid,
    xAxis: { type: 'category', data: keys.map((key) => t(`figure_${key}`)) },
    yAxis: { type: 'value', max: 100, name: '%' },
    series: pair.map((result, index) => ({
      name: labels[index],
      type: 'bar',
      data: result === null ? [] : keys.map((key) => percent(result[key])),
    })),
  };
}

/** Share answered within each number of seconds. */
export function waitChart(pair: Pair, t: Translate): EChartsOption {
  const marks = (pair[0] ?? pair[1])?.waitDistribution.map((point) => `${point.seconds} s`) ?? [];
  return {
    ...legendAndGrid,
    xAxis: { type: 'category', data: marks, name: t('withinSeconds') },
    yAxis: { type: 'value', max: 100, name: '%' },
    series: pair.map((result, index) => ({
      name: labels[index],
      type: 'line',
      data: result?.waitDistribution.map((point) => percent(point.share)) ?? [],
    })),
  };
}

/** Each agent's utilisation, sorted, so the spread (load balance) shows. */
export function utilisationChart(pair: Pair, t: Translate): EChartsOption {
  const longest = Math.max(0, ...pair.map((result) => result?.agents.usage.length ?? 0));
  return {
    ...legendAndGrid,
    xAxis: { type: 'category', data: Array.from({ length: longest }, (_, index) => index + 1), name: t('agentRank') },
    yAxis: { type: 'value', max: 100, name: '%' },
    series: pair.map((result, index) => ({
      name: labels[index],
      type: 'bar',
      data: [...(result?.agents.usage ?? [])].map((agent) => percent(agent.utilisation)).sort((a, b) => b - a),
    })),
  };
}

/** Average wait per skill group. */
export function groupWaitChart(pair: Pair, t: Translate): EChartsOption {
  const ids = [...new Set(pair.flatMap((result) => result?.groups.map((group) => group.id) ?? []))];
  return {
    ...legendAndGrid,
    xAxis: { type: 'category', data: ids },
    yAxis: { type: 'value', name: t('seconds') },
    series: pair.map((result, index) => ({
      name: labels[index],
      type: 'bar',
      data: ids.map((id) => +(result?.groups.find((group) => group.id === id)?.asaSeconds ?? 0).toFixed(1)),
    })),
  };
}

/** Transfers requested, accepted, returned to the queue, refused. */
export function transferChart(pair: Pair, t: Translate): EChartsOption {
  const keys = ['requested', 'accepted', 'returnedToQueue', 'refused'] as const;
  return {
    ...legendAndGrid,
    xAxis: { type: 'category', data: keys.map((key) => t(`transfer_${key}`)) },
    yAxis: { type: 'value' },
    series: pair.map((result, index) => ({
      name: labels[index],
      type: 'bar',
      data: result === null ? [] : keys.map((key) => result.transfers[key]),
    })),
  };
}
