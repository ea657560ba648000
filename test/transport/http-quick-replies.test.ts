/**
 * Personal quick replies over HTTP: each agent reads and replaces only their own list (not a
 * colleague's, not an admin's, not another tenant's agent of the same id), bad input is refused
 * with catalogue codes and changes nothing, and the tenant library accepts shortcuts and languages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, call, expectError } from '../support/http-fixtures.js';
import { startTestServer, type SeededTenant, type TestServer } from '../support/test-server.js';

let test: TestServer;
let acme: SeededTenant;

beforeEach(async () => {
  test = await startTestServer();
  acme = await test.tenant('acme');
});

afterEach(async () => {
  await test.close();
});

interface Reply {
  id: string;
  title: string;
  text: string;
  shortcut?: string;
  language?: string;
}
interface Replies {
  items: Reply[];
}

const mine: Reply[] = [
  { id: 'hi', title: '问候', text: '您好 {客户名}，我是 {客服名}。', shortcut: '问候', language: 'zh-CN' },
  { id: 'bye', title: 'Goodbye', text: 'Thanks {customerName}, bye!', shortcut: 'bye', language: 'en-US' },
];

const url = (agentId: string) => `/api/v1/agents/${agentId}/quick-replies`;
const read = (token: string, agentId: string) =>
  call<Replies>(test, { method: 'GET', url: url(agentId), headers: bearer(token) });
const save = (token: string, agentId: string, items: unknown) =>
  call<Replies>(test, { method: 'PUT', url: url(agentId), headers: bearer(token), payload: { items } });

describe('personal quick replies', () => {
  it('start empty, are saved whole by their owner and read back in order', async () => {
    expect((await read(acme.tokens.a1, 'a1')).body).toEqual({ items: [] });
    const saved = await save(acme.tokens.a1, 'a1', mine);
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.items).toEqual(mine);
    expect((await read(acme.tokens.a1, 'a1')).body.items).toEqual(mine);
    // Replacing with an empty list removes them all.
    expect((await save(acme.tokens.a1, 'a1', [])).body.items).toEqual([]);
  });

  it("are nobody else's: colleagues, admins and API keys can neither read nor write them", async () => {
    await save(acme.tokens.a1, 'a1', mine);
    expectError(await read(acme.tokens.a2, 'a1'), 403, 'FORBIDDEN');
    expectError(await read(acme.tokens.ad1, 'a1'), 403, 'FORBIDDEN');
    expectError(await save(acme.tokens.a2, 'a1', []), 403, 'FORBIDDEN');
    expectError(await save(acme.tokens.ad1, 'a1', []), 403, 'FORBIDDEN');
    expectError(
      await call(test, { method: 'GET', url: url('a1'), headers: { 'x-api-key': acme.apiKey } }),
      403,
      'FORBIDDEN',
    );
    expectError(await call(test, { method: 'GET', url: url('a1') }), 401, 'UNAUTHENTICATED');
    expect((await read(acme.tokens.a1, 'a1')).body.items).toEqual(mine);
    // The colleague's own list is untouched and separate.
    expect((await read(acme.tokens.a2, 'a2')).body.items).toEqual([]);
    // Nor do they show in the agent views everyone reads.
    for (const url of ['/api/v1/agents', '/api/v1/agents/a1']) {
      const view = await call(test, { method: 'GET', url, headers: bearer(acme.tokens.a2) });
      expect(view.status).toBe(200);
      expect(view.text).not.toContain('customerName');
    }
  });

  it("stay in their tenant: another tenant's agent of the same id sees only their own", async () => {
    const globex = await test.tenant('globex');
    await save(acme.tokens.a1, 'a1', mine);
    expect((await read(globex.tokens.a1, 'a1')).body.items).toEqual([]);
    await save(globex.tokens.a1, 'a1', [{ id: 'g', title: 'G', text: 'globex' }]);
    expect((await read(acme.tokens.a1, 'a1')).body.items).toEqual(mine);
  });

  it('refuse bad input with catalogue codes and change nothing', async () => {
    await save(acme.tokens.a1, 'a1', mine);
    const refusals: [unknown, number, string][] = [
      [[mine[0], mine[0]], 422, 'INVALID_CONFIGURATION'],
      [
        [
          { ...mine[0], shortcut: 'x' },
          { ...mine[1], id: 'two', shortcut: 'X', language: 'zh-CN' },
        ],
        422,
        'INVALID_CONFIGURATION',
      ],
      [[{ id: 'x', title: ' ', text: 'hi' }], 422, 'INVALID_CONFIGURATION'],
      [[{ id: 'x', title: 'T', text: '' }], 400, 'VALIDATION_FAILED'],
      [[{ id: 'x', title: 'T', text: 'a'.repeat(2001) }], 400, 'VALIDATION_FAILED'],
      [[{ id: 'x', title: 'T', text: 'hi', shortcut: 'two words' }], 400, 'VALIDATION_FAILED'],
      [[{ id: 'x', title: 'T', text: 'hi', shortcut: 's'.repeat(33) }], 400, 'VALIDATION_FAILED'],
      [[{ id: 'x', title: 'T', text: 'hi', extra: 1 }], 400, 'VALIDATION_FAILED'],
      [Array.from({ length: 51 }, (_, i) => ({ id: `r${i}`, title: 'T', text: 'hi' })), 400, 'VALIDATION_FAILED'],
      ['not a list', 400, 'VALIDATION_FAILED'],
    ];
    for (const [items, status, code] of refusals) expectError(await save(acme.tokens.a1, 'a1', items), status, code);
    expect((await read(acme.tokens.a1, 'a1')).body.items).toEqual(mine);
  });
});

describe('full libraries', () => {
  it('save in one request even in Chinese at the longest (past the usual body limit), and not one more', async () => {
    const long = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        id: `${prefix}${i}`,
        title: '标'.repeat(100),
        text: '您'.repeat(2000),
        shortcut: `${'快'.repeat(28)}${i}`,
      }));
    const personal = await save(acme.tokens.a1, 'a1', long('p', 50));
    expect(personal.status, personal.text.slice(0, 200)).toBe(200);
    expect(personal.body.items).toHaveLength(50);
    expectError(await save(acme.tokens.a1, 'a1', long('p', 51)), 400, 'VALIDATION_FAILED');
    const tenant = await call(test, {
      method: 'PATCH',
      url: '/api/v1/tenant',
      headers: bearer(acme.tokens.ad1),
      payload: { quickReplies: long('t', 100) },
    });
    expect(tenant.status, tenant.text.slice(0, 200)).toBe(200);
  });
});

describe('the tenant library', () => {
  it('takes shortcuts and languages, and refuses a shortcut used twice in one language', async () => {
    const patch = (quickReplies: unknown) =>
      call<{ settings: { quickReplies?: Reply[] } }>(test, {
        method: 'PATCH',
        url: '/api/v1/tenant',
        headers: bearer(acme.tokens.ad1),
        payload: { quickReplies },
      });
    const ok = await patch(mine);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.settings.quickReplies).toEqual(mine);
    expectError(await patch([mine[1], { ...mine[1], id: 'bye2' }]), 422, 'INVALID_CONFIGURATION');
    // The same shortcut in two languages is fine.
    expect((await patch([mine[1], { ...mine[1], id: 'bye-zh', language: 'zh-CN' }])).status).toBe(200);
  });
});
