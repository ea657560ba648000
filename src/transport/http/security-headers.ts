/**
 * Security headers (helmet) with a strict Content-Security-Policy on every page the server serves:
 * scripts only from this origin (the built app and widget have no inline script), no plugins, no
 * foreign frames, forms and `<base>` pinned to this origin. Styles also allow `'unsafe-inline'`:
 * antd's CSS-in-JS writes `<style>` elements at run time and React sets `style` attributes, which
 * a nonce cannot cover for attributes; script-src stays strict, which is what stops injected
 * script (docs/security.md).
 *
 * Framing: the app's pages may be framed only by this origin (`frame-ancestors 'self'`, as
 * X-Frame-Options SAMEORIGIN); the widget's chat page (`/widget/frame.html`) by the sites allowed
 * to embed the widget (the CORS origins; `*`: any site).
 *
 * HSTS is sent only on requests that arrived over HTTPS (`request.protocol`, which honours
 * TRUST_PROXY's `X-Forwarded-Proto`): over plain HTTP it would be ignored at best, and pin a
 * development host to HTTPS at worst.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { widgetFramePath } from './web-app.js';

/** One year, the preload lists' minimum. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** The policy's directives except `frame-ancestors`, which depends on the page. */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'media-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Who may frame the widget's chat page: any site for `*`, else this origin and the embed origins. */
export function widgetFrameAncestors(embedOrigins: readonly string[]): readonly string[] {
  return embedOrigins.includes('*') ? ['*'] : ["'self'", ...embedOrigins];
}

/** The whole policy of one page. */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [...Object.entries(cspDirectives), ['frame-ancestors', frameAncestors] as const]
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Files served from signed links (docs/security.md): a document that runs nothing and loads nothing. */
export const attachmentPolicy = "sandbox; default-src 'none'";
const attachmentPrefix = '/api/v1/attachments/';

/** Registers helmet, the per-page CSP and HTTPS-only HSTS. `embedOrigins` may frame the widget. */
export async function registerSecurityHeaders(app: FastifyInstance, embedOrigins: readonly string[]): Promise<void> {
  await app.register(helmet, { contentSecurityPolicy: false, strictTransportSecurity: false });
  const appPolicy = contentSecurityPolicy(["'self'"]);
  const framePolicy = contentSecurityPolicy(widgetFrameAncestors(embedOrigins));
  app.addHook('onSend', (request, reply, payload, done) => {
    const path = request.url.split('?')[0];
    const policy =
      path === widgetFramePath
        ? framePolicy
        : path?.startsWith(attachmentPrefix) === true
          ? attachmentPolicy
          : appPolicy;
    void reply.header('content-security-policy', policy);
    if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
    done(null, payload);
  });
}
