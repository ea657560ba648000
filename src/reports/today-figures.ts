/**
 * Today's queue figures for the wallboard (DESIGN.md §6), per skill group, for the tenant-local
 * current day: the queue report (run-report.ts) for one day by group, so the live figures and the
 * reports share one definition of every metric.
 */
import { DateTime } from 'luxon';
import type { ReportReadModel } from '../store/report-read-model.js';
import { runReport } from './run-report.js';
import type { TodayFigures } from '../shared/realtime-protocol.js';

/** One group's figures since local midnight (declared with the realtime payloads that carry them; docs/reports.md defines each). */
export type { TodayFigures };

/** A group with nothing today. */
export const noFiguresToday: TodayFigures = {
  arrivals: 0,
  answered: 0,
  abandoned: 0,
  serviceLevel: null,
  averageSpeedOfAnswerSeconds: null,
  longestWaitSeconds: null,
};

/** Today's figures of every group with any, by group id. */
export async function todayFigures(
  store: ReportReadModel,
  options: { readonly tenantId: string; readonly timeZone: string; readonly now: number },
): Promise<Map<string, TodayFigures>> {
  const today = DateTime.fromMillis(options.now, { zone: options.timeZone }).toISODate() ?? '';
  const report = await runReport(store, {
    kind: 'queues',
    tenantId: options.tenantId,
    timeZone: options.timeZone,
    from: today,
    to: today,
    granularity: 'day',
    groupBy: 'skillGroup',
    filter: {},
    now: options.now,
  });
  return new Map(
    report.breakdown.map(({ key, metrics }) => [
      key,
      {
        arrivals: metrics.arrivals,
        answered: metrics.answered,
        abandoned: metrics.abandoned,
        serviceLevel: metrics.serviceLevel,
        averageSpeedOfAnswerSeconds: metrics.averageSpeedOfAnswerSeconds,
        longestWaitSeconds: metrics.longestWaitSeconds,
      },
    ]),
  );
}
