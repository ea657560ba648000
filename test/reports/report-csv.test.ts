/**
 * The CSV export as a pure function: a report in Asia/Shanghai gives local start times (not UTC
 * instants), shares as percentages with one decimal, other fractions to two decimals, nothing to
 * divide by as an empty cell, status seconds per column, titles in either language, and a formula
 * in a dimension value quoted.
 */
import { describe, expect, it } from 'vitest';
import { csvLanguageOf } from '../../src/reports/report-csv-headers.js';
import { reportCsv, UTF8_BOM } from '../../src/reports/report-csv.js';
import type { ReportResult } from '../../src/reports/run-report.js';

// 2026-03-01 00:00 in Shanghai (UTC+8) is 2026-02-28 16:00 UTC.
const start = Date.UTC(2026, 1, 28, 16);
const metrics = {
  handled: 3,
  averageHandlingSeconds: 100 / 3,
  satisfaction: 13 / 3,
  resolutionRate: 2 / 3,
  statusSeconds: { available: 60, busy: 30 },
};
const report: ReportResult<object> = {
  kind: 'agents',
  timeZone: 'Asia/Shanghai',
  granularity: 'hour',
  groupBy: 'agent',
  from: start,
  to: start + 86_400_000,
  series: [],
  breakdown: [],
  rows: [
    { bucket: start + 9 * 3_600_000, label: '2026-03-01T09:00', key: 'a1', metrics },
    {
      bucket: start + 10 * 3_600_000,
      label: '2026-03-01T10:00',
      key: '=HYPERLINK("x")',
      metrics: { ...metrics, resolutionRate: null },
    },
  ],
};

describe('report CSV', () => {
  it('writes local times, percentages and rounded figures under machine names', () => {
    const csv = reportCsv(report, { language: 'en', headers: 'machine' });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).trim().split('\n')).toEqual([
      'bucket,bucketStart,agent,handled,averageHandlingSeconds,satisfaction,resolutionRate,statusSeconds.available,statusSeconds.busy',
      '2026-03-01T09:00,2026-03-01 09:00,a1,3,33.33,4.33,66.7%,60,30',
      `2026-03-01T10:00,2026-03-01 10:00,"'=HYPERLINK(""x"")",3,33.33,4.33,,60,30`,
    ]);
  });

  it('titles the columns in English or Chinese, with units and the zone', () => {
    const title = (language: 'en' | 'zh-CN') =>
      reportCsv(report, { language, headers: 'human' }).slice(1).split('\n')[0];
    expect(title('en')).toBe(
      'Period,Period start (Asia/Shanghai),Agent,Handled,Average handling time (s),Satisfaction,Resolution rate (%),Time available (s),Time busy (s)',
    );
    expect(title('zh-CN')).toBe(
      '时段,时段开始（Asia/Shanghai）,客服,处理量,平均处理时长（秒）,满意度,解决率（%）,在线时长（秒）,忙碌时长（秒）',
    );
  });

  it('chooses the language from lang, then Accept-Language by quality, else English', () => {
    expect(csvLanguageOf('en', 'zh-CN')).toBe('en');
    expect(csvLanguageOf(undefined, 'zh-TW;q=0.8, en-US;q=0.9')).toBe('en');
    expect(csvLanguageOf(undefined, 'de, zh-Hans-CN;q=0.5')).toBe('zh-CN');
    expect(csvLanguageOf(undefined, 'zh;q=0, en;q=0.1')).toBe('en');
    expect(csvLanguageOf(undefined, 'ZH')).toBe('zh-CN');
    expect(csvLanguageOf(undefined, '*;q=x,,;;')).toBe('en');
    expect(csvLanguageOf(undefined, undefined)).toBe('en');
  });
});
