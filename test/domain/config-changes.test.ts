/**
 * Configuration and time changes under waiting conversations (DESIGN.md §3.8 work conservation,
 * docs/routing.md "Configuration and time changes under waiting conversations"): deadlines are
 * recomputed from the configuration as it is now, and every configuration event or opening wakes
 * the groups it affects, picking agents by the group's strategy.
 */
import { describe, expect, it } from 'vitest';
import { Harness, T0, eventsOf, skillGroup } from '../support/harness.js';
import type { SkillGroupConfig } from '../../src/domain/skill-group.js';
import {
  EVERY_DAY,
  HOUR,
  WEEKDAYS,
  assignments,
  hours,
  ms,
  onlyAssignment,
  opened,
  patient,
  rate,
  weekly,
} from '../support/routing-helpers.js';
import { note, toGroup, transferSettings } from '../support/transfer-helpers.js';

/** Monday–Friday 09:00–17:00 in Shanghai (UTC+8). T0 (Monday 09:00 UTC) is 17:00 there. */
const SHANGHAI = hours('Asia/Shanghai', weekly(WEEKDAYS, '09:00', '17:00'));
/** Tuesday 09:00 Shanghai. */
const SALES_OPENS = T0 + ms(16 * HOUR);

function saveGroup(h: Harness, id: string, changes: Partial<SkillGroupConfig>): ReturnType<Harness['run']> {
  const current = h.state.groups.get(id)?.config ?? skillGroup({ id, name: id });
  return h.run({ type: 'SaveSkillGroup', group: { ...current, ...changes } });
}

describe('left messages wake at the group’s opening, whatever made them wait', () => {
  it('a message left because nobody was online is assigned when the group opens to an agent already connected', () => {
    const h = patient(new Harness(T0 - ms(HOUR)).group('sales', { hours: SHANGHAI })); // Monday 16:00 there
    h.agent('s1', { groups: ['sales'], online: false });
    expect(opened(h.open('c1')).disposition).toEqual({
      kind: 'left-message',
      reason: 'no-agents-online',
      opensAt: SALES_OPENS,
    });
    h.advance(2 * HOUR); // 18:00: closed
    expect(assignments(h.run({ type: 'ConnectAgent', agentId: 's1' }))).toEqual([]);
    const fired = h.advance((SALES_OPENS - h.now) / 1000);
    expect(onlyAssignment(fired)).toMatchObject({ conversationId: 'c1', agentId: 's1', at: SALES_OPENS });
  });

  it('a message left because the queue was full is assigned when the group opens', () => {
    const h = patient(new Harness(T0 - ms(HOUR)).group('sales', { hours: SHANGHAI, maxQueueLength: 1 }));
    h.agent('s1', { groups: ['sales'] });
    h.open('c0');
    h.open('c1');
    expect(opened(h.open('c2')).disposition).toEqual({
      kind: 'left-message',
      reason: 'queue-full',
      opensAt: SALES_OPENS,
    });
    h.advance(2 * HOUR); // closed
    expect(assignments(h.close('c0'))).toEqual([['c1', 's1']]);
    expect(assignments(h.close('c1'))).toEqual([]); // the group is closed: the message waits
    const fired = h.advance((SALES_OPENS - h.now) / 1000);
    expect(onlyAssignment(fired)).toMatchObject({ conversationId: 'c2', agentId: 's1', at: SALES_OPENS });
  });
});

describe('business hours saved while messages wait', () => {
  function closedWithMessage(): Harness {
    const h = patient(new Harness().group('sales', { hours: SHANGHAI }));
    h.agent('s1', { groups: ['sales'] });
    h.open('c1');
    expect(h.state.timers.get('opens:sales')?.at).toBe(SALES_OPENS);
    return h;
  }

  it('hours moved earlier reschedule the opening: the message is assigned at the new hour', () => {
    const h = closedWithMessage();
    saveGroup(h, 'sales', { hours: hours('Asia/Shanghai', weekly(WEEKDAYS, '07:00', '17:00')) });
    const earlier = SALES_OPENS - ms(2 * HOUR);
    expect(h.state.timers.get('opens:sales')?.at).toBe(earlier);
    const fired = h.advance((earlier - h.now) / 1000);
    expect(onlyAssignment(fired)).toMatchObject({ conversationId: 'c1', agentId: 's1', at: earlier });
  });

  it('hours moved later: nothing at the old hour, the message is assigned at the new one', () => {
    const h = closedWithMessage();
    saveGroup(h, 'sales', { hours: hours('Asia/Shanghai', weekly(WEEKDAYS, '10:00', '17:00')) });
    expect(assignments(h.advance((SALES_OPENS - h.now) / 1000))).toEqual([]);
    expect(onlyAssignment(h.advance(HOUR))).toMatchObject({ conversationId: 'c1', at: SALES_OPENS + ms(HOUR) });
  });

  it('hours that open the group now assign the message in the save itself', () => {
    const h = closedWithMessage();
    const events = saveGroup(h, 'sales', { hours: hours('Asia/Shanghai', weekly(EVERY_DAY, '00:00', '24:00')) });
    expect(onlyAssignment(events)).toMatchObject({ conversationId: 'c1', agentId: 's1', at: T0 });
  });

  it('removing the hours (always open) assigns the message at once and drops the opening', () => {
    const h = closedWithMessage();
    expect(assignments(saveGroup(h, 'sales', { hours: null }))).toEqual([['c1', 's1']]);
    expect(h.state.timers.get('opens:sales')).toBeUndefined();
  });
});

