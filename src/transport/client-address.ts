/**
 * Which client a request comes from, under the operator's `TRUST_PROXY` setting (docs/security.md,
 * "Behind a proxy"). The HTTP API hands the same setting to Fastify (whose `request.ip` is what the
 * rate limit and sign-in back-off key on); the realtime gateway reads a handshake's client here, with
 * the same library Fastify uses (@fastify/proxy-addr), so a connection cap per address counts the
 * customer behind the proxy rather than the proxy itself.
 */
import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';

/** false: the TCP peer only; true: every proxy; a hop count; or the proxies' addresses / CIDR ranges. */
export type TrustProxy = boolean | number | readonly string[];

/** The setting as @fastify/proxy-addr's trust function: may the hop `i` away, at `address`, be believed? */
export function trustFunction(setting: TrustProxy): (address: string, hop: number) => boolean {
  if (setting === true) return () => true;
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyAddr.compile([...setting]);
}

/** The client address of `request`: the TCP peer, or the nearest untrusted address it forwarded for. */
export function clientAddress(request: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  return proxyAddr(request, trust);
}
