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
  quickReplies: [
    { id: 'greet', title: '问候 / Greeting', shortcut: 'greet', text: '您好，很高兴为您服务！/ Hello, happy to help!' },
    {
      id: 'wait',
      title: '请稍候 / One moment',
      shortcut: 'wait',
      text: '请稍候，我正在为您查询。/ One moment please, I am checking.',
    },
    {
      id: 'thanks',
      title: '感谢 / Thanks',
      shortcut: 'patience',
      text: '感谢您的耐心等待。/ Thank you for your patience.',
    },
    {
      id: 'bye',
      title: '结束 / Goodbye',
      shortcut: 'bye',
      text: '还有其他可以帮您的吗？/ Is there anything else I can help with?',
    },
    // Typed as /问候 or /hi in the reply box; the names are filled in when inserted.
    {
      id: 'hello-zh',
      title: '称呼问候',
      shortcut: '问候',
      language: 'zh-CN',
      text: '{客户名}您好，我是{客服名}，很高兴为您服务！',
    },
    {
      id: 'hello-en',
      title: 'Greeting by name',
      shortcut: 'hi',
      language: 'en-US',
      text: 'Hi {customerName}, this is {agentName}. How can I help?',
    },
  ],
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
