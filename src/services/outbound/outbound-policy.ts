/**
 * Where the server may send requests of its own (webhooks, the enrichment hook): a tenant admin
 * types the URL, so by default only `https` to public addresses — never into the operator's network
 * (server-side request forgery). The operator widens it for a private deployment or a test
 * (`OUTBOUND_ALLOW_HTTP`, `OUTBOUND_ALLOW_PRIVATE_ADDRESSES`; docs/security.md, "Outbound requests").
 *
 * A URL is checked twice: here, when it is saved and before each request (scheme, credentials, a
 * literal address), and again by the connection itself (request-filtering-agent checks the address
 * a host name resolved to, so a name that resolves to 127.0.0.1 — or starts to — is refused too).
 */
import ipaddr from 'ipaddr.js';

export interface OutboundPolicy {
  /** Plain `http://` URLs allowed (default false: `https` only). */
  readonly allowHttp: boolean;
  /** Loopback, private, link-local and other non-public addresses allowed (default false). */
  readonly allowPrivateAddresses: boolean;
}

export const defaultOutboundPolicy: OutboundPolicy = { allowHttp: false, allowPrivateAddresses: false };

/** Why a URL is refused: a stable reason, shown to the admin who typed it. */
export type OutboundRefusal = 'INVALID_URL' | 'SCHEME_NOT_ALLOWED' | 'CREDENTIALS_IN_URL' | 'PRIVATE_ADDRESS';

export type OutboundUrlCheck =
  | { readonly ok: true; readonly url: URL }
  | { readonly ok: false; readonly reason: OutboundRefusal; readonly message: string };

const MAX_URL_LENGTH = 2048;

/** Whether an IP address (v4 or v6 text) is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** Checks a URL an admin gave against the operator's policy (no network access). */
export function checkOutboundUrl(text: string, policy: OutboundPolicy): OutboundUrlCheck {
  if (text.length > MAX_URL_LENGTH) return refuse('INVALID_URL', `a URL of at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse('INVALID_URL', 'not an absolute URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    return refuse('SCHEME_NOT_ALLOWED', policy.allowHttp ? 'only http and https URLs' : 'only https URLs');
  }
  if (url.username !== '' || url.password !== '')
    return refuse('CREDENTIALS_IN_URL', 'no user name or password in the URL');
  const bracketed = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const host = bracketed.replace(/\.$/, '').toLowerCase();
  if (!policy.allowPrivateAddresses) {
    if (ipaddr.isValid(host) && !isPublicAddress(host)) {
      return refuse('PRIVATE_ADDRESS', 'loopback, private and link-local addresses are not allowed');
    }
    if (host === 'localhost' || host.endsWith('.localhost')) {
      return refuse('PRIVATE_ADDRESS', 'loopback, private and link-local addresses are not allowed');
    }
  }
  return { ok: true, url };
}

function refuse(reason: OutboundRefusal, message: string): OutboundUrlCheck {
  return { ok: false, reason, message };
}
