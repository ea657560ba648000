/**
 * How the reports write figures: counts as integers, shares as percentages with one decimal,
 * durations as `12s`, `4:05` or `1:02:03`, ratings and ratios with two decimals, and a dash where
 * there was nothing to measure.
 */
import type { MetricFormat } from './reportMetrics.js';

export const dash = '—';

/** Seconds as `12s` under a minute, `m:ss` under an hour, `h:mm:ss` beyond. */
export function formatSeconds(value: number): string {
  const whole = Math.round(value);
  if (whole < 60) return `${String(whole)}s`;
  const seconds = String(whole % 60).padStart(2, '0');
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${String(minutes)}:${seconds}`;
  return `${String(Math.floor(minutes / 60))}:${String(minutes % 60).padStart(2, '0')}:${seconds}`;
}

export function formatMetric(value: number | null, format: MetricFormat): string {
  if (value === null) return dash;
  switch (format) {
    case 'count':
      return String(Math.round(value));
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'seconds':
      return formatSeconds(value);
    case 'rating':
    case 'ratio':
      return value.toFixed(2);
  }
}

/** The number a chart plots for a metric: percentages as 0–100, the rest as they are. */
export function chartValue(value: number | null, format: MetricFormat): number | null {
  if (value === null) return null;
  return format === 'percent' ? Math.round(value * 1000) / 10 : Math.round(value * 100) / 100;
}
