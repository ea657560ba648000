/**
 * The conversation's timeline as the customer sees it: their own messages on the right (and those
 * not yet acknowledged, marked as sending, with the progress of files being sent), the agents' on
 * the left, and system notices — transfer notices, greetings — centred. Pictures show inline and
 * files as downloads (Attachments.tsx). Scrolls to the newest entry.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Upload } from '../../src/components/useUploads.js';
import type { ChatEntry, ChatState } from '../chat-state.js';
import { Attachments } from './Attachments.js';

function time(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

function Entry({
  entry,
  agentName,
  agentRead,
  onExpired,
}: {
  readonly entry: ChatEntry;
  readonly agentName: string;
  readonly agentRead: number;
  readonly onExpired: (seq: number) => void;
}) {
  const { t } = useTranslation('widget');
  if (entry.kind !== 'text' || entry.authorKind === 'system') {
    return (
      <li className="sbw-notice" data-testid="widget-notice" data-seq={entry.seq}>
        {entry.text}
      </li>
    );
  }
  const own = entry.authorKind === 'customer';
  return (
    <li
      className={own ? 'sbw-message sbw-own' : 'sbw-message'}
      data-testid="widget-message"
      data-seq={entry.seq}
      data-author={entry.authorKind}
    >
      <span className="sbw-author">
        {own ? t('you') : agentName} · {time(entry.at)}
      </span>
      {entry.text === '' ? null : <span className="sbw-bubble">{entry.text}</span>}
      {entry.attachments === undefined || entry.attachments.length === 0 ? null : (
        <Attachments
          attachments={entry.attachments}
          onExpired={() => {
            onExpired(entry.seq);
          }}
        />
      )}
      {own && (
        <span
          className="sbw-receipt"
          data-testid="widget-receipt"
          data-state={entry.seq <= agentRead ? 'read' : 'delivered'}
        >
          {entry.seq <= agentRead ? `✓✓ ${t('receiptRead')}` : `✓ ${t('receiptDelivered')}`}
        </span>
      )}
    </li>
  );
}

export interface MessageListProps {
  readonly state: ChatState;
  /** Files being sent now (refused ones are shown by the composer). */
  readonly uploads?: readonly Upload[];
  /** A picture's or file's links expired: read the entries from `seq` again. */
  readonly onExpired?: (seq: number) => void;
}

export function MessageList({ state, uploads = [], onExpired = () => undefined }: MessageListProps) {
  const { t } = useTranslation('widget');
  const { t: ta } = useTranslation('attach');
  const sending = uploads.filter((upload) => upload.refusal === null);
  const end = useRef<HTMLLIElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // Pinned to the newest message unless the customer scrolled up to read.
  const pinned = useRef(true);
  const count = state.entries.length + state.pending.length + sending.length;
  useEffect(() => {
    const element = list.current;
    if (element !== null && pinned.current) element.scrollTop = element.scrollHeight;
  }, [count]);
  // The list shrinks when the rating form (or a banner) appears below it: the last message stays
  // in view instead of ending up under the form (issue 17).
  useEffect(() => {
    const element = list.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      if (pinned.current) element.scrollTop = element.scrollHeight;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  const nameOf = (entry: ChatEntry): string =>
    (entry.authorId === null ? undefined : state.agentNames[entry.authorId]) ?? t('agent');
  return (
    <ol
      ref={list}
      className="sbw-messages"
      data-testid="widget-messages"
      aria-live="polite"
      onScroll={(event) => {
        const element = event.currentTarget;
        pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight <= 32;
      }}
    >
      {state.entries.map((entry) => (
        <Entry
          key={entry.seq}
          entry={entry}
          agentName={nameOf(entry)}
          agentRead={state.agentRead}
          onExpired={onExpired}
        />
      ))}
      {state.pending.map((send) => (
        <li key={send.messageId} className="sbw-message sbw-own sbw-pending" data-testid="widget-pending">
          <span className="sbw-author">
            {t('you')} · {t('sending')}
          </span>
          <span className="sbw-bubble">{send.text}</span>
        </li>
      ))}
      {sending.map((upload) => (
        <li key={upload.id} className="sbw-message sbw-own sbw-pending" data-testid="widget-upload-progress">
          <span className="sbw-author">
            {t('you')} · {t('sending')}
          </span>
          <span className="sbw-bubble">
            {ta('uploading', { name: upload.name, percent: Math.round(upload.progress * 100) })}
          </span>
          <progress className="sbw-progress" max={1} value={upload.progress} aria-label={upload.name} />
        </li>
      ))}
      <li ref={end} className="sbw-end" aria-hidden="true" />
    </ol>
  );
}
