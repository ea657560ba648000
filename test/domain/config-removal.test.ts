/**
 * Removing departments and skill groups in the domain (issue 18): refused with CONFIG_IN_USE naming
 * each use (members, supervisors' scopes, rules, overflow and after-hours targets, defaults, transfer
 * rules, waiting conversations, sub-departments) while anything uses them; one event otherwise.
 */
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/domain/execute.js';
import { groupUses } from '../../src/domain/config-usage.js';
import { defaultTransferSettings } from '../../src/domain/transfer.js';
import { Harness } from '../support/harness.js';

function refusal(h: Harness, groupId: string): { code: string; message: string } | null {
  const decision = execute(h.state, { type: 'RemoveSkillGroup', groupId }, h.now);
  return decision.ok ? null : decision.error;
}

describe('removing a skill group', () => {
  it('names every kind of use, and is allowed once there is none', () => {
    const h = new Harness().group('main').group('billing');
    h.agent('a1', { groups: ['billing'] }).agent('s1', { role: 'supervisor', manages: { groupIds: ['billing'] } });
    h.run({
      type: 'SaveRoutingRules',
      rules: [{ id: 'r1', name: 'R', enabled: true, conditions: {}, actions: { groupId: 'billing' } }],
    });
    h.settings({
      defaultGroupBySource: { app: 'billing' },
      transfer: {
        ...defaultTransferSettings,
        rules: [
          {
            id: 't1',
            name: 'T',
            enabled: true,
            when: { vipLevelAtLeast: 3 },
            action: 'suggest',
            target: { kind: 'group', groupId: 'billing' },
            note: 'VIP',
          },
        ],
      },
    });
    h.open('c1', { source: 'app' });
    expect(h.state.conversations.get('c1')?.groupId).toBe('billing');
    expect(groupUses(h.state, 'billing').map((use) => `${use.kind} ${use.id}`)).toEqual([
      'member a1',
      'supervisor s1',
      'routing-rule r1',
      'source-default app',
      'transfer-rule t1',
      'conversation c1',
    ]);
    expect(refusal(h, 'billing')).toMatchObject({ code: 'CONFIG_IN_USE' });
    expect(refusal(h, 'billing')?.message).toContain('routing rule r1');
    expect(h.state.groups.has('billing')).toBe(true);
  });

  it('removes an unused group with one event', () => {
    const h = new Harness().group('main').group('spare');
    expect(h.run({ type: 'RemoveSkillGroup', groupId: 'spare' })).toEqual([
      { type: 'SkillGroupRemoved', at: h.now, groupId: 'spare' },
    ]);
    expect(h.state.groups.has('spare')).toBe(false);
    expect(refusal(h, 'spare')).toMatchObject({ code: 'GROUP_NOT_FOUND' });
    // The default group is in use by the tenant's settings.
    expect(refusal(h, 'main')?.message).toContain('default group main');
  });
});

describe('removing a department', () => {
  it('is refused while an agent is in it, allowed after', () => {
    const h = new Harness().group('main');
    h.run({ type: 'SaveDepartment', department: { id: 'sales', name: 'Sales', parentId: null } });
    h.agent('a1', { departmentId: 'sales' });
    const refused = execute(h.state, { type: 'RemoveDepartment', departmentId: 'sales' }, h.now);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFIG_IN_USE' } });
    h.agent('a1', { departmentId: null });
    h.run({ type: 'RemoveDepartment', departmentId: 'sales' });
    expect(h.state.departments.has('sales')).toBe(false);
  });
});
