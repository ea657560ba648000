/**
 * The agent workspace's keyboard workflow (issue 17): move between conversations, reach the reply
 * box, open the transfer dialog, close the conversation and show the help panel listing all of
 * them. Every shortcut but `?` takes Alt (⌥ on a Mac, matched by key position so ⌥R still counts),
 * so none clashes with typing; `?` opens the help only when the focus is not in a text field.
 * Alt+←/→ (the browser's back and forward) and the letters browsers use for their menus are avoided.
 */
import { useEffect, useRef } from 'react';

/** What a shortcut asks for; the transfer shortcut is AgentWorkspace's `isTransferShortcut`. */
export type ShortcutAction = 'next' | 'previous' | 'focusComposer' | 'close' | 'help';

/** The shortcuts as the help panel lists them (keys as shown, action), in the order shown. */
export const shortcutList: readonly { readonly keys: readonly string[]; readonly action: string }[] = [
  { keys: ['Alt', '↓'], action: 'next' },
  { keys: ['Alt', '↑'], action: 'previous' },
  { keys: ['Alt', 'R'], action: 'focusComposer' },
  { keys: ['/'], action: 'quickReply' },
  { keys: ['Enter'], action: 'send' },
  { keys: ['Shift', 'Enter'], action: 'newLine' },
  { keys: ['Alt', 'T'], action: 'transfer' },
  { keys: ['Alt', 'X'], action: 'close' },
  { keys: ['?'], action: 'help' },
  { keys: ['Esc'], action: 'dismiss' },
];

const editable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The workspace action a key press asks for, or null. Ctrl+T / ⌘T stays with isTransferShortcut. */
export function shortcutOf(event: KeyboardEvent): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (event.altKey && !event.shiftKey) {
    if (event.key === 'ArrowDown') return 'next';
    if (event.key === 'ArrowUp') return 'previous';
    if (event.code === 'KeyR') return 'focusComposer';
    if (event.code === 'KeyX') return 'close';
    if (event.code === 'Slash') return 'help';
    return null;
  }
  if (!event.altKey && event.key === '?' && !editable(event.target)) return 'help';
  return null;
}

/** The conversation ids in the order the list shows them (mine, waiting, dormant). */
export function listedConversations(): string[] {
  const prefix = 'conversation-item-';
  return [...document.querySelectorAll<HTMLElement>(`[data-testid^="${prefix}"]`)].map((item) =>
    (item.dataset.testid ?? '').slice(prefix.length),
  );
}

/** The conversation `step` places after (or before) `current` in `ids`, wrapping round; null when there is none. */
export function stepThrough(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index === -1) return (step === 1 ? ids[0] : ids[ids.length - 1]) ?? null;
  return ids[(index + step + ids.length) % ids.length] ?? null;
}

/** Puts the focus in the chat's reply box, if one is shown. */
export function focusComposer(): void {
  document.querySelector<HTMLTextAreaElement>('[data-testid="chat-input"]')?.focus();
}

/** Calls `handle` for each workspace shortcut pressed anywhere on the page. */
export function useShortcuts(handle: (action: ShortcutAction) => void): void {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.repeat && event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const action = shortcutOf(event);
      if (action === null) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
