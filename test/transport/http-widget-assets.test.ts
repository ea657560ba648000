/**
 * The chat widget embedded in other sites: `/widget.js` may be loaded cross-origin and
 * `/widget/frame.html` framed by any site (or only by the configured CORS origins), while every
 * other page keeps helmet's same-origin defaults.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widgetFrameAncestors } from '../../src/transport/http/security-headers.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let webRoot: string;

beforeAll(() => {
  webRoot = mkdtempSync(join(tmpdir(), 'switchboard-web-root-'));
  mkdirSync(join(webRoot, 'widget'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(webRoot, 'widget.js'), '(function(){})();');
  writeFileSync(join(webRoot, 'widget/frame.html'), '<!doctype html><title>frame</title>');
  writeFileSync(join(webRoot, 'widget/demo.html'), '<!doctype html><title>demo</title>');
  writeFileSync(join(webRoot, 'assets/frame-abc123.js'), 'export {};');
});
afterAll(() => {
  rmSync(webRoot, { recursive: true, force: true });
});

async function withServer(corsOrigins: readonly string[], check: (server: TestServer) => Promise<void>) {
  const server = await startTestServer({ http: { webRoot, corsOrigins } });
  try {
    await check(server);
  } finally {
    await server.close();
  }
}

describe('widget assets across origins', () => {
  it('serves the loader to any site and lets any site frame the chat (CORS origins *)', async () => {
    await withServer(['*'], async ({ server }) => {
      const loader = await server.http.inject({ method: 'GET', url: '/widget.js' });
      expect(loader.statusCode).toBe(200);
      expect(loader.headers['content-type']).toMatch(/javascript/);
      expect(loader.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(loader.headers['cache-control']).toBe('no-cache');

      const frame = await server.http.inject({ method: 'GET', url: '/widget/frame.html?tenant=demo' });
      expect(frame.statusCode).toBe(200);
      expect(frame.headers['x-frame-options']).toBeUndefined();
      expect(frame.headers['content-security-policy']).toContain('frame-ancestors *');
      expect(frame.headers['cross-origin-resource-policy']).toBe('cross-origin');

      const asset = await server.http.inject({ method: 'GET', url: '/assets/frame-abc123.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toContain('immutable');
    });
  });

  it('keeps same-origin framing for the app, the demo page and the API', async () => {
    await withServer(['*'], async ({ server }) => {
      for (const url of ['/', '/agent', '/widget/demo', '/healthz']) {
        const page = await server.http.inject({ method: 'GET', url });
        expect(page.headers['x-frame-options'], url).toBe('SAMEORIGIN');
        expect(page.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      }
    });
  });

  it('lets only the configured origins frame the chat', async () => {
    const origins = ['https://shop.example.com', 'https://www.example.org'];
    await withServer(origins, async ({ server }) => {
      const frame = await server.http.inject({ method: 'GET', url: '/widget/frame.html' });
      expect(frame.headers['x-frame-options']).toBeUndefined();
      expect(frame.headers['content-security-policy']).toContain(
        "frame-ancestors 'self' https://shop.example.com https://www.example.org",
      );
      const loader = await server.http.inject({ method: 'GET', url: '/widget.js' });
      expect(loader.headers['cross-origin-resource-policy']).toBe('cross-origin');
    });
  });

  it('builds the frame-ancestors policy from the origins', () => {
    expect(widgetFrameAncestors(['*'])).toEqual(['*']);
    expect(widgetFrameAncestors(['https://a.example', '*'])).toEqual(['*']);
    expect(widgetFrameAncestors([])).toEqual(["'self'"]);
  });
});
