/**
 * Every report metric against figures worked out by hand from the scripted history
 * (scripted-history.ts): three days in New York around the spring DST change, on SQLite and on
 * PostgreSQL, through the read models the projector keeps (no replay of the log).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport, type ReportKind, type ReportRequest } from '../../src/reports/run-report.js';
import { todayFigures } from '../../src/reports/today-figures.js';
import type { DurableStore } from '../../src/store/durable-store.js';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { ensureTestDatabase, onTestDatabase, testDatabaseUrl, uniqueSchema } from '../support/postgres.js';
import { NOW, ZONE, playHistory } from './scripted-history.js';

const base = { tenantId: 't1', timeZone: ZONE, from: '2024-03-09', to: '2024-03-11', now: NOW, filter: {} };
const day = <K extends ReportKind = 'queues'>(
  extra: Partial<Omit<ReportRequest, 'kind'>> & { readonly kind?: K } = {},
): ReportRequest & { readonly kind: K } => ({
  ...base,
  granularity: 'day',
  groupBy: null,
  ...extra,
  kind: extra.kind ?? ('queues' as K),
});

interface Harness {
  open(): Promise<DurableStore>;
  destroy(): Promise<void>;
}

const sqlite = (): Harness => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-reports-'));
  return {
    open: () => createSqliteStore({ dataDir: dir }),
    destroy: () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
};

const postgres = (): Harness => {
  const schema = uniqueSchema('reports');
  return {
    async open() {
      await ensureTestDatabase();
      return createPostgresStore({ connectionString: testDatabaseUrl, schema, maxConnections: 2 });
    },
    async destroy() {
      await onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
};

// The zone set never (hourly rows), before the history (daily rollups) or after it (rebuilt): same figures.
const variants = (['never', 'before', 'after'] as const).flatMap((zone) => [
  ['SQLite', zone, sqlite] as const,
  ['PostgreSQL', zone, postgres] as const,
]);

describe.each(variants)('reports over the scripted history on %s, zone set %s', (_name, zone, make) => {
  const harness = make();
  let store: DurableStore;

  beforeAll(async () => {
    store = await harness.open();
    await playHistory(store, 't1', zone);
    // Another tenant's history must not show in t1's reports.
    await playHistory(store, 't2', zone === 'never' ? 'before' : 'never');
  });
  afterAll(async () => {
    await store.close();
    await harness.destroy();
  });

  it('queues by local day: arrivals, answered, abandoned, service level at each group’s T, ASA, longest wait', async () => {
    const report = await runReport(store, day());
    expect(report.series.map((point) => point.label)).toEqual(['2024-03-09', '2024-03-10', '2024-03-11']);
    // The DST day is 23 hours long: its bucket starts at 05:00Z and the next at 04:00Z.
    expect(report.series.map((point) => new Date(point.bucket).toISOString())).toEqual([
      '2024-03-09T05:00:00.000Z',
      '2024-03-10T05:00:00.000Z',
      '2024-03-11T04:00:00.000Z',
    ]);
    const [a, b, c] = report.series.map((point) => point.metrics);
    // Day A: c1 answered in 10 s (T 30: in), c2 in 50 s (out).
    expect(a).toEqual({
      arrivals: 2,
      answered: 2,
      abandoned: 0,
      serviceLevel: 0.5,
      averageSpeedOfAnswerSeconds: 30,
      abandonmentRate: 0,
      longestWaitSeconds: 50,
    });
    // Day B: c3 abandoned after 120 s; c5 (tech, T 20) answered in 25 s: out.
    expect(b).toEqual({
      arrivals: 2,
      answered: 1,
      abandoned: 1,
      serviceLevel: 0,
      averageSpeedOfAnswerSeconds: 25,
      abandonmentRate: 0.5,
      longestWaitSeconds: 120,
    });
    // Day C: c4 at 00:30 EDT (23:30 if the zone's offset had not changed), answered in 20 s.
    expect(c).toEqual({
      arrivals: 1,
      answered: 1,
      abandoned: 0,
      serviceLevel: 1,
      averageSpeedOfAnswerSeconds: 20,
      abandonmentRate: 0,
      longestWaitSeconds: 20,
    });
  });

  it('queues by skill group and by channel, and in a supervisor’s scope', async () => {
    const byGroup = await runReport(store, day({ groupBy: 'skillGroup' }));
    expect(byGroup.breakdown.map(({ key, metrics }) => [key, metrics.arrivals, metrics.serviceLevel])).toEqual([
      ['sales', 4, 0.5],
      ['tech', 1, 0],
    ]);
    const byChannel = await runReport(store, day({ groupBy: 'channel' }));
    expect(byChannel.breakdown.map(({ key, metrics }) => [key, metrics.arrivals])).toEqual([
      ['app', 1],
      ['web', 4],
    ]);
    const scoped = await runReport(store, day({ filter: { scope: { groupIds: ['tech'], agentIds: [] } } }));
    expect(scoped.series.map((point) => point.metrics.arrivals)).toEqual([0, 1, 0]);
  });

  it('local hours, ISO weeks and months', async () => {
    const hours = await runReport(store, day({ granularity: 'hour', from: '2024-03-10', to: '2024-03-10' }));
    expect(hours.series).toHaveLength(23);
    expect(hours.series.slice(0, 3).map((point) => point.label)).toEqual([
      '2024-03-10T00:00',
      '2024-03-10T01:00',
      '2024-03-10T03:00',
    ]);
    const busy = hours.series.filter((point) => point.metrics.arrivals > 0).map((point) => point.label);
    expect(busy).toEqual(['2024-03-10T01:00', '2024-03-10T11:00']);
    const weeks = await runReport(store, day({ granularity: 'week' }));
    expect(weeks.series.map((point) => [point.label, point.metrics.arrivals])).toEqual([
      ['2024-W10', 4],
      ['2024-W11', 1],
    ]);
    const months = await runReport(store, day({ granularity: 'month' }));
    expect(months.series.map((point) => [point.label, point.metrics.arrivals])).toEqual([['2024-03', 5]]);
  });

  it('transfers by day: outcomes, rates, response time, satisfaction, per conversation, intra / cross', async () => {
    const report = await runReport(store, day({ kind: 'transfers' }));
    const [a, b, c] = report.series.map((point) => point.metrics);
    // Day A: t1 rejected after 20 s (d1 → d2), t2 accepted after 10 s (d1 → d1); c2 rated 2.
    expect(a).toEqual({
      requests: 2,
      accepted: 1,
      rejected: 1,
      timedOut: 0,
      cancelled: 0,
      pending: 0,
      successRate: 0.5,
      rejectionRate: 0.5,
      timeoutRate: 0,
      cancelRate: 0,
      averageResponseSeconds: 15,
      satisfaction: 2,
      transferredConversations: 1,
      transfersPerConversation: 2,
      intraDepartment: 1,
      crossDepartment: 1,
    });
    // Day B: t3 (group, offered to a1 in d1) timed out, t4 (to a2 in d1) cancelled; c5 not rated.
    expect(b).toEqual({
      requests: 2,
      accepted: 0,
      rejected: 0,
      timedOut: 1,
      cancelled: 1,
      pending: 0,
      successRate: 0,
      rejectionRate: 0,
      timeoutRate: 0.5,
      cancelRate: 0.5,
      averageResponseSeconds: null,
      satisfaction: null,
      transferredConversations: 1,
      transfersPerConversation: 2,
      intraDepartment: 0,
      crossDepartment: 2,
    });
    expect(c?.requests).toBe(0);
    expect(c?.successRate).toBeNull();
  });

  it('transfers by reason, department, intra / cross, agent and group', async () => {
    const pairs = async (groupBy: ReportRequest['groupBy']) =>
      (await runReport(store, day({ kind: 'transfers', groupBy }))).breakdown.map(({ key, metrics }) => [
        key,
        metrics.requests,
      ]);
    expect(await pairs('reason')).toEqual([
      ['', 1],
      ['billing', 1],
      ['technical', 2],
    ]);
    expect(await pairs('department')).toEqual([
      ['d1', 2],
      ['d2', 2],
    ]);
    expect(await pairs('departmentScope')).toEqual([
      ['cross', 3],
      ['intra', 1],
    ]);
    expect(await pairs('agent')).toEqual([
      ['a2', 2],
      ['a3', 2],
    ]);
    expect(await pairs('skillGroup')).toEqual([
      ['sales', 2],
      ['tech', 2],
    ]);
  });

  it('agents by day', async () => {
    const report = await runReport(store, day({ kind: 'agents' }));
    const [a, b, c] = report.series.map((point) => point.metrics);
    expect(a).toEqual({
      handled: 1,
      assigned: 3,
      averageFirstResponseSeconds: 70,
      averageResponseSeconds: 35,
      averageHandlingSeconds: 600,
      satisfaction: 5,
      ratings: 1,
      resolutionRate: 1,
      transfersInitiated: 2,
      transfersReceived: 1,
      // a1 only: available 14:00–16:00 and 16:30–05:00Z, away 16:00–16:30.
      statusSeconds: { available: 52_200, away: 1_800 },
    });
    expect(b).toEqual({
      handled: 2,
      assigned: 1,
      averageFirstResponseSeconds: 30,
      averageResponseSeconds: null,
      averageHandlingSeconds: 1_500,
      satisfaction: 2,
      ratings: 1,
      resolutionRate: 0.5,
      transfersInitiated: 2,
      transfersReceived: 0,
      // 05:00Z–06:00Z available, then offline to the end of the 23-hour day.
      statusSeconds: { available: 3_600, offline: 79_200 },
    });
    expect(c).toMatchObject({
      handled: 0,
      assigned: 1,
      averageHandlingSeconds: null,
      statusSeconds: { offline: 86_400 },
    });
  });

  it('agents by agent over the range, and by group without status time', async () => {
    const report = await runReport(store, day({ kind: 'agents', groupBy: 'agent' }));
    const byAgent = Object.fromEntries(report.breakdown.map(({ key, metrics }) => [key, metrics]));
    expect(byAgent.a1).toEqual({
      handled: 2,
      assigned: 3,
      averageFirstResponseSeconds: 75,
      averageResponseSeconds: 35,
      averageHandlingSeconds: 1_200,
      satisfaction: 3.5,
      ratings: 2,
      resolutionRate: 0.5,
      transfersInitiated: 0,
      transfersReceived: 1,
      statusSeconds: { available: 55_800, away: 1_800, offline: 165_600 },
    });
    expect(byAgent.a2).toMatchObject({
      handled: 0,
      assigned: 1,
      averageFirstResponseSeconds: 60,
      transfersInitiated: 2,
    });
    expect(byAgent.a3).toMatchObject({ handled: 1, resolutionRate: 1, transfersInitiated: 2, transfersReceived: 0 });
    const byDepartment = await runReport(store, day({ kind: 'agents', groupBy: 'department' }));
    expect(
      byDepartment.breakdown.map(({ key, metrics }) => [key, metrics.handled, metrics.transfersInitiated]),
    ).toEqual([
      ['d1', 2, 2],
      ['d2', 1, 2],
    ]);
    const byGroup = await runReport(store, day({ kind: 'agents', groupBy: 'skillGroup' }));
    expect(byGroup.breakdown.every(({ metrics }) => metrics.statusSeconds === null)).toBe(true);
    expect(byGroup.rows.length).toBeGreaterThan(0);
  });

  it('gives the wallboard today’s figures per group with the same definitions', async () => {
    const today = await todayFigures(store, {
      tenantId: 't1',
      timeZone: ZONE,
      now: Date.parse('2024-03-10T20:00:00Z'),
    });
    expect(Object.fromEntries(today)).toEqual({
      sales: {
        arrivals: 1,
        answered: 0,
        abandoned: 1,
        serviceLevel: 0,
        averageSpeedOfAnswerSeconds: null,
        longestWaitSeconds: 120,
      },
      tech: {
        arrivals: 1,
        answered: 1,
        abandoned: 0,
        serviceLevel: 0,
        averageSpeedOfAnswerSeconds: 25,
        longestWaitSeconds: 25,
      },
    });
  });

  it('refuses a dimension or filter a report does not have, and a bad range', async () => {
    await expect(runReport(store, day({ groupBy: 'agent' }))).rejects.toMatchObject({
      code: 'REPORT_DIMENSION_UNSUPPORTED',
    });
    await expect(runReport(store, day({ filter: { reason: 'x' } }))).rejects.toMatchObject({
      code: 'REPORT_DIMENSION_UNSUPPORTED',
    });
    await expect(runReport(store, day({ from: '2024-03-12' }))).rejects.toMatchObject({ code: 'REPORT_RANGE_INVALID' });
    await expect(runReport(store, day({ granularity: 'hour', from: '2024-01-01' }))).rejects.toMatchObject({
      code: 'REPORT_RANGE_INVALID',
    });
  });
});
