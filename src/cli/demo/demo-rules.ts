/**
 * The demo tenant's routing rules (first match wins, DESIGN.md §3.1), its transfer rules and its
 * settings. Rules are ordered from the most to the least specific: a VIP asking for a refund goes to
 * the VIP desk, not to after-sales.
 */
import type { RoutingRule } from '../../domain/routing-rules.js';
import type { TenantSettings } from '../../domain/settings.js';
import { defaultTransferSettings } from '../../domain/transfer.js';

export const demoRoutingRules: readonly RoutingRule[] = [
  {
    id: 'vip',
    name: 'VIP 客户优先 / VIP customers first',
    enabled: true,
    conditions: { vipLevel: { min: 2 } },
    actions: { groupId: 'vip', priority: 5, labels: ['vip'] },
  },
  {
    id: 'refund',
    name: '退款退货 / Refunds and returns',
    enabled: true,
    conditions: { keywords: { any: ['退款', '退货', 'refund', 'return'] } },
    actions: { groupId: 'after-sales', priority: 1, labels: ['refund'] },
  },
  {
    id: 'complaint',
    name: '投诉 / Complaints',
    enabled: true,
    conditions: { keywords: { any: ['投诉', 'complaint'] } },
    actions: { groupId: 'after-sales', priority: 2, labels: ['complaint'] },
  },
  {
    id: 'english',
    name: 'English-speaking customers',
    enabled: true,
    conditions: { languages: ['en', 'en-US', 'en-GB'] },
    actions: { groupId: 'english' },
  },
  {
    id: 'tech',
    name: '技术问题 / Technical issues',
    enabled: true,
    conditions: { keywords: { any: ['报错', '无法登录', '闪退', 'error', 'bug', 'crash', 'login'] } },
    actions: { groupId: 'tech' },
  },
  {
    id: 'douyin',
    name: '抖音来源 / From Douyin',
    enabled: true,
    conditions: { sources: ['douyin'] },
    actions: { groupId: 'presales', labels: ['douyin'] },
  },
];

/**
 * Tenant settings: Shanghai time, Chinese notices, the 24/7 general desk as the default group and
 * pre-sales for the website; the default transfer templates, plus a rule that suggests after-sales
 * when a customer complains mid-conversation.
 */
export const demoSettings: Partial<TenantSettings> = {
  timeZone: 'Asia/Shanghai',
  defaultLanguage: 'zh-CN',
  defaultGroupId: 'general',
  defaultGroupBySource: { website: 'presales' },
  transfer: {
    ...defaultTransferSettings,
    crossDepartment: 'allowed',
    rules: [
      {
        id: 'complaint-suggest',
        name: '投诉转售后 / Complaints to after-sales',
        enabled: true,
        when: { keywords: { any: ['投诉', 'complaint'] } },
        action: 'suggest',
        target: { kind: 'group', groupId: 'after-sales' },
        note: '客户提到投诉 / The customer mentions a complaint',
      },
    ],
  },
};
