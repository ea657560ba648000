/**
 * Liveness, readiness and Prometheus metrics (DESIGN.md §8 Observability). With a metrics token
 * configured, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>`; without one it is
 * open and carries no tenant or group ids (docs/security.md).
 */
import { carriesToken, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import type { App } from './app-type.js';

export function healthRoutes(app: App, context: HttpContext): void {
  app.get('/healthz', { schema: { tags: ['health'], security: [] } }, () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { tags: ['health'], security: [] } }, async (_request, reply) => {
    try {
      await Promise.all(context.registry.tenantIds().map((tenantId) => context.registry.store.lastSeq(tenantId)));
      return { status: 'ready', tenants: context.registry.tenantIds().length };
    } catch {
      return reply.status(503).send({ error: { code: 'UNAVAILABLE', message: 'The store is not reachable.' } });
    }
  });
  app.get('/metrics', { schema: { tags: ['health'], security: [], hide: true } }, async (request, reply) => {
    if (context.metricsToken !== undefined && !carriesToken(request, context.metricsToken)) {
      throw new ApiError('UNAUTHENTICATED', 'The metrics need `Authorization: Bearer <METRICS_TOKEN>`.');
    }
    const metrics = context.metrics;
    return reply.type(metrics.contentType).send(await metrics.render());
  });
}
