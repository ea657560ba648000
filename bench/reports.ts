/**
 * Report query latency (DESIGN.md §7): one month of read-model rows for one million conversations
 * (500 agents in 20 groups, 3 channels, 15% transferred, a status change every two hours on average) on SQLite,
 * then the standard report queries — each report by day for the month (overall, by each of its
 * dimensions), by week, and by hour for one day — timed end to end through `runReport`.
 *
 * The hourly rows, transfer facts and status intervals are bulk-inserted as the projector would have
 * left them (what the projection costs per event is in `store.durable_commands_per_sec`); the daily
 * rollups are then built by setting the tenant's zone through the projector, as on a zone change
 * (`reports.zone_rebuild_ms`). The query figures measure queries, not projection.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DomainEvent } from '../src/domain/events.js';
import { defaultSettings } from '../src/domain/settings.js';
import type { DurableStore } from '../src/store/durable-store.js';
import type { ReportDimension } from '../src/store/report-read-model.js';
import { runReport, reportDimensions, reportKinds, type ReportRequest } from '../src/reports/run-report.js';
import { createSqliteStore } from '../src/store/sqlite/create-sqlite-store.js';
import { percentile, report, seeded } from './report.js';

const HOUR = 3_600_000;
const MONTH_START = Date.UTC(2026, 0, 1, 5); // 2026-01-01 00:00 in New York
const ZONE = 'America/New_York';
const TENANT = 'bench';

export interface Shape {
  readonly conversations: number;
  readonly agents: number;
  readonly groups: number;
}

/** Fills the report tables of `file` with a month of `shape`'s traffic. */
export function fill(file: string, shape: Shape): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const random = seeded(7);
  const pick = (n: number): number => Math.floor(random() * n);
  const channels = ['web', 'app', 'wechat'];
  const queue = new Map<string, number[]>();
  const agents = new Map<string, number[]>();
  const bump = (map: Map<string, number[]>, key: string, values: readonly number[], maxAt = -1): void => {
    const row = map.get(key) ?? values.map(() => 0);
    values.forEach((value, index) => {
      row[index] = index === maxAt ? Math.max(row[index] ?? 0, value) : (row[index] ?? 0) + value;
    });
    map.set(key, row);
  };
  const insertTransfer = db.prepare(
    `INSERT INTO report_transfers (tenant_id, transfer_id, conversation_id, requested_at, from_agent_id, from_department,
       to_agent_id, to_department, group_id, channel, reason, status, answered_at, first_of_conversation, rating)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const statuses = ['accepted', 'accepted', 'accepted', 'rejected', 'timed-out', 'cancelled'];
  const reasons = ['technical', 'billing', 'complaint', 'vip', ''];
  const insertAll = db.transaction(() => {
    for (let index = 0; index < shape.conversations; index += 1) {
      const openedAt = MONTH_START + Math.floor(random() * 30 * 24 * HOUR);
      const hour = Math.floor(openedAt / HOUR) * HOUR;
      const group = pick(shape.groups);
      const agent = group * (shape.agents / shape.groups) + pick(shape.agents / shape.groups);
      const channel = channels[pick(3)] as string;
      const wait = pick(60_000);
      const abandoned = random() < 0.05;
      bump(
        queue,
        `${String(hour)}|g${String(group)}|${channel}`,
        [1, abandoned ? 0 : 1, !abandoned && wait <= 20_000 ? 1 : 0, abandoned ? 0 : wait, abandoned ? 1 : 0, wait],
        5,
      );
      if (abandoned) continue;
      const rated = random() < 0.3;
      bump(agents, `${String(hour)}|a${String(agent)}|d${String(agent % 10)}|g${String(group)}|${channel}`, [
        1,
        1,
        300_000 + pick(600_000),
        1,
        pick(90_000),
        3,
        pick(200_000),
        rated ? 1 : 0,
        rated ? 1 + pick(5) : 0,
        random() < 0.8 ? 1 : 0,
        0,
      ]);
      if (random() < 0.15) {
        const to = pick(shape.agents);
        const status = statuses[pick(statuses.length)] as string;
        insertTransfer.run(
          TENANT,
          `t${String(index)}`,
          `c${String(index)}`,
          openedAt + 60_000,
          `a${String(agent)}`,
          `d${String(agent % 10)}`,
          `a${String(to)}`,
          `d${String(to % 10)}`,
          `g${String(group)}`,
          channel,
          reasons[pick(reasons.length)],
          status,
          openedAt + 60_000 + pick(30_000),
          rated ? 1 + pick(5) : null,
        );
      }
    }
    const insertQueue = db.prepare(
      `INSERT INTO report_queue_hours (tenant_id, hour, group_id, channel, arrivals, answered, answered_in_sl, wait_ms,
         abandoned, max_wait_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [key, values] of queue)
      insertQueue.run(TENANT, ...key.split('|').map((part, i) => (i === 0 ? Number(part) : part)), ...values);
    const insertAgent = db.prepare(
      `INSERT INTO report_agent_hours (tenant_id, hour, agent_id, department_id, group_id, channel, assigned, handled,
         handle_ms, first_responses, first_response_ms, responses, response_ms, rated, rating_sum, resolved, unresolved)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [key, values] of agents)
      insertAgent.run(TENANT, ...key.split('|').map((part, i) => (i === 0 ? Number(part) : part)), ...values);
    const insertInterval = db.prepare(
      `INSERT INTO report_status_intervals (tenant_id, seq, agent_id, department_id, status, started_at, ended_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    let seq = 0;
    for (let agent = 0; agent < shape.agents; agent += 1) {
      let at = MONTH_START;
      while (at < MONTH_START + 30 * 24 * HOUR) {
        const length = 1 + pick(4 * HOUR);
        seq += 1;
        insertInterval.run(
          TENANT,
          seq,
          `a${String(agent)}`,
          `d${String(agent % 10)}`,
          ['available', 'busy', 'away', 'offline'][pick(4)],
          at,
          at + length,
        );
        at += length;
      }
    }
  });
  insertAll();
  db.close();
}

