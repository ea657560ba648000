/**
 * The message box: Enter sends, Shift+Enter breaks the line; each message gets its id here. Every
 * change of the text is told to `onTyping` (the agent sees the customer typing). "End chat" asks
 * first: the conversation ends only when the customer confirms. Pictures and files go through the
 * picker button or a paste (a screenshot from the clipboard); files refused are listed above the
 * box with the reason, until dismissed.
 */
import { useRef, useState, type SyntheticEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pastedFiles } from '../../src/components/useFileDrop.js';
import type { Upload } from '../../src/components/useUploads.js';
import { newId } from '../new-id.js';

export interface ComposerProps {
  readonly onSend: (messageId: string, text: string) => void;
  readonly onEnd: () => void;
  readonly onTyping?: (text: string) => void;
  /** Sends pictures and files; absent: none can be sent yet. */
  readonly onFiles?: (files: File[]) => void;
  /** Files refused, with why. */
  readonly refused?: readonly Upload[];
  readonly onDismiss?: (id: string) => void;
}

export function Composer({ onSend, onEnd, onTyping, onFiles, refused = [], onDismiss }: ComposerProps) {
  const { t } = useTranslation('widget');
  const { t: ta } = useTranslation('attach');
  const picker = useRef<HTMLInputElement>(null);
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
      {refused.map((upload) =>
        upload.refusal === null ? null : (
          <div
            key={upload.id}
            className="sbw-upload-refused"
            role="alert"
            data-testid="widget-upload-refused"
            data-reason={upload.refusal.key}
          >
            <span>{ta(upload.refusal.key, upload.refusal.values)}</span>
            <button
              type="button"
              className="sbw-link"
              aria-label={ta('dismiss')}
              title={ta('dismiss')}
              onClick={() => onDismiss?.(upload.id)}
            >
              ×
            </button>
          </div>
        ),
      )}
      <textarea
        data-testid="widget-input"
        rows={2}
        maxLength={10_000}
        placeholder={t('inputPlaceholder')}
        value={text}
        onKeyDown={keyDown}
        onPaste={(event) => {
          if (onFiles === undefined) return;
          const files = pastedFiles(event);
          if (files.length > 0) onFiles(files);
        }}
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
        <span className="sbw-composer-tools">
          {onFiles !== undefined && (
            <>
              <button
                type="button"
                className="sbw-attach"
                data-testid="widget-attach"
                aria-label={ta('attachFile')}
                title={ta('attachFile')}
                onClick={() => picker.current?.click()}
              >
                <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
                  <path
                    d="M10.5 4.5 5.3 9.7a1.5 1.5 0 0 0 2.1 2.1l5.4-5.4a3 3 0 0 0-4.2-4.2L3.2 7.6a4.5 4.5 0 0 0 6.4 6.4L14 9.6"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.3"
                    strokeLinecap="round"
                  />
                </svg>
              </button>
              <input
                ref={picker}
                type="file"
                multiple
                hidden
                data-testid="widget-attach-input"
                onChange={(event) => {
                  const files = [...(event.target.files ?? [])];
                  // Cleared, so choosing the same file again sends it again.
                  event.target.value = '';
                  if (files.length > 0) onFiles(files);
                }}
              />
            </>
          )}
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
        </span>
        <button type="submit" className="sbw-primary" data-testid="widget-send" disabled={text.trim() === ''}>
          {t('send')}
        </button>
      </div>
    </form>
  );
}
