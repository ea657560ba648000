/**
 * Strings of the desk fixes of issue 17 shared by the workspace, the wallboard and the drawer: who
 * the customer is (the visitor label, contact details, page, device), the labels screen readers
 * announce, and why a colleague is not offered in the transfer dialog.
 */
import type { Strings } from './index.js';

const en = {
  messagesLabel: 'Messages',
  visitor: 'Visitor {{tag}}',
};

export const desk: Strings<typeof en> = {
  en,
  'zh-CN': {
    messagesLabel: '消息记录',
    visitor: '访客 {{tag}}',
  },
};
