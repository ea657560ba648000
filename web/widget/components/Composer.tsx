/**
 * The message box: Enter sends, Shift+Enter breaks the line; each message gets its id here. Every
 * change of the text is told to `onTyping` (the agent sees the customer typing).
 */
import { useState, type SyntheticEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../new-id.js';

export interface ComposerProps {
  readonly onSend: (messageId: string, text: string) => void;
  readonly onEnd: () => void;
  readonly onTyping?: (text: string) => void;
}

export function Composer({ onSend, onEnd, onTyping }: ComposerProps) {
  const { t } = useTranslation('widget');
  const [text, setText] = useState('');
  const submit = (event?: SyntheticEvent): void => {
    event?.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') return;
    onSend(newId(), trimmed);
    setText('');
  };
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };
  return (
    <form className="sbw-composer" onSubmit={submit}>
      <textarea
        data-testid="widget-input"
        rows={2}
        maxLength={10_000}
        placeholder={t('inputPlaceholder')}
        value={text}
        onKeyDown={keyDown}
        onChange={(event) => {
          setText(event.target.value);
          onTyping?.(event.target.value);
        }}
      />
      <div className="sbw-composer-actions">
        <button type="button" className="sbw-link" data-testid="widget-end" onClick={onEnd}>
          {t('endChat')}
        </button>
        <button type="submit" className="sbw-primary" data-testid="widget-send" disabled={text.trim() === ''}>
          {t('send')}
        </button>
      </div>
    </form>
  );
}