/**
 * Sets the tenant's zone through the projector, as an admin would: the daily rollups are built from
 * the hourly rows, the transfer facts and the status intervals (what a zone change costs).
 */
export async function setZone(store: DurableStore): Promise<void> {
  const event: DomainEvent = {
    type: 'TenantConfigured',
    at: MONTH_START,
    settings: { ...defaultSettings, timeZone: ZONE },
  };
  await store.append(TENANT, await store.lastSeq(TENANT), [event]);
}

/** The standard report queries: each report for the month by day, overall and by each dimension; by week; one day by hour. */
export function standardQueries(): ReportRequest[] {
  const base = { tenantId: TENANT, timeZone: ZONE, filter: {}, now: MONTH_START + 30 * 24 * HOUR };
  const month = { from: '2026-01-01', to: '2026-01-30' };
  const requests: ReportRequest[] = [];
  for (const kind of reportKinds) {
    const dimensions: (ReportDimension | null)[] = [null, ...reportDimensions[kind]];
    for (const groupBy of dimensions) requests.push({ ...base, ...month, kind, granularity: 'day', groupBy });
    requests.push({ ...base, ...month, kind, granularity: 'week', groupBy: null });
    requests.push({ ...base, from: '2026-01-15', to: '2026-01-15', kind, granularity: 'hour', groupBy: null });
  }
  return requests;
}

export async function benchReports(options: { quick: boolean }): Promise<void> {
  const shape: Shape = options.quick
    ? { conversations: 5_000, agents: 40, groups: 4 }
    : { conversations: 1_000_000, agents: 500, groups: 20 };
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-reports-'));
  const file = join(dir, 'switchboard.db');
  try {
    await (await createSqliteStore({ file })).close();
    fill(file, shape);
    const store = await createSqliteStore({ file });
    const zoneStart = performance.now();
    await setZone(store);
    const zoneMs = performance.now() - zoneStart;
    const queries = standardQueries();
    const samples: number[] = [];
    const worst = new Map<ReportRequest, number>();
    const rounds = options.quick ? 1 : 5;
    for (const request of queries) await runReport(store, request);
    for (let round = 0; round < rounds; round += 1) {
      for (const request of queries) {
        const start = performance.now();
        await runReport(store, request);
        const ms = performance.now() - start;
        samples.push(ms);
        worst.set(request, Math.max(worst.get(request) ?? 0, ms));
      }
    }
    await store.close();
    const note = `${String(queries.length)} standard queries × ${String(rounds)} rounds over a month of read-model rows for ${String(shape.conversations)} conversations (bulk-inserted hourly rows and facts, daily rollups built by setting the zone ${ZONE}; queries only), SQLite`;
    report({ name: 'reports.query_p50_ms', value: percentile(samples, 50), unit: 'ms', note });
    report({ name: 'reports.query_p99_ms', value: percentile(samples, 99), unit: 'ms', note });
    const [slowest, slowestMs] = [...worst.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
    const name = `${slowest.kind} by ${slowest.granularity}${slowest.groupBy === null ? '' : ` and ${slowest.groupBy}`}`;
    report({ name: 'reports.query_max_ms', value: slowestMs, unit: 'ms', note: `slowest standard query: ${name}` });
    report({
      name: 'reports.zone_rebuild_ms',
      value: zoneMs,
      unit: 'ms',
      note: 'setting the zone: daily rollups rebuilt from a month of hourly rows, transfer facts and status intervals',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
