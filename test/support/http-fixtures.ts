/**
 * Helpers for HTTP route tests through `inject`: credential headers (real, forged, none), a
 * widget customer's token, and calls that return status and parsed body together.
 */
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { createTokenService } from '../../src/transport/auth/tokens.js';
import { errorCatalogue, isErrorCode } from '../../src/transport/http/error-catalogue.js';
import type { TestServer } from './test-server.js';

export type Headers = Record<string, string>;

export const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}` });
export const apiKey = (key: string): Headers => ({ 'x-api-key': key });

/** A token that looks right (claims, issuer, algorithm) but is signed with another secret. */
const forger = createTokenService('not-the-server-secret-not-the-server-secret');

export function forgedAgentToken(tenantId: string, agentId: string, role: 'agent' | 'supervisor' | 'admin') {
  return forger.issue({ kind: 'agent', tenantId, agentId, role });
}

export function forgedCustomerToken(tenantId: string, customerId: string) {
  return forger.issue({ kind: 'customer', tenantId, customerId, verified: true });
}

/** An API key for a real key id with a made-up secret. */
export const forgedApiKey = (tenantId: string, keyId = 'k1'): string =>
  `sbk_${tenantId}.${keyId}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;

export interface Answer<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly text: string;
}

/** Sends a request through `inject`; the body is parsed when it is JSON. */
export async function call<T = unknown>(test: TestServer, request: InjectOptions): Promise<Answer<T>> {
  const reply = await test.server.http.inject(request);
  const json = String(reply.headers['content-type'] ?? '').includes('application/json');
  return { status: reply.statusCode, body: (json ? reply.json() : reply.body) as T, text: reply.body };
}

export async function customerToken(test: TestServer, tenantId: string, visitorId: string): Promise<string> {
  const answer = await call<{ token: string }>(test, {
    method: 'POST',
    url: '/api/v1/widget/session',
    payload: { tenantId, visitorId },
  });
  expect(answer.status).toBe(200);
  return answer.body.token;
}

/** Asserts a catalogued error: the status the catalogue gives its code, and the code expected. */
export function expectError(answer: Answer, status: number, code?: string): void {
  expect(answer.status, answer.text).toBe(status);
  const error = (answer.body as { error?: { code?: unknown; message?: unknown } }).error;
  expect(typeof error?.code).toBe('string');
  expect(typeof error?.message).toBe('string');
  const actual = String(error?.code);
  expect(isErrorCode(actual), `${actual} is catalogued`).toBe(true);
  if (isErrorCode(actual)) expect(errorCatalogue[actual].status).toBe(status);
  if (code !== undefined) expect(actual).toBe(code);
}
