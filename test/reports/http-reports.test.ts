/**
 * The report endpoints over HTTP: history made through the engine (simulated clock), the figures as
 * JSON and CSV, a supervisor limited to their scope, tenants kept apart, and bad input refused with
 * catalogue codes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skillGroup } from '../../src/domain/skill-group.js';
import { bearer, call, expectError } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

const S = 1000;

/** a1 answers c1 at once; c2 waits 40 s for a2 (T = 20 s), then both close; c1 is rated 4. */
async function history(tenant: SeededTenant): Promise<void> {
  await tenant.run({ type: 'ConnectAgent', agentId: 'a1' });
  await tenant.run({
    type: 'OpenConversation',
    conversationId: 'c1',
    customerId: 'k1',
    channel: 'web',
    source: 's',
    text: 'hi',
  });
  test.clock.advanceBy(5 * S);
  await tenant.run({
    type: 'PostMessage',
    conversationId: 'c1',
    messageId: 'm1',
    author: { kind: 'agent', agentId: 'a1' },
    visibility: 'public',
    text: 'hello',
  });
  await tenant.run({ type: 'SetAgentStatus', agentId: 'a1', status: 'busy' });
  await tenant.run({
    type: 'OpenConversation',
    conversationId: 'c2',
    customerId: 'k2',
    channel: 'app',
    source: 's',
    text: 'hi',
  });
  test.clock.advanceBy(40 * S);
  await tenant.run({ type: 'ConnectAgent', agentId: 'a2' });
  test.clock.advanceBy(50 * S);
  await tenant.run({
    type: 'CloseConversation',
    conversationId: 'c1',
    agentId: 'a1',
    by: 'agent',
    resolution: 'resolved',
  });
  await tenant.run({ type: 'RateConversation', conversationId: 'c1', score: 4 });
  await tenant.run({
    type: 'CloseConversation',
    conversationId: 'c2',
    agentId: 'a2',
    by: 'agent',
    resolution: 'unresolved',
  });
}

interface Metrics {
  [name: string]: unknown;
}
interface Report {
  kind: string;
  timeZone: string;
  series: { bucket: string; label: string; metrics: Metrics }[];
  breakdown: { key: string; metrics: Metrics }[];
  rows: { bucket: string; label: string; key: string; metrics: Metrics }[];
}

const get = (url: string, token: string, headers: Record<string, string> = {}) =>
  call<Report>(test, { method: 'GET', url, headers: { ...bearer(token), ...headers } });

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
  await history(acme);
});

afterEach(async () => {
  await test.close();
});

