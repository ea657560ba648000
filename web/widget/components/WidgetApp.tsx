/**
 * The widget frame: a header, then the pre-chat form until a conversation is open, then the
 * chat — status, messages, and the message box, or the rating once the conversation has closed.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onHostVisibility, postToHost } from '../host-bridge.js';
import { useChat } from '../use-chat.js';
import type { WidgetConfig } from '../widget-config.js';
import { Composer } from './Composer.js';
import { MessageList } from './MessageList.js';
import { PreChatForm } from './PreChatForm.js';
import { RatingForm } from './RatingForm.js';
import { StatusBar } from './StatusBar.js';

export interface WidgetAppProps {
  readonly config: WidgetConfig;
  readonly onLanguage: (language: WidgetConfig['language']) => void;
}

/** Counts replies that arrive while the host page has the frame hidden, for the launcher's badge. */
function useUnread(config: WidgetConfig, replies: number): void {
  const [open, setOpen] = useState(true);
  const seenAtOpen = useRef(replies);
  useEffect(() => onHostVisibility(config, setOpen), [config]);
  useEffect(() => {
    if (open) seenAtOpen.current = replies;
    postToHost(config, 'unread', open ? 0 : Math.max(0, replies - seenAtOpen.current));
  }, [config, open, replies]);
}

/** The text shown for each failure (web/src/i18n/widget.ts). */
const failureTexts = {
  unavailable: 'errorUnavailable',
  verify: 'errorVerify',
  'too-many-chats': 'errorTooManyChats',
  'too-many-windows': 'errorTooManyWindows',
  busy: 'errorBusy',
  generic: 'errorGeneric',
} as const;

export function WidgetApp({ config, onLanguage }: WidgetAppProps) {
  const { t } = useTranslation('widget');
  const chat = useChat(config);
  const { state } = chat;
  useEffect(() => {
    onLanguage(state.language);
  }, [onLanguage, state.language]);
  useUnread(config, state.entries.filter((entry) => entry.authorKind !== 'customer').length);

  const failure = chat.failure === null ? null : t(failureTexts[chat.failure]);

  return (
    <div className="sbw-app" data-testid="widget-app" data-status={state.status ?? 'none'} data-link={chat.link}>
      <header className="sbw-header">
        <span className="sbw-title">{t('title')}</span>
        {config.hostOrigin !== null && (
          <button
            type="button"
            className="sbw-minimize"
            data-testid="widget-minimize"
            aria-label={t('minimize')}
            title={t('minimize')}
            onClick={() => {
              postToHost(config, 'close');
            }}
          >
            –
          </button>
        )}
      </header>
      {failure !== null && (
        <div className="sbw-banner sbw-error-banner" role="alert" data-testid="widget-error">
          {failure}
        </div>
      )}
      {chat.failure !== 'unavailable' && chat.failure !== 'verify' && state.conversationId === null && (
        <PreChatForm language={state.language} onLanguage={chat.chooseLanguage} onStart={chat.open} />
      )}
      {state.conversationId !== null && (
        <>
          <StatusBar state={state} link={chat.link} />
          <MessageList state={state} />
          {state.status === 'closed' ? (
            <RatingForm ratedScore={state.ratedScore} onRate={chat.rate} onStartOver={chat.startOver} />
          ) : (
            <Composer onSend={chat.send} onEnd={chat.end} />
          )}
        </>
      )}
    </div>
  );
}
