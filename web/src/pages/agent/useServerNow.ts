/**
 * The server's clock as this page estimates it, ticking every second: deadlines (transfer answers)
 * and waiting times come from the server, so they are compared with its time, not the browser's.
 */
import { useEffect, useState } from 'react';

/** `clockOffset` is the server's clock minus the browser's, in ms. */
export function useServerNow(clockOffset: number): number {
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  useEffect(() => {
    setNow(Date.now() + clockOffset);
    const timer = setInterval(() => {
      setNow(Date.now() + clockOffset);
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, [clockOffset]);
  return now;
}

/** Whole seconds from `since` (ISO) to `now` (ms), never negative. */
export const secondsSince = (since: string, now: number): number =>
  Math.max(0, Math.floor((now - Date.parse(since)) / 1000));

/** `m:ss` (or `h:mm:ss`) for a duration in seconds. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
