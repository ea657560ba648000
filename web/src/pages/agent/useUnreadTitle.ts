/**
 * The browser tab's title carries the agent's unread customer messages, "(3) Switchboard", as chat
 * desks do, so a tab in the background shows there is something to read; the page's own title
 * comes back when none is left or the workspace is left.
 */
import { useEffect, useRef } from 'react';

export function useUnreadTitle(unread: number): void {
  const base = useRef<string | null>(null);
  useEffect(() => {
    base.current ??= document.title;
    document.title = unread > 0 ? `(${unread}) ${base.current}` : base.current;
  }, [unread]);
  useEffect(
    () => () => {
      if (base.current !== null) document.title = base.current;
    },
    [],
  );
}
