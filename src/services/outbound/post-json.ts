/**
 * One signed JSON POST from the server to a URL an admin configured: checked against the outbound
 * policy, connected through request-filtering-agent (which refuses a host name resolving to a
 * private address at connection time), bounded in time and in the response it reads. It never
 * throws: the caller (webhook delivery, enrichment hook) records the outcome.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { checkOutboundUrl, type OutboundPolicy } from './outbound-policy.js';
import { SIGNATURE_HEADER, signatureHeader } from './signature.js';

export interface SignedPost {
  readonly url: string;
  /** The exact bytes signed and sent. */
  readonly body: string;
  readonly secret: string;
  /** Unix seconds the signature carries (the caller's clock). */
  readonly timestamp: number;
  readonly timeoutMs: number;
  /** Extra headers (e.g. `Switchboard-Delivery` for idempotency). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The most of the response body kept (default 64 KiB); the rest is discarded. */
  readonly maxResponseBytes?: number;
}

export type PostOutcome =
  | { readonly kind: 'answered'; readonly status: number; readonly body: string; readonly latencyMs: number }
  | {
      readonly kind: 'failed';
      /** refused: the policy or the address filter; timeout; network: anything else before an answer. */
      readonly reason: 'refused' | 'timeout' | 'network';
      readonly error: string;
      readonly latencyMs: number;
    };

const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;

/** Keep-alive agents, one per scheme and address rule, shared by every request. */
const agents = new Map<string, RequestFilteringHttpAgent | RequestFilteringHttpsAgent>();

function agentFor(
  https: boolean,
  allowPrivateIPAddress: boolean,
): RequestFilteringHttpAgent | RequestFilteringHttpsAgent {
  const key = `${https}:${allowPrivateIPAddress}`;
  let agent = agents.get(key);
  if (agent === undefined) {
    const options = { keepAlive: true, maxSockets: 64, allowPrivateIPAddress };
    agent = https ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
    agents.set(key, agent);
  }
  return agent;
}

export function postSignedJson(post: SignedPost, policy: OutboundPolicy): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  const check = checkOutboundUrl(post.url, policy);
  if (!check.ok) return Promise.resolve({ kind: 'failed', reason: 'refused', error: check.message, latencyMs: 0 });
  const url = check.url;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const agent = agentFor(url.protocol === 'https:', policy.allowPrivateAddresses);
  const limit = post.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = send(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(post.body),
          'user-agent': 'Switchboard',
          [SIGNATURE_HEADER]: signatureHeader(post.secret, post.timestamp, post.body),
          ...post.headers,
        },
      },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept >= limit) return;
          const part = chunk.subarray(0, limit - kept);
          chunks.push(part);
          kept += part.length;
        });
        response.on('error', (error) => {
          finish({ kind: 'failed', reason: 'network', error: error.message, latencyMs: elapsed() });
        });
        response.on('end', () => {
          finish({
            kind: 'answered',
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            latencyMs: elapsed(),
          });
        });
      },
    );
    const timer = setTimeout(() => {
      finish({
        kind: 'failed',
        reason: 'timeout',
        error: `no answer within ${post.timeoutMs} ms`,
        latencyMs: elapsed(),
      });
      request.destroy();
    }, post.timeoutMs);
    request.on('error', (error) => {
      const refused = /is not allowed|DNS lookup .* is not allowed/i.test(error.message);
      finish({ kind: 'failed', reason: refused ? 'refused' : 'network', error: error.message, latencyMs: elapsed() });
    });
    request.end(post.body);
  });
}
