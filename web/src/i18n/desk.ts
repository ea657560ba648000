/**
 * Strings of the desk fixes of issue 17 shared by the workspace, the wallboard and the drawer: who
 * the customer is (the visitor label, contact details, page, device), the labels screen readers
 * announce, and why a colleague is not offered in the transfer dialog.
 */
import type { Strings } from './index.js';

const en = {
  messagesLabel: 'Messages',
  visitor: 'Visitor {{tag}}',
  contact: 'Contact',
  page: 'Current page',
  referrer: 'Came from',
  device: 'Device',
  mobile: 'mobile',
  desktop: 'desktop',
  topic: 'Topic',
  siteAttributes: 'Site attributes',
  language_zh: 'Chinese',
  language_en: 'English',
  topic_presales: 'Before buying',
  topic_orders: 'Orders and delivery',
  topic_refunds: 'Returns and refunds',
  topic_tech: 'Technical problem',
  topic_other: 'Something else',
};

export const desk: Strings<typeof en> = {
  en,
  'zh-CN': {
    messagesLabel: '消息记录',
    visitor: '访客 {{tag}}',
    contact: '联系方式',
    page: '当前页面',
    referrer: '来源页面',
    device: '设备',
    mobile: '手机',
    desktop: '电脑',
    topic: '咨询类型',
    siteAttributes: '网站传入的属性',
    language_zh: '中文',
    language_en: '英文',
    topic_presales: '售前咨询',
    topic_orders: '订单与物流',
    topic_refunds: '退换货与退款',
    topic_tech: '技术问题',
    topic_other: '其他问题',
  },
};