describe('overflow tiers saved while a conversation waits', () => {
  /** s1 (sales) busy, g1 (general) idle; c1 waits in sales, which has no tiers yet. */
  function waiting(): Harness {
    const h = patient(new Harness().group('sales').group('general'));
    h.agent('s1', { groups: ['sales'] }).agent('g1', { groups: ['general'] });
    h.open('busy');
    h.open('c1');
    expect(h.status('c1')).toBe('queued');
    return h;
  }

  it('an added tier fires at its threshold, counted from when the conversation started waiting', () => {
    const h = waiting();
    h.advance(10);
    expect(assignments(saveGroup(h, 'sales', { overflow: [{ afterSeconds: 60, groupId: 'general' }] }))).toEqual([]);
    expect(h.state.timers.get('overflow:c1')?.at).toBe(T0 + ms(60));
    const fired = h.advance(50);
    expect(onlyAssignment(fired)).toMatchObject({ conversationId: 'c1', agentId: 'g1', at: T0 + ms(60) });
    expect(onlyAssignment(fired).explanation.overflowTier).toBe(1);
  });

  it('an added tier whose threshold has already passed is reached in the save itself', () => {
    const h = waiting();
    h.advance(120);
    const events = saveGroup(h, 'sales', { overflow: [{ afterSeconds: 60, groupId: 'general' }] });
    expect(onlyAssignment(events)).toMatchObject({ conversationId: 'c1', agentId: 'g1', at: T0 + ms(120) });
  });

  it('a shortened threshold moves the deadline earlier', () => {
    const h = waiting();
    saveGroup(h, 'sales', { overflow: [{ afterSeconds: 300, groupId: 'general' }] });
    h.advance(30);
    saveGroup(h, 'sales', { overflow: [{ afterSeconds: 60, groupId: 'general' }] });
    expect(onlyAssignment(h.advance(30))).toMatchObject({ agentId: 'g1', at: T0 + ms(60) });
  });

  it('a lengthened threshold moves the deadline later', () => {
    const h = waiting();
    saveGroup(h, 'sales', { overflow: [{ afterSeconds: 60, groupId: 'general' }] });
    h.advance(30);
    saveGroup(h, 'sales', { overflow: [{ afterSeconds: 300, groupId: 'general' }] });
    expect(assignments(h.advance(30))).toEqual([]);
    expect(onlyAssignment(h.advance(240))).toMatchObject({ agentId: 'g1', at: T0 + ms(300) });
  });
});

describe('a conversation moved to another group starts that group’s overflow tiers from zero', () => {
  it('does not reach the new group’s last tier with the old group’s progress', () => {
    const h = patient(
      new Harness()
        .group('experts')
        .group('sales', { overflow: [{ afterSeconds: 30, groupId: 'experts' }] })
        .group('tech', { overflow: [{ afterSeconds: 600, groupId: 'experts' }] })
        .settings({ defaultGroupId: 'sales' }),
    );
    h.agent('s1', { groups: ['sales'] })
      .agent('t1', { groups: ['tech'] })
      .agent('e1', { groups: ['experts'] });
    h.agent('sup', { role: 'supervisor', manages: { groupIds: ['sales', 'tech', 'experts'] } });
    h.open('e-busy', { agentId: 'e1' });
    h.open('t-busy', { agentId: 't1' });
    h.open('s-busy');
    h.open('c1');
    h.advance(40);
    expect(h.conversation('c1').overflowTier).toBe(1); // reached experts in sales, nobody free there
    expect(assignments(h.close('s-busy'))).toEqual([['c1', 's1']]);

    h.advance(5);
    const moved = T0 + ms(45);
    h.run({
      type: 'Reassign',
      transferId: 't1',
      supervisorId: 'sup',
      conversationId: 'c1',
      target: toGroup('tech'),
      requireAccept: false,
    });
    expect(h.conversation('c1')).toMatchObject({ status: 'queued', groupId: 'tech', overflowTier: 0 });
    expect(h.state.timers.get('overflow:c1')?.at).toBe(moved + ms(600));
    // The experts agent frees up: tech's tier to experts is ten minutes away, not reached.
    expect(assignments(h.close('e-busy'))).toEqual([]);
    expect(h.status('c1')).toBe('queued');
    expect(onlyAssignment(h.advance(600))).toMatchObject({ conversationId: 'c1', agentId: 'e1', at: moved + ms(600) });
  });
});

