/**
 * The audit log over HTTP: admin changes made through the API, newest first, paged by cursor,
 * filtered by type, for supervisors and admins only — and with hashes and secrets redacted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redact } from '../../src/transport/http/routes/audit.js';
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

interface Entry {
  seq: number;
  at: string;
  type: string;
  subjectId: string | null;
  data: Record<string, unknown>;
}

const page = (query: string, token = acme.tokens.s1) =>
  call<{ items: Entry[]; next: string | null }>(test, {
    method: 'GET',
    url: `/api/v1/audit-log${query}`,
    headers: bearer(token),
  });

describe('audit log', () => {
  it('pages through admin changes newest first and filters by type', async () => {
    for (const id of ['d1', 'd2', 'd3']) {
      await call(test, {
        method: 'PUT',
        url: `/api/v1/departments/${id}`,
        headers: bearer(acme.tokens.ad1),
        payload: { name: id.toUpperCase() },
      });
    }
    const first = await page('?type=DepartmentSaved&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((entry) => entry.subjectId)).toEqual(['d3', 'd2']);
    expect(first.body.items[0]).toMatchObject({
      type: 'DepartmentSaved',
      at: new Date(test.clock.now()).toISOString(),
      data: { department: { id: 'd3', name: 'D3', parentId: null } },
    });
    const second = await page(`?type=DepartmentSaved&limit=2&cursor=${first.body.next}`);
    expect(second.body.items.map((entry) => entry.subjectId)).toEqual(['d1']);
    expect(second.body.next).toBeNull();

    const everything = await page('?limit=200', acme.tokens.ad1);
    const types = new Set(everything.body.items.map((entry) => entry.type));
    for (const type of ['DepartmentSaved', 'AgentSaved', 'SkillGroupSaved', 'TenantConfigured']) {
      expect(types.has(type), type).toBe(true);
    }
    const seqs = everything.body.items.map((entry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it('never shows a password hash, key hash or secret, whatever changes are audited', async () => {
    await call(test, { method: 'POST', url: '/api/v1/widget-secret', headers: bearer(acme.tokens.ad1) });
    const issued = await call<{ key: string }>(test, {
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: bearer(acme.tokens.ad1),
      payload: { name: 'crm' },
    });
    const everything = await page('?limit=200', acme.tokens.ad1);
    const access = test.server.registry.actor('acme')!.view.access;
    const secrets = [
      ...access.passwords.values(),
      ...[...access.apiKeys.values()].map((key) => key.hash),
      access.widgetSecret ?? 'no widget secret',
      issued.body.key,
    ];
    for (const secret of secrets) expect(everything.text).not.toContain(secret);
    expect(everything.text).not.toContain('scrypt$');
  });

  it('is for supervisors and admins', async () => {
    expectError(await page('', acme.tokens.a1), 403, 'FORBIDDEN');
    expectError(await page('?limit=0'), 400, 'VALIDATION_FAILED');
  });

  it('redacts hashes and secrets wherever they appear', () => {
    expect(
      redact({ type: 'PasswordSet', passwordHash: 'scrypt$…', nested: [{ secret: 'x', hash: 'y', keep: 1 }] }),
    ).toEqual({
      type: 'PasswordSet',
      passwordHash: '[redacted]',
      nested: [{ secret: '[redacted]', hash: '[redacted]', keep: 1 }],
    });
  });
});
