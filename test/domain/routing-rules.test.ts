/**
 * Routing rules (DESIGN.md §3.1): ordered rules, first match wins, turn a new conversation and its
 * customer into a skill group, a priority, a directed agent and labels; a default group per entry
 * point, then the tenant's default, catch the rest; with none, the conversation is refused.
 */
import { describe, expect, it } from 'vitest';
import { newCustomer, type CustomerProfile } from '../../src/domain/customer.js';
import { classify, ruleMatches, type Intake, type RoutingRule } from '../../src/domain/routing-rules.js';
import { defaultSettings, type TenantSettings } from '../../src/domain/settings.js';
import { Harness, T0, eventsOf } from '../support/harness.js';
import { HOUR, MINUTE, ms, onlyAssignment, opened, rule, saveRules } from '../support/routing-helpers.js';

const settings: TenantSettings = { ...defaultSettings, defaultGroupId: 'general' };

function intake(extra: Partial<Omit<Intake, 'customer'>> & { customer?: Partial<CustomerProfile> } = {}): Intake {
  const { customer, ...rest } = extra;
  return {
    text: '',
    channel: 'web',
    source: 'website',
    language: null,
    businessType: null,
    attributes: {},
    ...rest,
    customer: { ...newCustomer('cust'), ...customer },
  };
}

/** Whether a single rule with these conditions matches the intake at `now`. */
const matches = (
  conditions: RoutingRule['conditions'],
  input: Intake,
  now = T0,
  tenant: TenantSettings = settings,
): boolean => ruleMatches(rule('r', conditions, { groupId: 'x' }), input, tenant, now);

/** The group `classify` picks for a single rule with these conditions. */
const groupFor = (conditions: RoutingRule['conditions'], input: Intake, now = T0): string | null =>
  classify([rule('r', conditions, { groupId: 'matched' })], input, settings, now).groupId;

