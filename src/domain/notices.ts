/**
 * What the customer reads about a transfer, in their language (zh-CN or en-US). Internal timeline
 * entries are for agents and stay in the tenant's working language.
 */
import type { Conversation } from './conversation.js';
import type { TenantState } from './state.js';

export type NoticeLanguage = 'zh-CN' | 'en-US';

export type NoticeKey =
  | 'transfer.pending'
  | 'transfer.accepted'
  | 'transfer.greeting'
  | 'transfer.returned'
  | 'transfer.stays'
  | 'takeover.returned';

const catalogue: Readonly<Record<NoticeKey, Readonly<Record<NoticeLanguage, string>>>> = {
  'transfer.pending': {
    'zh-CN': '正在为您转接更合适的客服，请稍候，您可以继续留言。',
    'en-US': "We're connecting you with a colleague who can help best. One moment — you can keep writing.",
  },
  'transfer.accepted': {
    'zh-CN': '已为您转接至客服 {agent}。',
    'en-US': "You're now chatting with {agent}.",
  },
  'transfer.greeting': {
    'zh-CN': '您好，我是 {agent}，已了解您的情况，很高兴继续为您服务。',
    'en-US': "Hi, I'm {agent}. I've read through your conversation and I'm happy to take it from here.",
  },
  'transfer.returned': {
    'zh-CN': '正在为您安排新的客服，请稍候。',
    'en-US': "We're finding the next available agent for you. Thanks for waiting.",
  },
  // After a rejected or timed-out transfer that leaves the conversation where it was (issue 17):
  // the customer was told "connecting you…", so they are told it did not happen and who serves them.
  'transfer.stays': {
    'zh-CN': '{agent} 将继续为您服务，请继续留言。',
    'en-US': '{agent} will keep helping you — feel free to keep writing.',
  },
  'takeover.returned': {
    'zh-CN': '抱歉让您久等了，正在为您安排下一位可以马上回复的客服。',
    'en-US': "Sorry for the wait — we're passing you to the next agent who can answer right away.",
  },
};

/** The customer's notice language: the conversation's, else the customer's, else the tenant's default. */
export function noticeLanguage(state: TenantState, conversation: Conversation): NoticeLanguage {
  const language =
    conversation.language ?? state.customers.get(conversation.customerId)?.language ?? state.settings.defaultLanguage;
  return language.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

/**
 * A catalogue text split at its `{name}` placeholders: literal, name, literal, … (odd places are
 * names). Split once per text, not once per notice.
 */
const templates = new Map<string, readonly string[]>();

function templateOf(text: string): readonly string[] {
  let parts = templates.get(text);
  if (parts === undefined) {
    parts = text.split(/\{(\w+)\}/);
    templates.set(text, parts);
  }
  return parts;
}

export function notice(
  key: NoticeKey,
  language: NoticeLanguage,
  params: Readonly<Record<string, string>> = {},
): string {
  const parts = templateOf(catalogue[key][language]);
  let text = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    // A placeholder without a value stays as written.
    text += params[name] ?? `{${name}}`;
    text += parts[index + 1] as string;
  }
  return text;
}
