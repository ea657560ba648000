/**
 * Quick replies (canned answers) and their rules, shared by the tenant's library (settings) and each
 * agent's personal one (decide-quick-replies.ts). Limits keep a hostile caller from growing the
 * tenant's state: the transport's schemas enforce the same numbers on the way in.
 */

/**
 * A canned answer an agent inserts into the chat: the tenant's, managed by admins, or an agent's
 * personal one. The text may hold variables such as `{customerName}` that the workspace fills when
 * inserting it (docs/http-api.md lists them).
 */
export interface QuickReply {
  readonly id: string;
  /** Short label shown on the button. */
  readonly title: string;
  readonly text: string;
  /** What an agent types after `/` to find it, e.g. `thanks`; absent in replies saved before shortcuts. */
  readonly shortcut?: string;
  /** The language it is written in (`zh-CN`, `en-US`); absent means any language. */
  readonly language?: string;
}

/** How many quick replies a tenant's library holds at most. */
export const MAX_TENANT_QUICK_REPLIES = 100;
/** How many personal quick replies one agent holds at most. */
export const MAX_PERSONAL_QUICK_REPLIES = 50;
export const MAX_QUICK_REPLY_TITLE = 100;
export const MAX_QUICK_REPLY_TEXT = 2000;
export const MAX_QUICK_REPLY_SHORTCUT = 32;

/** A problem with a list of quick replies, or null when it is acceptable. */
export function checkQuickReplies(replies: readonly QuickReply[], max: number): string | null {
  if (replies.length > max) return `at most ${max} quick replies`;
  if (new Set(replies.map((reply) => reply.id)).size !== replies.length) return 'quick reply ids must be unique';
  const blank = replies.find((reply) => reply.title.trim() === '' || reply.text.trim() === '');
  if (blank !== undefined) return `quick reply "${blank.id}" needs a title and a text`;
  const long = replies.find(
    (reply) =>
      reply.title.length > MAX_QUICK_REPLY_TITLE ||
      reply.text.length > MAX_QUICK_REPLY_TEXT ||
      (reply.shortcut?.length ?? 0) > MAX_QUICK_REPLY_SHORTCUT,
  );
  if (long !== undefined) return `quick reply "${long.id}" is too long`;
  const shortcuts = replies.flatMap((reply) =>
    reply.shortcut === undefined ? [] : [`${reply.language ?? '*'} ${reply.shortcut.toLowerCase()}`],
  );
  if (new Set(shortcuts).size !== shortcuts.length) return 'quick reply shortcuts must be unique per language';
  return null;
}
