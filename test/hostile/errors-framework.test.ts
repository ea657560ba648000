/**
 * Errors raised before any route runs — by Node's HTTP parser (headers too large: 431; not HTTP:
 * 400) and by Fastify (body too large: 413; wrong media type: 415; malformed JSON: 400) — answer
 * in the error catalogue's shape, `{ "error": { "code", "message" } }`, like every other error.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../src/transport/http/error-catalogue.js';
import { call, expectError } from '../support/http-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let test: TestServer;
let port: number;

beforeAll(async () => {
  test = await startTestServer();
  await test.server.http.listen({ port: 0, host: '127.0.0.1' });
  const address = test.server.http.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  port = address.port;
});
afterAll(() => test.close());

/** Sends raw bytes and resolves with the status and the JSON body of the answer. */
function raw(request: string): Promise<{ status: number; body: unknown; headers: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(request);
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
      try {
        resolve({ status, body: JSON.parse(body) as unknown, headers: head });
      } catch (error) {
        reject(new Error(`not JSON: ${JSON.stringify(text)} (${String(error)})`));
      }
    });
  });
}

describe('framework-level errors', () => {
  it('answers headers too large with 431 in the catalogue’s shape', async () => {
    const answer = await raw(
      `GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(64 * 1024)}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(431);
    expect(answer.headers.toLowerCase()).toContain('content-type: application/json');
    expect(answer.body).toEqual({
      error: { code: 'HEADERS_TOO_LARGE', message: errorCatalogue.HEADERS_TOO_LARGE.message },
    });
  });

  it('answers bytes that are not HTTP with 400 in the catalogue’s shape', async () => {
    const answer = await raw('THIS IS NOT HTTP\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      error: { code: 'MALFORMED_REQUEST', message: errorCatalogue.MALFORMED_REQUEST.message },
    });
  });

  it('answers a body too large, a wrong media type and malformed JSON from the catalogue', async () => {
    const login = { method: 'POST', url: '/api/v1/auth/login' } as const;
    expectError(
      await call(test, {
        ...login,
        headers: { 'content-type': 'application/json' },
        payload: `"${'x'.repeat(300_000)}"`,
      }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expectError(
      await call(test, { ...login, headers: { 'content-type': 'application/xml' }, payload: '<login/>' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectError(
      await call(test, { ...login, headers: { 'content-type': 'application/json' }, payload: '{"tenantId": ' }),
      400,
      'MALFORMED_JSON',
    );
  });
});