describe('reports over HTTP', () => {
  it('leaves test conversations out, whether only decided or routed to a real agent', async () => {
    const day = new Date(test.clock.now()).toISOString().slice(0, 10);
    const before = {
      queues: (await get(`/api/v1/reports/queues?from=${day}&to=${day}`, acme.tokens.ad1)).body.series,
      agents: (await get(`/api/v1/reports/agents?from=${day}&to=${day}&groupBy=agent`, acme.tokens.ad1)).body.breakdown,
      transfers: (await get(`/api/v1/reports/transfers?from=${day}&to=${day}`, acme.tokens.ad1)).body.series,
    };
    await acme.run({ type: 'SetAgentStatus', agentId: 'a1', status: 'available' });
    for (const [id, test] of [
      ['t1', 'decision-only'],
      ['t2', 'routed'],
    ] as const) {
      await acme.run({
        type: 'OpenConversation',
        conversationId: id,
        customerId: `sim-${id}`,
        channel: 'web',
        source: 's',
        text: 'hi',
        test,
      });
    }
    test.clock.advanceBy(3 * S);
    await acme.run({
      type: 'PostMessage',
      conversationId: 't2',
      messageId: 't2-m1',
      author: { kind: 'agent', agentId: 'a1' },
      visibility: 'public',
      text: 'hello tester',
    });
    await acme.run({
      type: 'RequestTransfer',
      transferId: 'tt1',
      conversationId: 't2',
      initiatorId: 'a1',
      target: { kind: 'agent', agentId: 'a2' },
      note: { text: 'try a transfer', templateId: null, fields: {}, reason: 'test', tags: [] },
    });
    await acme.run({ type: 'AcceptTransfer', transferId: 'tt1', agentId: 'a2' });
    await acme.run({
      type: 'CloseConversation',
      conversationId: 't2',
      agentId: 'a2',
      by: 'agent',
      resolution: 'resolved',
    });
    await acme.run({ type: 'RateConversation', conversationId: 't2', score: 5 });
    const after = {
      queues: (await get(`/api/v1/reports/queues?from=${day}&to=${day}`, acme.tokens.ad1)).body.series,
      agents: (await get(`/api/v1/reports/agents?from=${day}&to=${day}&groupBy=agent`, acme.tokens.ad1)).body.breakdown,
      transfers: (await get(`/api/v1/reports/transfers?from=${day}&to=${day}`, acme.tokens.ad1)).body.series,
    };
    const withoutStatus = (rows: { key: string; metrics: Metrics }[]) =>
      rows.map(({ key, metrics }) => ({ key, metrics: { ...metrics, statusSeconds: null } }));
    expect(after.queues).toEqual(before.queues);
    expect(after.transfers).toEqual(before.transfers);
    // Time per status goes on (a1 was available meanwhile); nothing of the test conversations counts.
    expect(withoutStatus(after.agents)).toEqual(withoutStatus(before.agents));
  });

  it('answers the queue report by day with the default range of the last seven days', async () => {
    const answer = await get('/api/v1/reports/queues', acme.tokens.ad1);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.timeZone).toBe('UTC');
    expect(answer.body.series).toHaveLength(7);
    const today = answer.body.series.at(-1)?.metrics;
    expect(today).toMatchObject({ arrivals: 2, answered: 2, abandoned: 0, serviceLevel: 0.5, longestWaitSeconds: 40 });
    expect(today?.averageSpeedOfAnswerSeconds).toBe(20);
  });

  it('breaks agents down by agent, with satisfaction, resolution and time per status', async () => {
    const day = new Date(test.clock.now()).toISOString().slice(0, 10);
    const answer = await get(`/api/v1/reports/agents?from=${day}&to=${day}&groupBy=agent`, acme.tokens.s1);
    expect(answer.status, answer.text).toBe(200);
    const byAgent = Object.fromEntries(answer.body.breakdown.map(({ key, metrics }) => [key, metrics]));
    expect(byAgent.a1).toMatchObject({
      handled: 1,
      assigned: 1,
      averageFirstResponseSeconds: 5,
      satisfaction: 4,
      resolutionRate: 1,
      statusSeconds: { available: 5, busy: 90 },
    });
    expect(byAgent.a2).toMatchObject({ handled: 1, resolutionRate: 0 });
    expect(answer.body.rows.map((row) => row.key).sort()).toEqual(['a1', 'a2']);
  });

  it('exports CSV by format=csv and by Accept: text/csv, for Excel: BOM, titles, local times, percentages', async () => {
    const day = new Date(test.clock.now()).toISOString().slice(0, 10);
    const url = `/api/v1/reports/queues?from=${day}&to=${day}&groupBy=channel`;
    const machine = await get(`${url}&format=csv&headers=machine`, acme.tokens.ad1);
    expect(machine.status).toBe(200);
    expect(machine.text.startsWith('\uFEFF')).toBe(true);
    const lines = machine.text.slice(1).trim().split('\n');
    expect(lines[0]).toBe(
      'bucket,bucketStart,channel,arrivals,answered,abandoned,serviceLevel,averageSpeedOfAnswerSeconds,abandonmentRate,longestWaitSeconds',
    );
    // The tenant's zone is UTC here: the local start is the day's midnight, without an offset.
    expect(lines.slice(1)).toEqual([
      `${day},${day} 00:00,app,1,1,0,0.0%,40,0.0%,40`,
      `${day},${day} 00:00,web,1,1,0,100.0%,0,0.0%,0`,
    ]);
    // Titles: lang= first, then Accept-Language, else English; the values do not change.
    const header = async (query: string, headers: Record<string, string> = {}) => {
      const answer = await get(`${url}&format=csv${query}`, acme.tokens.ad1, headers);
      expect(answer.status, answer.text).toBe(200);
      const [first, ...rest] = answer.text.slice(1).trim().split('\n');
      expect(rest).toEqual(lines.slice(1));
      return first;
    };
    const english =
      'Period,Period start (UTC),Channel,Arrivals,Answered,Abandoned,Service level (%),Average speed of answer (s),Abandonment rate (%),Longest wait (s)';
    const chinese =
      '时段,时段开始（UTC）,渠道,进线量,接起量,放弃量,服务水平（%）,平均应答速度（秒）,放弃率（%）,最长等待（秒）';
    expect(await header('')).toBe(english);
    expect(await header('&lang=zh-CN')).toBe(chinese);
    expect(await header('', { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })).toBe(chinese);
    expect(await header('', { 'accept-language': 'fr-FR, en;q=0.5, zh;q=0.7' })).toBe(chinese);
    expect(await header('', { 'accept-language': 'fr-FR' })).toBe(english);
    expect(await header('&lang=en', { 'accept-language': 'zh-CN' })).toBe(english);
    expectError(await get(`${url}&format=csv&lang=fr`, acme.tokens.ad1), 400, 'VALIDATION_FAILED');
    expectError(await get(`${url}&format=csv&headers=both`, acme.tokens.ad1), 400, 'VALIDATION_FAILED');
    // The JSON answer is unchanged: shares 0–1, instants in UTC.
    const json = await get(`${url}&lang=zh-CN&headers=machine`, acme.tokens.ad1);
    expect(json.body.rows[0]).toMatchObject({ bucket: `${day}T00:00:00.000Z`, metrics: { serviceLevel: 0 } });

    const accepted = await test.server.http.inject({
      method: 'GET',
      url: `/api/v1/reports/agents?from=${day}&to=${day}`,
      headers: { ...bearer(acme.tokens.ad1), accept: 'text/csv', 'accept-language': 'zh-CN' },
    });
    expect(accepted.headers['content-type']).toContain('text/csv');
    expect(accepted.headers['content-disposition']).toContain('attachment');
    expect(accepted.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(accepted.body.split('\n')[0]).toContain('在线时长（秒）');

    // Both options are in the OpenAPI document.
    const openapi = await test.server.http.inject({ method: 'GET', url: '/openapi.json' });
    const document = openapi.json<{
      paths: Record<string, { get: { parameters: { name: string; description?: string }[] } }>;
    }>();
    const parameters = document.paths['/api/v1/reports/queues']?.get.parameters;
    const described = Object.fromEntries((parameters ?? []).map(({ name, description }) => [name, description]));
    expect(described.lang).toContain('Accept-Language');
    expect(described.headers).toContain('machine');
  });

  it('limits a supervisor to their scope and keeps tenants apart', async () => {
    const admin = await get('/api/v1/reports/queues?groupBy=skillGroup', acme.tokens.ad1);
    expect(admin.body.breakdown.map((entry) => entry.key)).toEqual(['g']);
    expect((await get('/api/v1/reports/queues?groupBy=skillGroup', acme.tokens.s1)).body.breakdown).toHaveLength(1);
    // s1 now manages another group only: g's figures are out of their scope.
    await acme.run({ type: 'SaveSkillGroup', group: skillGroup({ id: 'other', name: 'Other' }) });
    await acme.run({
      type: 'SaveAgent',
      agent: {
        id: 's1',
        name: 'S1',
        role: 'supervisor',
        level: 1,
        departmentId: null,
        memberships: [],
        languages: ['en'],
        maxConcurrent: 3,
        manages: { groupIds: ['other'], departmentIds: [] },
      },
    });
    const scoped = await get('/api/v1/reports/queues?groupBy=skillGroup', acme.tokens.s1);
    expect(scoped.body.breakdown).toEqual([]);
    const agents = await get('/api/v1/reports/agents?groupBy=agent', acme.tokens.s1);
    expect(agents.body.breakdown).toEqual([]);
    const other = await test.tenant('other');
    const elsewhere = await get('/api/v1/reports/queues', other.tokens.ad1);
    expect(elsewhere.body.series.every((point) => point.metrics.arrivals === 0)).toBe(true);
    expectError(await get('/api/v1/reports/queues', acme.tokens.a1), 403, 'FORBIDDEN');
  });

  it('refuses bad ranges, unknown dimensions and filters a report does not have', async () => {
    expectError(
      await get('/api/v1/reports/queues?from=2026-03-10&to=2026-03-01', acme.tokens.ad1),
      400,
      'REPORT_RANGE_INVALID',
    );
    expectError(
      await get('/api/v1/reports/queues?from=2026-02-30&to=2026-03-01', acme.tokens.ad1),
      400,
      'REPORT_RANGE_INVALID',
    );
    expectError(
      await get('/api/v1/reports/queues?from=2025-01-01&to=2026-03-01&granularity=hour', acme.tokens.ad1),
      400,
      'REPORT_RANGE_INVALID',
    );
    expectError(
      await get('/api/v1/reports/queues?groupBy=agent', acme.tokens.ad1),
      400,
      'REPORT_DIMENSION_UNSUPPORTED',
    );
    expectError(await get('/api/v1/reports/queues?reason=x', acme.tokens.ad1), 400, 'REPORT_DIMENSION_UNSUPPORTED');
    expectError(await get('/api/v1/reports/queues?groupBy=nothing', acme.tokens.ad1), 400, 'VALIDATION_FAILED');
    expectError(await get('/api/v1/reports/queues?from=yesterday', acme.tokens.ad1), 400, 'VALIDATION_FAILED');
  });
});
