/**
 * Tells the customer the agent is typing (api/typing-signal.ts) while the composer's text changes —
 * only when writing to them: an internal note is not announced. Stops when the text is sent or
 * cleared, the note mode is switched on, or the agent leaves the conversation.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Realtime } from '../../api/realtime.js';
import { TypingSignal } from '../../api/typing-signal.js';

export function useTypingSignal(
  realtime: Realtime | null,
  conversationId: string,
  text: string,
  toCustomer: boolean,
): void {
  const signal = useMemo(
    () =>
      new TypingSignal((typing) => {
        realtime?.request('typing', { conversationId, typing }).catch(() => {
          // Only a hint: a refused or lost one is not worth telling the agent about.
        });
      }),
    [realtime, conversationId],
  );
  const first = useRef(true);
  useEffect(() => {
    // The draft shown on arrival is not typing.
    if (first.current) {
      first.current = false;
      return;
    }
    if (toCustomer) signal.input(text);
    else signal.stop();
  }, [signal, text, toCustomer]);
  useEffect(
    () => () => {
      signal.stop();
    },
    [signal],
  );
}
