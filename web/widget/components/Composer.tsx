/**
 * The message box: Enter sends, Shift+Enter breaks the line; each message gets its id here. Every
 * change of the text is told to `onTyping` (the agent sees the customer typing). "End chat" asks
 * first: the conversation ends only when the customer confirms.
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
  const [confirming, setConfirming] = useState(false);
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
      {confirming && (
        <div className="sbw-confirm" role="alertdialog" aria-label={t('endChat')} data-testid="widget-end-confirm">
          <span>{t('endConfirm')}</span>
          <div className="sbw-confirm-actions">
            <button
              type="button"
              className="sbw-secondary"
              data-testid="widget-end-cancel"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('endConfirmNo')}
            </button>
            <button
              type="button"
              className="sbw-primary"
              data-testid="widget-end-yes"
              onClick={() => {
                setConfirming(false);
                onEnd();
              }}
            >
              {t('endConfirmYes')}
            </button>
          </div>
        </div>
      )}
      <div className="sbw-composer-actions">
        <button
          type="button"
          className="sbw-link"
          data-testid="widget-end"
          aria-expanded={confirming}
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('endChat')}
        </button>
        <button type="submit" className="sbw-primary" data-testid="widget-send" disabled={text.trim() === ''}>
          {t('send')}
        </button>
      </div>
    </form>
  );
}
