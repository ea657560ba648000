/**
 * The built web app goes out compressed and cached right (src/transport/http/web-app.ts): a hashed
 * file of Vite's build comes as brotli or gzip by `Accept-Encoding` (the copies
 * scripts/build-web.mjs writes beside it), as it is to a client that accepts neither, always with
 * `Vary: Accept-Encoding`, and is cached for a year as immutable; the pages, the SPA fallback and
 * the widget loader, which keep their names across releases, are revalidated (`no-cache`).
 *
 * Uses the real build in `dist/web` (`npm test` builds it first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultWebRoot, hasWebBuild } from '../../src/transport/http/web-app.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let test: TestServer | undefined;
/** The app's entry script, a hashed file the index page names: `/assets/app-<hash>.js`. */
let entryScript: string;

beforeAll(async () => {
  if (!hasWebBuild(defaultWebRoot)) throw new Error('no web build: run `npm run build:web` (npm test does)');
  const index = readFileSync(join(defaultWebRoot, 'index.html'), 'utf8');
  const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
  if (script === undefined) throw new Error('dist/web/index.html names no /assets/*.js script');
  if (!existsSync(join(defaultWebRoot, `${script}.br`))) {
    throw new Error(`no ${script}.br: the build predates precompression; run \`node scripts/build-web.mjs\``);
  }
  entryScript = script;
  test = await startTestServer({ http: { webRoot: defaultWebRoot } });
}, 60_000);

afterAll(async () => {
  // Undefined when there is no build: beforeAll failed with the reason.
  if (test !== undefined) await test.close();
});

const fileOf = (url: string): Buffer => readFileSync(join(defaultWebRoot, url));

const get = (url: string, acceptEncoding?: string) => {
  if (test === undefined) throw new Error('no server: see the failure of beforeAll');
  return test.server.http.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });
};

/** `max-age` of a Cache-Control header, in seconds, or undefined. */
const maxAge = (cacheControl: string | undefined): number | undefined => {
  const seconds = /(?:^|,)\s*max-age=(\d+)/.exec(cacheControl ?? '')?.[1];
  return seconds === undefined ? undefined : Number(seconds);
};

const varyOf = (value: string | string[] | number | undefined): string[] =>
  [value ?? '']
    .flat()
    .join(',')
    .split(',')
    .map((token) => token.trim().toLowerCase());

describe('compressed web assets', () => {
  it('sends a hashed script as brotli to a browser that accepts it', async () => {
    const answer = await get(entryScript, 'gzip, deflate, br, zstd');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(varyOf(answer.headers.vary)).toContain('accept-encoding');
    expect(brotliDecompressSync(answer.rawPayload).equals(fileOf(entryScript))).toBe(true);
    expect(answer.rawPayload.length).toBeLessThan(fileOf(entryScript).length / 2);
  });

  it('sends gzip to a client that accepts only gzip', async () => {
    const answer = await get(entryScript, 'gzip');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(varyOf(answer.headers.vary)).toContain('accept-encoding');
    expect(gunzipSync(answer.rawPayload).equals(fileOf(entryScript))).toBe(true);
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const answer = await get(entryScript, acceptEncoding);
      expect(answer.statusCode, String(acceptEncoding)).toBe(200);
      expect(answer.headers['content-encoding'], String(acceptEncoding)).toBeUndefined();
      expect(varyOf(answer.headers.vary), String(acceptEncoding)).toContain('accept-encoding');
      expect(answer.rawPayload.equals(fileOf(entryScript)), String(acceptEncoding)).toBe(true);
    }
  });

  it('caches hashed files for at least a year as immutable, compressed or not', async () => {
    for (const acceptEncoding of ['br', 'gzip', undefined]) {
      const cacheControl = (await get(entryScript, acceptEncoding)).headers['cache-control'];
      expect(maxAge(cacheControl), String(acceptEncoding)).toBeGreaterThanOrEqual(365 * 24 * 3600);
      expect(cacheControl, String(acceptEncoding)).toMatch(/\bimmutable\b/);
    }
  });

  it('revalidates the index page, the SPA fallback and the widget loader on every load', async () => {
    for (const url of ['/', '/index.html', '/supervisor', '/widget.js']) {
      for (const acceptEncoding of ['br', undefined]) {
        const answer = await get(url, acceptEncoding);
        expect(answer.statusCode, url).toBe(200);
        expect(answer.headers['cache-control'], url).toBe('no-cache');
      }
    }
  });

  it('keeps the widget loader loadable cross-origin when it goes out compressed', async () => {
    const answer = await get('/widget.js', 'br');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(answer.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(brotliDecompressSync(answer.rawPayload).equals(fileOf('widget.js'))).toBe(true);
  });
});
