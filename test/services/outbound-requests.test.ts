import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutboundUrl, defaultOutboundPolicy } from '../../src/services/outbound/outbound-policy.js';
import { postSignedJson } from '../../src/services/outbound/post-json.js';
import { verifySignature, signatureHeader, SIGNATURE_HEADER } from '../../src/services/outbound/signature.js';

const open = { allowHttp: true, allowPrivateAddresses: true };
const httpOnly = { allowHttp: true, allowPrivateAddresses: false };

describe('outbound URL policy', () => {
  it.each([
    ['http://hooks.example.com/x', 'SCHEME_NOT_ALLOWED'],
    ['ftp://hooks.example.com/x', 'SCHEME_NOT_ALLOWED'],
    ['https://user:pw@hooks.example.com/x', 'CREDENTIALS_IN_URL'],
    ['https://127.0.0.1/x', 'PRIVATE_ADDRESS'],
    ['https://10.1.2.3/x', 'PRIVATE_ADDRESS'],
    ['https://192.168.0.9/x', 'PRIVATE_ADDRESS'],
    ['https://169.254.169.254/latest/meta-data', 'PRIVATE_ADDRESS'],
    ['https://[::1]/x', 'PRIVATE_ADDRESS'],
    ['https://[::ffff:127.0.0.1]/x', 'PRIVATE_ADDRESS'],
    ['https://localhost/x', 'PRIVATE_ADDRESS'],
    ['https://LOCALHOST./x', 'PRIVATE_ADDRESS'],
    ['https://0x7f000001/x', 'PRIVATE_ADDRESS'],
    ['not a url', 'INVALID_URL'],
  ])('refuses %s by default (%s)', (url, reason) => {
    const check = checkOutboundUrl(url, defaultOutboundPolicy);
    expect(check.ok ? 'allowed' : check.reason).toBe(reason);
  });

  it('allows https to a public name or address, and what the operator widened', () => {
    expect(checkOutboundUrl('https://hooks.example.com/switchboard', defaultOutboundPolicy).ok).toBe(true);
    expect(checkOutboundUrl('https://8.8.8.8/x', defaultOutboundPolicy).ok).toBe(true);
    expect(checkOutboundUrl('http://hooks.example.com/x', httpOnly).ok).toBe(true);
    expect(checkOutboundUrl('http://127.0.0.1:8080/x', open).ok).toBe(true);
  });
});

describe('signatures', () => {
  it('verifies the exact body and refuses a changed body, another secret or a stale time', () => {
    const header = signatureHeader('s3cret', 1_000, '{"a":1}');
    expect(verifySignature(header, 's3cret', '{"a":1}', 1_010)).toBe('valid');
    expect(verifySignature(header, 's3cret', '{"a":2}', 1_010)).toBe('mismatch');
    expect(verifySignature(header, 'other', '{"a":1}', 1_010)).toBe('mismatch');
    expect(verifySignature(header, 's3cret', '{"a":1}', 2_000)).toBe('stale');
    expect(verifySignature('t=abc,v1=zz', 's3cret', '{"a":1}', 1_000)).toBe('malformed');
    expect(verifySignature(undefined, 's3cret', '{"a":1}', 1_000)).toBe('malformed');
  });
});

describe('signed POSTs to a real receiver on loopback', () => {
  let server: Server;
  let base: string;
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2_000);
        if (request.url === '/big') return void response.end('x'.repeat(200_000));
        response.statusCode = request.url === '/fail' ? 500 : 200;
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  );

  const post = (path: string, extra: { timeoutMs?: number; maxResponseBytes?: number } = {}) => ({
    url: `${base}${path}`,
    body: JSON.stringify({ hello: '你好' }),
    secret: 'endpoint-secret',
    timestamp: Math.floor(Date.now() / 1000),
    timeoutMs: extra.timeoutMs ?? 5_000,
    headers: { 'switchboard-delivery': 'd-1' },
    ...(extra.maxResponseBytes === undefined ? {} : { maxResponseBytes: extra.maxResponseBytes }),
  });

  it('delivers a body the receiver can verify, and reports the status', async () => {
    const outcome = await postSignedJson(post('/ok'), open);
    expect(outcome).toMatchObject({ kind: 'answered', status: 200, body: 'ok' });
    const last = received.at(-1)!;
    expect(last.headers['switchboard-delivery']).toBe('d-1');
    const header = last.headers[SIGNATURE_HEADER] as string;
    expect(verifySignature(header, 'endpoint-secret', last.body, Math.floor(Date.now() / 1000))).toBe('valid');
    expect(await postSignedJson(post('/fail'), open)).toMatchObject({ kind: 'answered', status: 500 });
  });

  it('gives up on a slow receiver at the timeout and keeps only the start of a long answer', async () => {
    expect(await postSignedJson(post('/slow', { timeoutMs: 200 }), open)).toMatchObject({
      kind: 'failed',
      reason: 'timeout',
    });
    const big = await postSignedJson(post('/big', { maxResponseBytes: 1_000 }), open);
    expect(big.kind === 'answered' ? big.body.length : -1).toBe(1_000);
  });

  it('refuses loopback by default, by literal address and by a host name that resolves to it', async () => {
    const before = received.length;
    expect(await postSignedJson(post('/ok'), httpOnly)).toMatchObject({ kind: 'failed', reason: 'refused' });
    const port = (server.address() as AddressInfo).port;
    const byName = await postSignedJson({ ...post('/ok'), url: `http://${hostname()}:${port}/ok` }, httpOnly);
    expect(byName).toMatchObject({ kind: 'failed', reason: 'refused' });
    expect(received.length).toBe(before);
  });

  it('reports a closed port as a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) =>
      closed.close(() => {
        resolve();
      }),
    );
    expect(await postSignedJson({ ...post('/ok'), url: `http://127.0.0.1:${port}/` }, open)).toMatchObject({
      kind: 'failed',
      reason: 'network',
    });
  });
});
