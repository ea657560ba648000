/**
 * The org chart and skill groups over HTTP: departments with parents (no loops), skill groups with
 * strategy, overflow and business hours (a closed group turns a new conversation into a left
 * message), and memberships added, changed and removed through the group.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiKey, bearer, call, expectError } from '../support/http-fixtures.js';
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

const put = (url: string, payload: Record<string, unknown>, token = acme.tokens.ad1) =>
  call(test, { method: 'PUT', url, headers: bearer(token), payload });
const get = <T>(url: string, token = acme.tokens.a1) => call<T>(test, { method: 'GET', url, headers: bearer(token) });

describe('departments', () => {
  it('saves a tree of departments and reads it back', async () => {
    expect((await put('/api/v1/departments/sales', { name: 'Sales' })).status).toBe(200);
    const child = await put('/api/v1/departments/sales-eu', { name: 'Sales EU', parentId: 'sales' });
    expect(child.body).toEqual({ departmentId: 'sales-eu', name: 'Sales EU', parentId: 'sales' });
    const list = await get<{ items: { departmentId: string }[] }>('/api/v1/departments');
    expect(list.body.items.map((item) => item.departmentId)).toEqual(['sales', 'sales-eu']);
    expect((await get('/api/v1/departments/sales-eu')).body).toEqual(child.body);
    expectError(await get('/api/v1/departments/nope'), 404, 'DEPARTMENT_NOT_FOUND');
  });

  it('refuses an unknown parent, a loop, and writers below admin', async () => {
    await put('/api/v1/departments/sales', { name: 'Sales' });
    await put('/api/v1/departments/sales-eu', { name: 'Sales EU', parentId: 'sales' });
    expectError(await put('/api/v1/departments/x', { name: 'X', parentId: 'nope' }), 422, 'INVALID_CONFIGURATION');
    expectError(
      await put('/api/v1/departments/sales', { name: 'Sales', parentId: 'sales-eu' }),
      422,
      'INVALID_CONFIGURATION',
    );
    expectError(await put('/api/v1/departments/y', { name: 'Y' }, acme.tokens.s1), 403, 'FORBIDDEN');
  });
});

describe('skill groups', () => {
  const hours = {
    timeZone: 'Asia/Shanghai',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, from: '09:00', to: '18:00' })),
    exceptions: [{ date: '2024-10-01', windows: [] }],
    afterHours: { kind: 'leave-message' },
  };

  it('saves a group with overflow and business hours and shows its members and queue', async () => {
    const saved = await put('/api/v1/skill-groups/vip', {
      name: 'VIP',
      strategy: 'most-skilled',
      overflow: [{ afterSeconds: 60, groupId: 'g' }],
      hours,
      maxQueueLength: 20,
      serviceLevelSeconds: 30,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      groupId: 'vip',
      strategy: 'most-skilled',
      params: { k: 300, m: 0.5 },
      overflow: [{ afterSeconds: 60, groupId: 'g' }],
      hours,
      assignmentMode: null,
      members: [],
      waiting: { queued: 0, leftMessages: 0, overflow: 0, transfers: 0 },
    });
    const list = await get<{ items: { groupId: string; members: string[] }[] }>('/api/v1/skill-groups');
    expect(list.body.items.map((item) => [item.groupId, item.members])).toEqual([
      ['g', ['a1', 'a2']],
      ['vip', []],
    ]);
    expectError(await get('/api/v1/skill-groups/none'), 404, 'GROUP_NOT_FOUND');
  });

  it('turns a conversation for a closed group into a left message', async () => {
    // No weekly windows: the group is never open, and has no fallback group.
    await put('/api/v1/skill-groups/g', {
      name: 'General',
      hours: { timeZone: 'UTC', weekly: [], exceptions: [], afterHours: { kind: 'leave-message' } },
    });
    const opened = await call<{ status: string }>(test, {
      method: 'POST',
      url: '/api/v1/conversations',
      headers: apiKey(acme.apiKey),
      payload: { customerId: 'c-1', channel: 'api', source: 'crm', text: 'hello?' },
    });
    expect(opened.body.status).toBe('left-message');
    expect((await get<{ waiting: { leftMessages: number } }>('/api/v1/skill-groups/g')).body.waiting.leftMessages).toBe(
      1,
    );
  });

  it('refuses overflow to itself or nowhere, bad hours and unknown zones', async () => {
    const bad = [
      { name: 'X', overflow: [{ afterSeconds: 60, groupId: 'x' }] },
      { name: 'X', overflow: [{ afterSeconds: 60, groupId: 'nowhere' }] },
      { name: 'X', hours: { ...hours, weekly: [{ day: 1, from: '18:00', to: '09:00' }] } },
      { name: 'X', hours: { ...hours, timeZone: 'Moon/Base' } },
      { name: 'X', hours: { ...hours, afterHours: { kind: 'group', groupId: 'nowhere' } } },
    ];
    for (const body of bad) expectError(await put('/api/v1/skill-groups/x', body), 422, 'INVALID_CONFIGURATION');
    expectError(await get('/api/v1/skill-groups/x'), 404, 'GROUP_NOT_FOUND');
  });
});

describe('memberships', () => {
  it('adds, changes and removes a member through the group', async () => {
    await put('/api/v1/skill-groups/vip', { name: 'VIP' });
    const added = await put('/api/v1/skill-groups/vip/members/a2', { ability: 9, tier: 'secondary' });
    expect(added.body).toMatchObject({ items: [{ agentId: 'a2', ability: 9, tier: 'secondary' }] });
    const changed = await put('/api/v1/skill-groups/vip/members/a2', { ability: 4, tier: 'primary' });
    expect(changed.body).toMatchObject({ items: [{ agentId: 'a2', ability: 4, tier: 'primary' }] });
    const agent = await get<{ memberships: { groupId: string }[] }>('/api/v1/agents/a2');
    expect(agent.body.memberships.map((membership) => membership.groupId)).toEqual(['g', 'vip']);

    const removed = await call(test, {
      method: 'DELETE',
      url: '/api/v1/skill-groups/vip/members/a2',
      headers: bearer(acme.tokens.ad1),
    });
    expect(removed.body).toEqual({ items: [] });
    expect((await get<{ items: unknown[] }>('/api/v1/skill-groups/g/members')).body.items).toHaveLength(2);
    expectError(
      await put('/api/v1/skill-groups/none/members/a2', { ability: 1, tier: 'general' }),
      404,
      'GROUP_NOT_FOUND',
    );
    expectError(
      await put('/api/v1/skill-groups/vip/members/ghost', { ability: 1, tier: 'general' }),
      404,
      'AGENT_NOT_FOUND',
    );
  });
});
