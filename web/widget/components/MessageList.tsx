/**
 * The conversation's timeline as the customer sees it: their own messages on the right (and those
 * not yet acknowledged, marked as sending), the agents' on the left, and system notices — transfer
 * notices, greetings — centred. Scrolls to the newest entry.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatEntry, ChatState } from '../chat-state.js';

function time(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

function Entry({
  entry,
  agentName,
  agentRead,
}: {
  readonly entry: ChatEntry;
  readonly agentName: string;
  readonly agentRead: number;
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
      <span className="sbw-bubble">{entry.text}</span>
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

export function MessageList({ state }: { readonly state: ChatState }) {
  const { t } = useTranslation('widget');
  const end = useRef<HTMLLIElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // Pinned to the newest message unless the customer scrolled up to read.
  const pinned = useRef(true);
  const count = state.entries.length + state.pending.length;
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
        <Entry key={entry.seq} entry={entry} agentName={nameOf(entry)} agentRead={state.agentRead} />
      ))}
      {state.pending.map((send) => (
        <li key={send.messageId} className="sbw-message sbw-own sbw-pending" data-testid="widget-pending">
          <span className="sbw-author">
            {t('you')} · {t('sending')}
          </span>
          <span className="sbw-bubble">{send.text}</span>
        </li>
      ))}
      <li ref={end} className="sbw-end" aria-hidden="true" />
    </ol>
  );
}
