/**
 * `/widget.js`: the script a site adds to embed the chat widget (docs/widget.md).
 *
 * ```html
 * <script src="https://switchboard.example.com/widget.js" data-tenant="demo" data-language="zh-CN" async></script>
 * ```
 *
 * It adds a launcher button to the host page and, on first open, an iframe showing
 * `/widget/frame.html` from the Switchboard origin (the script's own origin): the chat runs there,
 * with its own CSS and same-origin API calls, so the host page's styles and scripts cannot reach
 * it. The script stays standalone — it imports nothing, so Vite emits it as one classic script —
 * which is why its two labels live here rather than in the widget's i18n namespace.
 */

interface WidgetApi {
  open(): void;
  close(): void;
  toggle(): void;
}

declare global {
  interface Window {
    SwitchboardWidget?: WidgetApi;
  }
}

/** Messages the frame posts to the host page. */
interface FrameMessage {
  readonly source: 'switchboard-widget';
  readonly type: 'close' | 'unread';
  readonly count?: number;
}

const labels = {
  en: { open: 'Chat with us', close: 'Close chat', frame: 'Customer service chat' },
  'zh-CN': { open: '在线客服', close: '关闭对话', frame: '在线客服对话' },
} as const;

const openKey = 'switchboard.widget.open';

function findScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.dataset.tenant !== undefined) return current;
  return document.querySelector<HTMLScriptElement>('script[data-tenant][src*="widget.js"]');
}

function chatIcon(): string {
  return (
    '<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" fill="currentColor">' +
    '<path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>'
  );
}

function closeIcon(): string {
  return (
    '<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" fill="none" stroke="currentColor" ' +
    'stroke-width="2.5" stroke-linecap="round"><path d="M6 6l12 12M18 6L6 18"/></svg>'
  );
}

function frameUrl(origin: string, data: DOMStringMap, language: string): string {
  const params = new URLSearchParams({ tenant: data.tenant ?? '', language, host: location.origin });
  if (data.source !== undefined) params.set('source', data.source);
  // Where the visitor is, for the agent (issue 17): this page and the page that led here.
  params.set('page', location.href.slice(0, 256));
  if (document.referrer !== '') params.set('referrer', document.referrer.slice(0, 256));
  // The site's own facts about the visitor: `data-attr-plan="gold"` reaches staff as `plan: gold`.
  for (const [key, value] of Object.entries(data).slice(0, 64)) {
    const name = /^attr([A-Z][A-Za-z0-9]*)$/.exec(key)?.[1];
    if (name !== undefined && value !== undefined)
      params.set(`attr.${name.charAt(0).toLowerCase()}${name.slice(1)}`, value);
  }
  if (data.userId !== undefined && data.signature !== undefined) {
    params.set('userId', data.userId);
    // A tag in the old format (no issue time) is passed on too: the server refuses it, and the
    // customer is told the account could not be verified rather than chatting anonymously.
    if (data.issuedAt !== undefined) params.set('issuedAt', data.issuedAt);
    params.set('signature', data.signature);
  }
  return `${origin}/widget/frame.html?${params.toString()}`;
}

/** Whether the visitor left the chat open on the previous page of this site (this tab). */
function wasOpen(): boolean {
  try {
    return sessionStorage.getItem(openKey) === '1';
  } catch {
    return false;
  }
}