describe('rule conditions', () => {
  it('keywords "any": one of the words is enough, case-insensitively', () => {
    const conditions = { keywords: { any: ['Refund', 'chargeback'] } };
    expect(groupFor(conditions, intake({ text: 'I want a REFUND please' }))).toBe('matched');
    expect(groupFor(conditions, intake({ text: 'there was a CHARGEBACK' }))).toBe('matched');
    expect(groupFor(conditions, intake({ text: 'where is my parcel' }))).toBe('general');
    expect(groupFor(conditions, intake({ text: '' }))).toBe('general');
  });

  it('keywords "all": every word must appear, in any order and case', () => {
    const conditions = { keywords: { all: ['invoice', 'VAT'] } };
    expect(groupFor(conditions, intake({ text: 'my vat number is missing on the Invoice' }))).toBe('matched');
    expect(groupFor(conditions, intake({ text: 'my invoice is wrong' }))).toBe('general');
    expect(groupFor(conditions, intake({ text: 'VAT question' }))).toBe('general');
  });

  it('keywords match Chinese text without word boundaries', () => {
    const any = { keywords: { any: ['退款', '投诉'] } };
    expect(groupFor(any, intake({ text: '你好，我想申请退款，谢谢' }))).toBe('matched');
    expect(groupFor(any, intake({ text: '我要投诉你们的快递' }))).toBe('matched');
    expect(groupFor(any, intake({ text: '请问酒店几点入住' }))).toBe('general');

    const all = { keywords: { all: ['发票', '重开'] } };
    expect(groupFor(all, intake({ text: '发票抬头错了，需要重开' }))).toBe('matched');
    expect(groupFor(all, intake({ text: '发票什么时候寄出' }))).toBe('general');
  });

  it('keywords "any" and "all" together must both hold', () => {
    const conditions = { keywords: { any: ['hotel', '酒店'], all: ['cancel'] } };
    expect(groupFor(conditions, intake({ text: 'Cancel my 酒店 booking' }))).toBe('matched');
    expect(groupFor(conditions, intake({ text: 'cancel my flight' }))).toBe('general');
    expect(groupFor(conditions, intake({ text: 'hotel check-in time' }))).toBe('general');
  });

  it('channel and source must be among those listed', () => {
    expect(groupFor({ channels: ['wechat', 'app'] }, intake({ channel: 'wechat' }))).toBe('matched');
    expect(groupFor({ channels: ['wechat', 'app'] }, intake({ channel: 'web' }))).toBe('general');
    expect(groupFor({ sources: ['douyin'] }, intake({ source: 'douyin' }))).toBe('matched');
    expect(groupFor({ sources: ['douyin'] }, intake({ source: 'website' }))).toBe('general');
  });

  it("language: the intake's language, else the customer's", () => {
    const conditions = { languages: ['en-US'] };
    expect(groupFor(conditions, intake({ language: 'en-US' }))).toBe('matched');
    expect(groupFor(conditions, intake({ language: 'zh-CN' }))).toBe('general');
    expect(groupFor(conditions, intake({ customer: { language: 'en-US' } }))).toBe('matched');
    expect(groupFor(conditions, intake({ language: 'zh-CN', customer: { language: 'en-US' } }))).toBe('general');
    expect(groupFor(conditions, intake())).toBe('general');
  });

  it('VIP level: min and max are inclusive bounds', () => {
    const atLeast3 = { vipLevel: { min: 3 } };
    expect(groupFor(atLeast3, intake({ customer: { vipLevel: 2 } }))).toBe('general');
    expect(groupFor(atLeast3, intake({ customer: { vipLevel: 3 } }))).toBe('matched');
    expect(groupFor(atLeast3, intake({ customer: { vipLevel: 9 } }))).toBe('matched');

    const band = { vipLevel: { min: 1, max: 2 } };
    expect(groupFor(band, intake({ customer: { vipLevel: 0 } }))).toBe('general');
    expect(groupFor(band, intake({ customer: { vipLevel: 1 } }))).toBe('matched');
    expect(groupFor(band, intake({ customer: { vipLevel: 2 } }))).toBe('matched');
    expect(groupFor(band, intake({ customer: { vipLevel: 3 } }))).toBe('general');
  });

  it('customer labels: any, all and none', () => {
    const any = { labels: { any: ['celebrity', 'press'] } };
    expect(groupFor(any, intake({ customer: { labels: ['press'] } }))).toBe('matched');
    expect(groupFor(any, intake({ customer: { labels: ['loyal'] } }))).toBe('general');
    expect(groupFor(any, intake())).toBe('general');

    const all = { labels: { all: ['vip', 'complaint-prone'] } };
    expect(groupFor(all, intake({ customer: { labels: ['complaint-prone', 'vip', 'x'] } }))).toBe('matched');
    expect(groupFor(all, intake({ customer: { labels: ['vip'] } }))).toBe('general');

    const none = { labels: { none: ['complaint-prone'] } };
    expect(groupFor(none, intake({ customer: { labels: ['vip'] } }))).toBe('matched');
    expect(groupFor(none, intake())).toBe('matched');
    expect(groupFor(none, intake({ customer: { labels: ['vip', 'complaint-prone'] } }))).toBe('general');
  });

  it('business type must be among those listed; a missing one never matches', () => {
    const conditions = { businessTypes: ['after-sales', 'refund'] };
    expect(groupFor(conditions, intake({ businessType: 'refund' }))).toBe('matched');
    expect(groupFor(conditions, intake({ businessType: 'pre-sales' }))).toBe('general');
    expect(groupFor(conditions, intake({ businessType: null }))).toBe('general');
  });

  it('entry-point attributes: every listed attribute must hold one of its values', () => {
    const conditions = { attributes: { orderStatus: ['refunding', 'disputed'], region: ['overseas'] } };
    const both = { orderStatus: 'disputed', region: 'overseas' };
    expect(groupFor(conditions, intake({ attributes: both }))).toBe('matched');
    expect(groupFor(conditions, intake({ attributes: { orderStatus: 'shipped', region: 'overseas' } }))).toBe(
      'general',
    );
    expect(groupFor(conditions, intake({ attributes: { orderStatus: 'refunding' } }))).toBe('general');
    expect(groupFor(conditions, intake())).toBe('general');
  });

  it('every condition present must hold at once', () => {
    const conditions = { channels: ['app'], vipLevel: { min: 2 }, keywords: { any: ['退款'] } };
    const good = { channel: 'app', text: '退款', customer: { vipLevel: 2 } };
    expect(groupFor(conditions, intake(good))).toBe('matched');
    expect(groupFor(conditions, intake({ ...good, channel: 'web' }))).toBe('general');
    expect(groupFor(conditions, intake({ ...good, text: '发货' }))).toBe('general');
    expect(groupFor(conditions, intake({ ...good, customer: { vipLevel: 1 } }))).toBe('general');
  });

  it('a rule without conditions matches everything', () => {
    expect(matches({}, intake())).toBe(true);
    expect(matches({}, intake({ channel: 'phone', text: 'anything', customer: { vipLevel: 7 } }))).toBe(true);
  });
});

