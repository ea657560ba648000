/**
 * Serves the built web app and chat widget (`dist/web`, from `web/` by Vite) from the API's own
 * port, so `npm start` is one process. Browser paths that are not files get the app's `index.html`
 * (client-side routes such as `/agent` or `/admin/rules`); the API, the realtime gateway and the
 * documentation keep their own 404s. `/widget/demo` is the widget's demo page.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** `dist/web` beside `src/`, where `npm run build:web` puts the build. */
export const defaultWebRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

const serverPaths = ['/api/', '/socket.io/', '/docs', '/openapi.json', '/healthz', '/readyz', '/metrics'];

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
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: false,
    // Hashed assets never change under their name; pages always revalidate.
    setHeaders(response, path) {
      response.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
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