function install(script: HTMLScriptElement): void {
  const data = script.dataset;
  const origin = new URL(script.src, location.href).origin;
  const language = (data.language ?? navigator.language).toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  const text = labels[language];
  const side = data.position === 'bottom-left' ? 'left' : 'right';

  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.dataset.testid = 'widget-launcher';
  launcher.setAttribute('aria-label', text.open);
  launcher.title = text.open;
  launcher.innerHTML = chatIcon();
  Object.assign(launcher.style, {
    position: 'fixed',
    bottom: '20px',
    [side]: '20px',
    width: '60px',
    height: '60px',
    borderRadius: '50%',
    border: 'none',
    background: '#1677ff',
    color: '#fff',
    boxShadow: '0 6px 20px rgba(0,0,0,.25)',
    cursor: 'pointer',
    zIndex: '2147483646',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: '0',
  });
  const badge = document.createElement('span');
  badge.dataset.testid = 'widget-unread';
  Object.assign(badge.style, {
    position: 'absolute',
    top: '-2px',
    right: '-2px',
    minWidth: '20px',
    height: '20px',
    borderRadius: '10px',
    background: '#ff4d4f',
    color: '#fff',
    font: 'bold 12px/20px sans-serif',
    display: 'none',
  });

  let frame: HTMLIFrameElement | null = null;
  let isOpen = false;
  let frameLoaded = false;

  const ensureFrame = (): HTMLIFrameElement => {
    if (frame !== null) return frame;
    frame = document.createElement('iframe');
    frame.src = frameUrl(origin, data, language);
    frame.title = text.frame;
    frame.dataset.testid = 'widget-frame';
    frame.allow = 'clipboard-write';
    Object.assign(frame.style, {
      position: 'fixed',
      bottom: '92px',
      [side]: '20px',
      width: 'min(380px, calc(100vw - 40px))',
      height: 'min(600px, calc(100vh - 112px))',
      border: 'none',
      borderRadius: '12px',
      boxShadow: '0 12px 40px rgba(0,0,0,.25)',
      background: '#fff',
      zIndex: '2147483647',
      display: 'none',
    });
    // On a phone the chat takes the whole screen, as customers expect (issue 17); the frame's
    // header keeps its minimise button to close it.
    if (window.matchMedia('(max-width: 600px)').matches) {
      Object.assign(frame.style, {
        top: '0',
        bottom: '0',
        left: '0',
        right: '0',
        width: '100%',
        height: '100%',
        borderRadius: '0',
        boxShadow: 'none',
      });
    }
    frame.addEventListener('load', () => {
      frameLoaded = true;
    });
    document.body.appendChild(frame);
    return frame;
  };

  const show = (open: boolean): void => {
    isOpen = open;
    ensureFrame().style.display = open ? 'block' : 'none';
    launcher.innerHTML = open ? closeIcon() : chatIcon();
    launcher.appendChild(badge);
    launcher.setAttribute('aria-label', open ? text.close : text.open);
    launcher.title = open ? text.close : text.open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) badge.style.display = 'none';
    // Only once the frame shows its own page: a message to the blank frame would be refused.
    if (frameLoaded)
      frame?.contentWindow?.postMessage({ source: 'switchboard-host', type: 'visibility', open }, origin);
    try {
      sessionStorage.setItem(openKey, open ? '1' : '0');
    } catch {
      // Storage may be disabled; the widget simply starts closed next time.
    }
  };

  launcher.addEventListener('click', () => {
    show(!isOpen);
  });
  window.addEventListener('message', (event: MessageEvent<Partial<FrameMessage> | null>) => {
    if (event.origin !== origin || frame === null || event.source !== frame.contentWindow) return;
    if (event.data?.source !== 'switchboard-widget') return;
    if (event.data.type === 'close') show(false);
    if (event.data.type === 'unread' && !isOpen) {
      const count = event.data.count ?? 0;
      badge.textContent = String(count);
      badge.style.display = count > 0 ? 'block' : 'none';
    }
  });

  launcher.appendChild(badge);
  document.body.appendChild(launcher);
  window.SwitchboardWidget = {
    open: () => {
      show(true);
    },
    close: () => {
      show(false);
    },
    toggle: () => {
      show(!isOpen);
    },
  };
  if (wasOpen()) show(true);
}

function start(): void {
  if (window.SwitchboardWidget !== undefined) return;
  const script = findScript();
  if (script?.dataset.tenant === undefined) return;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => {
      install(script);
    });
  } else {
    install(script);
  }
}

start();

export {};