describe('time-of-day conditions', () => {
  /** 2026-03-02 (a Monday) at hh:mm UTC. */
  const monday = (hour: number, minute = 0): number => Date.UTC(2026, 2, 2, hour, minute);

  it("a window [from, to) in the tenant's zone (UTC by default)", () => {
    const office = { time: { from: '09:00', to: '18:00' } };
    expect(matches(office, intake(), monday(8, 59))).toBe(false);
    expect(matches(office, intake(), monday(9, 0))).toBe(true);
    expect(matches(office, intake(), monday(17, 59))).toBe(true);
    expect(matches(office, intake(), monday(18, 0))).toBe(false);
  });

  it('a window with from > to spans midnight', () => {
    const night = { time: { from: '22:00', to: '06:00' } };
    expect(matches(night, intake(), monday(21, 59))).toBe(false);
    expect(matches(night, intake(), monday(22, 0))).toBe(true);
    expect(matches(night, intake(), monday(23, 30))).toBe(true);
    expect(matches(night, intake(), monday(0, 0))).toBe(true);
    expect(matches(night, intake(), monday(5, 59))).toBe(true);
    expect(matches(night, intake(), monday(6, 0))).toBe(false);
    expect(matches(night, intake(), monday(12, 0))).toBe(false);
  });

  it('days restrict the window to ISO weekdays', () => {
    const weekend = { time: { days: [6, 7], from: '00:00', to: '24:00' } };
    const saturday = Date.UTC(2026, 2, 7, 12, 0);
    const sunday = Date.UTC(2026, 2, 8, 23, 59);
    expect(matches(weekend, intake(), monday(12))).toBe(false);
    expect(matches(weekend, intake(), saturday)).toBe(true);
    expect(matches(weekend, intake(), sunday)).toBe(true);

    const mondayMornings = { time: { days: [1], from: '09:00', to: '12:00' } };
    expect(matches(mondayMornings, intake(), monday(10))).toBe(true);
    expect(matches(mondayMornings, intake(), monday(10) + 86_400_000)).toBe(false);
  });

  it("the rule's own time zone decides the local time and the weekday", () => {
    const shanghaiOffice = { time: { from: '09:00', to: '18:00', timeZone: 'Asia/Shanghai' } };
    // 02:00 UTC = 10:00 in Shanghai; 11:00 UTC = 19:00 in Shanghai.
    expect(matches(shanghaiOffice, intake(), monday(2))).toBe(true);
    expect(matches(shanghaiOffice, intake(), monday(11))).toBe(false);
    expect(matches(shanghaiOffice, intake(), monday(0, 59))).toBe(false);
    expect(matches(shanghaiOffice, intake(), monday(1, 0))).toBe(true);

    // Monday 20:00 UTC is already Tuesday 04:00 in Shanghai.
    const tuesdayInShanghai = { time: { days: [2], from: '00:00', to: '24:00', timeZone: 'Asia/Shanghai' } };
    const mondayInShanghai = { time: { days: [1], from: '00:00', to: '24:00', timeZone: 'Asia/Shanghai' } };
    expect(matches(tuesdayInShanghai, intake(), monday(20))).toBe(true);
    expect(matches(mondayInShanghai, intake(), monday(20))).toBe(false);
  });

  it("without a rule zone, the tenant's time zone applies", () => {
    const office = { time: { from: '09:00', to: '18:00' } };
    const shanghaiTenant = { ...settings, timeZone: 'Asia/Shanghai' };
    expect(matches(office, intake(), monday(2), shanghaiTenant)).toBe(true);
    expect(matches(office, intake(), monday(12), shanghaiTenant)).toBe(false);
    expect(matches(office, intake(), monday(12), settings)).toBe(true);
  });
});

