/**
 * The report projections of the busy conversation events run per run of events in an append
 * (src/store/sql/report-batch.ts): how the log is cut into appends, and so into batches, must not
 * change a single report row. The scripted report history (whose figures test/reports checks by
 * hand) is appended as scripted, one event per append, and all at once, on SQLite; every report
 * table must come out the same.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/domain/events.js';
import { defaultSettings } from '../../src/domain/settings.js';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store.js';
import { scriptedHistory, ZONE } from '../reports/scripted-history.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-report-batch-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The history with the tenant's zone set at the start, so the daily rollups are written too. */
const history = (): DomainEvent[][] => [
  [
    {
      type: 'TenantConfigured',
      at: Date.parse('2024-03-01T00:00:00Z'),
      settings: { ...defaultSettings, timeZone: ZONE },
    },
  ],
  ...scriptedHistory(),
];

/** Appends `appends` to a fresh database and returns every report table's rows, sorted. */
async function reportRows(
  name: string,
  appends: readonly (readonly DomainEvent[])[],
): Promise<Record<string, unknown[]>> {
  const file = join(dir, `${name}.db`);
  const store = await createSqliteStore({ file });
  let seq = 0;
  for (const events of appends) {
    await store.append('t1', seq, events);
    seq += events.length;
  }
  await store.close();
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'report_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [
        table,
        (db.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][]).map((row) => JSON.stringify(row)).sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

describe('report batches', () => {
  it('give the same report rows however the log is cut into appends', async () => {
    const scripted = await reportRows('scripted', history());
    const single = await reportRows(
      'single',
      history()
        .flat()
        .map((event) => [event]),
    );
    const whole = await reportRows('whole', [history().flat()]);
    expect(scripted.report_agent_hours?.length).toBeGreaterThan(0);
    expect(scripted.report_queue_hours?.length).toBeGreaterThan(0);
    expect(scripted.report_agent_days?.length).toBeGreaterThan(0);
    expect(single).toEqual(scripted);
    expect(whole).toEqual(scripted);
  });
});
