/**
 * Serves the built web app and chat widget (`dist/web`, from `web/` by Vite) from the API's own
 * port, so `npm start` is one process. Browser paths that are not files get the app's `index.html`
 * (client-side routes such as `/agent` or `/admin/rules`); the API, the realtime gateway and the
 * documentation keep their own 404s. `/widget/demo` is the widget's demo page.
 *
 * The chat widget is embedded in other sites (docs/widget.md): `/widget.js`, the loader they link
 * to, is loadable cross-origin (Cross-Origin-Resource-Policy), and `/widget/frame.html`, the chat
 * the loader shows in an iframe, may be framed — by any site, or only by the configured CORS
 * origins (`frame-ancestors` in its Content-Security-Policy, security-headers.ts). Every other page keeps helmet's defaults
 * (same-origin framing and resources).
 *
 * Files go out compressed when the browser accepts it: the build writes `.br` and `.gz` copies
 * beside each (scripts/build-web.mjs) and @fastify/static picks one by `Accept-Encoding`
 * (`Vary: Accept-Encoding` on every file). Vite's hashed files under `/assets/` never change under
 * their name and are cached for a year (`immutable`); the pages, the SPA fallback and the widget
 * loader, which keep their names across releases, are revalidated on every load (`no-cache`).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** `dist/web` beside `src/`, where `npm run build:web` puts the build. */
export const defaultWebRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

const serverPaths = ['/api/', '/socket.io/', '/docs', '/openapi.json', '/healthz', '/readyz', '/metrics'];

/** The widget's loader, linked to by other sites. */
export const widgetLoaderPath = '/widget.js';
/** The widget's chat page, shown by the loader in an iframe on other sites. */
export const widgetFramePath = '/widget/frame.html';

/** The precompressed copies the build writes beside a file, served in its place. */
const encodedCopy = /\.(?:br|gz)$/;

/** A year: the customary longest `max-age`; a hashed file is replaced by a new name long before. */
const immutableCacheControl = 'public, max-age=31536000, immutable';

/**
 * Per-file headers: caching, and the widget's cross-origin exceptions to helmet's defaults. `path`
 * is the file sent, which for a compressed answer is the `.br` or `.gz` copy of the one asked for.
 */
function fileHeaders(reply: FastifyReply, root: string, path: string): void {
  const file = path.slice(root.length).split('\\').join('/').replace(encodedCopy, '');
  reply.header('cache-control', file.startsWith('/assets/') ? immutableCacheControl : 'no-cache');
  if (file === widgetLoaderPath) reply.header('cross-origin-resource-policy', 'cross-origin');
  if (file === widgetFramePath) {
    reply.raw.removeHeader('x-frame-options');
    reply.header('cross-origin-resource-policy', 'cross-origin');
  }
}

/** True if `root` holds a web build this server can serve. */
export function hasWebBuild(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

/**
 * Registers the static files of `root`; returns whether the app is served. Call before the
 * not-found handler is used for browser paths: `isAppPath` tells that handler which paths are the
 * app's.
 */
export async function registerWebApp(app: FastifyInstance, root: string): Promise<boolean> {
  if (!hasWebBuild(root)) return false;
  const resolvedRoot = resolve(root);
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: false,
    // `.br` / `.gz` beside a file, chosen by Accept-Encoding; without one, the file as it is.
    preCompressed: true,
    // Hashed assets never change under their name; pages always revalidate.
    setHeaders(reply: FastifyReply, path: string) {
      fileHeaders(reply, resolvedRoot, path);
    },
  });
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
  app.get('/widget/demo', { schema: { hide: true } }, (_request, reply) => reply.sendFile('widget/demo.html'));
  return true;
}

/** A GET for a page of the single-page app (not the API, not a file with an extension). */
export function isAppPath(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = url.split('?')[0] ?? '';
  if (serverPaths.some((prefix) => path.startsWith(prefix))) return false;
  return !/\.[A-Za-z0-9]+$/.test(path);
}
