/**
 * CSV formula injection (OWASP): text a customer or integrator chooses — here a conversation's
 * `channel` — reaches report CSVs; a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage
 * return must reach the spreadsheet as text, prefixed with a single quote. The report CSV writer
 * (src/reports/report-csv.ts) is the only CSV writer; every report kind goes through it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../src/reports/csv-cell.js';
import { reportKinds } from '../../src/reports/run-report.js';
import { bearer, call } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

const hostile = ["=cmd|' /C calc'!A0", '+1+2', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1'];

describe('neutraliseCell', () => {
  it('quotes every formula start and leaves the rest alone', () => {
    for (const value of hostile) expect(neutraliseCell(value)).toBe(`'${value}`);
    expect(neutraliseCell('web')).toBe('web');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(null)).toBeNull();
  });
});

describe('report CSV exports', () => {
  let test: TestServer;
  let acme: SeededTenant;

  beforeAll(async () => {
    test = await startTestServer();
    acme = await test.tenant('acme');
    for (const [index, channel] of hostile.entries()) {
      await acme.run({
        type: 'OpenConversation',
        conversationId: `c${index}`,
        customerId: `v:visitor-${index}`,
        channel,
        source: channel,
        text: 'hello',
      });
    }
  });
  afterAll(() => test.close());

  it('writes no cell a spreadsheet would run, in any report kind', async () => {
    let checked = 0;
    for (const kind of reportKinds) {
      const answer = await call(test, {
        method: 'GET',
        url: `/api/v1/reports/${kind}?from=2026-03-01&to=2026-03-03&groupBy=channel&format=csv`,
        headers: bearer(acme.tokens.ad1),
      });
      if (answer.status === 400) continue; // this kind has no channel dimension
      expect(answer.status, answer.text).toBe(200);
      checked += 1;
      const cells = parseCells(answer.text);
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      if (kind === 'queues') {
        for (const value of hostile) expect(cells).toContain(`'${value}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/** The cells of a CSV text (RFC 4180 quoting), enough for these reports. */
function parseCells(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',' || char === '\n') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  if (cell !== '') cells.push(cell);
  return cells;
}