describe('classify', () => {
  it('the first matching rule wins; later matches are ignored', () => {
    const rules = [
      rule('vip', { vipLevel: { min: 3 } }, { groupId: 'vip', priority: 5 }),
      rule('refund', { keywords: { any: ['refund'] } }, { groupId: 'refunds', priority: 1 }),
    ];
    const both = classify(rules, intake({ text: 'refund', customer: { vipLevel: 4 } }), settings, T0);
    expect(both.rule).toEqual({ id: 'vip', name: 'vip' });
    expect(both.groupId).toBe('vip');
    expect(both.priority).toBe(5);

    const second = classify(rules, intake({ text: 'refund' }), settings, T0);
    expect(second.rule).toEqual({ id: 'refund', name: 'refund' });
    expect(second.groupId).toBe('refunds');
  });

  it('disabled rules are skipped', () => {
    const rules = [
      rule('off', {}, { groupId: 'never' }, { enabled: false }),
      rule('on', { channels: ['web'] }, { groupId: 'web' }),
    ];
    const result = classify(rules, intake(), settings, T0);
    expect(result.rule?.id).toBe('on');
    expect(result.groupId).toBe('web');
    expect(ruleMatches(rules[0]!, intake(), settings, T0)).toBe(false);
  });

  it('actions: group, added priority, directed agent and labels', () => {
    const rules = [
      rule(
        'celebrity',
        { labels: { any: ['celebrity'] } },
        { groupId: 'vip', priority: 10, agentId: 'ann', labels: ['sensitive', 'vip'] },
        { name: 'Celebrities' },
      ),
    ];
    expect(classify(rules, intake({ customer: { labels: ['celebrity'] } }), settings, T0)).toEqual({
      rule: { id: 'celebrity', name: 'Celebrities' },
      groupId: 'vip',
      priority: 10,
      agentId: 'ann',
      labels: ['sensitive', 'vip'],
    });
  });

  it("a matching rule without a group keeps the entry point's default group", () => {
    const rules = [rule('tag', { keywords: { any: ['urgent'] } }, { priority: 3, labels: ['urgent'] })];
    const bySource = { ...settings, defaultGroupBySource: { douyin: 'douyin-team' } };
    const result = classify(rules, intake({ text: 'URGENT', source: 'douyin' }), bySource, T0);
    expect(result).toEqual({
      rule: { id: 'tag', name: 'tag' },
      groupId: 'douyin-team',
      priority: 3,
      agentId: null,
      labels: ['urgent'],
    });
    expect(classify(rules, intake({ text: 'urgent' }), bySource, T0).groupId).toBe('general');
  });

  it("no rule matches: the entry point's default group, then the tenant's default", () => {
    const bySource = { ...settings, defaultGroupBySource: { douyin: 'douyin-team' } };
    const fromDouyin = classify([], intake({ source: 'douyin' }), bySource, T0);
    expect(fromDouyin).toEqual({ rule: null, groupId: 'douyin-team', priority: 0, agentId: null, labels: [] });
    expect(classify([], intake({ source: 'website' }), bySource, T0).groupId).toBe('general');
  });

  it('no rule, no entry-point default and no tenant default: no group', () => {
    const bare = { ...settings, defaultGroupId: null };
    expect(classify([], intake(), bare, T0).groupId).toBeNull();
  });

  it("an entry point whose name is an Object.prototype key still falls back to the tenant's default", () => {
    const bySource = { ...settings, defaultGroupBySource: { douyin: 'douyin-team' } };
    for (const source of ['constructor', 'toString', 'hasOwnProperty']) {
      expect(classify([], intake({ source }), bySource, T0).groupId).toBe('general');
    }
  });
});