describe('waking several agents at once picks by the group’s strategy', () => {
  function mostSkilled(): Harness {
    const h = patient(new Harness().group('sales', { hours: SHANGHAI, strategy: 'most-skilled' }));
    // a joined first, b is the most skilled.
    return h.agent('a', { groups: [['sales', 2]], max: 2 }).agent('b', { groups: [['sales', 9]], max: 2 });
  }

  it('at the opening, the most skilled agent takes the left messages until full, then the next', () => {
    const h = mostSkilled();
    h.open('c1');
    h.open('c2');
    h.open('c3');
    const fired = h.advance((SALES_OPENS - h.now) / 1000);
    expect(assignments(fired)).toEqual([
      ['c1', 'b'],
      ['c2', 'b'],
      ['c3', 'a'],
    ]);
  });

  it('when a saved group opens now, its strategy picks the agent', () => {
    const h = mostSkilled();
    h.open('c1');
    const events = saveGroup(h, 'sales', { hours: null });
    expect(onlyAssignment(events)).toMatchObject({ conversationId: 'c1', agentId: 'b' });
  });

  it('a strategy changed in the same save ranks the wake-up', () => {
    const h = patient(new Harness().group('sales', { hours: SHANGHAI, strategy: 'least-load' }));
    h.agent('a', { groups: [['sales', 2]] }).agent('b', { groups: [['sales', 9]] });
    h.open('c1');
    expect(onlyAssignment(saveGroup(h, 'sales', { hours: null, strategy: 'most-skilled' })).agentId).toBe('b');
  });
});

describe('configuration changes that make an agent eligible assign at once', () => {
  it('lowering badRatingMax lets the agent the customer rated 2 take the waiting conversation', () => {
    const h = patient(new Harness().group('sales'));
    h.agent('s1', { groups: ['sales'] });
    h.open('first', { customerId: 'vip' });
    rate(h, 'first', 2);
    h.close('first');
    h.open('second', { customerId: 'vip' });
    expect(h.status('second')).toBe('queued');
    const events = h.run({ type: 'ConfigureTenant', settings: { badRatingMax: 1 } });
    expect(onlyAssignment(events)).toMatchObject({ conversationId: 'second', agentId: 's1' });
  });

  it('allowing cross-department transfers offers a waiting group transfer to the free member of another department', () => {
    const h = patient(new Harness().group('front').group('tech'));
    for (const id of ['sales', 'support'])
      h.run({ type: 'SaveDepartment', department: { id, name: id, parentId: null } });
    transferSettings(h, { crossDepartment: 'forbidden' });
    h.agent('a', { groups: ['front'], departmentId: 'sales' });
    h.agent('t-same', { groups: ['tech'], departmentId: 'sales' });
    h.agent('t-other', { groups: ['tech'], departmentId: 'support' });
    h.open('c1', { agentId: 'a' });
    h.open('x1', { agentId: 't-same' });
    h.run({
      type: 'RequestTransfer',
      transferId: 'tr1',
      conversationId: 'c1',
      initiatorId: 'a',
      target: toGroup('tech'),
      note: note(),
    });
    expect(h.state.transfers.get('tr1')?.targetAgentId).toBeNull(); // waits for t-same
    const events = transferSettings(h, { crossDepartment: 'allowed' }).log.slice(-2);
    expect(eventsOf(events, 'TransferOffered')).toMatchObject([{ transferId: 'tr1', agentId: 't-other' }]);
  });

  it('moving the initiator into the target’s department offers the waiting transfer', () => {
    const h = patient(new Harness().group('front').group('tech'));
    for (const id of ['sales', 'support'])
      h.run({ type: 'SaveDepartment', department: { id, name: id, parentId: null } });
    transferSettings(h, { crossDepartment: 'forbidden' });
    h.agent('a', { groups: ['front'], departmentId: 'sales' });
    h.agent('t-same', { groups: ['tech'], departmentId: 'sales' });
    h.agent('t-other', { groups: ['tech'], departmentId: 'support' });
    h.open('c1', { agentId: 'a' });
    h.open('x1', { agentId: 't-same' });
    h.run({
      type: 'RequestTransfer',
      transferId: 'tr1',
      conversationId: 'c1',
      initiatorId: 'a',
      target: toGroup('tech'),
      note: note(),
    });
    const agent = h.state.agents.get('a')!;
    const events = h.run({
      type: 'SaveAgent',
      agent: {
        id: 'a',
        name: 'a',
        role: agent.role,
        level: agent.level,
        departmentId: 'support',
        memberships: agent.memberships,
        languages: agent.languages,
        maxConcurrent: agent.maxConcurrent,
      },
    });
    expect(eventsOf(events, 'TransferOffered')).toMatchObject([{ transferId: 'tr1', agentId: 't-other' }]);
  });
});
