/**
 * Security headers and the client address (docs/security.md): a strict Content-Security-Policy on
 * every page (script-src 'self', no plugins), the app framed only by itself and the widget's chat
 * page by the embedding sites; HSTS only on requests that came over HTTPS; and the rate limit keyed
 * on the real client behind a trusted proxy (TRUST_PROXY), never on a header anyone can send.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultWebRoot, hasWebBuild } from '../../src/transport/http/web-app.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let test: TestServer | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

const directives = (header: unknown): Map<string, string> =>
  new Map(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );

describe('Content-Security-Policy', () => {
  it.runIf(hasWebBuild(defaultWebRoot))(
    'is strict on the app and lets only embedding sites frame the widget',
    async () => {
      test = await startTestServer({
        http: { webRoot: defaultWebRoot, corsOrigins: ['https://shop.example.com'] },
      });
      for (const url of ['/', '/login', '/admin', '/widget/demo', '/api/v1/me', '/healthz']) {
        const reply = await test.server.http.inject({ method: 'GET', url });
        const policy = directives(reply.headers['content-security-policy']);
        expect(policy.get('script-src'), url).toBe("'self'");
        expect(policy.get('object-src'), url).toBe("'none'");
        expect(policy.get('default-src'), url).toBe("'self'");
        expect(policy.get('frame-ancestors'), url).toBe("'self'");
        expect(reply.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      }
      const frame = await test.server.http.inject({ method: 'GET', url: '/widget/frame.html?tenant=demo' });
      expect(frame.statusCode).toBe(200);
      const policy = directives(frame.headers['content-security-policy']);
      expect(policy.get('script-src')).toBe("'self'");
      expect(policy.get('frame-ancestors')).toBe("'self' https://shop.example.com");
      expect(frame.headers['x-frame-options']).toBeUndefined();
    },
  );

  it.runIf(hasWebBuild(defaultWebRoot))('lets any site frame the widget when any origin may embed it', async () => {
    test = await startTestServer({ http: { webRoot: defaultWebRoot } });
    const frame = await test.server.http.inject({ method: 'GET', url: '/widget/frame.html' });
    expect(directives(frame.headers['content-security-policy']).get('frame-ancestors')).toBe('*');
  });

  it('is on API answers too', async () => {
    test = await startTestServer();
    const reply = await test.server.http.inject({ method: 'GET', url: '/healthz' });
    expect(directives(reply.headers['content-security-policy']).get('script-src')).toBe("'self'");
  });
});

describe('HSTS', () => {
  it('is sent only over HTTPS, as told by a trusted proxy', async () => {
    test = await startTestServer({ http: { trustProxy: ['127.0.0.1'] } });
    const plain = await test.server.http.inject({ method: 'GET', url: '/healthz' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const proxied = await test.server.http.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(proxied.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    // The same header from a client that is not the proxy is not believed.
    const forged = await test.server.http.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'https' },
      remoteAddress: '203.0.113.9',
    });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('the rate limit and TRUST_PROXY', () => {
  const burst = async (server: TestServer, forwardedFor: string): Promise<number[]> => {
    const statuses: number[] = [];
    for (let request = 0; request < 4; request += 1) {
      const reply = await server.server.http.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-forwarded-for': forwardedFor },
      });
      statuses.push(reply.statusCode);
    }
    return statuses;
  };

  it('keys on the client the trusted proxy names', async () => {
    test = await startTestServer({ http: { rateLimitPerMinute: 3, trustProxy: 1 } });
    expect(await burst(test, '198.51.100.1')).toEqual([200, 200, 200, 429]);
    expect(await burst(test, '198.51.100.2')).toEqual([200, 200, 200, 429]);
  });

  it('ignores X-Forwarded-For without a trusted proxy', async () => {
    test = await startTestServer({ http: { rateLimitPerMinute: 3 } });
    expect(await burst(test, '198.51.100.1')).toEqual([200, 200, 200, 429]);
    // Another forwarded address is the same client: still limited.
    expect((await burst(test, '198.51.100.2'))[0]).toBe(429);
  });
});
