/**
 * Removing departments and skill groups over HTTP (issue 18): refused with CONFIG_IN_USE (409) and
 * a message naming what still uses them, allowed once nothing does (and then gone, in the audit log).
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

const as = () => bearer(acme.tokens.ad1);
const put = (url: string, payload: Record<string, unknown>) =>
  call(test, { method: 'PUT', url, headers: as(), payload });
const remove = (url: string) => call<{ error: { message: string } }>(test, { method: 'DELETE', url, headers: as() });
const nora = (departmentId: string | null, groups: string[]) =>
  put('/api/v1/agents/nora', {
    name: 'Nora',
    role: 'agent',
    maxConcurrent: 2,
    departmentId,
    memberships: groups.map((groupId) => ({ groupId, ability: 5, tier: 'primary' })),
  });

describe('removing a department', () => {
  it('is refused while an agent is in it or it has a sub-department, and allowed after', async () => {
    await put('/api/v1/departments/sales', { name: 'Sales' });
    await put('/api/v1/departments/sales-east', { name: 'Sales East', parentId: 'sales' });
    await nora('sales', []);
    const refused = await remove('/api/v1/departments/sales');
    expectError(refused, 409, 'CONFIG_IN_USE');
    expect(refused.body.error.message).toContain('agent nora');
    expect(refused.body.error.message).toContain('sub department sales-east');

    await nora(null, []);
    expect((await remove('/api/v1/departments/sales-east')).status).toBe(200);
    expect((await remove('/api/v1/departments/sales')).body).toEqual({ departmentId: 'sales', removed: true });
    expectError(
      await call(test, { method: 'GET', url: '/api/v1/departments/sales', headers: as() }),
      404,
      'DEPARTMENT_NOT_FOUND',
    );
    expectError(await remove('/api/v1/departments/sales'), 404, 'DEPARTMENT_NOT_FOUND');
  });
});

describe('removing a skill group', () => {
  it('is refused while a member, a routing rule or an overflow tier uses it, and allowed after', async () => {
    await put('/api/v1/skill-groups/billing', { name: 'Billing' });
    await put('/api/v1/skill-groups/spare', { name: 'Spare', overflow: [{ afterSeconds: 60, groupId: 'billing' }] });
    await nora(null, ['billing']);
    const rule = { id: 'invoices', name: 'Invoices', enabled: true, conditions: {}, actions: { groupId: 'billing' } };
    await put('/api/v1/routing-rules', { rules: [rule] });

    const refused = await remove('/api/v1/skill-groups/billing');
    expectError(refused, 409, 'CONFIG_IN_USE');
    for (const use of ['member nora', 'routing rule invoices', 'overflow spare']) {
      expect(refused.body.error.message).toContain(use);
    }

    await nora(null, []);
    await put('/api/v1/routing-rules', { rules: [] });
    await put('/api/v1/skill-groups/spare', { name: 'Spare' });
    expect((await remove('/api/v1/skill-groups/billing')).body).toEqual({ groupId: 'billing', removed: true });
    expectError(
      await call(test, { method: 'GET', url: '/api/v1/skill-groups/billing', headers: as() }),
      404,
      'GROUP_NOT_FOUND',
    );
    const audit = await call<{ items: { type: string; subjectId: string | null }[] }>(test, {
      method: 'GET',
      url: '/api/v1/audit-log?type=SkillGroupRemoved',
      headers: as(),
    });
    expect(audit.body.items).toMatchObject([{ type: 'SkillGroupRemoved', subjectId: 'billing' }]);
  });

  it('is refused for the tenant’s default group with members', async () => {
    const refused = await remove('/api/v1/skill-groups/g');
    expectError(refused, 409, 'CONFIG_IN_USE');
    expect(refused.body.error.message).toContain('member a1');
  });
});
