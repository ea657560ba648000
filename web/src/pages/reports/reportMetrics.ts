/**
 * Which metrics each report shows, how each is written, and which ones its charts plot. The ids are
 * the API's metric names (status times as `statusSeconds.<status>`, as in the CSV header).
 */
import type { Metrics, ReportKind } from './reportTypes.js';

export type MetricFormat = 'count' | 'percent' | 'seconds' | 'rating' | 'ratio';

export interface MetricDefinition {
  readonly id: string;
  readonly format: MetricFormat;
}

const statuses = ['available', 'busy', 'away', 'offline'] as const;

/** Every metric of each report, in the API's (and the CSV's) order. */
export const metricsOf: Readonly<Record<ReportKind, readonly MetricDefinition[]>> = {
  queues: [
    { id: 'arrivals', format: 'count' },
    { id: 'answered', format: 'count' },
    { id: 'abandoned', format: 'count' },
    { id: 'serviceLevel', format: 'percent' },
    { id: 'averageSpeedOfAnswerSeconds', format: 'seconds' },
    { id: 'abandonmentRate', format: 'percent' },
    { id: 'longestWaitSeconds', format: 'seconds' },
  ],
  transfers: [
    { id: 'requests', format: 'count' },
    { id: 'accepted', format: 'count' },
    { id: 'rejected', format: 'count' },
    { id: 'timedOut', format: 'count' },
    { id: 'cancelled', format: 'count' },
    { id: 'pending', format: 'count' },
    { id: 'successRate', format: 'percent' },
    { id: 'rejectionRate', format: 'percent' },
    { id: 'timeoutRate', format: 'percent' },
    { id: 'cancelRate', format: 'percent' },
    { id: 'averageResponseSeconds', format: 'seconds' },
    { id: 'satisfaction', format: 'rating' },
    { id: 'transferredConversations', format: 'count' },
    { id: 'transfersPerConversation', format: 'ratio' },
    { id: 'intraDepartment', format: 'count' },
    { id: 'crossDepartment', format: 'count' },
  ],
  agents: [
    { id: 'handled', format: 'count' },
    { id: 'assigned', format: 'count' },
    { id: 'averageFirstResponseSeconds', format: 'seconds' },
    { id: 'averageResponseSeconds', format: 'seconds' },
    { id: 'averageHandlingSeconds', format: 'seconds' },
    { id: 'satisfaction', format: 'rating' },
    { id: 'ratings', format: 'count' },
    { id: 'resolutionRate', format: 'percent' },
    { id: 'transfersInitiated', format: 'count' },
    { id: 'transfersReceived', format: 'count' },
    ...statuses.map((status) => ({ id: `statusSeconds.${status}`, format: 'seconds' as const })),
  ],
};

/** The key metrics of each report's trend chart (one y-axis per format). */
export const trendMetricsOf: Readonly<Record<ReportKind, readonly string[]>> = {
  queues: ['arrivals', 'averageSpeedOfAnswerSeconds', 'serviceLevel'],
  transfers: ['requests', 'successRate'],
  agents: ['handled', 'averageHandlingSeconds'],
};

/** The counts each report's breakdown chart compares per dimension value. */
export const breakdownMetricsOf: Readonly<Record<ReportKind, readonly string[]>> = {
  queues: ['arrivals', 'answered', 'abandoned'],
  transfers: ['requests', 'accepted', 'rejected'],
  agents: ['handled', 'assigned', 'transfersInitiated'],
};

export function definitionOf(kind: ReportKind, id: string): MetricDefinition {
  return metricsOf[kind].find((metric) => metric.id === id) ?? { id, format: 'count' };
}

/** A metric's number (`statusSeconds.busy` reads inside the status object); null when absent. */
export function metricValue(metrics: Metrics, id: string): number | null {
  const dot = id.indexOf('.');
  if (dot < 0) {
    const value = metrics[id];
    return typeof value === 'number' ? value : null;
  }
  const outer = metrics[id.slice(0, dot)];
  if (outer === null || outer === undefined || typeof outer !== 'object') return null;
  return outer[id.slice(dot + 1)] ?? null;
}

/** The i18n key suffix of a metric: `<kind>_<id>` with dots as underscores. */
export const metricKey = (kind: ReportKind, id: string): string => `${kind}_${id.replace('.', '_')}`;
