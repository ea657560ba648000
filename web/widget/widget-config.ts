/**
 * What the frame was opened with: the loader passes the `data-` attributes of the host page's
 * script tag as query parameters of `/widget/frame.html` (docs/widget.md).
 */

export type WidgetLanguage = 'zh-CN' | 'en';

export interface WidgetConfig {
  readonly tenantId: string;
  readonly language: WidgetLanguage;
  /** The entry point routing rules may match (`sources`); `website` unless the page says. */
  readonly source: string;
  /**
   * A verified customer: the tenant's user id, when the tenant's backend signed it (unix seconds)
   * and the HMAC-SHA256 of `<userId>.<issuedAt>` by the tenant's widget secret.
   */
  readonly verified: { readonly userId: string; readonly issuedAt?: number; readonly signature: string } | null;
  /** The host page's origin, to post it messages (close, unread count); null when opened directly. */
  readonly hostOrigin: string | null;
  /**
   * What staff see about the visitor (issue 17): the host page and its referrer, and the site's
   * `data-attr-*` attributes, each bounded as the server bounds conversation attributes.
   */
  readonly visitor: Readonly<Record<string, string>>;
}

/** The server accepts 32 attributes; the widget keeps room for its own (name, topic, device). */
const MAX_SITE_ATTRIBUTES = 24;

function visitorFacts(params: URLSearchParams): Record<string, string> {
  const facts: Record<string, string> = {};
  const page = params.get('page');
  const referrer = params.get('referrer');
  if (page !== null && page !== '') facts.page = page.slice(0, 256);
  if (referrer !== null && referrer !== '') facts.referrer = referrer.slice(0, 256);
  let count = 0;
  for (const [key, value] of params) {
    if (!key.startsWith('attr.') || count >= MAX_SITE_ATTRIBUTES) continue;
    const name = key.slice(5, 69);
    // The widget's own keys are not the site's to set.
    if (name === '' || name in facts || ['customerName', 'topic', 'device'].includes(name)) continue;
    facts[name] = value.slice(0, 256);
    count += 1;
  }
  return facts;
}

export const toLanguage = (value: string | null | undefined): WidgetLanguage =>
  (value ?? '').toLowerCase().startsWith('en') ? 'en' : 'zh-CN';

/** Reads the frame's query string; null without a tenant. */
export function readConfig(search: string, browserLanguage: string): WidgetConfig | null {
  const params = new URLSearchParams(search);
  const tenantId = params.get('tenant');
  if (tenantId === null || tenantId === '') return null;
  const userId = params.get('userId');
  const signature = params.get('signature');
  const issuedAt = Number(params.get('issuedAt') ?? Number.NaN);
  const signed = Number.isInteger(issuedAt) ? { issuedAt } : {};
  const host = params.get('host');
  return {
    tenantId,
    language: toLanguage(params.get('language') ?? browserLanguage),
    source: params.get('source') ?? 'website',
    verified: userId !== null && signature !== null ? { userId, ...signed, signature } : null,
    hostOrigin: host !== null && /^https?:\/\/[^/]+$/.test(host) ? host : null,
    visitor: visitorFacts(params),
  };
}
