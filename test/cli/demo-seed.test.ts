/**
 * The demo tenant (src/cli/demo/): the seed applies cleanly to a fresh tenant, a second run changes
 * nothing, a half-seeded tenant is completed, and the tenant routes as the README describes.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands.js';
import { createState } from '../../src/domain/state.js';
import { applyDemoSeed } from '../../src/cli/demo/apply-demo-seed.js';
import { demoAgents, demoDepartments, demoSkillGroups } from '../../src/cli/demo/demo-org.js';
import { demoRoutingRules } from '../../src/cli/demo/demo-rules.js';
import { demoLogins, demoNeeds, demoPasswords, demoSeed, type DemoSecrets } from '../../src/cli/demo/demo-seed.js';
import { SimulatedClock } from '../../src/engine/simulated-clock.js';
import { TenantActor } from '../../src/engine/tenant-actor.js';
import { createMemoryEventStore } from '../../src/store/memory/memory-event-store.js';
import { verifyPassword } from '../../src/transport/auth/passwords.js';
import { T0 } from '../support/harness.js';

const HOUR = 3_600_000;

/** Secrets for a pure run: placeholder hashes (the domain stores hashes as given). */
const fakeSecrets: DemoSecrets = {
  passwordHashes: new Map(demoLogins.map((login) => [login.agentId, `hash-of-${login.agentId}`])),
  widgetSecret: 'w'.repeat(43),
};

async function freshTenant(clock = new SimulatedClock(T0)): Promise<TenantActor> {
  return TenantActor.start({ tenantId: 'demo', store: createMemoryEventStore(), clock, scheduler: clock });
}

async function submitAll(actor: TenantActor, commands: readonly Command[]): Promise<void> {
  for (const command of commands) {
    const result = await actor.submit(command);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
  }
}

describe('demo seed', () => {
  it('is a pure function of the state: everything for an empty tenant, nothing for a complete one', async () => {
    const commands = demoSeed(createState(), fakeSecrets);
    const count = (type: Command['type']) => commands.filter((command) => command.type === type).length;
    expect(count('SaveDepartment')).toBe(demoDepartments.length);
    expect(count('SaveSkillGroup')).toBe(demoSkillGroups.length);
    expect(count('SaveAgent')).toBe(demoAgents.length);
    expect(count('SetPassword')).toBe(demoAgents.length);
    expect(count('SaveRoutingRules')).toBe(1);
    expect(count('ConfigureTenant')).toBe(1);
    expect(count('SetWidgetSecret')).toBe(1);
    expect(demoSeed(createState(), fakeSecrets)).toEqual(commands);

    const actor = await freshTenant();
    await submitAll(actor, commands);
    expect(demoSeed(actor.view, fakeSecrets)).toEqual([]);
    expect(demoNeeds(actor.view)).toEqual({ passwords: [], widgetSecret: false });
  });

  it('applies cleanly to a fresh tenant, and a second run changes nothing', async () => {
    const actor = await freshTenant();
    const applied = await applyDemoSeed(actor);
    const state = actor.view;
    expect(applied).toBe(demoSeed(createState(), fakeSecrets).length);
    expect([...state.departments.keys()].sort()).toEqual(demoDepartments.map((d) => d.id).sort());
    expect([...state.groups.keys()].sort()).toEqual(demoSkillGroups.map((g) => g.id).sort());
    expect(state.agents.size).toBe(demoAgents.length);
    expect(state.rules).toEqual(demoRoutingRules);
    expect(state.settings).toMatchObject({ timeZone: 'Asia/Shanghai', defaultGroupId: 'general' });
    expect(state.settings.transfer.templates.map((t) => t.id)).toEqual([
      'technical',
      'complaint',
      'vip',
      'after-sales',
    ]);
    expect(state.access.widgetSecret?.length).toBeGreaterThanOrEqual(32);

    const seq = actor.lastSeq;
    expect(await applyDemoSeed(actor)).toBe(0);
    expect(actor.lastSeq).toBe(seq);
  });

  it('completes a half-seeded tenant without touching what exists', async () => {
    const actor = await freshTenant();
    const all = demoSeed(createState(), fakeSecrets);
    // Departments, groups and the first agents only, as after a crash mid-seed.
    await submitAll(actor, all.slice(0, demoDepartments.length + demoSkillGroups.length + 3));
    const renamed = { ...demoAgents[0]!, name: 'Renamed by an admin' };
    await submitAll(actor, [{ type: 'SaveAgent', agent: renamed }]);
    expect(await applyDemoSeed(actor)).toBeGreaterThan(0);
    expect(actor.view.agents.size).toBe(demoAgents.length);
    expect(actor.view.agents.get(renamed.id)?.name).toBe('Renamed by an admin');
    expect(actor.view.access.passwords.size).toBe(demoAgents.length);
    expect(await applyDemoSeed(actor)).toBe(0);
  });

  it('has people of every role, each able to log in with the documented password', async () => {
    expect(new Set(demoLogins.map((login) => login.role))).toEqual(new Set(['admin', 'supervisor', 'agent']));
    const actor = await freshTenant();
    await applyDemoSeed(actor);
    for (const login of demoLogins) {
      expect(login.password).toBe(demoPasswords[login.role]);
      const hash = actor.view.access.passwords.get(login.agentId)!;
      expect(await verifyPassword(login.password, hash)).toBe(true);
    }
  });

  it('gives supervisors a scope of groups and departments that exist, and everyone a Chinese and an English name', () => {
    const groups = new Set(demoSkillGroups.map((g) => g.id));
    const departments = new Set(demoDepartments.map((d) => d.id));
    const supervisors = demoAgents.filter((agent) => agent.role === 'supervisor');
    expect(supervisors.length).toBeGreaterThanOrEqual(2);
    for (const supervisor of supervisors) {
      expect(supervisor.manages!.groupIds.length).toBeGreaterThan(0);
      for (const id of supervisor.manages!.groupIds) expect(groups.has(id)).toBe(true);
      for (const id of supervisor.manages!.departmentIds) expect(departments.has(id)).toBe(true);
    }
    for (const agent of demoAgents) expect(agent.name).toMatch(/^\p{Script=Han}+ [A-Z][a-z]+/u);
  });
});

