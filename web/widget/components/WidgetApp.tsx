/**
 * The widget frame: a header, then the pre-chat form until a conversation is open, then the
 * chat — status, the contact form of a left message, messages, the agent's typing, the transcript
 * download, and the message box, or the rating once the conversation has closed. While the frame is shown (and the page visible) what it shows counts as
 * read: the newest seq goes to the agent as the customer's read mark. Files dropped anywhere on the
 * frame while the conversation is open are sent (a drop zone shows while they are dragged over).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileDrop } from '../../src/components/useFileDrop.js';
import { useUploads } from '../../src/components/useUploads.js';
import { onHostVisibility, postToHost } from '../host-bridge.js';
import { newId } from '../new-id.js';
import { useChat } from '../use-chat.js';
import type { WidgetConfig } from '../widget-config.js';
import { useWidgetInfo } from '../use-widget-info.js';
import { Composer } from './Composer.js';
import { ContactForm } from './ContactForm.js';
import { MessageList } from './MessageList.js';
import { PreChatForm } from './PreChatForm.js';
import { RatingForm } from './RatingForm.js';
import { StatusBar } from './StatusBar.js';
import { TranscriptButton } from './TranscriptButton.js';

export interface WidgetAppProps {
  readonly config: WidgetConfig;
  readonly onLanguage: (language: WidgetConfig['language']) => void;
}

/**
 * Counts replies that arrive while the host page has the frame hidden, for the launcher's badge;
 * answers whether the frame is shown.
 */
function useUnread(config: WidgetConfig, replies: number): boolean {
  const [open, setOpen] = useState(true);
  const seenAtOpen = useRef(replies);
  useEffect(() => onHostVisibility(config, setOpen), [config]);
  useEffect(() => {
    if (open) seenAtOpen.current = replies;
    postToHost(config, 'unread', open ? 0 : Math.max(0, replies - seenAtOpen.current));
  }, [config, open, replies]);
  return open;
}

/** Sends the newest seq shown as the customer's read mark while the frame and its page are visible. */
function useReadMark(shown: boolean, lastSeq: number, markRead: (seq: number) => void): void {
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  const sent = useRef(0);
  useEffect(() => {
    const changed = (): void => {
      setVisible(document.visibilityState === 'visible');
    };
    document.addEventListener('visibilitychange', changed);
    return () => {
      document.removeEventListener('visibilitychange', changed);
    };
  }, []);
  useEffect(() => {
    if (!shown || !visible || lastSeq <= sent.current) return;
    sent.current = lastSeq;
    markRead(lastSeq);
  }, [shown, visible, lastSeq, markRead]);
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
  const info = useWidgetInfo(config, state.language, chat.link === 'online');
  useEffect(() => {
    onLanguage(state.language);
  }, [onLanguage, state.language]);
  const shown = useUnread(config, state.entries.filter((entry) => entry.authorKind !== 'customer').length);
  useReadMark(shown && chat.link === 'online' && state.opened, state.lastSeq, chat.markRead);

  const failure = chat.failure === null ? null : t(failureTexts[chat.failure]);
  const { t: ta } = useTranslation('attach');
  const attachable = state.opened && state.conversationId !== null && state.status !== 'closed';
  const uploads = useUploads({
    conversationId: attachable ? state.conversationId : null,
    token: chat.token,
    maxBytes: info.attachments?.maxBytes ?? null,
    newId,
  });
  const drop = useFileDrop(uploads.send, attachable);

  return (
    <div
      className="sbw-app"
      data-testid="widget-app"
      data-status={state.status ?? 'none'}
      data-link={chat.link}
      {...drop.handlers}
    >
      {drop.dragging && (
        <div className="sbw-drop-zone" data-testid="widget-drop-zone" role="status">
          {ta('dropHere')}
        </div>
      )}
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
        <PreChatForm language={state.language} onLanguage={chat.chooseLanguage} onStart={chat.open} info={info} />
      )}
      {state.conversationId !== null && (
        <>
          <StatusBar state={state} link={chat.link} texts={info.texts} />
          {state.status === 'left-message' && state.opened && (
            <ContactForm key={state.conversationId} onSave={chat.contact} />
          )}
          <MessageList state={state} uploads={uploads.uploads} onExpired={chat.refreshLinks} />
          {chat.agentTyping !== null && state.status !== 'closed' && (
            <div className="sbw-typing" data-testid="widget-agent-typing" aria-live="polite">
              {t('agentTyping', {
                agent: (chat.agentTyping === '' ? undefined : state.agentNames[chat.agentTyping]) ?? t('agent'),
              })}
            </div>
          )}
          {state.opened && <TranscriptButton onFetch={chat.transcript} />}
          {state.status === 'closed' ? (
            <RatingForm ratedScore={state.ratedScore} onRate={chat.rate} onStartOver={chat.startOver} />
          ) : (
            <Composer
              onSend={chat.send}
              onEnd={chat.end}
              onTyping={chat.typing}
              {...(attachable ? { onFiles: uploads.send } : {})}
              refused={uploads.uploads}
              onDismiss={uploads.dismiss}
            />
          )}
        </>
      )}
    </div>
  );
}
