/**
 * The `/` search of quick replies in the composer (issue 17): typing `/` (at the start or after a
 * space) opens a list of the tenant's and the agent's own replies matching what follows, by
 * shortcut, title or text (Chinese too); ↑/↓ move, Enter or Tab inserts the chosen one with its
 * variables filled (the customer's and the agent's names), Esc closes the list. A mouse click
 * inserts too. The list is an ARIA listbox tied to the text box, so screen readers follow it.
 *
 * `data-testid`s: `reply-picker`, rows `reply-option-<tenant|personal>-<id>` (`aria-selected` on the
 * active one),
 * `reply-picker-empty`.
 */
import { Tag, Typography } from 'antd';
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fillVariables, searchReplies, slashQuery, type LibraryReply, type ReplyVariables } from './quickReplyText.js';
import type { QuickReply } from './types.js';
import { usePersonalReplies } from './usePersonalReplies.js';

export const PICKER_ID = 'reply-picker';
/** Unique in the page: a personal and a shared reply may have the same id. */
const optionId = (reply: LibraryReply): string => `reply-option-${reply.scope}-${reply.id}`;

export interface ReplyPicker {
  readonly open: boolean;
  readonly rows: readonly LibraryReply[];
  readonly active: number;
  /** Handles the picker's keys; true when the key was the picker's (the composer must not send). */
  readonly onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  /** Tell the picker where the caret is (after every change or selection move). */
  readonly onCaret: (caret: number) => void;
  readonly insert: (reply: QuickReply) => void;
  /** ARIA attributes for the text box. */
  readonly inputProps: Record<string, string | boolean | undefined>;
}

export function useReplyPicker(options: {
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly tenantReplies: readonly QuickReply[];
  readonly language: string;
  readonly variables: ReplyVariables;
  /** Moves the caret after an insert (the text box's own). */
  readonly placeCaret: (caret: number) => void;
}): ReplyPicker {
  const { text, setText, tenantReplies, language, variables, placeCaret } = options;
  const personal = usePersonalReplies().replies;
  const [caret, setCaret] = useState(text.length);
  const [active, setActive] = useState(0);
  /** The `/` the agent closed the list for with Esc: it stays closed until another one is typed. */
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const library = useMemo<LibraryReply[]>(
    () => [
      ...personal.map((reply) => ({ ...reply, scope: 'personal' as const })),
      ...tenantReplies.map((reply) => ({ ...reply, scope: 'tenant' as const })),
    ],
    [personal, tenantReplies],
  );
  const query = slashQuery(text, Math.min(caret, text.length));
  const open = query !== null && query.start !== dismissedAt && library.length > 0;
  const rows = open ? searchReplies(library, query.query, language) : [];
  const current = Math.min(active, Math.max(rows.length - 1, 0));

  const insert = (reply: QuickReply): void => {
    const at = query ?? { start: caret, query: '' };
    const end = at.start + 1 + at.query.length;
    const filled = fillVariables(reply.text, variables);
    setText(`${text.slice(0, at.start)}${filled}${text.slice(end)}`);
    setActive(0);
    const next = at.start + filled.length;
    setCaret(next);
    placeCaret(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || event.nativeEvent.isComposing || event.altKey || event.ctrlKey || event.metaKey) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (rows.length > 0) setActive((current + (event.key === 'ArrowDown' ? 1 : rows.length - 1)) % rows.length);
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(query.start);
      return true;
    }
    if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey && rows[current] !== undefined) {
      event.preventDefault();
      insert(rows[current]);
      return true;
    }
    return false;
  };

  return {
    open,
    rows,
    active: current,
    onKeyDown,
    onCaret: (next) => {
      setCaret(next);
      setActive((previous) => (next === caret ? previous : 0));
      if (dismissedAt !== null && slashQuery(text, next)?.start !== dismissedAt) setDismissedAt(null);
    },
    insert,
    inputProps: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': open,
      'aria-controls': open ? PICKER_ID : undefined,
      'aria-activedescendant': open && rows[current] !== undefined ? optionId(rows[current]) : undefined,
    },
  };
}

/** The list the picker shows above the text box while a `/` search is open. */
export function CannedReplyPicker({ picker }: { readonly picker: ReplyPicker }): ReactNode {
  const { t } = useTranslation('canned');
  if (!picker.open) return null;
  return (
    <div
      id={PICKER_ID}
      data-testid="reply-picker"
      role="listbox"
      aria-label={t('pickerLabel')}
      style={{
        border: '1px solid #d9d9d9',
        borderRadius: 6,
        maxHeight: 240,
        overflowY: 'auto',
        background: '#fff',
        boxShadow: '0 2px 8px rgba(0,0,0,0.12)',
      }}
    >
      {picker.rows.length === 0 ? (
        <Typography.Text type="secondary" data-testid="reply-picker-empty" style={{ display: 'block', padding: 8 }}>
          {t('noMatch')}
        </Typography.Text>
      ) : (
        picker.rows.map((reply, index) => (
          <div
            key={`${reply.scope}-${reply.id}`}
            id={optionId(reply)}
            role="option"
            aria-selected={index === picker.active}
            data-testid={optionId(reply)}
            onMouseDown={(event) => {
              // Keep the focus in the text box.
              event.preventDefault();
              picker.insert(reply);
            }}
            style={{
              padding: '4px 8px',
              cursor: 'pointer',
              background: index === picker.active ? '#e6f4ff' : undefined,
            }}
          >
            <Typography.Text strong>
              {reply.shortcut === undefined ? reply.title : `/${reply.shortcut}`}
            </Typography.Text>{' '}
            {reply.shortcut === undefined ? null : <Typography.Text type="secondary">{reply.title} </Typography.Text>}
            <Tag variant="filled" color={reply.scope === 'personal' ? 'green' : 'blue'}>
              {t(reply.scope === 'personal' ? 'scopePersonal' : 'scopeTenant')}
            </Tag>
            {reply.language === undefined ? null : <Tag variant="filled">{reply.language}</Tag>}
            <div>
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: '100%' }}>
                {reply.text}
              </Typography.Text>
            </div>
          </div>
        ))
      )}
    </div>
  );
}
