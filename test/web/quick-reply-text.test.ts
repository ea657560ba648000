/**
 * The composer's quick reply logic (web/src/pages/agent/quickReplyText.ts): the `/query` at the
 * caret, the search by shortcut, title and text (Chinese too) with the conversation's language and
 * the agent's own replies first, and the variables filled in either spelling.
 */
import { describe, expect, it } from 'vitest';
import {
  fillVariables,
  PICKER_ROWS,
  searchReplies,
  slashQuery,
  type LibraryReply,
} from '../../web/src/pages/agent/quickReplyText.js';

const library: LibraryReply[] = [
  {
    scope: 'tenant',
    id: 'thanks-en',
    title: 'Thanks',
    text: 'Thank you {customerName}!',
    shortcut: 'thanks',
    language: 'en-US',
  },
  {
    scope: 'tenant',
    id: 'thanks-zh',
    title: '感谢',
    text: '{客户名}，感谢您的耐心等待。',
    shortcut: 'thanks',
    language: 'zh-CN',
  },
  { scope: 'tenant', id: 'any', title: 'Wait', text: 'One moment / 请稍候', shortcut: 'wait' },
  { scope: 'personal', id: 'mine', title: 'My thanks', text: 'Cheers!', shortcut: 'thx' },
];
const ids = (found: readonly LibraryReply[]): string[] => found.map((reply) => reply.id);

describe('quick replies in the composer', () => {
  it('find the /query typed at the caret, only at the start or after a space', () => {
    expect(slashQuery('/tha', 4)).toEqual({ start: 0, query: 'tha' });
    expect(slashQuery('Hello /感谢', 9)).toEqual({ start: 6, query: '感谢' });
    expect(slashQuery('Hello /感谢 there', 9)).toEqual({ start: 6, query: '感谢' });
    expect(slashQuery('and/or', 6)).toBeNull();
    expect(slashQuery('/thanks now', 11)).toBeNull();
    expect(slashQuery('', 0)).toBeNull();
  });

  it('search by shortcut, then title, then text — Chinese too — the conversation’s language first', () => {
    expect(ids(searchReplies(library, 'thanks', 'en'))).toEqual(['thanks-en', 'thanks-zh', 'mine']);
    expect(ids(searchReplies(library, 'thanks', 'zh-CN'))).toEqual(['thanks-zh', 'thanks-en', 'mine']);
    expect(ids(searchReplies(library, '耐心', 'en'))).toEqual(['thanks-zh']);
    expect(ids(searchReplies(library, '稍候', 'zh-CN'))).toEqual(['any']);
    expect(ids(searchReplies(library, 'nothing like it', 'en'))).toEqual([]);
    // Everything for a bare "/", the agent's own first among equals, at most a screenful.
    expect(ids(searchReplies(library, '', 'en'))[0]).toBe('mine');
    const big = Array.from({ length: 50 }, (_, i) => ({
      scope: 'tenant' as const,
      id: `r${i}`,
      title: 'T',
      text: 'x',
    }));
    expect(searchReplies(big, '', 'en')).toHaveLength(PICKER_ROWS);
  });

  it('fill the customer’s and the agent’s names in English or Chinese spelling', () => {
    const names = { customerName: '王小明', agentName: 'Chen Jing' };
    expect(fillVariables('Hi {customerName}, {agentName} here.', names)).toBe('Hi 王小明, Chen Jing here.');
    expect(fillVariables('{客户名}您好，我是{客服名}。{ 客户姓名 }', names)).toBe('王小明您好，我是Chen Jing。王小明');
    expect(fillVariables('Keep {unknown} and $& as written', names)).toBe('Keep {unknown} and $& as written');
  });
});