describe('classification through OpenConversation', () => {
  function tenant(): Harness {
    const h = new Harness()
      .group('general')
      .group('vip')
      .group('refunds')
      .group('douyin-team')
      .agent('g1', { groups: ['general'], max: 5 })
      .agent('v1', { groups: ['vip'], max: 5 })
      .agent('r1', { groups: ['refunds'], max: 5 })
      .agent('d1', { groups: ['douyin-team'], max: 5 })
      .agent('ann', { groups: ['vip'], max: 5 });
    h.settings({ defaultGroupBySource: { douyin: 'douyin-team' } });
    saveRules(h, [
      rule('off', {}, { groupId: 'refunds' }, { enabled: false }),
      rule(
        'vip',
        { vipLevel: { min: 3 }, labels: { none: ['complaint-prone'] } },
        { groupId: 'vip', priority: 5, labels: ['vip'] },
        { name: 'VIP customers' },
      ),
      rule('refund', { keywords: { any: ['退款', 'refund'] } }, { groupId: 'refunds', priority: 2 }),
      rule('celebrity', { labels: { any: ['celebrity'] } }, { groupId: 'vip', agentId: 'ann', labels: ['sensitive'] }),
    ]);
    return h;
  }

  it("the first matching rule sets the conversation's group, routedBy, priority and labels", () => {
    const h = tenant().customer('big', { vipLevel: 4 });
    const events = h.open('c1', { customerId: 'big', text: '我要退款' });
    const conversation = h.conversation('c1');
    expect(conversation.groupId).toBe('vip');
    expect(conversation.routedBy).toEqual({ id: 'vip', name: 'VIP customers' });
    expect(conversation.priority).toBe(5);
    expect(conversation.labels).toEqual(['vip']);
    expect(conversation.orderKey).toBe(T0 - ms(5 * MINUTE));
    const assigned = onlyAssignment(events);
    expect(assigned.agentId).toBe('ann');
    expect(assigned.explanation.rule).toEqual({ id: 'vip', name: 'VIP customers' });
    expect(assigned.explanation.rankedBy.groupId).toBe('vip');
  });

  it('keywords in the Chinese opening message route to the matching group, and the message is kept', () => {
    const h = tenant();
    const events = h.open('c1', { text: '你好，申请退款' });
    expect(h.conversation('c1').groupId).toBe('refunds');
    expect(h.conversation('c1').routedBy?.id).toBe('refund');
    expect(h.owner('c1')).toBe('r1');
    expect(eventsOf(events, 'MessagePosted').map((event) => event.text)).toEqual(['你好，申请退款']);
  });

  it("the rule's priority adds to the entry point's base priority", () => {
    const h = tenant();
    h.open('c1', { text: 'refund please', priority: 3 });
    expect(h.conversation('c1').priority).toBe(5);
    expect(opened(h.log).orderKey).toBe(T0 - ms(5 * MINUTE));
  });

  it("a later rule applies when an earlier one's exclusion holds (labels.none)", () => {
    const h = tenant().customer('loud', { vipLevel: 5, labels: ['complaint-prone'] });
    h.open('c1', { customerId: 'loud', text: 'refund' });
    expect(h.conversation('c1').groupId).toBe('refunds');
    expect(h.conversation('c1').routedBy?.id).toBe('refund');
    expect(h.conversation('c1').labels).toEqual([]);
  });

  it("a rule's directed agent gets the conversation, labelled by the rule", () => {
    const h = tenant().customer('star', { labels: ['celebrity'] });
    const events = h.open('c1', { customerId: 'star' });
    const assigned = onlyAssignment(events);
    expect(assigned.agentId).toBe('ann');
    expect(assigned.explanation.preferred).toBe('directed');
    expect(h.conversation('c1').labels).toEqual(['sensitive']);
    expect(h.conversation('c1').groupId).toBe('vip');
  });

  it('the disabled rule that would match everything is skipped', () => {
    const h = tenant();
    h.open('c1');
    expect(h.conversation('c1').groupId).toBe('general');
    expect(h.conversation('c1').routedBy).toBeNull();
    expect(h.owner('c1')).toBe('g1');
  });

  it("no rule: the entry point's default group, else the tenant's default", () => {
    const h = tenant();
    h.open('c1', { source: 'douyin' });
    h.open('c2', { source: 'website' });
    expect(h.conversation('c1').groupId).toBe('douyin-team');
    expect(h.conversation('c1').routedBy).toBeNull();
    expect(h.conversation('c1').priority).toBe(0);
    expect(h.owner('c1')).toBe('d1');
    expect(h.conversation('c2').groupId).toBe('general');
    expect(h.owner('c2')).toBe('g1');
  });

  it('a rule in its time window routes; outside it, the default group does', () => {
    const h = tenant();
    saveRules(h, [rule('night', { time: { from: '22:00', to: '06:00' } }, { groupId: 'vip' })]);
    h.open('day');
    h.advance(14 * HOUR); // 23:00 UTC
    h.open('night');
    expect(h.conversation('day').groupId).toBe('general');
    expect(h.conversation('night').groupId).toBe('vip');
    expect(h.conversation('night').routedBy?.id).toBe('night');
  });

  it('refuses with NO_ROUTE when no rule and no default group applies, and changes nothing', () => {
    const h = new Harness().group('douyin-team').agent('d1', { groups: ['douyin-team'] });
    h.settings({ defaultGroupId: null, defaultGroupBySource: { douyin: 'douyin-team' } });
    saveRules(h, [rule('wechat', { channels: ['wechat'] }, { groupId: 'douyin-team' })]);
    const before = h.state.conversations.size;
    const error = h.refused({
      type: 'OpenConversation',
      conversationId: 'c1',
      customerId: 'newcomer',
      channel: 'web',
      source: 'website',
      text: 'hello',
    });
    expect(error.code).toBe('NO_ROUTE');
    expect(h.state.conversations.size).toBe(before);
    expect(h.state.customers.has('newcomer')).toBe(false);
    // The same entry point with a default group, or a matching rule, is routed.
    h.open('c2', { source: 'douyin' });
    h.open('c3', { channel: 'wechat' });
    expect(h.conversation('c2').groupId).toBe('douyin-team');
    expect(h.conversation('c3').routedBy?.id).toBe('wechat');
  });

  it('a matching rule without a group, with no default group anywhere, is NO_ROUTE', () => {
    const h = new Harness().group('g').agent('a', { groups: ['g'] });
    h.settings({ defaultGroupId: null });
    saveRules(h, [rule('label-only', {}, { labels: ['seen'] })]);
    expect(
      h.refused({
        type: 'OpenConversation',
        conversationId: 'c1',
        customerId: 'x',
        channel: 'web',
        source: 'website',
        text: '',
      }).code,
    ).toBe('NO_ROUTE');
  });
});