describe('the demo tenant routes as documented', () => {
  async function seeded(clock: SimulatedClock) {
    const actor = await freshTenant(clock);
    await applyDemoSeed(actor);
    let n = 0;
    return async (open: { text?: string; source?: string; language?: string; vipLevel?: number }) => {
      n += 1;
      const customerId = `customer-${n}`;
      if (open.vipLevel !== undefined) {
        await submitAll(actor, [
          {
            type: 'SaveCustomer',
            customer: {
              id: customerId,
              verified: true,
              name: null,
              vipLevel: open.vipLevel,
              language: null,
              labels: [],
              dedicatedAgentId: null,
            },
          },
        ]);
      }
      await submitAll(actor, [
        {
          type: 'OpenConversation',
          conversationId: `c${n}`,
          customerId,
          channel: 'web',
          source: open.source ?? 'app',
          text: open.text ?? '你好',
          language: open.language ?? null,
        },
      ]);
      return actor.view.conversations.get(`c${n}`)!;
    };
  }

  it('by keyword, VIP level, language and source, first match winning', async () => {
    // T0 is Monday 17:00 in Shanghai: every group is open.
    const open = await seeded(new SimulatedClock(T0));
    expect((await open({ text: '我要退款' })).groupId).toBe('after-sales');
    expect((await open({ text: 'I want a refund', language: 'en' })).groupId).toBe('after-sales');
    const vip = await open({ text: '我要退款', vipLevel: 2 });
    expect(vip.groupId).toBe('vip');
    expect(vip.priority).toBe(5);
    expect((await open({ text: 'hello', language: 'en-US' })).groupId).toBe('english');
    expect((await open({ text: '登录时报错' })).groupId).toBe('tech');
    const douyin = await open({ source: 'douyin' });
    expect(douyin.groupId).toBe('presales');
    expect(douyin.labels).toContain('douyin');
    expect((await open({ source: 'website' })).groupId).toBe('presales');
    expect((await open({})).groupId).toBe('general');
  });

  it('sends pre-sales to the 24/7 general desk outside Shanghai office hours', async () => {
    // Monday 20:00 in Shanghai: pre-sales (09:00–18:00) is closed.
    const open = await seeded(new SimulatedClock(T0 + 3 * HOUR));
    expect((await open({ source: 'douyin' })).groupId).toBe('general');
  });
});
