/**
 * Quick replies in the composer, the pure part: which replies a `/` search finds (by shortcut, title
 * and text, Chinese too; the conversation's language first) and the variables filled when one is
 * inserted — `{customerName}` / `{客户名}` and `{agentName}` / `{客服名}`.
 */
import type { QuickReply } from './types.js';

/** A reply as the picker lists it: the tenant's (shared) or the agent's own (personal). */
export interface LibraryReply extends QuickReply {
  readonly scope: 'tenant' | 'personal';
}

export interface ReplyVariables {
  readonly customerName: string;
  readonly agentName: string;
}

/** Variable names and what fills them; each has an English and a Chinese spelling. */
const variables: readonly (readonly [RegExp, keyof ReplyVariables])[] = [
  [/\{\s*(?:customerName|客户名|客户姓名)\s*\}/g, 'customerName'],
  [/\{\s*(?:agentName|客服名|客服姓名)\s*\}/g, 'agentName'],
];

/** The reply's text with its variables filled; unknown `{…}` are left as written. */
export function fillVariables(text: string, values: ReplyVariables): string {
  return variables.reduce((result, [pattern, key]) => result.replace(pattern, () => values[key]), text);
}

/** `zh-CN` and `zh` are the same language for choosing replies. */
const primary = (language: string): string => language.toLowerCase().split('-')[0] ?? '';

/** Whether a reply suits a conversation in `language` (a reply without a language suits every one). */
export const suits = (reply: QuickReply, language: string): boolean =>
  reply.language === undefined || primary(reply.language) === primary(language);

/** How well a reply matches a query: lower is better, null when it does not match. */
function rank(reply: QuickReply, query: string): number | null {
  if (query === '') return 3;
  const shortcut = reply.shortcut?.toLowerCase() ?? '';
  if (shortcut.startsWith(query)) return 0;
  if (shortcut.includes(query)) return 1;
  if (reply.title.toLowerCase().includes(query)) return 2;
  if (reply.text.toLowerCase().includes(query)) return 3;
  return null;
}

/** At most this many rows in the picker: enough to scan, bounded however large the library. */
export const PICKER_ROWS = 8;

/**
 * The replies a `/query` finds, best first: better matches first, then the conversation's language
 * before others, then personal before shared, then library order.
 */
export function searchReplies(library: readonly LibraryReply[], query: string, language: string): LibraryReply[] {
  const wanted = query.trim().toLowerCase();
  return library
    .flatMap((reply, index) => {
      const score = rank(reply, wanted);
      return score === null
        ? []
        : [{ reply, key: [score, suits(reply, language) ? 0 : 1, reply.scope === 'personal' ? 0 : 1, index] }];
    })
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i += 1) {
        const difference = (a.key[i] ?? 0) - (b.key[i] ?? 0);
        if (difference !== 0) return difference;
      }
      return 0;
    })
    .slice(0, PICKER_ROWS)
    .map((entry) => entry.reply);
}

/** The `/query` being typed at the caret: where it starts and what follows the slash, or null. */
export function slashQuery(text: string, caret: number): { readonly start: number; readonly query: string } | null {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)\/([^\s/]{0,32})$/u.exec(before);
  if (match === null) return null;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
}
