/**
 * Messages between the frame and the host page's loader (`/widget.js`), checked by origin both
 * ways: the frame asks to be closed and reports unread replies; the loader says when it shows or
 * hides the frame.
 */
import type { WidgetConfig } from './widget-config.js';

export function postToHost(config: WidgetConfig, type: 'close' | 'unread', count = 0): void {
  if (config.hostOrigin === null || window.parent === window) return;
  window.parent.postMessage({ source: 'switchboard-widget', type, count }, config.hostOrigin);
}

/** Calls `listener` whenever the loader shows or hides the frame; returns the unsubscribe. */
export function onHostVisibility(config: WidgetConfig, listener: (open: boolean) => void): () => void {
  const handle = (event: MessageEvent<{ source?: string; type?: string; open?: boolean }>): void => {
    if (event.origin !== config.hostOrigin || event.source !== window.parent) return;
    if (event.data.source === 'switchboard-host' && event.data.type === 'visibility')
      listener(event.data.open === true);
  };
  window.addEventListener('message', handle);
  return () => {
    window.removeEventListener('message', handle);
  };
}
